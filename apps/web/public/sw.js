/*
 * Bilikti's service worker: the app and the lessons a learner has opened keep working on a
 * village connection that comes and goes.
 *
 * - Pages: network first (short timeout), else the cached app shell.
 * - /assets/* (hashed, immutable): cache first, cached as fetched. One cache per build (named after
 *   the entry chunk); a new build keeps the previous one for pages still open, older ones go.
 * - Course, lesson, enrolment and "me" reads: network first with a short timeout, else the cache.
 * - /api/media/:id: PDFs and images cached on their first full answer; videos only when the page
 *   asks ({ type: 'cache-video', url }). Range requests are answered from a cached full file.
 * - Anything else, every non-GET (progress goes through the page's own queue), and every error
 *   answer pass through untouched and uncached.
 * - On sign-out ({ type: 'clear-user-data' }) the API and media caches go: the next person on a
 *   shared phone must not read the previous one's answers offline. The app shell and assets stay.
 *
 * Bump VERSION when the caching rules change: activate then drops every cache of older versions.
 */
const VERSION = 'v1';
const SHELL_CACHE = `bilikti-shell-${VERSION}`;
const API_CACHE = `bilikti-api-${VERSION}`;
const MEDIA_CACHE = `bilikti-media-${VERSION}`;
const ASSETS_PREFIX = `bilikti-assets-${VERSION}-`;
const OWN_PREFIX = 'bilikti-';

/** How long a page or an API read may take before a cached copy is shown instead. */
const NETWORK_TIMEOUT_MS = 4000;
/** Beyond these, the oldest entries go: a phone's storage is small. */
const MAX_API_ENTRIES = 300;
const MAX_MEDIA_ENTRIES = 100;

const SHELL_URLS = [
  '/',
  '/index.html',
  '/manifest.webmanifest',
  '/icons/icon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
  '/icons/apple-touch-icon.png',
];

/** API reads worth having offline (without a query string): what the lesson pages and "My learning" need. */
const CACHED_API = [
  /^\/api\/courses\/[^/]+$/,
  /^\/api\/lessons\/[^/]+$/,
  /^\/api\/enrolments\/[^/]+$/,
  /^\/api\/me\/enrolments$/,
  /^\/api\/me$/,
];
const MEDIA = /^\/api\/media\/[^/]+$/;
const ASSET = /^\/assets\//;

// ---------------------------------------------------------------------------------------------
// Builds: each build's assets in a cache of their own
// ---------------------------------------------------------------------------------------------

/** The build of a shell: the name of its entry chunk (`index-<hash>`). */
function buildOf(html) {
  const match = /\/assets\/(index-[\w-]+)\.js/.exec(html);
  return match ? match[1] : 'unknown';
}

/** Every /assets/ file a shell loads directly (entry chunk, vendor chunk, CSS). */
function assetsOf(html) {
  return [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
}

let currentBuild = null;

async function getCurrentBuild() {
  if (currentBuild === null) {
    const shell = await caches.match('/index.html', { cacheName: SHELL_CACHE });
    currentBuild = shell ? buildOf(await shell.text()) : 'unknown';
  }
  return currentBuild;
}

async function openAssetCache() {
  return caches.open(ASSETS_PREFIX + (await getCurrentBuild()));
}

/** A new shell from the server: remember it, and drop asset caches older than the previous build. */
async function storeShell(response) {
  const html = await response.clone().text();
  const previous = await getCurrentBuild();
  const next = buildOf(html);
  const cache = await caches.open(SHELL_CACHE);
  await cache.put('/index.html', response.clone());
  await cache.put('/', response);
  if (next === previous) return;
  currentBuild = next;
  const keep = new Set([ASSETS_PREFIX + previous, ASSETS_PREFIX + next]);
  for (const name of await caches.keys()) {
    if (name.startsWith(ASSETS_PREFIX) && !keep.has(name)) await caches.delete(name);
  }
}

// ---------------------------------------------------------------------------------------------
// Lifecycle
// ---------------------------------------------------------------------------------------------

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL_CACHE);
      await shell.addAll(SHELL_URLS.map((url) => new Request(url, { cache: 'reload' })));
      const html = await (await shell.match('/index.html')).text();
      currentBuild = buildOf(html);
      const assets = await caches.open(ASSETS_PREFIX + currentBuild);
      await assets.addAll(assetsOf(html));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = [SHELL_CACHE, API_CACHE, MEDIA_CACHE];
      for (const name of await caches.keys()) {
        const ours = name.startsWith(OWN_PREFIX);
        const kept = current.includes(name) || name.startsWith(ASSETS_PREFIX);
        if (ours && !kept) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// ---------------------------------------------------------------------------------------------
// Messages from the page
// ---------------------------------------------------------------------------------------------

function sameOriginPath(url) {
  try {
    const parsed = new URL(url, self.location.origin);
    return parsed.origin === self.location.origin ? parsed : null;
  } catch {
    return null;
  }
}

/** Files the page loaded before this worker controlled it (the first visit). */
async function cacheLoadedAssets(urls) {
  const cache = await openAssetCache();
  for (const url of urls) {
    const parsed = sameOriginPath(url);
    if (!parsed || !ASSET.test(parsed.pathname)) continue;
    if (await cache.match(parsed.href)) continue;
    try {
      const response = await fetch(parsed.href);
      if (response.status === 200) await cache.put(parsed.href, response);
    } catch {
      // Offline again: it is cached the next time it is loaded.
    }
  }
}

async function cacheVideo(url) {
  const parsed = sameOriginPath(url);
  if (!parsed || !MEDIA.test(parsed.pathname)) return;
  if (await caches.match(parsed.href, { cacheName: MEDIA_CACHE, ignoreVary: true })) return;
  const generation = userDataGeneration;
  const response = await fetch(parsed.href);
  const type = response.headers.get('Content-Type') || '';
  if (isCacheable(response) && type.startsWith('video/') && generation === userDataGeneration) {
    await putTrimmed(MEDIA_CACHE, parsed.href, response, MAX_MEDIA_ENTRIES);
  }
}

/**
 * Counts the times user data was cleared: an answer fetched before a clear (a request still in
 * flight at sign-out) is not cached after it.
 */
let userDataGeneration = 0;

/** The learner signed out: what the API said about them, and their files, must not outlive the session. */
async function clearUserData() {
  userDataGeneration += 1;
  await Promise.all([caches.delete(API_CACHE), caches.delete(MEDIA_CACHE)]);
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'cache-assets' && Array.isArray(data.urls)) {
    event.waitUntil(cacheLoadedAssets(data.urls));
  } else if (data.type === 'cache-video' && typeof data.url === 'string') {
    event.waitUntil(cacheVideo(data.url).catch(() => undefined));
  } else if (data.type === 'clear-user-data') {
    event.waitUntil(clearUserData());
  }
});

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

