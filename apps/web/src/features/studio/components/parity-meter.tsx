import { LOCALES, type CourseDraftResponse } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { ParityGapList } from './parity-gap-list';

interface ParityMeterProps {
  draft: CourseDraftResponse;
}

/** How far each language is filled in, and what is still missing: both must be complete to publish. */
export function ParityMeter({ draft }: ParityMeterProps) {
  const { t } = useTranslation('studio');
  const { parity } = draft;

  return (
    <section className="card parity" aria-labelledby="parity-title">
      <h2 id="parity-title">{t('parity.title')}</h2>
      <p className={parity.complete ? 'parity__summary parity__summary--complete' : 'parity__summary'}>
        {parity.complete ? t('parity.complete') : t('parity.incomplete', { count: parity.gaps.length })}
      </p>
      <div className="parity__bars">
        {LOCALES.map((locale) => (
          <div key={locale} className="parity__bar">
            <label htmlFor={`parity-${locale}`}>
              {t(`parity.filled.${locale}`, { filled: parity.filled[locale], total: parity.total })}
            </label>
            <progress id={`parity-${locale}`} value={parity.filled[locale]} max={Math.max(parity.total, 1)} />
          </div>
        ))}
      </div>
      {parity.gaps.length > 0 && <ParityGapList gaps={parity.gaps} draft={draft} />}
    </section>
  );
}
