import { useId, useRef, useState } from 'react';
import { addedDatasetOf } from '../../core/data/annexFigures';
import { annexSize, MAX_ANNEX_CHARS } from '../../core/data/annexImport';
import { allDatasets } from '../../core/data/datasets';
import { isoDay } from '../../core/data/period';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { useModal } from '../files/useModal';
import '../../i18n/later/register';

/** The first day after the newest Council table: where the next table usually starts. */
function nextFrom(): string {
  const newest = allDatasets().find((d) => d.role === 'council');
  const year = newest ? Number(newest.period.to.slice(0, 4)) + 1 : new Date().getFullYear();
  return `${year}-01-01`;
}

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
  /** After adding: the new table's label. */
  readonly onAdded: (label: string) => void;
}

/**
 * The dialog of "Add official figures": an Annex III table pasted from EUR-Lex or opened from a
 * file, checked by the core (the same checks as `npm run data:import`), confirmed with its first
 * day and decision, then stored in this browser and chosen. A refused table stores nothing.
 * It stays mounted once opened, so closing it loses nothing typed.
 */
export default function AddFiguresDialog({ open, onClose, onAdded }: Props) {
  const tr = useT();
  const { t } = tr;
  const figuresAdded = useStore((s) => s.figuresAdded);
  const datasetChosen = useStore((s) => s.datasetChosen);
  const dialog = useModal(open);
  const area = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [from, setFrom] = useState(nextFrom);
  const [decision, setDecision] = useState('');
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The core's reasons are in English; a size refused here is said in the user's language.
  const [problemLang, setProblemLang] = useState<string | undefined>('en');
  const id = useId();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = addedDatasetOf(text, { from, decision, address, addedOn: isoDay(new Date()), fileName }, allDatasets());
    if (!r.ok) return (setProblemLang('en'), setProblem(r.error.message));
    figuresAdded(r.value);
    datasetChosen(r.value.id);
    onAdded(r.value.label);
    setProblem(null);
    setText('');
    setFileName('');
    onClose();
  };

  const line = problem ? Number(/^line (\d+):/.exec(problem)?.[1] ?? 0) : 0;
  /** Selects the line at fault in the pasted text, scrolled into view. */
  const showLine = () => {
    const a = area.current;
    if (!a || line < 1) return;
    const lines = a.value.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    a.focus();
    a.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
    a.scrollTop = Math.max(0, ((line - 3) * a.scrollHeight) / lines.length);
  };

  /** Refuses text too big to be a table before it reaches the text box (a huge box freezes the page). */
  const tooBig = (next: string): boolean => {
    const size = annexSize(next);
    if (size) setProblemLang(undefined);
    if (size) setProblem(t(size.too === 'chars' ? 'figures.tooLong' : 'figures.tooManyLines', { n: tr.count(size.n), max: tr.count(size.max) }));
    return size !== undefined;
  };

  const opened = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    // Measured in bytes first: a UTF-8 character is at most four, so anything larger is too long unread.
    if (file.size > 4 * MAX_ANNEX_CHARS) return void (setProblemLang(undefined), setProblem(t('figures.tooLong', { n: tr.count(file.size), max: tr.count(MAX_ANNEX_CHARS) })));
    const content = await file.text();
    if (tooBig(content)) return;
    setText(content);
    setFileName(file.name);
    setProblem(null);
  };

  const pasted = (e: React.ClipboardEvent<HTMLTextAreaElement>) => {
    const a = e.currentTarget;
    const incoming = e.clipboardData.getData('text/plain');
    const next = a.value.slice(0, a.selectionStart) + incoming + a.value.slice(a.selectionEnd);
    if (tooBig(next)) e.preventDefault();
  };

  return (
      <dialog ref={dialog} className="figures-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{t('figures.title')}</h2>
          <p className="hint">{t('figures.intro')}</p>
          {problem && (
            <div role="alert" className="caution figures-problem">
              <strong>{t('figures.refused')}</strong> <span lang={problemLang}>{problem}</span>
              {line > 0 && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={showLine}>
                    {t('figures.showLine', { line })}
                  </button>
                </>
              )}
            </div>
          )}
          <label className="field" htmlFor={`${id}-table`}>
            <span className="field__label">{t('figures.table')}</span>
          </label>
          <textarea
            id={`${id}-table`}
            ref={area}
            rows={10}
            spellCheck={false}
            value={text}
            onPaste={pasted}
            onChange={(e) => {
              if (tooBig(e.target.value)) return;
              setText(e.target.value);
              setFileName('');
            }}
            aria-invalid={problem !== null}
          />
          <label className="file-button">
            {t('figures.file')}
            <input type="file" accept=".txt,text/plain" onChange={(e) => void opened(e.currentTarget)} />
          </label>
          <div className="figures-row">
            <label className="field">
              <span className="field__label">{t('figures.from')}</span>
              <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
            </label>
            {/^\d{4}-\d{2}-\d{2}$/.test(from) && (
              <span className="hint figures-until">
                {t('figures.to')} {tr.day(`${from.slice(0, 4)}-12-31`)}
              </span>
            )}
          </div>
          <label className="field">
            <span className="field__label">{t('figures.decision')}</span>
            <input type="text" value={decision} required aria-describedby={`${id}-decision-hint`} onChange={(e) => setDecision(e.target.value)} />
          </label>
          <p id={`${id}-decision-hint`} className="hint">
            {t('figures.decisionHint')}
          </p>
          <label className="field">
            <span className="field__label">{t('figures.address')}</span>
            <input type="url" value={address} placeholder="https://eur-lex.europa.eu/…" onChange={(e) => setAddress(e.target.value)} />
          </label>
          <div className="figures-actions">
            <button type="submit">{t('figures.add')}</button>
            <button type="button" onClick={onClose}>
              {t('figures.cancel')}
            </button>
          </div>
        </form>
      </dialog>
  );
}
