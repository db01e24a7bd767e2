/**
 * Seeded fuzzing of the command line's parser (no process spawned): any argv either parses into
 * a request or gives one line naming the problem, quoting at most ~80 characters of it. Never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS, parseRequest } from '../../src/cli/args';

const FLAGS = [
  '--json', '--rule', '--dataset', '--others', '--yes', '--no', '--abstain', '--absent', '--undecided', '--scenario', '--link',
  '--takes', '--block-with', '--block-without', '--member-pct', '--population-pct', '--min-members', '--blocking', '--population',
  '--add', '--include', '--exclude', '--p', '--help', '-h', '--', '-x', '--json=1',
];
const VALUES = [
  'qmv', 'reinforced', 'simple', 'unanimity', 'nice', 'custom', 'council-2025', 'council-2020', 'candidates-2017', 'DE', 'DE,FR,IT',
  'de', 'EL', 'GR', 'UK', 'UA', 'XK', 'MT=1000000000', 'DE=100000000000000', 'DE=0', 'DE=1,de=2', 'DE=0.8', 'FR=1.5', '55', '65.5',
  '101', '-1', '', ' ', ',', 'yes', 'undecided', 'absent', 'http://localhost:4173/#v=2&d=abc', '#v=2', 'v=99',
];
/** Text of any kind: control characters, line breaks, long runs, unicode. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ minLength: 200, maxLength: 3000 }),
  fc.constantFrom('\n', 'DE\nFR', 'a\u0000b', '\u2028', '='.repeat(500), `DE=${'9'.repeat(300)}`),
);
const token = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FLAGS) }, { weight: 3, arbitrary: fc.constantFrom(...VALUES) }, { weight: 2, arbitrary: anyText });
const argv = fc.oneof(
  fc.tuple(fc.constantFrom<string>(...COMMANDS, 'help', 'vote'), fc.array(token, { maxLength: 12 })).map(([c, rest]) => [c, ...rest]),
  fc.array(token, { maxLength: 8 }),
);

describe('parseRequest under fuzzing', () => {
  it('parses or names the problem in one short line, and never throws', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const r = parseRequest(args);
        if (r.ok) return;
        const { message } = r.error;
        expect(message.length).toBeGreaterThan(0);
        expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
        // The longest fixed text is about 180 characters; a quote adds at most ~110 more.
        expect(message.length, message).toBeLessThanOrEqual(320);
      }),
      { seed: 20261129, numRuns: 3000 },
    );
  });

  it('also with a random seed (printed by fast-check on failure)', () => {
    fc.assert(fc.property(argv, (args) => {
      const r = parseRequest(args);
      expect(r.ok || !/[\n\r]/.test(r.error.message)).toBe(true);
    }), { numRuns: 1000 });
  });
});
