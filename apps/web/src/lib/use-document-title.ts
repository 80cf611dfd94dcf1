import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the tab title to "<page> — Bilikti" in the current language. */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation('common');
  const title = t('documentTitle', { page: pageTitle });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
