import { can } from '@bilikti/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LearnerProfileDetails } from '../../../components/ui/learner-profile-details';
import { paths } from '../../../lib/paths';
import { useCurrentUser } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ContinueLearningCard } from './continue-learning-card';

export function HomePage() {
  const { t } = useTranslation(['home', 'common']);
  const me = useCurrentUser();
  const isLearner = can(me, 'learning.take');
  useDocumentTitle(t('title'));

  return (
    <div className="page">
      <h1>{t('greeting', { name: me.fullName })}</h1>
      {isLearner && <ContinueLearningCard />}
      <section className="card" aria-labelledby="home-roles">
        <h2 id="home-roles">{t('roles.title', { count: me.roles.length })}</h2>
        <ul className="tags">
          {me.roles.map((role) => (
            <li key={role} className="tag">
              {t(`common:roles.${role}`)}
            </li>
          ))}
        </ul>
      </section>
      {me.profile && (
        <section className="card" aria-labelledby="home-work">
          <h2 id="home-work">{t('work.title')}</h2>
          <LearnerProfileDetails profile={me.profile} />
        </section>
      )}
      <section className="card" aria-labelledby="home-links">
        <h2 id="home-links">{t('links.title')}</h2>
        <ul className="link-list">
          {isLearner && (
            <li>
              <Link to={paths.myLearning}>{t('links.myLearning')}</Link>
            </li>
          )}
          <li>
            <Link to={paths.catalog}>{t('links.catalog')}</Link>
          </li>
          {can(me, 'courses.author') && (
            <li>
              <Link to={paths.studio}>{t('links.studio')}</Link>
            </li>
          )}
          <li>
            <Link to={paths.profile}>{t('links.profile')}</Link>
          </li>
          {can(me, 'users.manage') && (
            <li>
              <Link to={paths.users}>{t('links.users')}</Link>
            </li>
          )}
        </ul>
      </section>
    </div>
  );
}
