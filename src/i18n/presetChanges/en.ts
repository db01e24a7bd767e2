/** What the screen has changed from an opened preset (src/ui/scenarios/PresetChanges.tsx): spread at the end of en.ts. */
const presetChangesEn = {
} as const;

export default presetChangesEn;
