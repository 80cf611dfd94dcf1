import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { BrowserRouter } from 'react-router';

import { AppProviders } from './app-providers';
import { AppRoutes } from './app-routes';

interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
}

export function App({ queryClient, i18n }: AppProps) {
  return (
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
