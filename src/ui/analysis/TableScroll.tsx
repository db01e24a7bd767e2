import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways on its own on a phone, so the page never does. Focusable and
 * named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="analysis__scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
