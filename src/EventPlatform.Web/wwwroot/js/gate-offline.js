// Offline scanning at the check-in gate (/check-in/{listId}). The page downloads the list's tickets, rules and the
// organization's ticket public keys (api/checkin/lists/{id}/offline) into IndexedDB. When the network is down, a scan is
// judged here with the server's rules (CheckInList.Refuses and the re-entry rule), a QR code's Ed25519 signature checked
// with WebCrypto, and queued with its nonce; the queue is uploaded (scans/batch) when the network is back. scanner.js
// uses this through window.gateOffline.
(() => {
  const configElement = document.getElementById('gate-config');
  if (!configElement) return;
  const config = JSON.parse(configElement.textContent);
  const REFRESH_MS = 5 * 60 * 1000;
  const RETRY_MS = 15 * 1000;
  const REQUEST_TIMEOUT_MS = 5000;
  const BATCH_SIZE = 200;
  const CODE_LENGTH = 26;
  const MAX_RESULTS = 20;

  const text = (key, ...args) => (config.texts[key] ?? key).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
  // The API writes enums as numbers; the names come from the page in the same order.
  const named = (names, value) => (typeof value === 'number' ? names[value] : value);
  const listeners = new Set();
  const notify = () => listeners.forEach((listener) => listener());

  // --- IndexedDB: the downloaded list (one record per list) and the queue of scans to upload (one record per nonce).
  const dbReady = new Promise((resolve, reject) => {
    const request = indexedDB.open('ep-gate', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('lists', { keyPath: 'listId' });
      // This device's entries since the download, apart from the list: a scan rewrites a few bytes, not 20,000 tickets.
      request.result.createObjectStore('local', { keyPath: 'listId' });
      request.result.createObjectStore('queue', { keyPath: 'clientNonce' }).createIndex('listId', 'listId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

  async function store(name, mode, work) {
    const db = await dbReady;
    return new Promise((resolve, reject) => {
      const transaction = db.transaction(name, mode);
      const request = work(transaction.objectStore(name));
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  }

  const queued = () => store('queue', 'readonly', (s) => s.index('listId').getAll(config.listId));

  // --- The list in memory, indexed for one lookup per scan; "local" holds entries made here since the download.
  let list = null;
  let byId = new Map();
  let byCode = new Map();
  let queueCount = 0;
  let conflictCount = 0;
  let syncedCount = 0;
  let downloading = false;

  function use(record, local) {
    list = { ...record, local: local?.entries ?? {} };
    byId = new Map(record.data.tickets.map((t) => [t.id, t]));
    byCode = new Map(record.data.tickets.map((t) => [t.code, t]));
    keys.clear();
  }

  const saveLocal = () => store('local', 'readwrite', (s) => s.put({ listId: config.listId, entries: list.local }));

  async function fetchWithTimeout(url, options = {}) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
    try {
      return await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, ...options, signal: abort.signal });
    } finally {
      clearTimeout(timer);
    }
  }

  async function download() {
    if (downloading || !navigator.onLine) return;
    downloading = true;
    try {
      const response = await fetchWithTimeout(`${config.api}/offline`);
      if (!response.ok) return;
      const data = await response.json();
      const local = {};
      const fresh = new Map(data.tickets.map((t) => [t.id, t]));
      await replayQueued(local, data, (id) => fresh.get(id));
      const record = { listId: config.listId, data, savedAt: new Date().toISOString() };
      await store('lists', 'readwrite', (s) => s.put(record));
      use(record, { entries: local });
      await saveLocal();
    } catch {
      // Offline or timed out: the list downloaded before stays in use.
    } finally {
      downloading = false;
      notify();
    }
  }

  // --- Signature check: the server's TicketPayloadVerifier, with WebCrypto's Ed25519.
  const keys = new Map();
  const bytesOf = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

  function base64UrlOf(bytes) {
    let binary = '';
    bytes.forEach((b) => { binary += String.fromCharCode(b); });
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  // Non-canonical base64url is refused, as on the server, so every character of a payload matters.
  function decodeCanonical(part) {
    if (!/^[A-Za-z0-9_-]+$/.test(part)) return null;
    let bytes;
    try {
      const padded = part.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((part.length + 3) % 4);
      bytes = bytesOf(padded);
    } catch {
      return null;
    }
    return base64UrlOf(bytes) === part ? bytes : null;
  }

  const guidOf = (bytes) => {
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };

  async function publicKey(keyId) {
    if (keys.has(keyId)) return keys.get(keyId);
    const key = list.data.keys.find((k) => k.keyId === keyId);
    if (!key) return null;
    const imported = await crypto.subtle.importKey('raw', bytesOf(key.publicKey), { name: 'Ed25519' }, false, ['verify']);
    keys.set(keyId, imported);
    return imported;
  }

  /** The payload's claims, or null when it is not signed by one of the organization's keys. */
  async function verify(payload) {
    const parts = payload.split('.');
    if (parts.length !== 4 || parts[0] !== 'EP1' || !/^[A-Za-z0-9_-]{8}$/.test(parts[1])) return null;
    const claims = decodeCanonical(parts[2]);
    const signature = decodeCanonical(parts[3]);
    if (!claims || claims.length <= 48 || claims.length > 48 + 64 || !signature || signature.length !== 64) return null;
    const key = await publicKey(parts[1]);
    if (!key) return null;
    const signed = new TextEncoder().encode(payload.slice(0, payload.lastIndexOf('.')));
    if (!(await crypto.subtle.verify({ name: 'Ed25519' }, key, signature, signed))) return null;
    let code;
    try {
      code = new TextDecoder('utf-8', { fatal: true }).decode(claims.slice(48));
    } catch {
      return null;
    }
    return { organizationId: guidOf(claims.slice(0, 16)), eventId: guidOf(claims.slice(16, 32)), ticketId: guidOf(claims.slice(32, 48)), code };
  }

  // --- The list's rules, in the order CheckInList.Refuses applies them, then the re-entry rule.
  const dayIn = (zone, at) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

  const downloaded = (ticket) => ({
    entries: ticket.entries, inside: ticket.inside, lastEntryAt: ticket.lastEntryAt, lastEntryBy: ticket.lastEntryBy, lastEntryDay: ticket.lastEntryDay,
  });

  function admitInto(local, ticket, direction, at, zone, tracksExits) {
    const entry = local[ticket.id] ?? downloaded(ticket);
    if (direction === 'Exit') {
      entry.inside = false;
    } else {
      entry.entries += 1;
      entry.inside = tracksExits;
      entry.lastEntryAt = at;
      entry.lastEntryBy = null;
      entry.lastEntryDay = dayIn(zone, new Date(at));
    }
    local[ticket.id] = entry;
  }

  /**
   * Entries this device let in that are still in the queue are not on the server yet: they go on top of what a list
   * says, in the order they were made. ticketOf finds a queued entry's ticket; entries it does not find are skipped.
   */
  async function replayQueued(local, data, ticketOf) {
    const entries = (await queued()).filter((i) => i.offlineOutcome === 'Valid').sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
    for (const item of entries) {
      const ticket = ticketOf(item.ticketId);
      if (ticket) admitInto(local, ticket, item.direction, item.scannedAt, data.timeZone, data.tracksExits);
    }
  }

  const admissionOf = (ticket) => list.local[ticket.id] ?? downloaded(ticket);

  const normalize = (code) => code.replace(/[\s-]/g, '').toUpperCase();

  async function judge(scanned, direction, at) {
    const data = list.data;
    const input = scanned.trim();
    let ticket;
    let revoked = false;
    if (input.startsWith('EP1.')) {
      const claims = await verify(input);
      if (!claims) return { outcome: 'Tampered' };
      if (claims.organizationId !== data.organizationId) return { outcome: 'Unknown' };
      if (claims.eventId !== data.eventId) return { outcome: 'WrongEvent' };
      ticket = byId.get(claims.ticketId);
      if (!ticket) return { outcome: 'Unknown' };
      revoked = ticket.code !== claims.code;
    } else {
      const code = normalize(input);
      ticket = code.length === CODE_LENGTH ? byCode.get(code) : undefined;
      if (!ticket) return { outcome: 'Unknown' };
    }

    const refuse = (outcome) => ({ outcome, ticket });
    if (revoked) return refuse('Revoked');
    const state = named(config.states, ticket.state);
    if (state === 'Cancelled') return refuse('Cancelled');
    if ((data.ticketTypeIds.length > 0 && !data.ticketTypeIds.includes(ticket.ticketTypeId)) || (data.sessionId && ticket.sessionId !== data.sessionId)) {
      return refuse('WrongList');
    }
    if (state === 'Unpaid') return refuse('Unpaid');
    if (data.opensAt && at < new Date(data.opensAt)) return refuse('NotYetValid');
    if (data.closesAt && at > new Date(data.closesAt)) return refuse('Closed');

    const admission = admissionOf(ticket);
    if (direction === 'Exit') return refuse(data.tracksExits && admission.inside ? 'Valid' : 'NotCheckedIn');
    const rule = named(config.reEntry, data.reEntry);
    const admits = admission.entries === 0
      || (rule === 'Unlimited' && !admission.inside)
      || (rule === 'OncePerDay' && !admission.inside && admission.lastEntryDay !== dayIn(data.timeZone, at));
    if (admits) return refuse('Valid');
    return { outcome: 'AlreadyCheckedIn', ticket, firstEntryAt: admission.lastEntryAt, firstEntryBy: admission.lastEntryBy ?? text('Gate:ThisDevice') };
  }

  /** Judges a scan here, keeps its effect for the next scans, and queues it for the server. */
  async function scanOffline(code, direction, clientNonce) {
    if (!list) return { unavailable: text('Gate:ListMissing') };
    const at = new Date();
    let judged;
    try {
      judged = await judge(code, direction, at);
    } catch {
      // A browser without WebCrypto Ed25519 cannot tell a real QR code from a forged one: it does not guess.
      return { unavailable: text('Gate:OfflineUnsupported') };
    }
    // What this device knew of the ticket before the entry, so that an undo can put it back.
    let before = null;
    if (judged.outcome === 'Valid') {
      before = list.local[judged.ticket.id] ? { ...list.local[judged.ticket.id] } : null;
      admitInto(list.local, judged.ticket, direction, at.toISOString(), list.data.timeZone, list.data.tracksExits);
      await saveLocal();
    }
    await store('queue', 'readwrite', (s) => s.put({
      clientNonce, listId: config.listId, code: code.trim(), direction, scannedAt: at.toISOString(), offlineOutcome: judged.outcome, ticketId: judged.ticket?.id ?? null,
      before, listSavedAt: list.savedAt,
    }));
    await refreshQueueCount();
    return { ...judged, direction, at, clientNonce };
  }

  /**
   * Takes back an entry this device let in offline. While its scan waits in the queue, the scan leaves the queue and
   * the ticket's admission here is what it was before; once uploaded, the server undoes it, as it undoes any scan.
   * Returns whether the entry was taken back.
   */
  async function undoOffline(clientNonce) {
    const item = await store('queue', 'readonly', (s) => s.get(clientNonce));
    if (!item) return undoUploaded(clientNonce);
    await store('queue', 'readwrite', (s) => s.delete(clientNonce));
    const ticket = list && byId.get(item.ticketId);
    if (ticket) {
      if (item.listSavedAt === list.savedAt) {
        if (item.before) list.local[ticket.id] = item.before;
        else delete list.local[ticket.id];
      } else {
        // A fresh list came in since: what it says, with this device's other queued entries of the ticket on top.
        delete list.local[ticket.id];
        await replayQueued(list.local, list.data, (id) => (id === ticket.id ? ticket : undefined));
      }
      await saveLocal();
    }
    await refreshQueueCount();
    return true;
  }

  // Scans this page uploaded, by nonce: their ids on the server, for an undo after the upload.
  const uploaded = new Map();

  async function undoUploaded(clientNonce) {
    const scanId = uploaded.get(clientNonce);
    if (!scanId || !navigator.onLine) return false;
    try {
      const response = await fetchWithTimeout(`${config.scanApi}/${scanId}/undo`, { method: 'POST' });
      if (!response.ok) return false;
    } catch {
      return false;
    }
    await download();
    return true;
  }

  /** After a scan the server judged: its entry counts here too until the next download. */
  async function recordOnline(ticketId, direction) {
    const ticket = list && byId.get(ticketId);
    if (!ticket) return;
    admitInto(list.local, ticket, direction, new Date().toISOString(), list.data.timeZone, list.data.tracksExits);
    await saveLocal();
  }

  async function refreshQueueCount() {
    queueCount = await store('queue', 'readonly', (s) => s.index('listId').count(config.listId));
    notify();
  }

  let syncing = false;
  async function sync() {
    if (syncing || !navigator.onLine) return;
    syncing = true;
    try {
      let items = (await queued()).sort((a, b) => a.scannedAt.localeCompare(b.scannedAt));
      while (items.length > 0) {
        const batch = items.slice(0, BATCH_SIZE);
        const response = await fetchWithTimeout(`${config.api}/scans/batch`, {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({
            scans: batch.map((i) => ({
              code: i.code,
              direction: config.directions.indexOf(i.direction),
              clientNonce: i.clientNonce,
              scannedAt: i.scannedAt,
              offlineOutcome: config.outcomes.indexOf(i.offlineOutcome),
            })),
          }),
        });
        if (!response.ok) break;
        const results = await response.json();
        conflictCount += results.filter((r) => r.isConflict).length;
        results.forEach((r) => uploaded.set(r.clientNonce, r.result.scanId));
        syncedCount += results.length;
        // Only what the server answered leaves the queue; a re-upload of the rest changes nothing there.
        await store('queue', 'readwrite', (s) => { results.forEach((r) => s.delete(r.clientNonce)); return null; });
        items = items.slice(batch.length);
      }
    } catch {
      // Still offline: the retry timer tries again.
    } finally {
      syncing = false;
      await refreshQueueCount();
    }
    if (queueCount === 0) await download();
  }

  // --- Attendee search in the downloaded list, as the server searches (name, email, order number, or the code).
  function search(query) {
    if (!list) return [];
    const needle = query.trim().toLowerCase();
    const code = normalize(query);
    return list.data.tickets
      .filter((t) => t.attendeeName.toLowerCase().includes(needle) || t.attendeeEmail.toLowerCase().includes(needle)
        || t.orderNumber.toLowerCase().includes(needle) || t.code === code)
      .sort((a, b) => a.attendeeName.localeCompare(b.attendeeName))
      .slice(0, MAX_RESULTS)
      .map((t) => ({ ...t, ...admissionOf(t) }));
  }

  const status = () => ({
    online: navigator.onLine,
    tickets: list ? list.data.tickets.length : null,
    savedAt: list ? new Date(list.savedAt) : null,
    queue: queueCount,
    conflicts: conflictCount,
    synced: syncedCount,
    timeZone: list ? list.data.timeZone : null,
  });

  async function start() {
    const saved = await store('lists', 'readonly', (s) => s.get(config.listId));
    if (saved) use(saved, await store('local', 'readonly', (s) => s.get(config.listId)));
    await refreshQueueCount();
    // Uploads what an earlier visit queued, then downloads the list (sync does both when online).
    await sync();
    window.addEventListener('online', () => { notify(); sync(); });
    window.addEventListener('offline', notify);
    setInterval(() => { if (queueCount > 0) sync(); }, RETRY_MS);
    setInterval(() => { if (navigator.onLine && queueCount === 0) download(); }, REFRESH_MS);
  }

  window.gateOffline = {
    config, text, named, scanOffline, undoOffline, recordOnline, sync, download, search, status, fetchWithTimeout, ready: start(),
    onChange: (listener) => listeners.add(listener),
  };
})();
