import { useTranslation } from 'react-i18next';

import { LearnerProfileDetails } from '../../../components/ui/learner-profile-details';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ChangePasswordForm } from './change-password-form';
import { PersonalDetailsForm } from './personal-details-form';

export function ProfilePage() {
  const { t } = useTranslation('profile');
  const me = useCurrentUser();
  useDocumentTitle(t('title'));

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <section className="card" aria-labelledby="profile-details">
        <h2 id="profile-details">{t('details.title')}</h2>
        {/* A new form when the language is switched in the header, so saving never sends the old one. */}
        <PersonalDetailsForm key={me.locale} user={me} />
      </section>
      {me.profile && (
        <section className="card" aria-labelledby="profile-work">
          <h2 id="profile-work">{t('work.title')}</h2>
          <p className="field__hint">{t('work.description')}</p>
          <LearnerProfileDetails profile={me.profile} />
        </section>
      )}
      <section className="card" aria-labelledby="profile-password">
        <h2 id="profile-password">{t('password.title')}</h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
