/**
 * Registers the service worker that makes the app work offline (see config/pwa.ts), in
 * production builds only: the dev server has no worker, and a cached build would hide edits.
 * It waits for the page to load and go idle, so precaching never competes with the first render
 * on a slow phone. A browser without service workers, or one that refuses, runs online as before.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
  };
  window.addEventListener('load', () => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 3000 });
    else setTimeout(register, 1000);
  });
}
