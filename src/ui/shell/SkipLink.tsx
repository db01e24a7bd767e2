import { useT } from '../i18n/useT';

/**
 * The first stop of the Tab key: straight to the first member's position (the chosen one, as
 * the arrow keys would), past the header, the scenario bar and the presets. Hidden until focused.
 */
export function SkipLink() {
  const { t } = useT();
  return (
    <a
      className="skip-link"
      href="#members"
      onClick={(e) => {
        const first = document.querySelector('.layout__members [role="radiogroup"]');
        const radio = first?.querySelector<HTMLInputElement>('input:checked') ?? first?.querySelector<HTMLInputElement>('input');
        if (!radio) return;
        e.preventDefault();
        radio.focus();
        radio.scrollIntoView({ block: 'center' });
      }}
    >
      {t('skip.members')}
    </a>
  );
}
