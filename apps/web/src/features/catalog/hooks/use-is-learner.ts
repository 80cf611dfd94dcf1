import { useContext } from 'react';

import { CurrentUserContext } from '../../../lib/session';

/**
 * Whether the signed-in user may enrol and keep progress. Read from the context rather than
 * `useCurrentUser`, so a page shown without a user (on its own in a test) simply offers nothing.
 */
export function useIsLearner(): boolean {
  const me = useContext(CurrentUserContext);
  return me?.roles.includes('learner') ?? false;
}
