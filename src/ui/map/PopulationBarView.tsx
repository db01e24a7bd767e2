import { useMemo } from 'react';
import { countryName } from '../../core/countries';
import { electorateOf } from '../../core/datasets';
import { percentOf } from '../../core/format';
import { populationPercent, populationSplit, type SplitPosition } from '../../core/populationSplit';
import type { Dataset } from '../../core/dataset';
import { ruleOf, type Positions, type RuleId } from '../../core/vote';
import './map.css';

const GROUP_TEXT: Readonly<Record<SplitPosition, string>> = { yes: 'In favour', abstain: 'Abstaining', no: 'Against', undecided: 'Undecided' };
const pct = (share: number) => `${share * 100}%`;
/** Labels near an end of the bar lean inwards, so they never stick out of it. */
const lean = (share: number) => (share > 0.85 ? ' popbar__mark--end' : share < 0.15 ? ' popbar__mark--start' : '');

/**
 * The participating members as one bar, each segment sized by its population: in favour,
 * abstaining, against, undecided. The marks show the population in favour needed and the point
 * the members not in favour must pass to block.
 */
export function PopulationBarView({ dataset, positions, rule }: { readonly dataset: Dataset; readonly positions: Positions; readonly rule: RuleId }) {
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
              title={`${countryName(m.code)}: ${GROUP_TEXT[g.position].toLowerCase()}, ${percentOf(m.population, whole)}`}
            >
              {m.share >= 0.035 ? m.code : ''}
            </span>
          )),
        )}
        {split.marks && (
          <span className={`popbar__mark popbar__mark--need${lean(split.marks.inFavour)}`} style={{ left: pct(split.marks.inFavour) }}>
            <span className="popbar__label">{split.percent} %</span>
          </span>
        )}
        {split.marks?.blocking != null && (
          <span className={`popbar__mark popbar__mark--block${lean(split.marks.blocking)}`} style={{ left: pct(split.marks.blocking) }}>
            <span className="popbar__label">{100 - (split.percent ?? 0)} % blocks</span>
          </span>
        )}
      </div>
      <figcaption className="popbar__caption">
        <span>
          <strong>Population in favour:</strong> {percentOf(yes?.population ?? 0, whole)}
          {split.percent !== null && ` (needs ${split.percent} %)`}
        </span>
        <span>
          <strong>Not in favour:</strong> {percentOf(notInFavour, whole)}
          {split.percent !== null && ` (a blocking minority needs more than ${100 - split.percent} %)`}
        </span>
        {(undecided?.population ?? 0) > 0 && (
          <span>
            <strong>Undecided:</strong> {percentOf(undecided?.population ?? 0, whole)}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
