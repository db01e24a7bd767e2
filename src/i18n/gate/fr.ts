/** Chiffres de population ajoutés refusés ou mis de côté, et anciens liens : ajouté à la fin de fr.ts. */
const gateFr = {
  'notice.figuresUnreadable':
    'Vos chiffres de population ajoutés {id} n’ont pas pu être lus ({why}). Ils ont été mis de côté sans modification, avec tout scénario enregistré qui les utilise ; exportez-les depuis le panneau des scénarios.',
  'notice.figuresUnreadableNotKept':
    'Vos chiffres de population ajoutés {id} n’ont pas pu être lus ({why}). Ils n’ont pas pu être mis de côté et restent où ils étaient ; exportez votre bibliothèque pour garder le reste de votre travail.',
} as const;

export default gateFr;
