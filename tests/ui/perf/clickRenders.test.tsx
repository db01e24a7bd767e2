import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resetStore } from '../../../src/state/store';
import { App } from '../../../src/ui/App';
import { onCommit, type Fiber } from '../reactCommits';

beforeEach(resetStore);

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
 * The components whose function ran while `act` ran: a fiber that is not the one of the tree
 * before (React made it again for this commit) and that performed work. A subtree React skipped
 * keeps its fibers, so it is not counted, as in the DevTools profiler.
 */
async function renderedDuring(container: HTMLElement, act: () => Promise<void>): Promise<string[]> {
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

describe('one position set', () => {
  it('renders the member, the verdict and what reads the positions, not the header, the scenario bar, the library or the notices', async () => {
    const { container } = render(<App />);
    const germany = within(screen.getByRole('radiogroup', { name: 'Germany' }));
    const rendered = await renderedDuring(container, () => userEvent.click(germany.getByRole('radio', { name: 'No' })));
    // Only the member clicked: the other 26 rows keep their props and are skipped.
    expect(rendered.filter((n) => n === 'CountryVoteRow')).toHaveLength(1);
    // What reads the positions: the list, the verdict and its parts, the summary, the figures'
    // standing against the date (members counted who were not in the Council), undo.
    expect([...new Set(rendered)].sort()).toEqual(
      [
        'BlockingMinorityStatus',
        'ConditionBar',
        'CountryVoteRow',
        'DatasetSelect',
        'MarginList',
        'MemberList',
        'PeriodNotice',
        'PivotList',
        'UndoRedo',
        'VerdictPanel',
        'VerdictSummary',
      ].sort(),
    );
  });
});
