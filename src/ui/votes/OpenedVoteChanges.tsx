import { datasetsWith } from '../../core/data/datasets';
import { openedChanges } from '../../core/votes/openedChanges';
import type { VoteScenario } from '../../core/votes/voteScenario';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { day } from './day';
import '../../i18n/votes/register';

/**
 * Under an opened vote, what the screen has changed from it — positions, figures, date, rule —
 * each said only when it is so; nothing when the screen is the vote as opened.
 */
export function OpenedVoteChanges({ vs }: { readonly vs: VoteScenario }) {
  const tr = useT();
  const { t } = tr;
  const scenario = useStore((s) => s.scenario);
  const added = useStore((s) => s.addedDatasets);
  const c = openedChanges(vs.scenario, vs.rules, scenario, vs.nonMembers);
  if (!c.positions && !c.figures && !c.date && !c.rule) return null;
  const label = (id: string) => {
    const d = datasetsWith(added).find((x) => x.id === id);
    return d ? tr.dataset(d) : id;
  };
  const voteDate = day(tr.locale, vs.vote.date);
  const sentences = [
    c.positions && t('votes.opened.edited'),
    c.figures &&
      t('votes.opened.changed.figures', { screen: label(scenario.datasetId), vote: label(vs.scenario.datasetId) }),
    c.date &&
      (scenario.date === undefined
        ? t('votes.opened.changed.undated', { vote: voteDate })
        : t('votes.opened.changed.date', { screen: day(tr.locale, scenario.date), vote: voteDate })),
    c.rule &&
      t('votes.opened.changed.rule', {
        screen: t(`rule.${scenario.rule}`),
        vote: tr.and(vs.rules.map((r) => t(`rule.${r}`))),
      }),
  ].filter((s): s is string => typeof s === 'string');
  return <p className="hint opened-vote__edited">{sentences.join(' ')}</p>;
}
