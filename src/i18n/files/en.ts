/** Pasted positions (src/ui/members) and files followed over time (src/ui/files): spread at the end of en.ts. */
const filesEn = {
  'paste.open': 'Paste positions…',
  'paste.title': 'Paste positions',
  'paste.intro': 'One member and its position per line, as in your notes or two spreadsheet columns: “Germany: against”, “FR pour”, “Italien Enthaltung”. Names and codes in English, French or German.',
  'paste.text': 'Positions, one member per line',
  'paste.changes_one': 'This changes {n} position:',
  'paste.changes_other': 'This changes {n} positions:',
  'paste.noChange': 'Nothing to change yet.',
  'paste.change': '{member}: {from} → {to}',
  'paste.same_one': '{n} member pasted already has that position.',
  'paste.same_other': '{n} members pasted already have that position.',
  'paste.problems_one': '{n} line was not understood and changes nothing:',
  'paste.problems_other': '{n} lines were not understood and change nothing:',
  'paste.problem.unread': 'Line {line} (“{text}”): not a member and a position.',
  'paste.problem.member': 'Line {line} (“{text}”): no member is called “{part}”.',
  'paste.problem.position': 'Line {line} (“{text}”): “{part}” is not a position (yes, no, abstain, not participating, undecided).',
  'paste.problem.not_member': 'Line {line} (“{text}”): {member} is not a member of this Council.',
  'paste.duplicate': '{member} is named on lines {lines}: its position is not changed.',
  'paste.apply_one': 'Apply {n} change',
  'paste.apply_other': 'Apply {n} changes',
  'paste.cancel': 'Cancel',
  'paste.applied_one': '{n} position changed from the paste. Undo reverses it.',
  'paste.applied_other': '{n} positions changed from the paste. Undo reverses them in one step.',
} as const;

export default filesEn;
