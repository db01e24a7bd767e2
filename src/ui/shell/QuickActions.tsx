import { PARTICIPATION_PRESETS } from '../../core/rules/participation';
import { useStore } from '../../state/store';
import type { MemberOrder } from '../../state/types';
import { useT } from '../i18n/useT';
import { PastePositions } from '../members/PastePositions';

const ORDERS: readonly MemberOrder[] = ['protocol', 'population', 'name'];

export function QuickActions() {
  const allPositionsSet = useStore((s) => s.allPositionsSet);
  const participationApplied = useStore((s) => s.participationApplied);
  const order = useStore((s) => s.order);
  const orderChosen = useStore((s) => s.orderChosen);
  const { t } = useT();
  return (
    <div className="quick">
      <div className="quick__group" role="group" aria-label={t('quick.setEvery')}>
        <span className="field__label">{t('quick.setAll')}</span>
        <button type="button" onClick={() => allPositionsSet('yes')}>{t('quick.allYes')}</button>
        <button type="button" onClick={() => allPositionsSet('no')}>{t('quick.allNo')}</button>
        <button type="button" onClick={() => allPositionsSet('undecided')}>{t('quick.allUndecided')}</button>
      </div>
      <div className="quick__group">
        <PastePositions />
      </div>
      <label className="field field--inline">
        <span className="field__label">{t('quick.participation')}</span>
        <select
          value=""
          onChange={(e) => {
            const preset = PARTICIPATION_PRESETS.find((p) => p === e.target.value);
            if (preset) participationApplied(preset);
          }}
        >
          <option value="" disabled>
            {t('quick.applyPreset')}
          </option>
          {PARTICIPATION_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(`participation.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--inline">
        <span className="field__label">{t('quick.order')}</span>
        <select value={order} onChange={(e) => orderChosen(e.target.value as MemberOrder)}>
          {ORDERS.map((value) => (
            <option key={value} value={value}>
              {t(`order.${value}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
