/** Was der Bildschirm gegenüber der geöffneten Vorlage geändert hat (src/ui/scenarios/PresetChanges.tsx): am Ende von de.ts eingefügt. */
const presetChangesDe = {
} as const;

export default presetChangesDe;
