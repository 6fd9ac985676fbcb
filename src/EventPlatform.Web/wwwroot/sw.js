// The check-in gate's service worker (scope /check-in/): the gate page and the files it loads are kept in a cache as they
// are fetched, so the page opens again without a network. Always the network first, so staff see changes at once; the
// cache only when the network fails or hangs. API calls are never cached: the page queues scans itself (gate-offline.js).
const CACHE = 'ep-gate-v1';
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('ep-gate-') && name !== CACHE).map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

// Files are linked with ?v={hash} (asp-append-version): after a deployment, the copies of the previous version go.
async function dropOlderVersions(cache, url) {
  if (!url.searchParams.has('v')) return;
  for (const kept of await cache.keys()) {
    const keptUrl = new URL(kept.url);
    if (keptUrl.pathname === url.pathname && keptUrl.search !== url.search) await cache.delete(kept);
  }
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await Promise.race([
      fetch(request),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), NETWORK_TIMEOUT_MS)),
    ]);
    // A redirect (to sign-in, say) is not the page that was asked for: it is not kept under its address.
    if (response.ok && response.type === 'basic' && !response.redirected) {
      await cache.put(request, response.clone());
      await dropOlderVersions(cache, new URL(request.url));
    }
    return response;
  } catch (error) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    throw error;
  }
}

// The page that registered this worker loaded before the worker existed: it sends its own address and the files it
// loaded, so they are kept from the first visit on; the answer on the port says when they are.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || !event.ports[0]) return;
  const urls = event.data.urls.filter((url) => new URL(url).origin === self.location.origin && !new URL(url).pathname.startsWith('/api/'));
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await cache.addAll(urls);
      event.ports[0].postMessage({ kept: urls.length });
    } catch (error) {
      event.ports[0].postMessage({ error: String(error) });
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  event.respondWith(networkFirst(request));
});
