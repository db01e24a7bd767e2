/** Folien, Vektorbilder, der Nur-Lese-Link und die Einbettung: am Ende von de.ts eingefügt. */
const exportDe = {
  'export.more': 'Folien, SVG, Nur-Lese-Link, Einbettung…',
  'export.loading': 'Exporte werden geladen…',
} as const;

export default exportDe;
