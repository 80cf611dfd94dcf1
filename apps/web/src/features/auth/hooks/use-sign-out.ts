import { useMutation, useQueryClient } from '@tanstack/react-query';

import { markSignedOut } from '../../../lib/query-client';
import { logout } from '../api/auth-api';

/**
 * Ends the session on the server first: if that fails (offline), the user stays
 * signed in and sees why, rather than believing a shared computer is safe.
 * Once signed out, the route guard sends them to the sign-in page.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => markSignedOut(queryClient, 'signedOut'),
  });
}
