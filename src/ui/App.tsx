import { DATASETS, electorateOf } from '../core/datasets';
import { evaluate } from '../core/evaluate';

/** Placeholder until the calculator screen lands: the engine's verdict with everyone in favour. */
export function App() {
  const dataset = DATASETS[0]!;
  const electorate = electorateOf(dataset);
  const result = evaluate(electorate, Object.fromEntries(electorate.voters.map((v) => [v.code, 'yes'])), { kind: 'qmv' });
  return (
    <main>
      <h1>Council Vote Calculator</h1>
      <p role="status">{result.ok ? result.value.verdict : result.error.message}</p>
      <p>{dataset.label}</p>
    </main>
  );
}
