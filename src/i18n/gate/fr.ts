/** Chiffres de population ajoutés refusés ou mis de côté, et anciens liens : ajouté à la fin de fr.ts. */
const gateFr = {
  'notice.figuresUnreadable':
    'Vos chiffres de population ajoutés {id} n’ont pas pu être lus ({why}). Ils ont été mis de côté sans modification, avec tout scénario enregistré qui les utilise ; exportez-les depuis le panneau des scénarios.',
  'notice.figuresUnreadableNotKept':
    'Vos chiffres de population ajoutés {id} n’ont pas pu être lus ({why}). Ils n’ont pas pu être mis de côté et restent où ils étaient ; exportez votre bibliothèque pour garder le reste de votre travail.',
  'figures.tooLong': 'Ce texte compte {n} caractères, plus que les {max} qu’il faut pour un tableau de l’annexe III : collez ou ouvrez seulement le tableau.',
  'figures.tooManyLines': 'Ce texte compte {n} lignes, plus que les {max} qu’il faut pour un tableau de l’annexe III : collez ou ouvrez seulement le tableau.',
  'link.oldFormat':
    'Ce lien est dans un ancien format, sans contrôle : s’il avait été coupé, ce qui s’est ouvert pourrait différer de ce qui a été envoyé, sans que personne ne puisse le savoir. Il contenait {what}.',
  'link.oldFormat.members': 'les positions de {n} membres',
  'link.oldFormat.notes': 'des notes',
  'link.oldFormat.noNotes': 'aucune note',
  'link.reshare': 'Copier un lien au format actuel',
  'link.reshared': 'Un lien au format actuel a été copié.',
} as const;

export default gateFr;
