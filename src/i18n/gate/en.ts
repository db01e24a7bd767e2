/** Added population figures refused or kept aside, and old links (src/state, src/ui/figures): added at the end of en.ts. */
const gateEn = {
  'notice.figuresUnreadable':
    'Your added population figures {id} could not be read ({why}). They were kept aside unchanged, with any saved scenario that uses them; export them from the Scenarios panel.',
  'notice.figuresUnreadableNotKept':
    'Your added population figures {id} could not be read ({why}). They could not be copied aside and stay where they were; export your library to keep your other work.',
} as const;

export default gateEn;
