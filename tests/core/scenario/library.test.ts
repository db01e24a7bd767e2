import { LIBRARY_VERSION, libraryFile, parseImport, restoreLibrary, scenarioFile, type Library } from '../../../src/core/scenario/library';
import { positionsCsv, summaryText } from '../../../src/core/scenario/report';
import { findDataset } from '../../../src/core/data/datasets';
import { outcomeOf, uniformScenario, type Scenario } from '../../../src/core/scenario/scenario';

const nature: Scenario = {
  ...uniformScenario('council-2025', 'yes'),
  name: 'Nature Restoration, 17 June 2024',
  date: '2024-06-17',
};
const natureWith = (p: Record<string, string>): Scenario => ({ ...nature, positions: { ...nature.positions, ...p } as Scenario['positions'] });
const saved = (id: string, scenario: Scenario) => ({ id, scenario, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });
const lib: Library = { version: LIBRARY_VERSION, scenarios: [saved('a', nature), saved('b', uniformScenario('council-2020', 'no'))] };

describe('library files', () => {
  it('round-trip a library and a single scenario through export and import', () => {
    expect(parseImport(libraryFile(lib))).toEqual({ ok: true, value: { kind: 'library', library: lib, figures: [] } });
    expect(parseImport(scenarioFile(nature))).toEqual({ ok: true, value: { kind: 'scenario', scenario: nature, figures: [] } });
  });

  it.each([
    ['{not json', /^The file is not valid JSON \(/],
    ['[1,2]', /^The file holds no scenario or library\.$/],
    ['{"scenarios":[]}', /neither a scenario nor a library/],
    ['{"format":"council-vote-library","version":9,"scenarios":[]}', /^The library \(version 9\) comes from a newer version of this app\.$/],
    ['{"format":"council-vote-library","scenarios":[]}', /^The library has no version number\.$/],
  ])('rejects %s with a clear message', (text, message) => {
    const r = parseImport(text);
    expect(r.ok ? '' : r.error.message).toMatch(message);
  });

  it('names the scenario and the field at fault', () => {
    const broken = JSON.parse(libraryFile(lib));
    broken.scenarios[1].scenario.positions.DE = 'perhaps';
    broken.scenarios[1].scenario.name = 'Mercosur';
    const r = parseImport(JSON.stringify(broken));
    expect(r.ok ? null : r.error).toEqual({
      code: 'import.invalid',
      message: 'In scenario 2 ("Mercosur"): Unknown position "perhaps" for DE.',
      path: 'scenarios[1].scenario.positions.DE',
    });
  });

  it('refuses duplicate ids', () => {
    const r = restoreLibrary({ version: LIBRARY_VERSION, scenarios: [saved('x', nature), saved('x', nature)] });
    expect(r.ok ? '' : r.error.message).toBe('Scenario 2 repeats the id "x".');
  });
});

describe('reports', () => {
  const d = findDataset('council-2025');
  if (!d.ok) throw new Error('dataset');
  const s = natureWith({ FI: 'no', HU: 'no', IT: 'no', NL: 'no', PL: 'no', SE: 'no', BE: 'abstain' });
  const o = outcomeOf(s);
  if (!o.ok) throw new Error('outcome');

  it('summarise the Nature Restoration vote in one e-mail sentence', () => {
    expect(summaryText(s, o.value, d.value).split('\n')[0]).toBe(
      'Nature Restoration, 17 June 2024: on these positions 20 members are in favour, 66.1 % of the population; no blocking minority (33.9 % ≤ 35 %); the act would be adopted.',
    );
  });

  it('write a CSV row per member, quoting notes and defusing formulas', () => {
    const memberNotes = { DE: { text: '=HYPERLINK("x")', position: 'yes' }, AT: { text: 'minister, Thursday', position: 'abstain' } } as const;
    const csv = positionsCsv({ ...s, memberNotes }, o.value, d.value);
    const lines = csv.split('\r\n');
    const table = lines.slice(lines.indexOf('') + 1, -1);
    expect(table).toHaveLength(28);
    expect(table[0]).toBe('code,member,position,population,population_basis,share_percent,pivotal,note,note_written_for,note_for_another_position');
    expect(table[1]).toMatch(/^DE,Germany,yes,\d+,estimated from the published share,18\.49,yes,"'=HYPERLINK\(""x""\)",yes,no$/);
    expect(csv).toContain('AT,Austria,yes,');
    expect(csv).toContain(',"minister, Thursday",abstain,yes');
  });

  it('head the CSV with the verdict, rule, dataset and both conditions, all from the one evaluation', () => {
    const lines = positionsCsv(s, o.value, d.value).split('\r\n');
    const c = o.value.worst.conditions;
    // Each block under a header row, and no column left empty.
    expect(lines.slice(0, lines.indexOf(''))).toEqual([
      'field,value,detail',
      'verdict,adopted,the act would be adopted',
      'rule,qmv,Qualified majority',
      `dataset,council-2025,${d.value.label} (confidence ${d.value.provenance.confidence})`,
      'date,2024-06-17,"No figures for 17 June 2024 in the app: using Council 2025 (EU-27) (applied 1 January 2025 to 31 December 2025), the nearest."',
      'blocking_minority,none,no blocking minority (33.9 % ≤ 35 %)',
      'condition,case,label,status,reached,required,out_of,standing',
      'members,declared,"at least 55 % of members, at least 15",met,20,15,27,met',
      `population,declared,at least 65 % of the population,met,${c[1]!.reached},${c[1]!.required},${c[1]!.of},met`,
    ]);
    expect(lines.slice(0, lines.indexOf('')).every((l) => !/,,|,$/.test(l))).toBe(true);
    expect(c.map((x) => x.id)).toEqual(['members', 'population']);
  });

  it('give each condition for the worst and the best case while the verdict depends on the undecided', () => {
    const open = natureWith({ FI: 'no', HU: 'no', IT: 'no', NL: 'no', PL: 'no', SE: 'no', BE: 'abstain', SK: 'undecided', AT: 'undecided' });
    const ou = outcomeOf(open);
    if (!ou.ok) throw new Error('outcome');
    expect(ou.value.verdict).toBe('undetermined');
    const head = positionsCsv(open, ou.value, d.value).split('\r\n');
    expect(head[1]).toBe('verdict,depends on the undecided,the result depends on the undecided members');
    expect(head.filter((l) => /^\w+,undecided vote no,/.test(l))).toHaveLength(2);
    expect(head.filter((l) => /^\w+,undecided vote yes,/.test(l))).toHaveLength(2);
    expect(head.find((l) => l.startsWith('population,undecided vote no'))).toContain(',not met,');
    // How each condition stands against the two undecided, the same on both rows.
    expect(head.find((l) => l.startsWith('population,undecided vote no'))).toMatch(/,met only if the undecided vote yes$/);
    expect(head.find((l) => l.startsWith('population,undecided vote yes'))).toMatch(/,met only if the undecided vote yes$/);
  });

  it('mark in the summary a member note written for another position', () => {
    const memberNotes = { DE: { text: 'Against. Confidence: fairly low.', position: 'no' }, AT: { text: 'Minister decides Thursday.', position: 'yes' } } as const;
    const text = summaryText({ ...s, memberNotes }, o.value, d.value);
    expect(text).toContain('Germany (note written for "no"; now "yes"): Against. Confidence: fairly low.');
    expect(text).toContain('Austria: Minister decides Thursday.');
  });
});

describe('library migrations', () => {
  const v1 = {
    format: 'council-vote-library',
    version: 1,
    scenarios: [{ ...saved('a', nature), scenario: { ...natureWith({ DE: 'no' }), memberNotes: { DE: 'Against (announced).' } } }],
  };

  it('1 -> 2: a saved note was written for the position saved with it', () => {
    const r = restoreLibrary(v1);
    expect(r.ok && r.value.version).toBe(2);
    expect(r.ok && r.value.scenarios[0]!.scenario.memberNotes).toEqual({ DE: { text: 'Against (announced).', position: 'no' } });
  });

  it('1 -> 2 for an exported single scenario too', () => {
    const file = JSON.stringify({ format: 'council-vote-scenario', version: 1, scenario: v1.scenarios[0]!.scenario });
    const r = parseImport(file);
    expect(r.ok && r.value.kind === 'scenario' && r.value.scenario.memberNotes).toEqual({ DE: { text: 'Against (announced).', position: 'no' } });
  });

  it('round-trips a note written for another position through the JSON export', () => {
    const s = { ...natureWith({ DE: 'yes' }), memberNotes: { DE: { text: 'Against.', position: 'no' } } } as const;
    expect(parseImport(scenarioFile(s))).toEqual({ ok: true, value: { kind: 'scenario', scenario: s, figures: [] } });
    expect(JSON.parse(scenarioFile(s)).version).toBe(2);
  });
});

describe('import messages quote at most 80 characters of the file', () => {
  const huge = 'x'.repeat(1_000_000);
  it.each([
    ['a huge rule', JSON.stringify({ format: 'council-vote-scenario', version: 1, scenario: { datasetId: 'council-2025', rule: huge, positions: {} } })],
    ['a huge dataset', JSON.stringify({ format: 'council-vote-scenario', version: 1, scenario: { datasetId: huge, rule: 'qmv', positions: {} } })],
    ['a huge member code', JSON.stringify({ format: 'council-vote-scenario', version: 1, scenario: { datasetId: 'council-2025', rule: 'qmv', positions: { [huge]: 'yes' } } })],
    ['a huge note key', JSON.stringify({ format: 'council-vote-scenario', version: 1, scenario: { datasetId: 'council-2025', rule: 'qmv', positions: {}, memberNotes: { [huge]: 'x' } } })],
    ['a huge name in a library', JSON.stringify({ format: 'council-vote-library', version: 1, scenarios: [{ id: 'a', createdAt: 'x', updatedAt: 'x', scenario: { name: huge } }] })],
    ['a huge repeated id', JSON.stringify({ format: 'council-vote-library', version: 1, scenarios: [0, 1].map(() => ({ id: huge, createdAt: '2025-01-01', updatedAt: '2025-01-01', scenario: uniformScenario() })) })],
    ['a huge broken JSON', `{"a": ${huge}`],
  ])('%s', (_, text) => {
    const r = parseImport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.length).toBeLessThan(300);
  });
});
