import { lazy, Suspense, useState } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import type { HistoryEstimate } from '../../core/votes/historyProbability';
import { useT } from '../i18n/useT';
import type { RecordHistory } from './recordHistory';
import '../../i18n/votes/register';

const RecordProbabilityPicker = lazy(() => import('./RecordProbabilityPicker'));

export type { RecordHistory } from './recordHistory';

interface Props {
  readonly participating: readonly CountryCode[];
  readonly onApply: (history: RecordHistory) => void;
}

/** "From the voting record": the picker, and the record behind it, load only when asked for. */
export function RecordProbabilities({ participating, onApply }: Props) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('votes.prob.open')}
      </button>
    );
  return (
    <Suspense fallback={<p className="hint">{t('votes.loading')}</p>}>
      <RecordProbabilityPicker participating={participating} onApply={onApply} />
    </Suspense>
  );
}

/** The estimate's basis in words, for the probability table. */
export function RecordBasis({ estimate }: { readonly estimate: HistoryEstimate | undefined }) {
  const tr = useT();
  if (!estimate) return null;
  const { basis, yes, votes } = estimate;
  return (
    <>
      {basis === 'none'
        ? tr.t('votes.prob.basis.none')
        : tr.t(basis === 'area' ? 'votes.prob.basis.area' : 'votes.prob.basis.all', {
            yes: tr.count(yes),
            n: tr.count(votes),
          })}
    </>
  );
}
