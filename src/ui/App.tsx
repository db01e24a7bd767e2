import { lazy, Suspense } from 'react';
import { DatasetNote } from './DatasetNote';
import { DatasetSelect } from './DatasetSelect';
import { LinkErrorBanner } from './LinkErrorBanner';
import { MemberList } from './MemberList';
import { QuickActions } from './QuickActions';
import { RuleSelect } from './RuleSelect';
import { VerdictPanel } from './VerdictPanel';
import { CompareScenarios } from './CompareScenarios';
import { LibraryNotice } from './LibraryNotice';
import { ScenarioBar } from './ScenarioBar';
import { ScenarioLibrary } from './ScenarioLibrary';

const PresetPanel = lazy(() => import('./PresetPanel'));

export function App() {
  return (
    <div className="app">
      <header className="top">
        <h1>Council Vote Calculator</h1>
        <div className="top__choosers">
          <RuleSelect />
          <DatasetSelect />
        </div>
      </header>
      <LinkErrorBanner />
      <LibraryNotice />
      <ScenarioBar />
      <main className="layout">
        <div className="layout__verdict">
          <VerdictPanel />
          <DatasetNote />
          <ScenarioLibrary />
          <CompareScenarios />
        </div>
        <section className="layout__members" aria-label="Positions">
          <Suspense fallback={<p className="hint">Loading presets…</p>}>
            <PresetPanel />
          </Suspense>
          <QuickActions />
          <p className="hint">Keyboard: ↑ ↓ move between members; Y yes, N no, A abstain, P not participating, U undecided.</p>
          <MemberList />
        </section>
      </main>
    </div>
  );
}
