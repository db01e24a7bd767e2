import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addedDatasetOf } from '../../src/core/data/annexFigures';
import { DATASETS } from '../../src/core/data/datasets';
import { isoDay } from '../../src/core/data/period';
import type { CountryCode } from '../../src/core/rules/countries';
import { findPreset, presetScenario } from '../../src/core/scenario/preset';
import { restoreScenario } from '../../src/core/scenario/scenarioGate';
import { findVote } from '../../src/core/votes/corpus';
import { voteScenario } from '../../src/core/votes/voteScenario';
import { resetStore, useStore } from '../../src/state/store';

const state = () => useStore.getState();
const DE = 'DE' as CountryCode;
const added = (from: string) => {
  const r = addedDatasetOf(readFileSync(join(resolve(__dirname, '../..'), 'tests/fixtures/annex/fictitious-2031-en.txt'), 'utf8'), { from, decision: 'Council Decision (EU, Euratom) 2030/9999', addedOn: '2030-12-20' }, DATASETS);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

beforeEach(resetStore);

describe('the date of the vote in the store', () => {
  it('a new scenario is dated today', () => {
    expect(state().scenario.date).toBe(isoDay(new Date()));
  });

  it('dateChosen moves to the table of the date, one undoable step each, and back', () => {
    state().positionSet(DE, 'no');
    const before = state().scenario;
    state().dateChosen('2019-06-01');
    expect(state().scenario).toMatchObject({ date: '2019-06-01', datasetId: 'council-2016' });
    expect(state().scenario.positions.DE).toBe('no');
    expect(state().scenario.positions.UK).toBe('undecided');
    state().dateChosen('2025-03-01');
    expect(state().scenario).toMatchObject({ date: '2025-03-01', datasetId: 'council-2025' });
    expect(state().history.past).toHaveLength(3);
    state().undone();
    expect(state().scenario).toMatchObject({ date: '2019-06-01', datasetId: 'council-2016' });
    state().undone();
    expect(state().scenario).toBe(before);
    state().redone();
    expect(state().scenario.datasetId).toBe('council-2016');
  });

  it('a date change right after typing a note is a step of its own', () => {
    state().noteSet('Coreper');
    state().dateChosen('2019-06-01');
    state().undone();
    expect(state().scenario).toMatchObject({ note: 'Coreper', datasetId: 'council-2025' });
  });

  it("'' removes the date and keeps the figures; a date the app cannot place changes nothing", () => {
    state().dateChosen('2019-06-01');
    state().dateChosen('');
    expect(state().scenario.date).toBeUndefined();
    expect(state().scenario.datasetId).toBe('council-2016');
    const s = state().scenario;
    for (const bad of ['2024-02-30', 'tomorrow', '1999-01-01']) state().dateChosen(bad);
    expect(state().scenario).toBe(s);
  });

  it('a table chosen by hand keeps the date (the notice then says it is not that date’s)', () => {
    state().dateChosen('2025-03-01');
    state().datasetChosen('council-2020');
    expect(state().scenario).toMatchObject({ date: '2025-03-01', datasetId: 'council-2020' });
  });

  it('an old scenario without a date keeps its figures when opened', () => {
    const old = restoreScenario({ datasetId: 'council-2020', rule: 'qmv', positions: { DE: 'no' } });
    if (!old.ok) throw new Error(old.error.message);
    state().presetOpened(old.value, 'x');
    expect(state().scenario.datasetId).toBe('council-2020');
    expect(state().scenario.date).toBeUndefined();
  });

  it('presets open with their date, recorded votes with the date of the vote', () => {
    const p = findPreset('eu-mercosur-2026-01-09')!;
    expect(presetScenario(p).date).toBe('2026-01-09');
    const vs = voteScenario(findVote('4818')!)!;
    expect(vs.scenario.date).toBe(vs.vote.date);
  });

  it('a new start follows added figures for today; an edited scenario keeps its figures', () => {
    const mine = added(`${isoDay(new Date()).slice(0, 4)}-01-01`);
    state().figuresLoaded([mine]);
    expect(state().scenario.datasetId).toBe(mine.id);
    expect(state().history.past).toHaveLength(0);
    resetStore();
    state().positionSet(DE, 'no');
    state().figuresLoaded([mine]);
    expect(state().scenario.datasetId).toBe('council-2025');
  });
  it('the rule follows the date, one undoable step each; a rule chosen by hand stays', () => {
    state().dateChosen('2012-05-01');
    expect(state().scenario).toMatchObject({ date: '2012-05-01', rule: 'nice' });
    state().dateChosen('2016-03-01');
    expect(state().scenario.rule).toBe('qmv');
    state().ruleChosen('nice');
    state().undone();
    expect(state().scenario).toMatchObject({ date: '2016-03-01', rule: 'qmv' });
    state().undone();
    expect(state().scenario).toMatchObject({ date: '2012-05-01', rule: 'nice' });
    state().ruleChosen('qmv');
    state().dateChosen('2013-02-01');
    expect(state().scenario).toMatchObject({ date: '2013-02-01', rule: 'qmv' });
    state().ruleChosen('unanimity');
    state().dateChosen('2020-05-01');
    expect(state().scenario.rule).toBe('unanimity');
  });
});
