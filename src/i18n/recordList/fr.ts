/** The Council votes list's filters (src/ui/votes/VoteFilters.tsx): spread at the end of fr.ts. */
const recordListFr = {
} as const;

export default recordListFr;
