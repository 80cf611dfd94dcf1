import type { Locale } from '@bilikti/contracts';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';

import { AppProviders } from '../app/app-providers';
import { AppRoutes } from '../app/app-routes';
import { createI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/query-client';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

interface RenderAppOptions {
  locale?: Locale;
}

/** The whole app (routes, guards, providers) at a given address, with a fresh cache and i18n. */
export function renderApp(path: string, { locale = 'kk' }: RenderAppOptions = {}) {
  const i18n = createI18n(locale);
  const queryClient = createQueryClient();
  const user = userEvent.setup();
  const result = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
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
