/**
 * Recorded and reported votes open on the table of their date among all the tables the user has
 * (shipped and added), as the date of the vote gives it; the published share is compared on it;
 * the record's statistics do not depend on any table.
 */
import { readFileSync } from 'node:fs';
import { addedDatasetOf } from '../../../src/core/data/annexFigures';
import type { Dataset } from '../../../src/core/data/dataset';
import type { CountryCode } from '../../../src/core/rules/countries';
import { DATASETS, datasetsWith, findDataset, setAddedDatasets } from '../../../src/core/data/datasets';
import { figuresOfDate, figuresStatus } from '../../../src/core/scenario/voteDate';
import { findVote, voteRecord } from '../../../src/core/votes/corpus';
import { historyProbabilities } from '../../../src/core/votes/historyProbability';
import { memberRecord } from '../../../src/core/votes/memberRecord';
import { compareShares, computedShares } from '../../../src/core/votes/publishedShares';
import { reportedVotes, findReported } from '../../../src/core/votes/reportedCorpus';
import { reportedPublishedShare, reportedScenario } from '../../../src/core/votes/reportedScenario';
import { evaluateVote, voteScenario } from '../../../src/core/votes/voteScenario';

/** A table for 2024 as a user adds it. Test figures (those of the fictitious 2031 annex), not the real 2024 table. */
const added2024: Dataset = (() => {
  const text = readFileSync('tests/fixtures/annex/fictitious-2031-en.txt', 'utf8');
  const r = addedDatasetOf(text, { from: '2024-01-01', decision: 'Council Decision (test)', addedOn: '2024-01-02' }, DATASETS);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();
/** An EU-28 table for 2019 (test figures: those of 2016 under another id and period). */
const added2019: Dataset = (() => {
  const d2016 = findDataset('council-2016');
  if (!d2016.ok) throw new Error(d2016.error.message);
  return { ...d2016.value, id: 'added-2019-01-01', label: 'Council 2019 (EU-28), added by you', period: { from: '2019-01-01', to: '2019-12-31' } } as Dataset;
})();
const all = datasetsWith([added2024, added2019]);
const nature = findReported('2024-06-17-nature-restoration')!;

describe('a vote opens on the table of its date among all the user has', () => {
  it('with the 2024 table added, the nature restoration vote of 17 June 2024 opens on it, in force, and says so', () => {
    expect(reportedScenario(nature)!.dataset.id).toBe('council-2025'); // shipped tables only: the nearest
    const vs = reportedScenario(nature, all)!;
    expect(vs).toMatchObject({ dataset: { id: 'added-2024-01-01' }, inForce: true, daysAway: 0, scenario: { datasetId: 'added-2024-01-01', date: '2024-06-17' } });
    expect(vs.scenario.note).toContain('Population figures: Council 2024 (EU-27), added by you, in force on 2024-06-17.');
    expect(vs.scenario.note).not.toMatch(/nearest/);
    // The line beside the verdict says the same: the table in force that day.
    expect(figuresStatus(vs.scenario, all)).toMatchObject({ kind: 'inForce', dataset: { id: 'added-2024-01-01' } });
    const r = evaluateVote(vs);
    expect(r.ok && r.value[0]!.outcome.verdict).toBe('adopted');
  });

  it('the published share is then compared on the same table; a difference beyond rounding is not called rounding', () => {
    const vs = reportedScenario(nature, all)!;
    const ours = computedShares(vs);
    expect(ours.table).toBe('Council 2024 (EU-27), added by you');
    // The test figures are not the real 2024 table: 66.50 % against the published 66.07 %.
    expect(compareShares(reportedPublishedShare(nature)!, ours, vs.inForce)).toEqual({ difference: 43, sameFigures: true, withinRounding: false });
    expect(compareShares(reportedPublishedShare(nature)!, { ...ours, inFavour: 6608 }, vs.inForce)).toMatchObject({ sameFigures: true, withinRounding: true });
  });

  it('a recorded vote of 2019 opens on an added 2019 table, in force', () => {
    const vs = voteScenario(findVote('4393')!, all)!;
    expect(vs).toMatchObject({ dataset: { id: 'added-2019-01-01' }, inForce: true, nonMembers: [] });
    expect(vs.scenario.note).toContain('Population figures: Council 2019 (EU-28), added by you, in force on 2019-04-15.');
    expect(figuresStatus(vs.scenario, all)?.kind).toBe('inForce');
  });

  it('every recorded and reported vote opens on the table the date gives among the same tables', () => {
    const opened = [...voteRecord().votes.map((v) => voteScenario(v, all)!), ...reportedVotes().votes.map((v) => reportedScenario(v, all)!)];
    for (const vs of opened) {
      const f = figuresOfDate(vs.vote.date, all)!;
      expect([vs.vote.id, vs.dataset.id, vs.inForce]).toEqual([vs.vote.id, f.table.id, f.inForce]);
      expect([vs.vote.id, figuresStatus(vs.scenario, all)?.kind]).toEqual([vs.vote.id, vs.inForce ? 'inForce' : 'nearest']);
    }
    // In force for the votes of 2019; the nearest EU-28 table for those of 2018 too (2016's is further).
    expect(opened.filter((vs) => vs.dataset.id === 'added-2019-01-01' && vs.inForce).length).toBe(voteRecord().votes.filter((v) => v.date.startsWith('2019')).length);
    expect(voteScenario(voteRecord().votes.find((v) => v.date.startsWith('2018-09'))!, all)).toMatchObject({ dataset: { id: 'added-2019-01-01' }, inForce: false });
  });
});

describe('the record’s statistics do not depend on the tables', () => {
  afterEach(() => setAddedDatasets([]));
  it('a member’s record and the probabilities from the record are the same with added tables', () => {
    const votes = voteRecord().votes;
    const HU = 'HU' as CountryCode;
    const before = [memberRecord(votes, HU), historyProbabilities(votes, ['PL', 'HU', 'DE'], 'Environment')];
    setAddedDatasets([added2024, added2019]);
    expect([memberRecord(votes, HU), historyProbabilities(votes, ['PL', 'HU', 'DE'], 'Environment')]).toEqual(before);
  });
});
