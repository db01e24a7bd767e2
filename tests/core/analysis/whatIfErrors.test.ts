/**
 * The what-if's validation messages in French and German: every message the core can give for
 * typed thresholds and populations is recognised; English and unknown messages pass unchanged.
 */
import { describe, expect, it } from 'vitest';
import { DATASETS } from '../../../src/core/data/datasets';
import type { AppError } from '../../../src/core/result';
import { customRuleFromText, QMV_THRESHOLDS, whatIfElectorate } from '../../../src/core/analysis/whatIf';
import { loadCatalogue } from '../../../src/i18n/locales';
import { translator } from '../../../src/i18n/translator';
import { whatIfErrorText } from '../../../src/i18n/whatIfErrors';

const dataset = DATASETS[0]!;
const errorOf = (r: { ok: true } | { ok: false; error: AppError }): AppError => {
  if (r.ok) throw new Error('expected an error');
  return r.error;
};

const ERRORS: readonly AppError[] = [
  errorOf(customRuleFromText({ ...QMV_THRESHOLDS, memberPct: '120' })),
  errorOf(customRuleFromText({ ...QMV_THRESHOLDS, populationPct: '-1' })),
  errorOf(customRuleFromText({ ...QMV_THRESHOLDS, minMembers: '101' })),
  errorOf(customRuleFromText({ ...QMV_THRESHOLDS, blockingMembers: '2.5' })),
  errorOf(customRuleFromText({ ...QMV_THRESHOLDS, minMembers: 'abc' })),
  errorOf(whatIfElectorate(dataset, [], { FR: '' })),
  errorOf(whatIfElectorate(dataset, [], { FR: '12x' })),
  errorOf(whatIfElectorate(dataset, ['UA'], { UA: '0' })),
  errorOf(whatIfElectorate(dataset, [], { MT: '99999999999999' })),
  errorOf(whatIfElectorate(dataset, [], { MT: '9'.repeat(300) })),
  errorOf(whatIfElectorate(dataset, [], { MT: `1${'x'.repeat(300)}` })),
];

describe('what-if validation messages', () => {
  it('stay exactly as the core wrote them in English', () => {
    for (const e of ERRORS) expect(whatIfErrorText(e, translator('en'))).toEqual({ text: e.message, english: false });
  });

  it.each(['fr', 'de'] as const)('are all translated into %s, naming the field or country', async (locale) => {
    await loadCatalogue(locale);
    const tr = translator(locale);
    for (const e of ERRORS) {
      const { text, english } = whatIfErrorText(e, tr);
      expect(english, e.message).toBe(false);
      expect(text).not.toMatch(/must be|is empty|got/);
    }
    expect(whatIfErrorText(ERRORS[0]!, tr).text).toMatch(locale === 'fr' ? /^Part des membres : .* 100\s% .* 120\s%/ : /^Anteil der Mitglieder: .* 100\s% .* 120\s%/);
    expect(whatIfErrorText(ERRORS[6]!, tr).text).toContain(locale === 'fr' ? 'Population (France)' : 'Bevölkerung (Frankreich)');
    expect(whatIfErrorText(ERRORS[7]!, tr).text).toContain(locale === 'fr' ? '« 0 »' : '„0“');
    expect(whatIfErrorText(ERRORS[8]!, tr).text).toBe(
      locale === 'fr'
        ? 'Population (Malte) : au plus 2\u202f000\u202f000\u202f000 personnes (saisi : 99\u202f999\u202f999\u202f999\u202f999).'
        : 'Bevölkerung (Malta): höchstens 2.000.000.000 Personen (eingegeben: 99.999.999.999.999).',
    );
    expect(whatIfErrorText(ERRORS[9]!, tr).text).toContain(locale === 'fr' ? '300 chiffres' : '300 Ziffern');
    expect(whatIfErrorText(ERRORS[10]!, tr).text).toMatch(locale === 'fr' ? /« 1x+… » \(301 caractères\)/ : /„1x+…“ \(301 Zeichen\)/);
  });

  it('leave an unknown message in English, marked as such', async () => {
    await loadCatalogue('de');
    const unknown: AppError = { code: 'args.invalid', path: 'DE', message: 'DE cannot be both in and out of the blocking coalition.' };
    expect(whatIfErrorText(unknown, translator('de'))).toEqual({ text: unknown.message, english: true });
  });
});
