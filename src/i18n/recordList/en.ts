/** The Council votes list's filters (src/ui/votes/VoteFilters.tsx): spread at the end of en.ts. */
const recordListEn = {
} as const;

export default recordListEn;
