import { lazy, Suspense } from 'react';
import { DatasetNote } from './figures/DatasetNote';
import { DatasetSelect } from './figures/DatasetSelect';
import { VoteDateInput } from './figures/VoteDateInput';
import { SkipLink } from './shell/SkipLink';
import './shell/firstScreen.css';
import { MembersView } from './members/MembersView';
import { QuickActions } from './shell/QuickActions';
import { RuleSelect } from './shell/RuleSelect';
import { VerdictPanel } from './verdict/VerdictPanel';
import { PeriodNotice } from './figures/PeriodNotice';
import { CompareScenarios } from './scenarios/CompareScenarios';
import { useUndoKeys } from './shell/UndoRedo';
import { ScenarioBar } from './scenarios/ScenarioBar';
import { ScenarioLibrary } from './scenarios/ScenarioLibrary';
import { VerdictSummary } from './verdict/VerdictSummary';
import { useStore } from '../state/store';
import { lazyWhen } from './shell/lazyWhen';
import { ruleDateStatus } from '../core/rules/ruleOfDate';
import { PresentButton } from './present/PresentButton';
import { ExplainSection } from './teach/ExplainSection';
import { PrintView } from './export/PrintView';
import { PrintButtons } from './export/PrintButtons';
import { AnalysisSection } from './analysis/AnalysisSection';
import { LanguageSelect } from './i18n/LanguageSelect';
import { useDocumentLanguage } from './i18n/useDocumentLanguage';
import { useT } from './i18n/useT';
import { VotesSection } from './votes/VotesSection';
import { FilesSection } from './files/FilesSection';
import { RecordedOutcome } from './votes/RecordedOutcome';

const PresetPanel = lazy(() => import('./scenarios/PresetPanel'));
// Banners most sessions never see: their code loads when there is something to say.
const LinkErrorBanner = lazyWhen((s) => s.linkError !== null, () => import('./shell/LinkErrorBanner').then((m) => m.LinkErrorBanner));
const LibraryNotice = lazyWhen((s) => s.libraryNotice !== null, () => import('./shell/LibraryNotice').then((m) => m.LibraryNotice));
// The rule against the date: only for a date whose rule is not (only) the one chosen.
const RuleDateNotice = lazyWhen(
  (s) => ruleDateStatus(s.scenario.rule, s.scenario.date).kind !== 'fits',
  () => import('./shell/RuleDateNotice').then((m) => m.RuleDateNotice),
);
const EditNotice = lazyWhen((s) => s.editNotice !== null, () => import('./shell/EditNotice').then((m) => m.EditNotice));
const PresentationMode = lazy(() => import('./present/PresentationMode'));

export function App() {
  const presenting = useStore((s) => s.presenting);
  // The compact table and the map put every member first, beside the verdict: presets and actions
  // follow them. The table also takes a narrower verdict column.
  const view = useStore((s) => s.view);
  const table = view === 'table';
  const membersFirst = view !== 'list';
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
      <SkipLink />
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
          <RuleDateNotice />
          <ExplainSection />
          <DatasetNote />
          <ScenarioLibrary />
          <CompareScenarios />
        </div>
        <section className="layout__members" id="members" aria-label={t('app.positions')}>
          {membersFirst && <MembersView />}
          <Suspense fallback={<p className="hint">{t('app.loadingPresets')}</p>}>
            <PresetPanel />
          </Suspense>
          <QuickActions />
          {!membersFirst && <MembersView />}
          <AnalysisSection />
          <VotesSection />
          <FilesSection />
        </section>
      </main>
      <VerdictSummary />
      <PrintView />
    </div>
  );
}
