/**
 * The service worker: Workbox (through vite-plugin-pwa) precaches every file of the build at
 * install, so after one visit the app opens and works offline, presets and the Council's voting
 * record (its own JSON asset, about 540 kB, under Workbox's 2 MiB per-file limit) included.
 * The manifest is public/manifest.webmanifest; src/ui/registerServiceWorker.ts registers the
 * worker in production builds only.
 */
import { VitePWA } from 'vite-plugin-pwa';

export function offline() {
  return VitePWA({
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
      // Share links carry the scenario in the hash: every navigation is index.html — but for the
      // view-only page and the embed, which are pages of their own (the embed with its own
      // frame-ancestors): served index.html, a framed embed would be refused.
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/\/(?:view|embed)(?:\.html)?$/],
      // embed.html?lang=fr is the precached embed.html: the language is read by the page itself.
      ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^lang$/],
      cleanupOutdatedCaches: true,
      // The first visit is controlled at once. No skipWaiting: a new version waits until every
      // tab of the old one is closed, so an open tab never loses the lazy chunks it was built with.
      clientsClaim: true,
    },
  });
}
