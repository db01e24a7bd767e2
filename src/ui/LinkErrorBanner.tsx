import { useStore } from '../state/store';

export function LinkErrorBanner() {
  const linkError = useStore((s) => s.linkError);
  const dismiss = useStore((s) => s.linkErrorDismissed);
  if (!linkError) return null;
  return (
    <div className="banner" role="alert">
      <p>{linkError} The scenario on screen was kept.</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
