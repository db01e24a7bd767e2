/** Slides, vector images, the view-only link and the embed (src/ui/export, src/ui/view): spread at the end of en.ts. */
const exportEn = {
  'export.more': 'Slides, SVG, view-only link, embed…',
  'export.loading': 'Loading the exports…',
} as const;

export default exportEn;
