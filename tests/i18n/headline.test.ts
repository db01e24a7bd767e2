/**
 * The verdict line in every language, read as a sentence: no word twice in a row ("pour pour
 * l'instant"), and the figures of the one outcome in it.
 */
import { claimsOf } from '../../src/core/rules/claims';
import { describe, expect, it } from 'vitest';
import { outcomeOf, uniformScenario, type Scenario } from '../../src/core/scenario/scenario';
import type { Outcome } from '../../src/core/rules/outcome';
import { LOCALE_IDS, loadCatalogue } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translator';
import { headline, marginSentences } from '../../src/ui/verdict/explain';

const outcome = (changes: Record<string, string>): Outcome => {
  const s = uniformScenario('council-2025', 'yes');
  const r = outcomeOf({ ...s, positions: { ...s.positions, ...changes } } as Scenario);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const cases = {
  adopted: outcome({}),
  deemed: outcome({ DE: 'no', FR: 'no', IT: 'no' }),
  // Not adopted whatever the two undecided do: the line that read "… pour pour l’instant".
  notAdoptedSoFar: outcome({ DE: 'no', FR: 'no', IT: 'no', ES: 'no', PL: 'undecided', RO: 'undecided' }),
  notAdopted: outcome({ DE: 'no', FR: 'no', IT: 'no', ES: 'no' }),
  depends: outcome({ DE: 'no', FR: 'no', IT: 'undecided' }),
};

const doubled = /(?<![\p{L}])(\p{L}+)\s+\1(?![\p{L}])/iu;

describe.each(LOCALE_IDS)('the verdict line in %s', (locale) => {
  it.each(Object.entries(cases))('%s reads without a doubled word', async (_name, o) => {
    await loadCatalogue(locale);
    const tr = translator(locale);
    const { word, reason } = headline(o, tr);
    const line = `${word} ${reason}`;
    expect(line).not.toMatch(doubled);
    for (const s of marginSentences(claimsOf(o).key, tr)) expect(s).not.toMatch(doubled);
    expect(line).toContain(tr.count(o.worst.members.participating));
  });
});

it('the French verdict of a vote the undecided cannot save', async () => {
  await loadCatalogue('fr');
  const { word, reason } = headline(cases.notAdoptedSoFar, translator('fr'));
  expect(cases.notAdoptedSoFar.verdict).toBe('not_adopted');
  expect(`${word} ${reason}`).toMatch(/^Non adopté 21 membres sur 27 pour, représentant \d+,\d\s% de la population, indécis non compris ; même leur soutien ne suffirait pas$/);
});
