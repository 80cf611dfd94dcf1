import type { Bilingual, Locale } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';

import { langAttribute, pickLocalized } from '../../../components/content/localized-text';
import { currentLocale } from '../../../lib/i18n';

interface LocalizedTextProps {
  value: Bilingual;
  /** The language the course's texts are read in; the other one fills a gap. */
  locale: Locale;
  className?: string;
}

/** A course text in the reading language, marked with `lang` where it differs from the interface. */
export function LocalizedText({ value, locale, className }: LocalizedTextProps) {
  const { i18n } = useTranslation();
  const text = pickLocalized(value, locale);
  return (
    <span className={className} lang={langAttribute(text.lang, currentLocale(i18n))}>
      {text.text}
    </span>
  );
}
