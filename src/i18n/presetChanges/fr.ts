/** Ce que l’écran a changé par rapport au scénario prédéfini ouvert (src/ui/scenarios/PresetChanges.tsx) : ajouté à la fin de fr.ts. */
const presetChangesFr = {
} as const;

export default presetChangesFr;
