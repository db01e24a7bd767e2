import { Suspense, useState, type ComponentType, type LazyExoticComponent } from 'react';

interface Props {
  /** The section's heading, shown closed. */
  readonly heading: string;
  /** Said while the section's code loads. */
  readonly loading: string;
  /** The section's content, from `lazy(() => import(…))`: its code and its work start when opened. */
  readonly Content: LazyExoticComponent<ComponentType>;
  readonly className?: string;
}

/** A closed section until asked for: its code loads, and its content renders, only once opened. */
export function LazySection({ heading, loading, Content, className }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className ? `panel ${className}` : 'panel'} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{heading}</h2>
      </summary>
      {open && (
        <Suspense fallback={<p className="hint">{loading}</p>}>
          <Content />
        </Suspense>
      )}
    </details>
  );
}
