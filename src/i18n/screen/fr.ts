/** Le premier écran : lien d’évitement, ce qui est replié jusqu’à ce qu’on le demande. */
const screenFr = {
  'skip.members': 'Aller au premier membre',
  'preset.about': 'À propos de ce cas : ce qui s’est passé, chiffres et sources',
  'scenario.noteFilled': 'Note sur ce scénario (rédigée)',
  'datasetNote.about': 'D’où viennent les chiffres',
  // What a reported vote's source gives.
  'source.supports.positions': 'positions',
  'source.supports.positionsAndOutcome': 'positions et résultat',
  'source.supports.shares': 'nombre de membres et part de la population favorables',
} as const;

export default screenFr;
