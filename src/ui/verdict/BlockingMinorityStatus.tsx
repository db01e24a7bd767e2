import type { BlockingClaim } from '../../core/rules/claims';
import { blockingWords } from './explain';
import { useT } from '../i18n/useT';

/**
 * The rule's blocking minority (Art. 16(4) TEU's population one, or the Nice rule's weighted
 * votes): formed, not formed with the figure that fails the test, or within the rounding; and a
 * defeat on the member condition in its own words. Drawn from the claims' declared blocking
 * minority: only members who declared no or abstain count.
 */
export function BlockingMinorityStatus({ b, undecided }: { readonly b: BlockingClaim; readonly undecided: number }) {
  const tr = useT();
  const w = blockingWords(b, undecided, tr);
  return (
    <div className={`blocking blocking--${w.tone === 'formed' ? 'yes' : 'no'}`} data-blocking={w.tone}>
      <h3>
        <span aria-hidden="true">{w.mark} </span>
        {w.heading}
      </h3>
      {w.lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </div>
  );
}
