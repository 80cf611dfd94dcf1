import type { Locale } from '@bilikti/contracts';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';

import { AppProviders } from '../app/app-providers';
import { createI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

interface RenderPageOptions {
  locale?: Locale;
}

/**
 * Pages on their own routes (pattern → element) at a given address, with the app's providers but
 * without its shell and guards: for pages not wired into the app's routes yet, or tested alone.
 */
export function renderPage(path: string, routes: Record<string, ReactNode>, { locale = 'kk' }: RenderPageOptions = {}) {
  const i18n = createI18n(locale);
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          {Object.entries(routes).map(([pattern, element]) => (
            <Route key={pattern} path={pattern} element={element} />
          ))}
          <Route path="*" element={null} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
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
