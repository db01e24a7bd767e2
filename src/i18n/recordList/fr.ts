/** The Council votes list's filters (src/ui/votes/VoteFilters.tsx): spread at the end of fr.ts. */
const recordListFr = {
  'votes.memberVote.needsMember': 'Choisir d’abord un membre',
} as const;

export default recordListFr;
