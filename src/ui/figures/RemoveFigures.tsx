import { useState } from 'react';
import { ADDED_PREFIX } from '../../core/data/addedIds';
import { useDataset } from '../../state/selectors';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

/** For figures the user added: where they are kept, and a way to remove them. */
export function RemoveFigures() {
  const d = useDataset();
  const figuresRemoved = useStore((s) => s.figuresRemoved);
  const { t } = useT();
  const [refused, setRefused] = useState<string | null>(null);
  if (!d.id.startsWith(ADDED_PREFIX)) return null;
  const remove = () => {
    const r = figuresRemoved(d.id);
    setRefused(r.ok ? null : t(r.inFile ? 'files.figuresInUse' : 'figures.removeRefused', { name: r.usedBy }));
  };
  return (
    <>
      <p>
        {t('figures.yours')}{' '}
        <button type="button" onClick={remove}>
          {t('figures.remove')}
        </button>
      </p>
      {refused && <p role="alert" className="caution">{refused}</p>}
    </>
  );
}
