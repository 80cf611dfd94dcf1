import { useTranslation } from 'react-i18next';

export function LoadingState() {
  const { t } = useTranslation('common');
  return (
    <p role="status" className="loading">
      {t('states.loading')}
    </p>
  );
}
