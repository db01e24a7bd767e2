/** Diapositives, images vectorielles, lien en lecture seule et intégration : ajouté à la fin de fr.ts. */
const exportFr = {
  'export.more': 'Diapositives, SVG, lien en lecture seule, intégration…',
  'export.loading': 'Chargement des exports…',
} as const;

export default exportFr;
