import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, decimal, englishDay, englishNumber } from '../../src/core/format';

describe('English numbers without ICU', () => {
  it('write exactly what Intl.NumberFormat("en") writes, for any digits', () => {
    const numbers = fc.oneof(
      fc.double({ min: -1e20, max: 1e20, noNaN: true }),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
      fc.constantFrom(0, -0, 0.5, 1.5, 2.5, -2.5, 0.125, 999.9995, 1.005, 2.675, 0.045, 99.95, 1e-7, 449_206_579, Infinity, -Infinity, NaN, 1e21, 123.456789),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom(null, 0, 1, 2, 3), (n, digits) => {
        const intl = new Intl.NumberFormat('en', digits === null ? {} : { minimumFractionDigits: digits, maximumFractionDigits: digits });
        expect(englishNumber(digits).format(n)).toBe(intl.format(n));
      }),
      { numRuns: 2000 },
    );
  });
  it('are what count and decimal give in English', () => {
    expect([count(449_206_579), decimal(5.912, 1), decimal(-0.04, 1), count(1.2345)]).toEqual(['449,206,579', '5.9', '-0.0', '1.235']);
  });
});

describe('English lists without ICU', () => {
  it('join exactly as Intl.ListFormat("en") does', async () => {
    const { englishList } = await import('../../src/i18n/translator');
    const intl = new Intl.ListFormat('en', { type: 'conjunction' });
    for (let n = 0; n <= 5; n++) {
      const items = ['Germany', 'France', 'Italy', 'Spain', 'Poland'].slice(0, n);
      expect(englishList(items)).toBe(intl.format(items));
    }
  });
});

describe('English days without ICU', () => {
  it('write exactly what Intl.DateTimeFormat("en-GB", long, UTC) writes, for any day', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const day = new Date(`${iso}T00:00:00Z`);
        expect(englishDay(iso)).toBe(intl.format(day));
        expect(englishDay(iso)).toBe(parts.format(day));
      }),
    );
  });
});
