/** Le premier écran : lien d’évitement, ce qui est replié jusqu’à ce qu’on le demande. */
const screenFr = {
  'skip.members': 'Aller au premier membre',
  'scenario.noteFilled': 'Note sur ce scénario (rédigée)',
  'datasetNote.about': 'D’où viennent les chiffres',
  // What a reported vote's source gives.
  // The sections and dialogs of the voting record and of files, on the first screen.
  'votes.heading': 'Votes du Conseil : le registre public des votes, 2010–2023',
  'votes.loading': 'Chargement du registre des votes…',
  'paste.open': 'Coller des positions…',
  'files.heading': 'Dossiers suivis dans le temps',
  'files.loading': 'Chargement des dossiers…',
  'files.importRefused': 'Ce fichier n’a pas pu être importé ; rien n’a été modifié.',
  'files.unreadableKept': 'Un dossier d’instantanés n’a pas pu être lu ({why}). Il a été mis de côté tel quel ; exportez-le depuis le panneau Scénarios.',
  'files.add.open': 'Ajouter à un dossier…',
  'files.add.title': 'Ajouter le scénario affiché à un dossier',
  'files.add.file': 'Dossier',
  'files.add.new': 'Un nouveau dossier',
  'files.add.name': 'Nom du nouveau dossier',
  'files.add.date': 'Date de cet instantané',
  'files.add.submit': 'Ajouter l’instantané',
  'files.add.cancel': 'Annuler',
  'files.add.done': 'Ajouté à « {name} ».',
  'files.add.needName': 'Donnez un nom au nouveau dossier.',
  'files.add.needDate': 'Donnez une date à l’instantané.',
  'files.figuresInUse': 'Ces chiffres sont utilisés par un instantané du dossier « {name} » : retirez d’abord cet instantané.',
  'files.linkOpened': 'Le dossier « {name} » du lien figure désormais parmi vos dossiers (Dossiers suivis dans le temps).',
  'files.linkRefused': 'Ce lien vers un dossier ne peut pas être ouvert : {why}',
} as const;

export default screenFr;
