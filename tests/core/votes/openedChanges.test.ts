import { findVote } from '../../../src/core/votes/corpus';
import { openedChanges } from '../../../src/core/votes/openedChanges';
import { voteScenario } from '../../../src/core/votes/voteScenario';

const NONE = { positions: false, figures: false, date: false, rule: false };

describe('openedChanges', () => {
  const vs = voteScenario(findVote('266')!)!; // 15 Feb 2010: Croatia not yet a member, not participating

  it('finds nothing on the vote as opened', () => {
    expect(openedChanges(vs.scenario, vs.rules, vs.scenario, vs.nonMembers)).toEqual(NONE);
  });

  it('tells each part apart', () => {
    const s = vs.scenario;
    expect(openedChanges(s, vs.rules, { ...s, datasetId: 'council-2020' as typeof s.datasetId })).toEqual({
      ...NONE,
      figures: true,
    });
    expect(openedChanges(s, vs.rules, { ...s, date: '2016-06-01' })).toEqual({ ...NONE, date: true });
    const { date: _gone, ...undated } = s;
    expect(openedChanges(s, vs.rules, undated)).toEqual({ ...NONE, date: true });
    expect(openedChanges(s, vs.rules, { ...s, rule: 'simple' })).toEqual({ ...NONE, rule: true });
    expect(
      openedChanges(s, vs.rules, { ...s, positions: { ...s.positions, DE: s.positions.DE === 'no' ? 'yes' : 'no' } }),
    ).toEqual({ ...NONE, positions: true });
  });

  it('does not count a member missing from the screen, nor one not yet in the Council', () => {
    const s = vs.scenario;
    const { UK: _uk, ...withoutUk } = s.positions;
    expect(openedChanges(s, vs.rules, { ...s, positions: withoutUk }).positions).toBe(false);
    expect(vs.nonMembers).toEqual(['HR']);
    const joined = { ...s, positions: { ...s.positions, HR: 'undecided' as const } };
    expect(openedChanges(s, vs.rules, joined, vs.nonMembers).positions).toBe(false);
    expect(openedChanges(s, vs.rules, joined).positions).toBe(true);
  });
});
