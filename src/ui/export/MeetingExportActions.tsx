import { useState } from 'react';
import { encodeLink } from '../../core/scenario/link';
import type { Scenario } from '../../core/scenario/scenario';
import { useStore } from '../../state/store';
import { useT } from '../i18n/useT';
import { copyText, download, fileStem } from './download';
import { embedCode } from './embedCode';
import '../../i18n/later/register';

const today = () => new Date().toISOString().slice(0, 10);
const SVG_TYPE = 'image/svg+xml;charset=utf-8';

/**
 * What a presenter takes into a meeting: slides (.pptx) of the scenario on screen or of every
 * saved scenario in the library's order, SVGs of the verdict card and of the map, a view-only
 * link, and the <iframe> code of the embeddable verdict card.
 */
export default function MeetingExportActions() {
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
  const copy = async (text: string, done: 'export.viewLinkCopied' | 'export.embedCopied') =>
    setSaid(t((await copyText(text)) ? done : 'export.notCopied'));
  const pageUrl = async (page: string, query = '') =>
    `${new URL(page, location.href).href.split(/[?#]/)[0]}${query}#${await encodeLink(scenario)}`;
  const svg = async (kind: 'verdict' | 'map') => {
    // Loaded on demand, like the slides: the first screen stays small.
    const [{ mapSvg, verdictSvg }, { slideOf }] = await Promise.all([import('./exportSvg'), import('./slideModel')]);
    const m = slideOf(scenario, tr);
    download(`${stem}-${kind}.svg`, kind === 'verdict' ? verdictSvg(m) : mapSvg(m), SVG_TYPE);
  };
  return (
    <div className="scenario-bar__more-actions">
      <button type="button" onClick={() => slides([scenario], stem, scenario.name)}>
        {t('export.slides')}
      </button>
      {library.length > 0 && (
        <button
          type="button"
          onClick={() =>
            slides(
              library.map((x) => x.scenario),
              'council-votes',
            )
          }
        >
          {t('export.slidesAll', { n: library.length })}
        </button>
      )}
      <button type="button" onClick={() => svg('verdict')}>
        {t('export.svgCard')}
      </button>
      <button type="button" onClick={() => svg('map')}>
        {t('export.svgMap')}
      </button>
      <button type="button" onClick={async () => copy(await pageUrl('view.html'), 'export.viewLinkCopied')}>
        {t('export.viewLink')}
      </button>
      <button
        type="button"
        onClick={async () =>
          copy(
            embedCode(
              await pageUrl('embed.html', `?lang=${tr.locale}`),
              t('embed.title', { name: scenario.name || t('scenario.untitled') }),
            ),
            'export.embedCopied',
          )
        }
      >
        {t('export.embedCode')}
      </button>
      <span aria-live="polite">{said}</span>
    </div>
  );
}
