import { flushSync } from 'react-dom';
import { useStore } from '../../state/store';
import type { UiState } from '../../state/types';
import { loadPrintSheets } from './PrintView';
import { useT } from '../i18n/useT';

/** Print the scenario on screen, or every saved scenario on a page of its own. */
export function PrintButtons() {
  const count = useStore((s) => s.library.length);
  const printScopeChosen = useStore((s) => s.printScopeChosen);
  const { t } = useT();
  const print = async (scope: UiState['printScope']) => {
    await loadPrintSheets();
    flushSync(() => printScopeChosen(scope));
    const reset = () => {
      printScopeChosen('current');
      window.removeEventListener('afterprint', reset);
    };
    window.addEventListener('afterprint', reset);
    window.print();
  };
  return (
    <div className="print-buttons" role="group" aria-label={t('print.label')}>
      <button type="button" onClick={() => void print('current')}>
        {t('print.current')}
      </button>
      {count > 1 && (
        <button type="button" onClick={() => void print('library')}>
          {t('print.all', { n: count })}
        </button>
      )}
    </div>
  );
}
