/**
 * A stand-in for React DevTools' global hook, installed before React loads (the first import of
 * setup.ts): React reports each commit to it, so a test can see which components rendered, as
 * the DevTools profiler does (tests/ui/perf). It records nothing unless a test listens.
 */
export interface Fiber {
  readonly tag: number;
  readonly type: unknown;
  readonly flags: number;
  readonly child: Fiber | null;
  readonly sibling: Fiber | null;
}
interface FiberRoot {
  readonly current: Fiber;
}

let listener: ((root: FiberRoot) => void) | null = null;

(globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: object }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers: new Map(),
  inject: () => 1,
  checkDCE: () => {},
  onScheduleFiberRoot: () => {},
  onCommitFiberRoot: (_id: number, root: FiberRoot) => listener?.(root),
  onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  setStrictMode: () => {},
};

/** Calls `fn` with the root after each commit until the returned function is called. */
export function onCommit(fn: (root: FiberRoot) => void): () => void {
  listener = fn;
  return () => {
    listener = null;
  };
}
