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
  'files.importRefused': 'This file could not be imported; nothing was changed.',
  'files.unreadableKept': 'A file of snapshots could not be read ({why}). It was kept aside unchanged; export it from the Scenarios panel.',
  'files.add.open': 'Add to a file…',
  'files.add.title': 'Add the scenario on screen to a file',
  'files.add.file': 'File',
  'files.add.new': 'A new file',
  'files.add.name': 'Name of the new file',
  'files.add.date': 'Date of this snapshot',
  'files.add.submit': 'Add snapshot',
  'files.add.cancel': 'Cancel',
  'files.add.done': 'Added to “{name}”.',
  'files.add.needName': 'Give the new file a name.',
  'files.add.needDate': 'Give the snapshot a date.',
  'files.figuresInUse': 'These figures are used by a snapshot of the file “{name}”: remove that snapshot first.',
  'files.linkOpened': 'The file “{name}” from the link is now among your files (Files followed over time).',
  'files.linkRefused': 'This link to a file cannot be opened: {why}',
} as const;

export default screenEn;
