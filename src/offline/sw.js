// The offline copy's service worker. Registered only when a learner asks to keep the course on this device
// (src/scripts/offline.ts). scripts/postbuild/offline.mjs writes it to <outDir>/sw.js with the build's precache
// manifest (from workbox-build) in place of the placeholder below, and the build's version and size.
//
// One cache per build, named after the build's version. A new build installs into its own cache while the old
// worker keeps serving the old one, so a learner never sees a mix; the new worker waits until the page asks it
// to take over (the page tells the learner first), then deletes the old caches. localStorage is never touched.
/* eslint-env serviceworker */

/** @type {{ url: string, revision: string | null, size: number }[]} Paths relative to the scope. */
const MANIFEST = self.__WB_MANIFEST;
const VERSION = '__VF_VERSION__';
const BYTES = Number('__VF_BYTES__');

const scope = new URL(self.registration.scope);
/** Caches of this course at this scope (a second copy at another base path keeps its own). */
const PREFIX = `vf-offline:${scope.pathname}:`;
const CACHE = PREFIX + VERSION;
const BATCH = 24;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    await caches.delete(CACHE); // leftovers of an interrupted install of this same build
    const cache = await caches.open(CACHE);
    try {
      for (let i = 0; i < MANIFEST.length; i += BATCH) {
        // cache: 'reload' skips the HTTP cache, so a file of the previous build cannot slip in.
        await cache.addAll(MANIFEST.slice(i, i + BATCH).map((entry) => new Request(new URL(entry.url, scope), { cache: 'reload' })));
      }
    } catch (error) {
      await caches.delete(CACHE); // all or nothing
      throw error;
    }
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  const type = event.data && event.data.type;
  if (type === 'skip-waiting') void self.skipWaiting();
  if (type === 'info' && event.ports[0]) event.ports[0].postMessage({ version: VERSION, files: MANIFEST.length, bytes: BYTES });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  event.respondWith(respond(request, url));
});

/** This build's copy of the file (the query string never selects a different file on a static site), else the network. */
async function respond(request, url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url.origin + url.pathname);
  if (hit) return hit;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') {
      const notFound = await cache.match(new URL('404.html', scope).href);
      if (notFound) return notFound;
    }
    throw error;
  }
}
