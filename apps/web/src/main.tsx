// Whole weights, not the per-subset files: those carry no unicode-range, and Kazakh letters
// (ә ғ қ ң ө ү һ) live in the cyrillic-ext subset. Browsers download only the subsets a page uses.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './styles/global.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { createI18n } from './lib/i18n';
import { registerServiceWorker } from './lib/offline/register-service-worker';
import { createQueryClient } from './lib/query-client';

const i18n = createI18n();
const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} i18n={i18n} />
  </StrictMode>,
);

registerServiceWorker();
