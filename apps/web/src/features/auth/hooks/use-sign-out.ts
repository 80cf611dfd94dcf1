import { useMutation, useQueryClient } from '@tanstack/react-query';

import { flushProgressQueue, setProgressUser } from '../../../lib/offline/progress-queue';
import { markSignedOut } from '../../../lib/query-client';
import { logout } from '../api/auth-api';

/** How long sign-out waits for progress still on the device to reach the server. */
export const SIGN_OUT_FLUSH_TIMEOUT_MS = 3_000;

/** Sends waiting progress while the session lasts, giving up after the timeout (never rejects). */
async function flushBeforeSignOut(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, SIGN_OUT_FLUSH_TIMEOUT_MS);
  });
  try {
    await Promise.race([flushProgressQueue(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Ends the session on the server first: if that fails (offline), the user stays
 * signed in and sees why, rather than believing a shared computer is safe.
 * Once signed out, the route guard sends them to the sign-in page.
 *
 * Progress still on the device goes out first, under this session; what cannot stays on the
 * device for this user's next sign-in. The service worker then forgets this user's API answers
 * and files, so the next person on the phone cannot read them offline.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await flushBeforeSignOut();
      await logout();
    },
    onSuccess: () => {
      setProgressUser(null);
      navigator.serviceWorker?.controller?.postMessage({ type: 'clear-user-data' });
      markSignedOut(queryClient, 'signedOut');
    },
  });
}
