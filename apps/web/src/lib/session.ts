import { ApiPath, ErrorCode, type UserResponse } from '@bilikti/contracts';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext } from 'react';

import { api, isApiError } from './api-client';
import { setProgressUser } from './offline/progress-queue';

/** The signed-in user, or `null` when signed out. */
export const meQueryKey = ['me'] as const;

/**
 * Why the user is signed out: they asked to (go to the sign-in page), or the session
 * ended under them (come back to the same page after signing in again).
 */
export type SessionEnd = 'signedOut' | 'expired';
export const sessionEndQueryKey = ['sessionEnd'] as const;

/**
 * Loads the signed-in user, and tells the progress queue whose reports to send: at app start
 * this also sends what an earlier visit left on the device, before any lesson page is opened.
 */
export async function fetchMe(): Promise<UserResponse | null> {
  let me: UserResponse | null;
  try {
    me = await api.get<UserResponse>(ApiPath.me);
  } catch (error) {
    if (!isApiError(error, ErrorCode.AuthRequired)) throw error;
    me = null;
  }
  setProgressUser(me?.id ?? null);
  return me;
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/**
 * Provided by the sign-in guard. Pages read the user from here rather than from the query,
 * so during sign-out they are unmounted by the guard before they could see `null`.
 */
export const CurrentUserContext = createContext<UserResponse | null>(null);

/** The signed-in user, for components that only render behind the sign-in guard. */
export function useCurrentUser(): UserResponse {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser used outside the signed-in area');
  return user;
}
