/**
 * Pasted positions: the analyst's notes from the issue read as written, every member and every
 * position word read back in English, French and German, and nothing guessed.
 * fast-check prints the seed and the shrunk counterexample on failure.
 */
import fc from 'fast-check';
import { COUNTRY_NAMES, type CountryCode, type KnownCode } from '../../../src/core/rules/countries';
import { findDataset } from '../../../src/core/data/datasets';
import { POSITIONS, type Position } from '../../../src/core/rules/vote';
import { translator } from '../../../src/i18n/translator';
import { loadCatalogue } from '../../../src/i18n/locales';
import { MEMBER_NAMES, OTHER_MEMBER_NAMES, POSITION_WORDS } from '../../../src/core/scenario/pasteWords';
import {
  memberOfWord,
  normaliseWord,
  pasteChanges,
  pasteDuplicateText,
  pasteProblemText,
  positionOfWord,
  readPastedPositions,
  withPasted,
} from '../../../src/core/scenario/pastePositions';

const d = findDataset('council-2025');
if (!d.ok) throw new Error('no council-2025');
const EU27 = d.value.members.map((m) => m.code);
const ALL = Object.keys(COUNTRY_NAMES) as KnownCode[];

describe('reading pasted positions', () => {
  it('reads the lines of an analyst’s notes, in any of the separators and languages', () => {
    const text = 'Germany: against\nFR pour\nItaly\tabstain\nNetherlands – undecided\n\nPays-Bas\n"Polen";"dagegen"\nenthält sich: Österreich\nEspaña yes';
    const r = readPastedPositions(text, EU27);
    expect(r.positions).toEqual([
      { line: 1, code: 'DE', position: 'no' },
      { line: 2, code: 'FR', position: 'yes' },
      { line: 3, code: 'IT', position: 'abstain' },
      { line: 4, code: 'NL', position: 'undecided' },
      { line: 7, code: 'PL', position: 'no' },
      { line: 8, code: 'AT', position: 'abstain' },
    ]);
    expect(r.problems).toEqual([
      { line: 6, text: 'Pays-Bas', kind: 'unread' },
      { line: 9, text: 'España yes', kind: 'member', part: 'España' },
    ]);
    expect(pasteProblemText(r.problems[1]!)).toBe('line 9 ("España yes"): no member is called "España"');
  });

  it('reads two spreadsheet columns under a heading row', () => {
    const r = readPastedPositions('Member state\tPosition\nBelgium\tIn favour\nCzech Republic\tNot participating\n', EU27);
    expect(r.problems).toEqual([]);
    expect(r.positions.map((p) => [p.code, p.position])).toEqual([['BE', 'yes'], ['CZ', 'absent']]);
  });

  it('names a member named twice and applies neither line', () => {
    const r = readPastedPositions('DE yes\nFR no\nAllemagne contre', EU27);
    expect(r.duplicates).toEqual([{ code: 'DE', lines: [1, 3] }]);
    expect(r.positions.map((p) => p.code)).toEqual(['FR']);
    expect(pasteDuplicateText(r.duplicates[0]!)).toBe('Germany is named on lines 1, 3: its position is not changed');
  });

  it('names an unknown position word and a member of another Council', () => {
    const r = readPastedPositions('Sweden maybe\nUnited Kingdom: against', EU27);
    expect(r.problems.map((p) => [p.kind, p.part])).toEqual([['position', 'maybe'], ['not_member', 'UK']]);
    expect(pasteProblemText(r.problems[1]!)).toBe('line 2 ("United Kingdom: against"): United Kingdom is not a member of this Council');
  });

  it('lists as changes only the positions that differ, and applies them all', () => {
    const current = { DE: 'no', FR: 'undecided' } as const;
    const r = readPastedPositions('DE against\nFR for', EU27);
    expect(pasteChanges(current, r)).toEqual([{ code: 'FR', from: 'undecided', to: 'yes', line: 2 }]);
    expect(withPasted(current, r)).toEqual({ DE: 'no', FR: 'yes' });
  });
});

describe('the words', () => {
  const names = ALL.flatMap((code) => [code, COUNTRY_NAMES[code], ...MEMBER_NAMES.fr[code], ...MEMBER_NAMES.de[code], ...(OTHER_MEMBER_NAMES[code] ?? [])].map((n) => [n, code] as const));
  const words = (['en', 'fr', 'de'] as const).flatMap((l) => POSITIONS.flatMap((p) => POSITION_WORDS[l][p].map((w) => [w, p] as const)));

  it('never gives one word two meanings', () => {
    for (const [n, code] of names) expect(memberOfWord(n), n).toBe(code);
    for (const [w, p] of words) expect(positionOfWord(w), w).toBe(p);
    for (const [n] of names) expect(positionOfWord(n), n).toBeUndefined();
  });

  it('round-trips every member (codes and names in en/fr/de) and every position word, in any case, order and separator', () => {
    const sep = fc.constantFrom(': ', '\t', ' ', ' – ', ' - ', ', ', ';', ' = ');
    const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase());
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.constantFrom(...words), sep, casing, fc.boolean(), ([name, code], [word, position], s, c, reversed) => {
        const line = reversed ? `${c(word)}${s}${c(name)}` : `${c(name)}${s}${c(word)}`;
        const r = readPastedPositions(line, ALL as string[] as CountryCode[]);
        expect(r.problems).toEqual([]);
        expect(r.positions).toEqual([{ line: 1, code, position: position as Position }]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every member name and position label the app shows, in each of its languages', async () => {
    for (const locale of ['en', 'fr', 'de'] as const) {
      await loadCatalogue(locale);
      const tr = translator(locale);
      for (const code of ALL) expect(memberOfWord(tr.country(code as string as CountryCode)), `${locale} ${code}`).toBe(code);
      for (const p of POSITIONS) expect(positionOfWord(tr.t(`position.${p}`)), `${locale} ${p}`).toBe(p);
    }
  });

  it('ignores accents, case and spacing', () => {
    expect(normaliseWord('  Enthält   SICH ')).toBe('enthalt sich');
    expect(memberOfWord('osterreich')).toBe('AT');
  });
});
