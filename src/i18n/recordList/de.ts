/** The Council votes list's filters (src/ui/votes/VoteFilters.tsx): spread at the end of de.ts. */
const recordListDe = {
} as const;

export default recordListDe;
