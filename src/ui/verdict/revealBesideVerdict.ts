/**
 * Brings a panel shown beside the verdict into view (opened from a list far below, on a phone),
 * then the verdict itself: where both do not fit, the verdict wins, since the panel only adds
 * to it.
 */
export function revealBesideVerdict(el: HTMLElement | null): void {
  el?.scrollIntoView?.({ block: 'nearest' });
  const status = document.getElementById('verdict-heading')?.closest('section')?.querySelector('[role="status"]');
  status?.scrollIntoView?.({ block: 'nearest' });
}
