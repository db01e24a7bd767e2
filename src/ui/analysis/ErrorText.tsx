import type { AppError } from '../../core/result';
import { whatIfErrorText } from '../../i18n/whatIfErrors';
import { useT } from '../i18n/useT';

/** An engine error in the reader's language where it is known, else as it came (marked English). */
export function ErrorText({ error }: { readonly error: AppError }) {
  const { text, english } = whatIfErrorText(error, useT());
  return english ? <span lang="en">{text}</span> : <>{text}</>;
}
