/**
 * The translations: every language has every English key with the same placeholders, the
 * browser's languages pick the right one, and the numbers follow the locale.
 */
import { describe, expect, it } from 'vitest';
import type { CountryCode } from '../../src/core/rules/countries';
import { DATASETS, electorateOf, findDataset } from '../../src/core/data/datasets';
import { datasetName } from '../../src/i18n/datasetNames';
import { evaluate } from '../../src/core/rules/evaluate';
import type { Positions, Rule } from '../../src/core/rules/vote';
import { isKnownConditionLabel, conditionLabel } from '../../src/i18n/conditions';
import en from '../../src/i18n/en';
import { LOCALE_IDS, loadCatalogue, pickLocale } from '../../src/i18n/locales';
import { translator } from '../../src/i18n/translator';
import { initialLocale, LANGUAGE_KEY } from '../../src/state/language';
import { memoryStore } from '../../src/state/storage';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(LOCALE_IDS.filter((l) => l !== 'en'))('the %s catalogue', (locale) => {
  it('has exactly the English keys, none empty, with the same placeholders', async () => {
    const cat: Record<string, string> = { ...(await loadCatalogue(locale)) };
    expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      expect(cat[key]?.trim(), `${locale}: ${key} is empty`).toBeTruthy();
      expect(placeholders(cat[key]!), `${locale}: ${key}`).toEqual(placeholders(english));
    }
  });

  it('is really translated: most messages differ from the English', async () => {
    const cat: Record<string, string> = { ...(await loadCatalogue(locale)) };
    const same = Object.entries(en).filter(([k, v]) => cat[k] === v);
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });
});

describe('choosing the language', () => {
  it('takes the first browser language the app speaks, else English', () => {
    expect(pickLocale(['de-CH', 'fr'])).toBe('de');
    expect(pickLocale(['it-IT', 'FR-be', 'en'])).toBe('fr');
    expect(pickLocale(['pl', 'it'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  it('prefers the remembered choice, and ignores a stored value it does not know', () => {
    const store = memoryStore();
    expect(initialLocale(store, ['de-DE'])).toBe('de');
    store.set(LANGUAGE_KEY, 'fr');
    expect(initialLocale(store, ['de-DE'])).toBe('fr');
    store.set(LANGUAGE_KEY, 'xx');
    expect(initialLocale(store, ['de-DE'])).toBe('de');
  });
});

describe('formatting per locale', () => {
  it('keeps the English figures exactly as before', () => {
    const tr = translator('en');
    expect(tr.percentOf(65, 100)).toBe('65.0 %');
    expect(tr.people(5_912_000)).toBe('5.9 million people');
    expect(tr.people(850_000)).toBe('850,000 people');
    expect(tr.people(1)).toBe('1 person');
    expect(tr.points(1.04)).toBe('1.0 percentage point');
    expect(tr.points(2.5)).toBe('2.5 percentage points');
    expect(tr.tp('n.member', 1)).toBe('1 member');
    expect(tr.and(['a', 'b'])).toBe('a and b');
    expect(tr.country('EL' as CountryCode)).toBe('Greece');
  });

  it('writes French and German numbers, plurals and country names', async () => {
    await loadCatalogue('fr');
    await loadCatalogue('de');
    const fr = translator('fr');
    const de = translator('de');
    expect(fr.percentOf(65, 100)).toMatch(/^65,0\s%$/);
    expect(de.percentOf(2, 3)).toMatch(/^66,7\s%$/);
    expect(fr.count(451_028_881)).toMatch(/^451\s028\s881$/);
    expect(de.count(451_028_881)).toBe('451.028.881');
    expect(fr.people(1_500_000)).toMatch(/^1,5 million de personnes$/);
    expect(de.people(5_912_000)).toBe('5,9 Millionen Menschen');
    expect(fr.tp('n.member', 0)).toBe('0 membre');
    expect(de.tp('n.member', 2)).toBe('2 Mitglieder');
    // Intl.DisplayNames, with the Council's EL and UK mapped to ISO's GR and GB.
    expect(fr.country('EL' as CountryCode)).toBe(new Intl.DisplayNames(['fr'], { type: 'region' }).of('GR'));
    expect(de.country('UK' as CountryCode)).toBe(new Intl.DisplayNames(['de'], { type: 'region' }).of('GB'));
    expect(de.country('DE' as CountryCode)).toBe('Deutschland');
    // Collation: Österreich sorts with O in German, not after Z.
    expect(['Zypern', 'Österreich', 'Polen'].sort(de.compare)).toEqual(['Österreich', 'Polen', 'Zypern']);
  });
});

describe('condition labels', () => {
  const ds = (id: string) => {
    const d = findDataset(id);
    if (!d.ok) throw new Error(d.error.message);
    return electorateOf(d.value);
  };
  const rules: Rule[] = [
    { kind: 'qmv' },
    { kind: 'reinforced' },
    { kind: 'simple' },
    { kind: 'unanimity' },
    ...[true, false].flatMap((commissionProposal) =>
      [true, false].map((populationCheck): Rule => ({ kind: 'nice', commissionProposal, populationCheck })),
    ),
  ];
  it('translates every label the engine writes, for the full Council and with members not participating', async () => {
    await loadCatalogue('fr');
    const electorate = ds('council-2020');
    const partial: Positions = { DK: 'absent' };
    for (const rule of rules) {
      for (const positions of [{}, partial]) {
        const o = evaluate(electorate, positions, rule);
        if (!o.ok) throw new Error(o.error.message);
        for (const c of o.value.worst.conditions) {
          expect(isKnownConditionLabel(c.label), c.label).toBe(true);
          expect(conditionLabel(c, translator('en'))).toBe(c.label);
          expect(conditionLabel(c, translator('fr'))).not.toBe(c.label);
        }
      }
    }
  });
});

describe('population tables in the language on screen', () => {
  it('names every shipped table, and the name the app gives received figures, in French and German', () => {
    for (const d of DATASETS) {
      expect(datasetName(d, 'en')).toBe(d.label);
      expect(datasetName(d, 'fr'), d.id).not.toBe(d.label);
      expect(datasetName(d, 'de'), d.id).not.toBe(d.label);
    }
    const received = { id: 'added-x', label: 'Council 2031 (EU-27)' };
    expect([datasetName(received, 'fr'), datasetName(received, 'de')]).toEqual(['Conseil 2031 (UE-27)', 'Rat 2031 (EU-27)']);
    expect(datasetName({ id: 'added-y', label: 'My own table' }, 'de')).toBe('My own table');
  });
});
