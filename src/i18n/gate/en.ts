/** Added population figures refused or kept aside, and old links (src/state, src/ui/figures): added at the end of en.ts. */
const gateEn = {
  'notice.figuresUnreadable':
    'Your added population figures {id} could not be read ({why}). They were kept aside unchanged, with any saved scenario that uses them; export them from the Scenarios panel.',
  'notice.figuresUnreadableNotKept':
    'Your added population figures {id} could not be read ({why}). They could not be copied aside and stay where they were; export your library to keep your other work.',
  'figures.tooLong': 'This text is {n} characters long, more than the {max} an Annex III table needs: paste or open only the table.',
  'figures.tooManyLines': 'This text has {n} lines, more than the {max} an Annex III table needs: paste or open only the table.',
  'link.oldFormat':
    'This link is in an old format that carries no check: had it been cut short, what opened could differ from what was sent, and no one could tell. It held {what}.',
  'link.oldFormat.members': 'the positions of {n} members',
  'link.oldFormat.notes': 'notes',
  'link.oldFormat.noNotes': 'no notes',
  'link.reshare': 'Copy a link in the current format',
  'link.reshared': 'A link in the current format was copied.',
} as const;

export default gateEn;
