import { useMemo } from 'react';
import { electorateOf } from '../../core/data/datasets';
import { populationPercent, populationSplit } from '../../core/rules/populationSplit';
import type { Dataset } from '../../core/data/dataset';
import { ruleOf, type Positions, type RuleId } from '../../core/rules/vote';
import { useT } from '../i18n/useT';
import './map.css';
import '../../i18n/later/register';

const pct = (share: number) => `${share * 100}%`;
/** Labels near an end of the bar lean inwards, so they never stick out of it. */
const lean = (share: number) => (share > 0.85 ? ' popbar__mark--end' : share < 0.15 ? ' popbar__mark--start' : '');

/**
 * The participating members as one bar, each segment sized by its population: in favour,
 * abstaining, against, undecided. The marks show the population in favour needed and the point
 * the members not in favour must pass to block.
 */
export function PopulationBarView({ dataset, positions, rule }: { readonly dataset: Dataset; readonly positions: Positions; readonly rule: RuleId }) {
  const tr = useT();
  const { t } = tr;
  const split = useMemo(() => populationSplit(electorateOf(dataset), positions, populationPercent(ruleOf(rule))), [dataset, positions, rule]);
  const [yes, abstain, no, undecided] = split.groups;
  const whole = split.participating;
  const notInFavour = (abstain?.population ?? 0) + (no?.population ?? 0);
  return (
    <figure className="popbar">
      <div className="popbar__track" aria-hidden="true">
        {split.groups.flatMap((g) =>
          g.members.map((m) => (
            <span
              key={m.code}
              className={`popbar__seg tile--${g.position}`}
              style={{ width: pct(m.share) }}
              title={`${tr.country(m.code)}: ${t(`group.${g.position}`).toLocaleLowerCase(tr.locale)}, ${tr.percentOf(m.population, whole)}`}
            >
              {m.share >= 0.035 ? <span className="popbar__code">{m.code}</span> : ''}
            </span>
          )),
        )}
        {split.marks && (
          <span className={`popbar__mark popbar__mark--need${lean(split.marks.inFavour)}`} style={{ left: pct(split.marks.inFavour) }}>
            <span className="popbar__label">{tr.percent(split.percent ?? 0)}</span>
          </span>
        )}
        {split.marks?.blocking != null && (
          <span className={`popbar__mark popbar__mark--block${lean(split.marks.blocking)}`} style={{ left: pct(split.marks.blocking) }}>
            <span className="popbar__label">{t('popbar.blocks', { pct: tr.percent(100 - (split.percent ?? 0)) })}</span>
          </span>
        )}
      </div>
      <figcaption className="popbar__caption">
        <span>
          <strong>{t('popbar.inFavour')}</strong> {tr.percentOf(yes?.population ?? 0, whole)}
          {split.percent !== null && ` ${t('popbar.needs', { pct: tr.percent(split.percent) })}`}
        </span>
        <span>
          <strong>{t('popbar.notInFavour')}</strong> {tr.percentOf(notInFavour, whole)}
          {split.percent !== null && ` ${t('popbar.blockingNeeds', { pct: tr.percent(100 - split.percent) })}`}
        </span>
        {(undecided?.population ?? 0) > 0 && (
          <span>
            <strong>{t('popbar.undecided')}</strong> {tr.percentOf(undecided?.population ?? 0, whole)}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
