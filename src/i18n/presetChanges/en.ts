/** What the screen has changed from an opened preset (src/ui/scenarios/PresetChanges.tsx): spread at the end of en.ts. */
const presetChangesEn = {
  'presetChanges.lead': 'The text below describes the preset as published, not the screen.',
  'presetChanges.positions': 'The positions on screen have been changed.',
  'presetChanges.figures': 'The population figures on screen are {screen}; the preset’s are {preset}.',
  'presetChanges.date': 'The date on screen is {screen}; the preset’s is {preset}.',
  'presetChanges.undated': 'The scenario on screen has no date; the preset’s is {preset}.',
  'presetChanges.rule': 'The rule on screen is {screen}; the preset’s is {preset}.',
} as const;

export default presetChangesEn;
