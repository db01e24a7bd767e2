import { useMemo, useState } from 'react';
import type { Dossier } from '../../core/scenario/dossier';
import { whatMoved } from '../../core/scenario/timeline';
import type { Translator } from '../../i18n/translator';
import { WhatMoved } from './WhatMoved';
import '../../i18n/files/register';

interface Props {
  readonly file: Dossier;
  readonly tr: Translator;
}

/** Any two snapshots of a file, side by side: what moved from the one to the other, and what it carried. */
export function CompareSnapshots({ file, tr }: Props) {
  const { t } = tr;
  const ids = file.snapshots.map((s) => s.id);
  const [from, setFrom] = useState(ids[0] ?? '');
  const [to, setTo] = useState(ids[ids.length - 1] ?? '');
  const a = file.snapshots.find((s) => s.id === from) ?? file.snapshots[0];
  const b = file.snapshots.find((s) => s.id === to) ?? file.snapshots[file.snapshots.length - 1];
  const steps = useMemo(() => (a && b && a !== b ? whatMoved({ ...file, snapshots: [a, b] }) : null), [file, a, b]);
  if (file.snapshots.length < 3) return null;
  const choose = (value: string, set: (id: string) => void, label: string) => (
    <label className="field field--inline">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)}>
        {file.snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {tr.day(s.date)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <details className="compare-snapshots">
      <summary>{t('files.compare.heading')}</summary>
      <div className="files__bar">
        {choose(a?.id ?? '', setFrom, t('files.compare.from'))}
        {choose(b?.id ?? '', setTo, t('files.compare.to'))}
      </div>
      {steps === null ? (
        <p className="hint">{t('files.compare.same')}</p>
      ) : (
        steps.ok && <WhatMoved steps={steps.value} tr={tr} heading={t('files.compare.result')} hint={false} />
      )}
    </details>
  );
}
