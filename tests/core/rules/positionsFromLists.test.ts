import { parseCountryCode, type CountryCode } from '../../../src/core/rules/countries';
import { positionsFromLists, splitCodeList } from '../../../src/core/rules/positionsFromLists';

const code = (s: string): CountryCode => {
  const r = parseCountryCode(s);
  if (!r.ok) throw new Error(s);
  return r.value;
};
const members = ['DE', 'FR', 'IT', 'EL', 'DK'].map(code);

describe('positionsFromLists', () => {
  it('gives every named member its list and every other member the default', () => {
    const r = positionsFromLists(members, { no: ['de', ' FR '], absent: ['DK'] }, 'undecided');
    expect(r).toEqual({ ok: true, value: { DE: 'no', FR: 'no', IT: 'undecided', EL: 'undecided', DK: 'absent' } });
  });

  it('splits comma-separated lists and keeps empty items so they can be refused', () => {
    expect(splitCodeList('DE, fr,IT')).toEqual(['DE', 'fr', 'IT']);
    expect(splitCodeList('DE,,FR')).toEqual(['DE', '', 'FR']);
  });

  it('refuses empty, unknown, non-member and duplicate codes, naming the list', () => {
    const problem = (lists: Parameters<typeof positionsFromLists>[1]) => {
      const r = positionsFromLists(members, lists, 'yes');
      return r.ok ? null : r.error.problem;
    };
    expect(problem({ yes: [''] })).toEqual({ kind: 'empty', list: 'yes' });
    expect(problem({ no: ['GR'] })).toEqual({
      kind: 'unknown',
      list: 'no',
      input: 'GR',
      hint: 'the Council writes Greece as EL',
    });
    expect(problem({ no: ['XX'] })).toEqual({ kind: 'unknown', list: 'no', input: 'XX' });
    expect(problem({ abstain: ['PL'] })).toEqual({ kind: 'not_member', list: 'abstain', code: 'PL' });
    expect(problem({ no: ['DE', 'de'] })).toEqual({ kind: 'duplicate', list: 'no', code: 'DE', firstList: 'no' });
    expect(problem({ yes: ['IT'], undecided: ['it'] })).toEqual({
      kind: 'duplicate',
      list: 'undecided',
      code: 'IT',
      firstList: 'yes',
    });
  });

  it('uses the message catalogue codes', () => {
    const unknown = positionsFromLists(members, { no: ['XX'] }, 'yes');
    const twice = positionsFromLists(members, { no: ['DE'], yes: ['DE'] }, 'yes');
    expect(!unknown.ok && unknown.error.code).toBe('country.unknown');
    expect(!twice.ok && twice.error.code).toBe('country.duplicate');
  });
});
