/**
 * The Fullscreen API where the browser has it. Where it has not, or refuses (no user gesture,
 * an iframe without permission), the presentation still fills the viewport as an overlay.
 */
export function requestFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') document.exitFullscreen().catch(() => undefined);
}

/** Set when the presentation closes, so the editing screen puts focus back on its button. */
export const focusReturn = { toPresentButton: false };
