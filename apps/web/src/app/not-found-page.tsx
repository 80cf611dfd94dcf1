import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '../lib/paths';
import { useDocumentTitle } from '../lib/use-document-title';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  useDocumentTitle(t('notFound.title'));
  return (
    <div className="page page--narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.description')}</p>
      <p>
        <Link to={paths.home}>{t('actions.goHome')}</Link>
      </p>
    </div>
  );
}
