import { can } from '@bilikti/contracts';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';

import { FormAlert } from '../components/ui/form-alert';
import { LanguageSwitcher } from '../components/ui/language-switcher';
import { LoadingState } from '../components/ui/loading-state';
import { useSignOut } from '../features/auth/hooks/use-sign-out';
import { useErrorMessage } from '../lib/error-message';
import { paths } from '../lib/paths';
import { useCurrentUser } from '../lib/session';
import { AppErrorBoundary } from './app-error-boundary';

export function AppShell() {
  const { t } = useTranslation('common');
  const me = useCurrentUser();
  const signOut = useSignOut();
  const errorMessage = useErrorMessage();
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, start screen readers and keyboard users at the new content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-header__top">
          <Link to={paths.home} className="brand">
            {t('appName')}
          </Link>
          <div className="shell-header__tools">
            <LanguageSwitcher />
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
            >
              {t('shell.signOut')}
            </button>
          </div>
        </div>
        <nav aria-label={t('shell.navLabel')} className="shell-nav">
          <ul>
            <li>
              <NavLink to={paths.home} end>
                {t('shell.nav.home')}
              </NavLink>
            </li>
            {can(me, 'learning.take') && (
              <li>
                <NavLink to={paths.myLearning}>{t('shell.nav.myLearning')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to={paths.catalog}>{t('shell.nav.catalog')}</NavLink>
            </li>
            {can(me, 'courses.author') && (
              <li>
                <NavLink to={paths.studio}>{t('shell.nav.studio')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to={paths.profile}>{t('shell.nav.profile')}</NavLink>
            </li>
            {can(me, 'users.manage') && (
              <li>
                <NavLink to={paths.users}>{t('shell.nav.users')}</NavLink>
              </li>
            )}
            {can(me, 'providers.manage') && (
              <li>
                <NavLink to={paths.providers}>{t('shell.nav.providers')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
        {signOut.error !== null && <FormAlert message={errorMessage(signOut.error)} />}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="shell-main">
        <AppErrorBoundary standalone={false} resetKey={pathname}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </AppErrorBoundary>
      </main>
    </div>
  );
}
