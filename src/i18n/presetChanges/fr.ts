/** Ce que l’écran a changé par rapport au scénario prédéfini ouvert (src/ui/scenarios/PresetChanges.tsx) : ajouté à la fin de fr.ts. */
const presetChangesFr = {
  'presetChanges.lead': 'Le texte ci-dessous décrit le scénario tel que publié, pas l’écran.',
  'presetChanges.positions': 'Les positions à l’écran ont été modifiées.',
  'presetChanges.figures': 'Les chiffres de population à l’écran sont {screen} ; ceux du scénario : {preset}.',
  'presetChanges.date': 'La date à l’écran est le {screen} ; celle du scénario, le {preset}.',
  'presetChanges.undated': 'Le scénario à l’écran n’a pas de date ; celle du scénario publié est le {preset}.',
  'presetChanges.rule': 'La règle à l’écran est : {screen} ; celle du scénario : {preset}.',
} as const;

export default presetChangesFr;
