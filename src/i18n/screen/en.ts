/** The first screen: the skip link and what is folded until asked for (src/ui/shell, scenarios, figures). */
const screenEn = {
  'skip.members': 'Skip to the first member',
  'preset.about': 'About this case: what happened, figures and sources',
  'scenario.noteFilled': 'Note on this scenario (written)',
  'datasetNote.about': 'Where the figures come from',
  // What a reported vote's source gives.
  'source.supports.positions': 'positions',
  'source.supports.positionsAndOutcome': 'positions and outcome',
  'source.supports.shares': 'number of members and population share in favour',
} as const;

export default screenEn;
