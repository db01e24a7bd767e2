import { useState } from 'react';
import { compareScenarios, sameScenario, type Side } from '../../core/scenario/compare';
import type { SavedScenario } from '../../core/scenario/library';
import { modifiedFrom } from '../../state/open';
import type { StoreState } from '../../state/types';
import type { Translator } from '../../i18n/translator';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { positionLabel } from '../members/positionOptions';
import { blockingWords } from '../verdict/explain';
import '../../i18n/later/register';

const CURRENT = 'current';
const VERDICT = { adopted: 'verdict.adopted', not_adopted: 'verdict.notAdopted', undetermined: 'verdict.depends' } as const;
const ROWS = { verdict: 'compare.verdict', inFavour: 'compare.inFavour', blocking: 'compare.blocking' } as const;

function describe(s: Side, tr: Translator) {
  return {
    verdict: s.call === 'too_close' ? tr.t('verdict.tooCloseWord') : tr.t(VERDICT[s.verdict]),
    inFavour: `${tr.tp('n.member', s.membersInFavour)}, ${tr.percentOf(s.populationInFavour, s.participatingPopulation)}`,
    blocking: `${blockingWords(s.blocking, s.undecided, tr).heading}: ${tr.tp('n.member', s.blockingMembers)}, ${tr.share(s.blockingPopulation, s.participatingPopulation)}`,
  };
}

/**
 * What the scenario on screen is compared with unless the user picks: the saved version it came
 * from when it was changed since, else the most recently saved other scenario — never itself.
 */
function defaultBefore(s: StoreState): string {
  const modified = modifiedFrom(s);
  if (modified) return modified.id;
  const others = s.library.filter((x) => x.id !== s.openId && !sameScenario(x.scenario, s.scenario));
  const latest = others.reduce<SavedScenario | null>((a, x) => (!a || x.updatedAt > a.updatedAt ? x : a), null);
  return latest?.id ?? s.library[0]?.id ?? CURRENT;
}

/** Two scenarios side by side: who moved, and how the verdict and margins moved (loaded when opened). */
export default function Comparison() {
  const library = useStore((s) => s.library);
  const current = useStore((s) => s.scenario);
  const fallback = useStore(defaultBefore);
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState(CURRENT);
  const tr = useT();
  const { t } = tr;
  if (library.length === 0) return null;
  const pick = (id: string) => (id === CURRENT ? current : library.find((x) => x.id === id)?.scenario);
  const chosen = beforeId && library.some((x) => x.id === beforeId) ? beforeId : fallback;
  const before = pick(chosen);
  const after = pick(afterId);
  const result = before && after ? compareScenarios(before, after) : null;
  const options = [
    <option key={CURRENT} value={CURRENT}>
      {t('compare.current')}
    </option>,
    ...library.map((x) => (
      <option key={x.id} value={x.id}>
        {x.scenario.name || t('scenario.untitled')}
      </option>
    )),
  ];
  return (
    <>
      <div className="compare__pick">
        <label className="field">
          <span className="field__label">{t('compare.before')}</span>
          <select data-names value={chosen} onChange={(e) => setBeforeId(e.target.value)}>
            {options}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('compare.after')}</span>
          <select data-names value={afterId} onChange={(e) => setAfterId(e.target.value)}>
            {options}
          </select>
        </label>
      </div>
      {result && result.ok && (
        <>
          {(!result.value.sameDataset || !result.value.sameRule) && (
            <p className="caution">{t(result.value.sameDataset ? 'compare.differentRule' : 'compare.differentDataset')}</p>
          )}
          <table className="compare">
            <caption>{t('compare.outcome')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('compare.measure')}</span>
                </th>
                <th scope="col">{t('compare.before')}</th>
                <th scope="col">{t('compare.after')}</th>
              </tr>
            </thead>
            <tbody>
              {(['verdict', 'inFavour', 'blocking'] as const).map((k) => (
                <tr key={k}>
                  <th scope="row">{t(ROWS[k])}</th>
                  <td>{describe(result.value.before, tr)[k]}</td>
                  <td>{describe(result.value.after, tr)[k]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.value.changed.length === 0 ? (
            <p>{t('compare.noChange')}</p>
          ) : (
            <ul className="compare__changes" aria-label={t('compare.changed')}>
              {result.value.changed.map((c) => (
                <li key={c.code}>
                  {tr.country(c.code)}
                  {t('punct.colon')}
                  {positionLabel(c.from, tr)} → {positionLabel(c.to, tr)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
