import { FIGURES_PREFIX } from '../../state/workKeys';
import { useStore } from '../../state/store';
import type { KeptCopy } from '../../state/types';
import { download } from '../export/download';
import { useT } from '../i18n/useT';
import '../../i18n/later/register';

/**
 * The file of a kept copy: the data exactly as found, as a JSON string (a lone surrogate is
 * written as its \u escape, so nothing is replaced on the way to disk).
 */
const keptFile = (k: KeptCopy) =>
  JSON.stringify({ format: 'council-vote-unreadable', from: k.from, keptAt: k.keptAt, why: k.why, text: k.text }, null, 2);

/** Stored data that could not be read: listed, exportable and deletable, oldest first. */
export function KeptCopies() {
  const kept = useStore((s) => s.kept);
  const keptDeleted = useStore((s) => s.keptDeleted);
  const tr = useT();
  const { t } = tr;
  if (kept.length === 0) return null;
  return (
    <section className="kept" aria-labelledby="kept-h">
      <h3 id="kept-h">{t('kept.heading', { n: kept.length })}</h3>
      <p className="hint">{t('kept.hint')}</p>
      <ul className="saved-list">
        {kept.map((k, i) => {
          const date = k.keptAt ? tr.date(k.keptAt) : '—';
          return (
            <li key={k.key} className="saved">
              <p className="saved__meta">{t('kept.item', { date, why: k.why.slice(0, 200) })}</p>
              <div className="saved__actions" role="group" aria-label={t('kept.actionsFor', { date })}>
                <button type="button" onClick={() => download(`unreadable-${k.from.startsWith(FIGURES_PREFIX) ? 'figures' : 'scenarios'}-${i + 1}.json`, keptFile(k), 'application/json')}>
                  {t('kept.export')}
                </button>
                <button type="button" onClick={() => keptDeleted(k.key)}>
                  {t('kept.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
