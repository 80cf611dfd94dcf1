/**
 * Registers the service worker (apps/web/public/sw.js) in production builds. In development
 * Vite serves unbundled modules that a worker must not cache.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // After the page has loaded: on a slow link the worker's own downloads must not delay it.
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}

async function register(): Promise<void> {
  try {
    // `updateViaCache: 'none'`: a new worker is seen on the next visit, whatever caches say.
    await navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' });
    const registration = await navigator.serviceWorker.ready;
    // This first visit loaded the app before the worker could see it: hand it the files, so
    // the next start works offline even if the learner never comes back online in between.
    registration.active?.postMessage({ type: 'cache-assets', urls: loadedAssetUrls() });
  } catch (error) {
    console.warn('The service worker could not be registered', error);
  }
}

function loadedAssetUrls(): string[] {
  const urls = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name, location.href).pathname.startsWith('/assets/'));
  return [...new Set(urls)];
}
