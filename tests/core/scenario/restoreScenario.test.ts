import { restoreScenario } from '../../../src/core/scenario/scenarioGate';

describe('restoreScenario', () => {
  it('fills members left out as undecided and drops unknown keys', () => {
    const r = restoreScenario({ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'no' }, extra: 1 });
    expect(r.ok && r.value.positions.DE).toBe('no');
    expect(r.ok && r.value.positions.FR).toBe('undecided');
    expect(r.ok && Object.keys(r.value)).toEqual(['datasetId', 'rule', 'positions']);
  });

  it.each([
    [null, 'The scenario is not an object.'],
    [{ datasetId: 'candidates-2017', rule: 'qmv', positions: {} }, '"candidates-2017" is not a Council dataset.'],
    [{ datasetId: 'council-2025', rule: 'qmv', positions: { UK: 'yes' } }, 'UK is not a member in Council 2025 (EU-27).'],
    [{ datasetId: 'council-2025', rule: 'qmv', positions: { DE: 'maybe' } }, 'Unknown position "maybe" for DE.'],
    [{ version: 7, datasetId: 'council-2025', rule: 'qmv', positions: {} }, 'The scenario (version 7) comes from a newer version of this app.'],
  ])('rejects %j', (raw, message) => {
    const r = restoreScenario(raw);
    expect(r.ok ? null : r.error.message).toBe(message);
  });
});
