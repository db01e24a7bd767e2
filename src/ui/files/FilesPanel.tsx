import { useId, useMemo, useState } from 'react';
import { dossierFile, type Dossier, type Snapshot } from '../../core/scenario/dossier';
import { parseDossierFile } from '../../core/scenario/dossierGate';
import { SHIPPED_DOSSIERS, shippedDossier } from '../../core/scenario/shippedDossiers';
import { timelineOf, whatMoved } from '../../core/scenario/timeline';
import { useStore } from '../../state/store';
import { copyText, download, fileStem } from '../export/download';
import { encodeDossierLink } from '../../core/scenario/dossierLink';
import { useT } from '../i18n/useT';
import { FilesNotice } from './FilesNotice';
import { RemovalUndo } from './RemovalUndo';
import { FileNameField } from './FileNameField';
import TimelineChart from './TimelineChart';
import { TimelineTable } from './TimelineTable';
import { WhatMoved } from './WhatMoved';
import { CompareSnapshots } from './CompareSnapshots';
import { fileName } from './words';
import './files.css';
import '../../i18n/files/register';

/**
 * The files followed over time: the shipped ones and the user's, one at a time, as a timeline
 * (chart and table), what moved between snapshots, and the file's own actions. Loaded with
 * Recharts only when the section is opened.
 */
export default function FilesPanel() {
  const tr = useT();
  const { t } = tr;
  const id = useId();
  const files = useStore((s) => s.files);
  const { snapshotOpened, snapshotRemoved, fileRenamed, fileDeleted, dossierImported } = useStore.getState();
  const shipped = useMemo(() => SHIPPED_DOSSIERS.map((d) => shippedDossier(d, tr.locale)), [tr.locale]);
  const [chosen, setChosen] = useState(SHIPPED_DOSSIERS[0]!.id);
  const isShipped = shipped.some((d) => d.id === chosen);
  const file: Dossier = shipped.find((d) => d.id === chosen) ?? files.find((d) => d.id === chosen) ?? shipped[0]!;
  const timeline = useMemo(() => timelineOf(file), [file]);
  const steps = useMemo(() => whatMoved(file), [file]);
  const open = (s: Snapshot) => snapshotOpened(s.scenario, isShipped ? s.id : undefined);
  const name = fileName(file, tr);

  const [said, setSaid] = useState('');
  const copyLink = async () => {
    const fragment = await encodeDossierLink({ ...file, name });
    if (fragment === null) return setSaid(t('files.linkTooLong'));
    setSaid(t((await copyText(`${location.origin}${location.pathname}#${fragment}`)) ? 'files.linkCopied' : 'files.linkNotCopied'));
  };

  const imported = async (f: File | undefined) => {
    if (!f) return;
    const newId = dossierImported(parseDossierFile(await f.text()));
    if (newId) setChosen(newId);
  };

  return (
    <div className="files">
      <p className="hint">{t('files.intro')}</p>
      <FilesNotice />
      <RemovalUndo />
      <div className="files__bar">
        <label className="field field--inline">
          <span className="field__label">{t('files.choose')}</span>
          <select data-names value={file.id} onChange={(e) => (setChosen(e.target.value), setSaid(''))}>
            <optgroup label={t('files.shipped')}>
              {shipped.map((d) => (
                <option key={d.id} value={d.id}>
                  {fileName(d, tr)} ({tr.tp('files.snapshots', d.snapshots.length)})
                </option>
              ))}
            </optgroup>
            {files.length > 0 && (
              <optgroup label={t('files.yours')}>
                {files.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({tr.tp('files.snapshots', d.snapshots.length)})
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <button type="button" onClick={() => download(`${fileStem(name)}.json`, dossierFile({ ...file, name }), 'application/json')}>
          {t('files.export')}
        </button>
        <button type="button" onClick={() => void copyLink()}>
          {t('files.copyLink')}
        </button>
        <label className="file-button">
          {t('files.import')}
          <input type="file" accept="application/json,.json" onChange={(e) => (void imported(e.target.files?.[0]), (e.target.value = ''))} />
        </label>
      </div>
      <p className="hint" aria-live="polite">
        {said}
      </p>
      {!isShipped && (
        <div className="files__own">
          <label className="field field--inline" htmlFor={`${id}-name`}>
            <span className="field__label">{t('files.rename')}</span>
          </label>
          <FileNameField key={file.id} id={`${id}-name`} name={file.name} onRename={(n) => fileRenamed(file.id, n)} />
          <button type="button" onClick={() => (fileDeleted(file.id), setChosen(SHIPPED_DOSSIERS[0]!.id))}>
            {t('files.delete')}
          </button>
        </div>
      )}
      {/* As in the chooser, which a phone cuts short: the whole name and the count are read here. */}
      <h3>
        {name} ({tr.tp('files.snapshots', file.snapshots.length)})
      </h3>
      {file.snapshots.length === 0 ? (
        <p className="hint">{t('files.none')}</p>
      ) : !timeline.ok ? (
        <p className="caution" lang="en">{timeline.error.message}</p>
      ) : (
        <>
          <TimelineChart points={timeline.value} tr={tr} />
          <TimelineTable points={timeline.value} snapshots={file.snapshots} tr={tr} fileName={name} onOpen={open} {...(isShipped ? {} : { onRemove: (s: Snapshot) => snapshotRemoved(file.id, s.id) })} />
          {steps.ok && <WhatMoved steps={steps.value} tr={tr} />}
          <CompareSnapshots key={file.id} file={file} tr={tr} />
        </>
      )}
    </div>
  );
}
