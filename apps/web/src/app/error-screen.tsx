import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorScreenProps {
  /** Outside the shell the screen is the page's only content, so it is the main landmark itself. */
  standalone: boolean;
}

/** Shown when a page throws while rendering or its code fails to download (e.g. after a deploy). */
export function ErrorScreen({ standalone }: ErrorScreenProps) {
  const { t } = useTranslation('common');
  useEffect(() => {
    document.title = t('documentTitle', { page: t('errorPage.title') });
  }, [t]);
  const content = (
    <>
      <h1>{t('errorPage.title')}</h1>
      <p>{t('errorPage.description')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('errorPage.reload')}
      </button>
    </>
  );
  return standalone ? (
    <main id="main" className="page page--narrow page--centered">
      {content}
    </main>
  ) : (
    <div className="page page--narrow">{content}</div>
  );
}
