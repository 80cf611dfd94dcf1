import { isLocale, LOCALES } from '@bilikti/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { currentLocale } from '../../lib/i18n';
import { useChangeLocale } from '../../lib/use-change-locale';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const changeLocale = useChangeLocale();
  const id = useId();
  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={currentLocale(i18n)}
        onChange={(event) => {
          if (isLocale(event.target.value)) changeLocale(event.target.value);
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.names.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
