import { useEffect, useRef } from 'react';

/**
 * A native <dialog> shown as a modal while `open`: focus moves in, Escape closes, and the page
 * behind is inert. Where showModal/close are missing (older browsers, jsdom) the `open`
 * attribute is set and removed instead.
 */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return ref;
}
