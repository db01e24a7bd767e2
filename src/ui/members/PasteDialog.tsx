import { useId, useMemo } from 'react';
import type { CountryCode } from '../../core/rules/countries';
import { pasteChanges, readPastedPositions, type PasteProblem } from '../../core/scenario/pastePositions';
import type { Translator } from '../../i18n/translator';
import { useDataset } from '../../state/selectors';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { useModal } from '../files/useModal';
import { positionLabel } from './positionOptions';
import '../../i18n/files/register';

/** A line the paste did not understand, in the language on screen. */
export function pasteProblemLine(p: PasteProblem, tr: Translator): string {
  const params = { line: p.line, text: p.text, part: p.part ?? '' };
  return p.kind === 'not_member'
    ? tr.t('paste.problem.not_member', { ...params, member: tr.country(p.part as CountryCode) })
    : tr.t(`paste.problem.${p.kind}`, params);
}

interface Props {
  /** The text pasted so far: kept by the opener, so closing the dialog loses nothing. */
  readonly text: string;
  readonly onText: (text: string) => void;
  readonly onClose: () => void;
  /** After applying: how many members changed. */
  readonly onApplied: (changed: number) => void;
}

/**
 * The dialog of "Paste positions…": positions from notes, e-mails or a spreadsheet, read by the
 * core as the user types. Before anything changes it lists what will change, each line it did
 * not understand and each member named twice; applying is one step that Undo reverses.
 */
export default function PasteDialog({ text, onText: setText, onClose, onApplied }: Props) {
  const tr = useT();
  const { t, tp } = tr;
  const positions = useStore((s) => s.scenario.positions);
  const positionsPasted = useStore((s) => s.positionsPasted);
  const dataset = useDataset();
  const dialog = useModal(true);
  const id = useId();

  const members = useMemo(() => dataset.members.map((m) => m.code), [dataset]);
  const reading = useMemo(() => readPastedPositions(text, members), [text, members]);
  const changes = useMemo(() => pasteChanges(positions, reading), [positions, reading]);
  const same = reading.positions.length - changes.length;

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    if (changes.length === 0) return;
    positionsPasted(Object.fromEntries(changes.map((c) => [c.code, c.to])));
    onApplied(changes.length);
    setText('');
    onClose();
  };

  return (
      <dialog ref={dialog} className="figures-dialog paste-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
        <form onSubmit={apply} noValidate>
          <h2 id={`${id}-title`}>{t('paste.title')}</h2>
          <p className="hint" id={`${id}-intro`}>{t('paste.intro')}</p>
          <label className="field" htmlFor={`${id}-text`}>
            <span className="field__label">{t('paste.text')}</span>
          </label>
          <textarea id={`${id}-text`} rows={8} spellCheck={false} value={text} aria-describedby={`${id}-intro`} onChange={(e) => setText(e.target.value)} />
          <section aria-label={t('paste.title')} aria-live="polite" className="paste-preview">
            {changes.length === 0 ? (
              <p className="hint">{t('paste.noChange')}</p>
            ) : (
              <>
                <p>{tp('paste.changes', changes.length)}</p>
                <ul className="paste-changes">
                  {changes.map((c) => (
                    <li key={c.code}>
                      {t('paste.change', { member: tr.country(c.code), from: positionLabel(c.from, tr), to: positionLabel(c.to, tr) })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {same > 0 && <p className="hint">{tp('paste.same', same)}</p>}
            {(reading.problems.length > 0 || reading.duplicates.length > 0) && (
              <div className="caution paste-problems">
                {reading.problems.length > 0 && (
                  <>
                    <p>{tp('paste.problems', reading.problems.length)}</p>
                    <ul>
                      {reading.problems.map((p) => (
                        <li key={p.line}>{pasteProblemLine(p, tr)}</li>
                      ))}
                    </ul>
                  </>
                )}
                {reading.duplicates.length > 0 && (
                  <ul>
                    {reading.duplicates.map((d) => (
                      <li key={d.code}>{t('paste.duplicate', { member: tr.country(d.code), lines: tr.and(d.lines.map(String)) })}</li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </section>
          <div className="paste-buttons">
            <button type="submit" disabled={changes.length === 0}>
              {changes.length === 0 ? t('paste.title') : tp('paste.apply', changes.length)}
            </button>
            <button type="button" onClick={onClose}>
              {t('paste.cancel')}
            </button>
          </div>
        </form>
      </dialog>
  );
}
