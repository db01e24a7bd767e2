import { useState } from 'react';
import type { Scenario } from '../../core/scenario/scenario';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { download, fileStem } from './download';

const today = () => new Date().toISOString().slice(0, 10);

/** "Slides (.pptx)" of the scenario on screen, or of every saved scenario in the library's order. */
export function SlidesButtons() {
  const scenario = useStore((s) => s.scenario);
  const library = useStore((s) => s.library);
  const tr = useT();
  const { t } = tr;
  const [said, setSaid] = useState('');
  const make = async (scenarios: readonly Scenario[], stem: string, deckName?: string) => {
    setSaid(t('export.slidesMaking'));
    try {
      // Loaded on demand: the editor never pays for the PowerPoint writer.
      const { slidesPptx } = await import('./exportSlides');
      download(`${stem}.pptx`, await slidesPptx(scenarios, tr, today(), deckName));
      setSaid('');
    } catch (e) {
      setSaid(t('export.slidesFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <button type="button" onClick={() => make([scenario], fileStem(scenario.name), scenario.name)}>
        {t('export.slides')}
      </button>
      {library.length > 0 && (
        <button type="button" onClick={() => make(library.map((x) => x.scenario), 'council-votes')}>
          {t('export.slidesAll', { n: library.length })}
        </button>
      )}
      <span aria-live="polite">{said}</span>
    </>
  );
}
