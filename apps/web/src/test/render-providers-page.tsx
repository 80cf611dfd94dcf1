import type { Locale } from '@bilikti/contracts';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { AppProviders } from '../app/app-providers';
import { ProvidersPage } from '../features/providers/components/providers-page';
import { createI18n } from '../lib/i18n';
import { paths } from '../lib/paths';
import { createQueryClient } from '../lib/query-client';

interface RenderProvidersPageOptions {
  locale?: Locale;
}

/**
 * The providers page on its own, with a fresh cache and i18n. Until the page has its route
 * (behind the admin guard), `renderApp(paths.providers)` cannot reach it.
 */
export function renderProvidersPage({ locale = 'kk' }: RenderProvidersPageOptions = {}) {
  const i18n = createI18n(locale);
  const queryClient = createQueryClient();
  // The file input's `accept` is the browser's hint, not a rule: test what the page does with any file.
  const user = userEvent.setup({ applyAccept: false });
  const result = render(
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[paths.providers]}>
        <ProvidersPage />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...result, user, i18n, queryClient };
}
