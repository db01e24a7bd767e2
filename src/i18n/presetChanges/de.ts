/** Was der Bildschirm gegenüber der geöffneten Vorlage geändert hat (src/ui/scenarios/PresetChanges.tsx): am Ende von de.ts eingefügt. */
const presetChangesDe = {
  'presetChanges.lead': 'Der Text unten beschreibt die Vorlage wie veröffentlicht, nicht den Bildschirm.',
  'presetChanges.positions': 'Die Positionen auf dem Bildschirm wurden geändert.',
  'presetChanges.figures': 'Die Bevölkerungszahlen auf dem Bildschirm sind {screen}; die der Vorlage: {preset}.',
  'presetChanges.date': 'Das Datum auf dem Bildschirm ist der {screen}; das der Vorlage der {preset}.',
  'presetChanges.undated': 'Das Szenario auf dem Bildschirm hat kein Datum; das der Vorlage ist der {preset}.',
  'presetChanges.rule': 'Die Regel auf dem Bildschirm ist: {screen}; die der Vorlage: {preset}.',
} as const;

export default presetChangesDe;
