/** The first screen: the skip link and what is folded until asked for (src/ui/shell, scenarios, figures). */
const screenEn = {
  'skip.members': 'Skip to the first member',
  'scenario.noteFilled': 'Note on this scenario (written)',
  'datasetNote.about': 'Where the figures come from',
  // What a reported vote's source gives.
  // The sections and dialogs of the voting record and of files, on the first screen.
  'votes.heading': 'Council votes: the public voting record, 2010–2023',
  'votes.loading': 'Loading the voting record…',
  'paste.open': 'Paste positions…',
  'files.heading': 'Files followed over time',
  'files.loading': 'Loading the files…',
  'files.add.open': 'Add to a file…',
  'files.add.done': 'Added to “{name}”.',
  'files.figuresInUse': 'These figures are used by a snapshot of the file “{name}”: remove that snapshot first.',
} as const;

export default screenEn;
