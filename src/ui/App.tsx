import { lazy, Suspense } from 'react';
import { DatasetNote } from './DatasetNote';
import { DatasetSelect } from './DatasetSelect';
import { VoteDateInput } from './VoteDateInput';
import { LinkErrorBanner } from './LinkErrorBanner';
import { MembersView } from './MembersView';
import { QuickActions } from './QuickActions';
import { RuleSelect } from './RuleSelect';
import { VerdictPanel } from './VerdictPanel';
import { PeriodNotice } from './PeriodNotice';
import { CompareScenarios } from './CompareScenarios';
import { LibraryNotice } from './LibraryNotice';
import { EditNotice } from './EditNotice';
import { useUndoKeys } from './UndoRedo';
import { ScenarioBar } from './ScenarioBar';
import { ScenarioLibrary } from './ScenarioLibrary';
import { VerdictSummary } from './VerdictSummary';
import { useStore } from '../state/store';
import { PresentButton } from './present/PresentButton';
import { ExplainSection } from './teach/ExplainSection';
import { PrintView } from './PrintView';
import { PrintButtons } from './PrintButtons';
import { AnalysisSection } from './analysis/AnalysisSection';
import { LanguageSelect } from './i18n/LanguageSelect';
import { useDocumentLanguage } from './i18n/useDocumentLanguage';
import { useT } from './i18n/useT';
import { VotesSection } from './votes/VotesSection';
import { RecordedOutcome } from './votes/RecordedOutcome';

const PresetPanel = lazy(() => import('./PresetPanel'));
const PresentationMode = lazy(() => import('./present/PresentationMode'));

export function App() {
  const presenting = useStore((s) => s.presenting);
  // The compact table puts every member first, beside the verdict: presets and actions follow it.
  const table = useStore((s) => s.view === 'table');
  const tr = useT();
  const { t } = tr;
  useDocumentLanguage(tr);
  useUndoKeys();
  if (presenting) {
    // The presentation replaces the editing screen, so the one role="status" moves with it.
    return (
      <Suspense fallback={<p className="hint">{t('app.loadingPresentation')}</p>}>
        <PresentationMode />
      </Suspense>
    );
  }
  return (
    <div className={table ? 'app app--table' : 'app'}>
      <header className="top">
        <h1>{t('app.title')}</h1>
        <div className="top__choosers">
          <RuleSelect />
          <VoteDateInput />
          <DatasetSelect />
          <PresentButton />
          <PrintButtons />
          <LanguageSelect />
        </div>
      </header>
      <LinkErrorBanner />
      <LibraryNotice />
      <EditNotice />
      <ScenarioBar />
      <main className="layout">
        <div className="layout__verdict">
          <VerdictPanel />
          <RecordedOutcome />
          <PeriodNotice />
          <ExplainSection />
          <DatasetNote />
          <ScenarioLibrary />
          <CompareScenarios />
        </div>
        <section className="layout__members" aria-label={t('app.positions')}>
          {table && <MembersView />}
          <Suspense fallback={<p className="hint">{t('app.loadingPresets')}</p>}>
            <PresetPanel />
          </Suspense>
          <QuickActions />
          {!table && <MembersView />}
          <AnalysisSection />
          <VotesSection />
        </section>
      </main>
      <VerdictSummary />
      <PrintView />
    </div>
  );
}
