import { useEffect, useId, useRef, useState } from 'react';
import { addedDatasetOf } from '../../core/data/addedFigures';
import { allDatasets } from '../../core/data/datasets';
import { isoDay } from '../../core/data/period';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';

/** The first day after the newest Council table: where the next table usually starts. */
function nextFrom(): string {
  const newest = allDatasets().find((d) => d.role === 'council');
  const year = newest ? Number(newest.period.to.slice(0, 4)) + 1 : new Date().getFullYear();
  return `${year}-01-01`;
}

/**
 * "Add official figures": an Annex III table pasted from EUR-Lex or opened from a file, checked
 * by the core (the same checks as `npm run data:import`), confirmed with its first day and
 * decision, then stored in this browser and chosen. A refused table stores nothing.
 */
export function AddFigures() {
  const tr = useT();
  const { t } = tr;
  const figuresAdded = useStore((s) => s.figuresAdded);
  const datasetChosen = useStore((s) => s.datasetChosen);
  const dialog = useRef<HTMLDialogElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [from, setFrom] = useState(nextFrom);
  const [decision, setDecision] = useState('');
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) d.close();
  }, [open]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = addedDatasetOf(text, { from, decision, address, addedOn: isoDay(new Date()), fileName }, allDatasets());
    if (!r.ok) return setProblem(r.error.message);
    figuresAdded(r.value);
    datasetChosen(r.value.id);
    setAdded(r.value.label);
    setProblem(null);
    setText('');
    setFileName('');
    setOpen(false);
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

  const opened = async (file: File | undefined) => {
    if (!file) return;
    setText(await file.text());
    setFileName(file.name);
    setProblem(null);
  };

  return (
    <>
      <p>
        <button type="button" onClick={() => (setAdded(null), setOpen(true))}>
          {t('figures.open')}
        </button>
      </p>
      {added && (
        <p role="status" className="figures-added">
          {t('figures.added', { label: added })}
        </p>
      )}
      <dialog ref={dialog} className="figures-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{t('figures.title')}</h2>
          <p className="hint">{t('figures.intro')}</p>
          {problem && (
            <div role="alert" className="caution figures-problem">
              <strong>{t('figures.refused')}</strong> <span lang="en">{problem}</span>
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
            onChange={(e) => (setText(e.target.value), setFileName(''))}
            aria-invalid={problem !== null}
          />
          <label className="field figures-file">
            <span className="field__label">{t('figures.file')}</span>
            <input type="file" accept=".txt,text/plain" onChange={(e) => void opened(e.target.files?.[0])} />
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
            <button type="button" onClick={() => setOpen(false)}>
              {t('figures.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
