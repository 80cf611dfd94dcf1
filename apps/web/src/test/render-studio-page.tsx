import type { Locale, UserResponse } from '@bilikti/contracts';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { AppProviders } from '../app/app-providers';
import { createI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';
import { CurrentUserContext } from '../lib/session';
import { buildUser } from './fixtures';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

interface RenderStudioPageOptions {
  locale?: Locale;
  /** The signed-in user the sign-in guard would provide (an instructor by default). */
  me?: UserResponse;
}

/**
 * Studio pages on their own routes (pattern → element) at a given address, with the app's
 * providers and a signed-in user, but without the shell: for pages tested before (or apart from)
 * the app's route table.
 */
export function renderStudioPage(
  path: string,
  routes: Record<string, ReactNode>,
  {
    locale = 'kk',
    me = buildUser({ id: 'u-instructor', roles: ['instructor'], profile: null }),
  }: RenderStudioPageOptions = {},
) {
  const i18n = createI18n(locale);
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <CurrentUserContext value={me}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            {Object.entries(routes).map(([pattern, element]) => (
              <Route key={pattern} path={pattern} element={element} />
            ))}
            <Route path="*" element={null} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </CurrentUserContext>
    </AppProviders>,
  );
  return {
    ...result,
    user,
    i18n,
    queryClient,
    location: () => result.getByTestId('location').textContent,
  };
}
