// The service worker: after one visit the app opens and works with the network gone.
// scripts/sw-build.mjs writes the real sw.js at build time from this template, with the
// build's files and a version made from their contents; a new deployment is therefore a new
// service worker, which waits until the user says "muat ulang" (it never reloads by itself).
const VERSION = '__VERSION__';
const FILES = [/*__FILES__*/];
const CACHE = 'skp-drafter-' + VERSION;

self.addEventListener('install', (e) => {
  // Every file of this version, the on-demand modules (the XLSX worker) included.
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(['./', ...FILES])));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('skp-drafter-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks for this when the user clicks "Muat ulang" on "Versi baru tersedia".
self.addEventListener('message', (e) => {
  if (e.data === 'skipWaiting') self.skipWaiting();
});

// A page runs on one version from start to reload: every file of this version (hashed or
// not: the full module, the workers, the examples) is answered from this version's cache
// first, so an editor module of this version never meets a full module of the next
// deployment, which waits until the user says "muat ulang". Only the page itself asks the
// network first (that is how a new deployment is found), and falls back to this version's
// copy when the network does not answer in time or at all; a file outside this version's
// list goes to the network.
const WAIT_MS = 4000;

function networkFirst(req, key) {
  return caches.open(CACHE).then((c) => {
    const cached = () => c.match(key, { ignoreSearch: true }).then((hit) => hit || Promise.reject(new Error('offline')));
    const net = fetch(req).then((r) => (r.ok ? r : cached().catch(() => r)), () => cached());
    const late = new Promise((ok) => setTimeout(ok, WAIT_MS)).then(cached);
    return Promise.any([net, late]).catch(() => cached());
  });
}

self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith(networkFirst(req, './'));
  } else {
    e.respondWith(caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true }).then((hit) => hit || fetch(req))));
  }
});
