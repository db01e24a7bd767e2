import { useCallback, useEffect, useRef } from 'react';
import { claimsOf } from '../../core/rules/claims';
import { useDataset, useFiguresStatus, useOutcome } from '../../state/selectors';
import { figuresSentences } from '../../i18n/dateFigures';
import { modifiedFrom } from '../../state/open';
import { useStore } from '../../state/store';
import { ruleDateSentence } from '../../i18n/ruleDate';
import { ruleDateStatus } from '../../core/rules/ruleOfDate';
import { headline } from '../verdict/explain';
import { MapLegend } from '../map/MapLegend';
import { PopulationBar } from '../map/PopulationBar';
import { TileMap } from '../map/TileMap';
import { BigBlocking } from './BigBlocking';
import { BigCondition } from './BigCondition';
import { exitFullscreen, focusReturn } from './fullscreen';
import { useFitToScreen } from './fitToScreen';
import { useT } from '../i18n/useT';
import './present.css';
import '../../i18n/later/register';

/**
 * Full screen for a projector: the verdict, its conditions, the map and the population bar in
 * large type, and nothing a presenter would not show the room. Keys: positions on the map
 * (arrows, Y N A P U), Page Down / Page Up (or → ←) through the saved scenarios, Escape leaves.
 */
export default function PresentationMode() {
  const result = useOutcome();
  const dataset = useDataset();
  const figures = useFiguresStatus();
  const name = useStore((s) => s.scenario.name);
  const rule = useStore((s) => s.scenario.rule);
  const date = useStore((s) => s.scenario.date);
  const library = useStore((s) => s.library);
  const modified = useStore((s) => modifiedFrom(s) !== null);
  const openId = useStore((s) => s.openId);
  const savedOpened = useStore((s) => s.savedOpened);
  const presentationLeft = useStore((s) => s.presentationLeft);
  const root = useRef<HTMLElement>(null);
  useFitToScreen(root);
  const tr = useT();
  const { t } = tr;
  const ruleSentence = ruleDateSentence(ruleDateStatus(rule, date), tr);
  const index = library.findIndex((x) => x.id === openId);

  const leave = useCallback(() => {
    focusReturn.toPresentButton = true;
    exitFullscreen();
    presentationLeft();
  }, [presentationLeft]);

  const step = useCallback(
    (by: 1 | -1) => {
      const { library: lib, openId: id } = useStore.getState();
      const here = lib.findIndex((x) => x.id === id);
      const next = lib[here < 0 ? (by > 0 ? 0 : lib.length - 1) : here + by];
      if (next) savedOpened(next.id);
    },
    [savedOpened],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const onTile = e.target instanceof Element && e.target.closest('.tile') !== null;
      if (e.key === 'Escape' || e.key === 'F2') {
        e.preventDefault();
        leave();
      } else if (e.key === 'PageDown' || (e.key === 'ArrowRight' && !onTile)) {
        e.preventDefault();
        step(1);
      } else if (e.key === 'PageUp' || (e.key === 'ArrowLeft' && !onTile)) {
        e.preventDefault();
        step(-1);
      }
    };
    // Escape in full screen is taken by the browser itself: leaving full screen leaves the mode.
    let wasFullscreen = document.fullscreenElement !== null;
    const onFullscreen = () => {
      if (document.fullscreenElement) wasFullscreen = true;
      else if (wasFullscreen) leave();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [leave, step]);

  useEffect(() => {
    root.current?.querySelector<HTMLElement>('.tile[tabindex="0"]')?.focus();
  }, []);

  const o = result.ok ? result.value : null;
  const claims = o ? claimsOf(o) : null;
  const head = o && claims ? headline(o, tr, claims) : { word: t('verdict.unavailable'), reason: result.ok ? '' : result.error.message };
  return (
    <main className="present" ref={root}>
      <header className="present__head">
        <h1 className="present__title" title={name || undefined}>
          {name || t(`rule.${rule}`)}
        </h1>
        <p className="present__meta">
          {t(`rule.${rule}`)} · {tr.dataset(dataset)} · {date ? tr.day(date) : t('date.unset')}
          {index >= 0 && library.length > 1 && ` · ${index + 1} / ${library.length}`}
          {modified && ` · ${t('present.modified')}`}
        </p>
        {ruleSentence && <p className="present__meta">{ruleSentence}</p>}
        {figures && <p className="present__figures">{figuresSentences(figures, tr, true).join(' ')}</p>}
        <button type="button" className="present__leave" aria-keyshortcuts="Escape" onClick={leave}>
          {t('present.leave')}
        </button>
      </header>
      <div role="status" aria-live="polite" aria-atomic="true" className={`present__verdict present__verdict--${claims?.call === 'too_close' ? 'undetermined' : (o?.verdict ?? 'error')}`}>
        <span className="present__word">{head.word}</span> <span className="present__reason">{head.reason}</span>
      </div>
      <div className="present__body">
        <div className="present__conditions">
          {claims?.conditionCases.map((cc) => <BigCondition key={cc.id} cc={cc} undecided={claims.undecided} />)}
          {claims && <BigBlocking b={claims.declaredBlocking} undecided={claims.undecided} />}
        </div>
        <div className="present__map">
          <TileMap />
          <MapLegend />
        </div>
      </div>
      <div className="present__popbar">
        <PopulationBar />
      </div>
      <p className="present__keys">
        {t('present.keys')}
      </p>
    </main>
  );
}
