import { can, type Permission } from '@bilikti/contracts';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { ErrorState } from '../components/ui/error-state';
import { LoadingState } from '../components/ui/loading-state';
import { paths, signInPath } from '../lib/paths';
import { CurrentUserContext, sessionEndQueryKey, useCurrentUser, useMe, type SessionEnd } from '../lib/session';
import { NoAccessPage } from './no-access-page';

/** Signed-out visitors go to the sign-in page, which brings them back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const queryClient = useQueryClient();
  const { data: me, isPending, error, refetch } = useMe();

  if (isPending) {
    return (
      <main id="main" className="page page--centered">
        <LoadingState />
      </main>
    );
  }
  if (error && me === undefined) {
    return (
      <main id="main" className="page page--centered">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!me) {
    // Set together with `me`, so reading it here (without subscribing) is up to date.
    const deliberate = queryClient.getQueryData<SessionEnd>(sessionEndQueryKey) === 'signedOut';
    return <Navigate to={deliberate ? paths.signIn : signInPath(location.pathname + location.search)} replace />;
  }
  return <CurrentUserContext value={me}>{children}</CurrentUserContext>;
}

/**
 * Renders the children for users whose roles grant the permission; others see a "no access" page
 * at the same address. The API checks the same permission on every route behind it.
 */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const me = useCurrentUser();
  if (!can(me, permission)) return <NoAccessPage />;
  return children;
}
