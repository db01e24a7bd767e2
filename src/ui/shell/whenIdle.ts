/**
 * Runs `work` once the page has loaded and the browser is idle: code the first screen does not
 * show but a user may need without warning (printing from the browser's menu) loads then.
 */
export function whenIdle(work: () => void): void {
  const idle = () => ('requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 5000 }) : setTimeout(work, 2000));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
