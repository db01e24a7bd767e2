import type { AppError } from '../../core/result';
import { whatIfErrorText } from '../../i18n/whatIfErrors';
import { rich } from '../i18n/rich';
import { useT } from '../i18n/useT';
import '../../i18n/analysis/register';

/**
 * An engine error in the reader's language where it is known, else as it came (marked English).
 * A job that failed outside its checks (`analysis.failed`) says so around the engine's words.
 */
export function ErrorText({ error }: { readonly error: AppError }) {
  const tr = useT();
  if (error.code === 'analysis.failed') return <>{rich(tr.t('analysis.error.failed'), { error: <span lang="en">{error.message}</span> })}</>;
  const { text, english } = whatIfErrorText(error, tr);
  return english ? <span lang="en">{text}</span> : <>{text}</>;
}
