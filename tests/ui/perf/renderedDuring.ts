/**
 * Which components rendered while a test acted, as React DevTools' profiler shows it: read from
 * the commits React reports to the stand-in hook (reactCommits.ts).
 */
import { onCommit, type Fiber } from '../reactCommits';

/** React's PerformedWork flag: the component's function ran in this commit. */
const PERFORMED_WORK = 1;
/** Function, class, forwardRef, memo and simple memo components. */
const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);

function allFibers(root: Fiber): Fiber[] {
  const out: Fiber[] = [];
  const stack: Fiber[] = [root];
  while (stack.length > 0) {
    const f = stack.pop()!;
    out.push(f);
    if (f.sibling) stack.push(f.sibling);
    if (f.child) stack.push(f.child);
  }
  return out;
}

function nameOf(f: Fiber): string {
  const t = f.type as { displayName?: string; name?: string; type?: { name?: string }; render?: { name?: string } } | null;
  return t?.displayName || t?.name || t?.type?.name || t?.render?.name || '?';
}

/**
 * The names of the components whose function ran while `act` ran, once per render: a fiber that
 * is not one of the tree before and that performed work. A subtree React skipped keeps its fibers.
 */
export async function renderedDuring(container: HTMLElement, act: () => Promise<void>): Promise<string[]> {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'))!;
  const hostRoot = (container as unknown as Record<string, { stateNode: { current: Fiber } }>)[key]!;
  let before = new Set(allFibers(hostRoot.stateNode.current));
  const rendered: string[] = [];
  const stop = onCommit((root) => {
    const now = allFibers(root.current);
    rendered.push(...now.filter((f) => COMPONENT_TAGS.has(f.tag) && !before.has(f) && (f.flags & PERFORMED_WORK) !== 0).map(nameOf));
    before = new Set(now);
  });
  try {
    await act();
  } finally {
    stop();
  }
  return rendered;
}