function isCacheable(response) {
  return response.status === 200 && response.type === 'basic' && !response.redirected;
}

/** Puts a response, then drops the oldest entries over the limit (keys come in insertion order). */
async function putTrimmed(cacheName, key, response, max) {
  const cache = await caches.open(cacheName);
  await cache.delete(key);
  await cache.put(key, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(old);
}

/**
 * The network's answer, unless it takes longer than the timeout and a cached copy exists; the
 * network answer still refreshes the cache when it comes. With no cached copy, waits for the network.
 */
async function networkFirst(event, cached, store) {
  const network = fetch(event.request).then((response) => {
    event.waitUntil(store(response.clone()).catch(() => undefined));
    return response;
  });
  event.waitUntil(network.catch(() => undefined));
  const copy = await cached;
  if (!copy) return network;
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve(copy), NETWORK_TIMEOUT_MS);
  });
  try {
    return await Promise.race([network, timeout]);
  } catch {
    return copy;
  } finally {
    clearTimeout(timer);
  }
}

function handleNavigation(event) {
  return networkFirst(event, caches.match('/index.html', { cacheName: SHELL_CACHE }), async (response) => {
    const type = response.headers.get('Content-Type') || '';
    if (isCacheable(response) && type.startsWith('text/html')) await storeShell(response);
  });
}

function handleApi(event) {
  const generation = userDataGeneration;
  return networkFirst(
    event,
    caches.match(event.request, { cacheName: API_CACHE, ignoreVary: true }),
    async (response) => {
      if (response.status === 401) {
        await clearUserData();
        return;
      }
      if (isCacheable(response) && generation === userDataGeneration) {
        await putTrimmed(API_CACHE, event.request, response, MAX_API_ENTRIES);
      }
    },
  );
}

async function handleAsset(event) {
  const cache = await openAssetCache();
  const own = await cache.match(event.request);
  if (own) return own;
  // Still used by this build but first cached by an earlier one: copy it over, so dropping the
  // earlier build's cache does not lose it.
  const earlier = await caches.match(event.request);
  if (earlier) {
    await cache.put(event.request, earlier.clone());
    return earlier;
  }
  const response = await fetch(event.request);
  if (isCacheable(response)) await cache.put(event.request, response.clone());
  return response;
}

/** A slice of a cached full file, as the server would have answered the range request. */
async function rangeResponse(request, full) {
  const blob = await full.blob();
  const match = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('Range') || '');
  let start = match && match[1] ? Number(match[1]) : 0;
  let end = match && match[2] ? Number(match[2]) : blob.size - 1;
  if (match && !match[1] && match[2]) {
    start = Math.max(0, blob.size - Number(match[2]));
    end = blob.size - 1;
  }
  end = Math.min(end, blob.size - 1);
  if (!match || start > end) {
    return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${blob.size}` } });
  }
  const headers = new Headers(full.headers);
  headers.set('Content-Range', `bytes ${start}-${end}/${blob.size}`);
  headers.set('Content-Length', String(end - start + 1));
  return new Response(blob.slice(start, end + 1), { status: 206, statusText: 'Partial Content', headers });
}

async function handleMedia(event) {
  const request = event.request;
  const generation = userDataGeneration;
  const cached = await caches.match(request.url, { cacheName: MEDIA_CACHE, ignoreVary: true });
  if (cached) return request.headers.has('Range') ? rangeResponse(request, cached) : cached;

  const response = await fetch(request);
  // Never a 206 (a slice is not the file), never an error; videos only when the page asked.
  const type = response.headers.get('Content-Type') || '';
  const wanted = type.startsWith('application/pdf') || type.startsWith('image/');
  if (isCacheable(response) && wanted && generation === userDataGeneration) {
    event.waitUntil(putTrimmed(MEDIA_CACHE, request.url, response.clone(), MAX_MEDIA_ENTRIES).catch(() => undefined));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = sameOriginPath(request.url);
  if (!url) return;

  if (MEDIA.test(url.pathname)) {
    event.respondWith(handleMedia(event));
  } else if (request.mode === 'navigate') {
    if (!url.pathname.startsWith('/api')) event.respondWith(handleNavigation(event));
  } else if (ASSET.test(url.pathname)) {
    event.respondWith(handleAsset(event));
  } else if (!url.search && CACHED_API.some((pattern) => pattern.test(url.pathname))) {
    // Without a query only: the studio's `?view=draft` reads must always be the live draft.
    event.respondWith(handleApi(event));
  }
});
