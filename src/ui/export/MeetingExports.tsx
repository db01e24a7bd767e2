import { useState } from 'react';
import type { Scenario } from '../../core/scenario/scenario';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { download, fileStem } from './download';
import { mapSvg, verdictSvg } from './exportSvg';
import { slideOf } from './slideModel';

const today = () => new Date().toISOString().slice(0, 10);
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

/**
 * What a presenter takes into a meeting: slides (.pptx) of the scenario on screen or of every
 * saved scenario in the library's order, and SVGs of the verdict card and of the map.
 */
export function MeetingExports() {
  const scenario = useStore((s) => s.scenario);
  const library = useStore((s) => s.library);
  const tr = useT();
  const { t } = tr;
  const [said, setSaid] = useState('');
  const stem = fileStem(scenario.name);
  const slides = async (scenarios: readonly Scenario[], file: string, deckName?: string) => {
    setSaid(t('export.slidesMaking'));
    try {
      // Loaded on demand: the editor never pays for the PowerPoint writer.
      const { slidesPptx } = await import('./exportSlides');
      download(`${file}.pptx`, await slidesPptx(scenarios, tr, today(), deckName));
      setSaid('');
    } catch (e) {
      setSaid(t('export.slidesFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <button type="button" onClick={() => slides([scenario], stem, scenario.name)}>
        {t('export.slides')}
      </button>
      {library.length > 0 && (
        <button type="button" onClick={() => slides(library.map((x) => x.scenario), 'council-votes')}>
          {t('export.slidesAll', { n: library.length })}
        </button>
      )}
      <button type="button" onClick={() => download(`${stem}-verdict.svg`, verdictSvg(slideOf(scenario, tr)), SVG_TYPE)}>
        {t('export.svgCard')}
      </button>
      <button type="button" onClick={() => download(`${stem}-map.svg`, mapSvg(slideOf(scenario, tr)), SVG_TYPE)}>
        {t('export.svgMap')}
      </button>
      <span aria-live="polite">{said}</span>
    </>
  );
}
