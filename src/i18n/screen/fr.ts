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
  'files.add.open': 'Ajouter à un dossier…',
  'files.add.done': 'Ajouté à « {name} ».',
  'files.figuresInUse': 'Ces chiffres sont utilisés par un instantané du dossier « {name} » : retirez d’abord cet instantané.',
} as const;

export default screenFr;
