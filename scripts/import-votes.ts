/**
 * `npm run data:votes` — regenerates data/votes/council-votes.json from the CSV copy of the
 * Council's public voting record in data/votes/. A thin shell over src/core/votes/csvImport.ts,
 * which parses and checks; the file is written one vote per line so that diffs stay readable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordFromCsv } from '../src/core/votes/csvImport';
import type { ExcludedVote, RecordSource } from '../src/core/votes/record';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = resolve(ROOT, process.argv[2] ?? 'data/votes/ceu-public-votes-2010-2023.csv');
const OUTPUT = resolve(ROOT, 'data/votes/council-votes.json');

const SOURCE: RecordSource = {
  title:
    'Public Voting Data of the Council of the EU (votes on legislative acts, 15 February 2010 – 18 September 2023)',
  attribution: 'Council of the EU public voting data, extract by SWP, doi:10.7802/2560',
  licence: 'CC BY 4.0',
  licenceAddress: 'https://creativecommons.org/licenses/by/4.0/',
  address: 'https://doi.org/10.7802/2560',
  note:
    "The Council's open data on public votes (its linked-data service on votes on legislative acts, discontinued in May 2024), " +
    'as extracted and cleaned by SWP (Stiftung Wissenschaft und Politik) for its EU Council Monitor; extract of 20 October 2023. ' +
    'Changed here: dates written YYYY-MM-DD, country lists space-separated, document titles cut to 300 characters, ' +
    'two records left out (see excluded). The record has no outcome field: these are the published results of votes on acts the Council adopted.',
};

const CONTRADICTED =
  "Left out: the Council's register contradicts this record (17 May 2021, France against, no title or procedure).";
const EXCLUDED: readonly ExcludedVote[] = [
  { id: '4637', date: '2021-05-17', reason: CONTRADICTED },
  { id: '4782', date: '2021-05-17', reason: CONTRADICTED },
];

const result = recordFromCsv(readFileSync(INPUT, 'utf8'), SOURCE, EXCLUDED);
if (!result.ok) {
  process.stderr.write(`import-votes: ${result.error.message}\n`);
  process.exit(2);
}
const { votes, ...head } = result.value as { votes: unknown[] } & Record<string, unknown>;
const headText = JSON.stringify(head, null, 2).replace(/\n}$/, '');
const body = votes.map((v) => `    ${JSON.stringify(v)}`).join(',\n');
writeFileSync(OUTPUT, `${headText},\n  "votes": [\n${body}\n  ]\n}\n`);
process.stdout.write(`Wrote ${votes.length} votes to ${OUTPUT}.\n`);
