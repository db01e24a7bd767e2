import { useId, useState } from 'react';
import { isoDay } from '../../core/data/period';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { useModal } from './useModal';
import '../../i18n/later/register';

const NEW = '';

interface Props {
  readonly open: boolean;
  /** How many times the dialog was opened: each opening starts from the scenario's date. */
  readonly opening: number;
  readonly onClose: () => void;
  /** After adding: the file's name. */
  readonly onDone: (name: string) => void;
}

/**
 * The dialog of "Add to a file…": the scenario on screen becomes a dated snapshot of a file of
 * the user's, or of a new file. The date defaults to the scenario's date of the vote, else today.
 * It stays mounted once opened, so a name typed and cancelled is still there.
 */
export default function AddToFileDialog({ open, opening, onClose, onDone }: Props) {
  const { t } = useT();
  const files = useStore((s) => s.files);
  const scenarioDate = useStore((s) => s.scenario.date);
  const snapshotAdded = useStore((s) => s.snapshotAdded);
  const dialog = useModal(open);
  const [target, setTarget] = useState(NEW);
  const [name, setName] = useState('');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [started, setStarted] = useState(0);
  const id = useId();

  if (started !== opening) {
    // A new opening: the date of the scenario on screen, the file last used if it is still there.
    setStarted(opening);
    setProblem(null);
    setDate(scenarioDate ?? isoDay(new Date()));
    setTarget(files.some((d) => d.id === target) ? target : (files[files.length - 1]?.id ?? NEW));
  }

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (target === NEW && !name.trim()) return setProblem(t('files.add.needName'));
    const fileId = snapshotAdded(target === NEW ? { name } : { fileId: target }, date);
    if (!fileId) return setProblem(t('files.add.needDate'));
    onDone(target === NEW ? name.trim() : (files.find((d) => d.id === target)?.name ?? ''));
    setTarget(fileId);
    setName('');
    onClose();
  };

  return (
      <dialog ref={dialog} className="figures-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{t('files.add.title')}</h2>
          {problem && (
            <p role="alert" className="caution">
              {problem}
            </p>
          )}
          <label className="field">
            <span className="field__label">{t('files.add.file')}</span>
            <select data-names value={target} onChange={(e) => setTarget(e.target.value)}>
              {files.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
              <option value={NEW}>{t('files.add.new')}</option>
            </select>
          </label>
          {target === NEW && (
            <label className="field">
              <span className="field__label">{t('files.add.name')}</span>
              <input type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
            </label>
          )}
          <label className="field">
            <span className="field__label">{t('files.add.date')}</span>
            <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <div className="paste-buttons">
            <button type="submit">{t('files.add.submit')}</button>
            <button type="button" onClick={onClose}>
              {t('files.add.cancel')}
            </button>
          </div>
        </form>
      </dialog>
  );
}
