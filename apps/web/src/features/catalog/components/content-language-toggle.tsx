import type { Locale } from '@bilikti/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { otherLocale } from '../../../components/content/localized-text';

interface ContentLanguageToggleProps {
  contentLocale: Locale;
  /** The languages the course is complete in. */
  available: Locale[];
  onChange: (locale: Locale) => void;
}

/** Says which language the course is shown in, and offers the other one when the course has it. */
export function ContentLanguageToggle({ contentLocale, available, onChange }: ContentLanguageToggleProps) {
  const { t } = useTranslation('catalog');
  const labelId = useId();
  const other = otherLocale(contentLocale);
  return (
    <div className="content-language" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="visually-hidden">
        {t('course.contentLanguage.label')}
      </span>
      <p className="content-language__note">{t(`course.contentLanguage.shownIn.${contentLocale}`)}</p>
      {available.includes(other) && (
        <button type="button" className="button button--secondary button--small" onClick={() => onChange(other)}>
          {t(`course.contentLanguage.switchTo.${other}`)}
        </button>
      )}
    </div>
  );
}
