// The check-in gate (/check-in/{listId}). Codes come from a keyboard-wedge scanner or typing (the form), the camera, or a
// photo; each is posted with a fresh nonce and the result panel is swapped in, so the camera keeps running between
// scans. Without this script the form still posts and the page shows the result.
(() => {
  const root = document.querySelector('[data-scanner]');
  if (!root) return;
  const codeForm = root.querySelector('[data-code-form]');
  const codeInput = codeForm.querySelector('input[name="code"]');
  const resultHost = root.querySelector('.scanner__result');
  let busy = false;
  let lastCode = '';
  let lastAt = 0;

  const newNonce = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);
  // Offline scanning (gate-offline.js); without it every scan needs the network, as before.
  const gate = window.gateOffline;
  const REQUEST_TIMEOUT_MS = 5000;

  // A server that does not answer within seconds is as good as none at a busy door: the scan is judged here instead.
  async function post(form) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: { 'X-Requested-With': 'fetch' },
        credentials: 'same-origin',
        signal: abort.signal,
      });
      if (response.status >= 500) throw new Error(`HTTP ${response.status}`);
      resultHost.innerHTML = await response.text();
    } finally {
      clearTimeout(timer);
    }
  }

  const direction = () => codeForm.querySelector('input[name="direction"]:checked')?.value ?? 'Entry';

  async function check(code) {
    if (busy || !code.trim()) return;
    busy = true;
    codeInput.value = code;
    const nonce = newNonce();
    codeForm.querySelector('[data-nonce]').value = nonce;
    let judgedOnline = false;
    if (!gate || navigator.onLine) {
      try {
        await post(codeForm);
        judgedOnline = true;
      } catch {
        if (!gate) {
          // A dropped connection: the code stays in the field to try again.
          busy = false;
          return;
        }
      }
    }

    if (judgedOnline) {
      const panel = resultHost.querySelector('[data-outcome=Valid][data-ticket]');
      if (gate && panel) await gate.recordOnline(panel.dataset.ticket, panel.dataset.direction);
    } else {
      // The same nonce as the attempt that failed: if that one reached the server after all, the upload changes nothing.
      showOffline(await gate.scanOffline(code, direction(), nonce));
    }

    codeInput.value = '';
    codeInput.focus();
    busy = false;
  }

  const TONES = {
    Valid: ['valid', 'bi-check-circle-fill'],
    AlreadyCheckedIn: ['warn', 'bi-exclamation-triangle-fill'],
    NotCheckedIn: ['warn', 'bi-exclamation-triangle-fill'],
    NotYetValid: ['warn', 'bi-exclamation-triangle-fill'],
    Unpaid: ['warn', 'bi-exclamation-triangle-fill'],
  };

  function element(tag, className, textContent) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (textContent !== undefined) node.textContent = textContent;
    return node;
  }

  const timeIn = (zone, at) => new Intl.DateTimeFormat(document.documentElement.lang || undefined,
    { timeZone: zone || undefined, hour: '2-digit', minute: '2-digit' }).format(new Date(at));
  // Every time on the gate is the event's local time, as on the server's results.
  const clock = (at) => timeIn(gate.status().timeZone, at);

  // The offline result looks like the server's (_ScanResult), with a badge saying the device judged it alone.
  function showOffline(result) {
    const outcome = result.unavailable ? null : result.outcome;
    const [tone, icon] = outcome ? (TONES[outcome] ?? ['invalid', 'bi-x-octagon-fill']) : ['invalid', 'bi-wifi-off'];
    const host = element('div', 'scan-result');
    host.dataset.scanResult = '';
    host.setAttribute('aria-live', 'assertive');
    host.setAttribute('aria-atomic', 'true');
    const panel = element('div', `scan-result__panel scan-result__panel--${tone}`);
    panel.dataset.offline = 'true';
    if (outcome) panel.dataset.outcome = outcome;
    const badge = element('p', 'scan-result__badge');
    badge.append(element('i', 'bi bi-wifi-off'), ` ${gate.text('Gate:OfflineBadge')}`);
    badge.firstChild.setAttribute('aria-hidden', 'true');
    const glyph = element('i', `bi ${icon} scan-result__icon`);
    glyph.setAttribute('aria-hidden', 'true');
    panel.append(badge, glyph);
    if (!outcome) {
      panel.append(element('p', 'scan-result__title', result.unavailable));
    } else if (outcome === 'AlreadyCheckedIn' && result.firstEntryAt) {
      panel.append(element('p', 'scan-result__title', gate.text('Scan:AlreadyCheckedIn')),
        element('p', 'scan-result__when', gate.text('Scanner:AlreadyDetail', clock(result.firstEntryAt), result.firstEntryBy)));
    } else {
      panel.append(element('p', 'scan-result__title', gate.text(outcome === 'Valid' && result.direction === 'Exit' ? 'Scan:Valid:Exit' : `Scan:${outcome}`)));
    }
    if (result.ticket) {
      panel.append(element('p', 'scan-result__who', result.ticket.attendeeName),
        element('p', 'scan-result__what', `${result.ticket.ticketTypeName} · ${result.ticket.orderNumber}`));
    }
    // An entry let in by mistake is taken back here too, as on the server's result.
    if (outcome === 'Valid' && result.direction === 'Entry') {
      const undo = element('div', 'scan-result__undo');
      const button = element('button', 'btn btn-light btn-sm', gate.text('Scanner:Undo'));
      button.type = 'button';
      button.dataset.offlineUndo = result.clientNonce;
      undo.append(button);
      panel.append(undo);
    }
    host.append(panel);
    resultHost.replaceChildren(host);
  }

  codeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    check(codeInput.value);
  });

  // The undo of an entry this device let in offline: out of the queue, or undone on the server once uploaded.
  resultHost.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-offline-undo]');
    if (!button || !gate) return;
    button.disabled = true;
    const panel = button.closest('.scan-result__panel');
    if (await gate.undoOffline(button.dataset.offlineUndo)) {
      panel.querySelector('[data-undo-failed]')?.remove();
      panel.dataset.undone = 'true';
      // Neutral, as the server shows an undone scan: neither a welcome nor a refusal.
      panel.className = 'scan-result__panel scan-result__panel--idle';
      panel.querySelector('.scan-result__icon').className = 'bi bi-arrow-counterclockwise scan-result__icon';
      panel.querySelector('.scan-result__title').textContent = gate.text('Scanner:Undone');
      button.parentElement.remove();
    } else {
      // The result stays as it was; a line under it says the undo did not happen.
      let note = panel.querySelector('[data-undo-failed]');
      if (!note) {
        note = element('p', 'scan-result__when');
        note.dataset.undoFailed = '';
        button.parentElement.before(note);
      }
      note.textContent = gate.text('Gate:UndoFailed');
      button.disabled = false;
    }
    codeInput.focus();
  });

  // Undo buttons arrive inside the result panel.
  resultHost.addEventListener('submit', async (event) => {
    const form = event.target.closest('[data-scan-form]');
    if (!form) return;
    event.preventDefault();
    try {
      await post(form);
    } catch {
      // Undo needs the server; the result panel stays as it was.
    }
    // The undone entry no longer counts: the next download brings the list back in line.
    if (gate) gate.download();
    codeInput.focus();
  });

  if (gate) startGate();

  function startGate() {
    const statusBox = root.querySelector('[data-gate-status]');
    const connection = statusBox.querySelector('[data-gate-connection]');
    const listLine = statusBox.querySelector('[data-gate-list]');
    const queueLine = statusBox.querySelector('[data-gate-queue]');

    function render() {
      const s = gate.status();
      connection.dataset.state = s.online ? 'online' : 'offline';
      connection.querySelector('i').className = s.online ? 'bi bi-wifi' : 'bi bi-wifi-off';
      connection.querySelector('span').textContent = gate.text(s.online ? 'Gate:Online' : 'Gate:OfflineNow');
      listLine.textContent = s.tickets === null ? gate.text(s.online ? 'Gate:ListLoading' : 'Gate:ListMissing') : gate.text('Gate:ListReady', s.tickets, clock(s.savedAt));
      queueLine.hidden = s.queue === 0 && s.synced === 0 && s.conflicts === 0;
      queueLine.dataset.queue = String(s.queue);
      queueLine.textContent = [s.queue > 0 ? gate.text('Gate:Queue', s.queue) : gate.text('Gate:QueueEmpty'),
        s.conflicts > 0 ? gate.text('Gate:Conflicts', s.conflicts) : ''].filter(Boolean).join(' ');
    }

    gate.onChange(render);
    render();
    gate.ready.then(() => { root.dataset.gateReady = 'true'; render(); });

    // The page and its files are kept by the service worker, so the gate reopens without a network.
    if ('serviceWorker' in navigator) keepForOffline();

    startSearch();
  }

  async function keepForOffline() {
    try {
      await navigator.serviceWorker.register(gate.config.serviceWorker, { scope: '/check-in/' });
      const registration = await navigator.serviceWorker.ready;
      const urls = [window.location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
      const channel = new MessageChannel();
      const answer = new Promise((resolve) => { channel.port1.onmessage = (event) => resolve(event.data); });
      registration.active.postMessage({ type: 'keep', urls: [...new Set(urls)] }, [channel.port2]);
      if ((await answer).kept) root.dataset.gateCached = 'true';
    } catch {
      // No service worker (a private window, an old browser): the gate still scans offline while it stays open.
    }
  }

  function startSearch() {
    const section = root.querySelector('[data-gate-search]');
    const form = section.querySelector('[data-gate-search-form]');
    const field = form.querySelector('input[name="q"]');
    const summary = section.querySelector('[data-gate-search-summary]');
    const results = section.querySelector('[data-gate-search-results]');
    section.hidden = false;

    async function find(query) {
      if (navigator.onLine) {
        try {
          const response = await gate.fetchWithTimeout(`${gate.config.api}/attendees?q=${encodeURIComponent(query)}`);
          if (response.ok) return { found: await response.json(), offline: false };
        } catch {
          // Falls back to the downloaded list below.
        }
      }
      return { found: gate.search(query), offline: true };
    }

    function stateOf(ticket) {
      const state = gate.named(gate.config.states, ticket.state);
      if (state !== 'Valid') return gate.text(`Scan:${state}`);
      return ticket.entries > 0 && ticket.lastEntryAt ? gate.text('Gate:InAt', clock(ticket.lastEntryAt)) : gate.text('Gate:NotIn');
    }

    function show(query, found, offline) {
      results.replaceChildren(...found.map((ticket) => {
        const item = element('li', 'gate-search__item');
        const who = element('div', 'gate-search__who');
        who.append(element('strong', '', ticket.attendeeName), element('span', 'gate-search__meta', ticket.attendeeEmail),
          element('span', 'gate-search__meta', `${ticket.ticketTypeName} · ${ticket.orderNumber}`), element('span', 'gate-search__state', stateOf(ticket)));
        // Someone already inside can still be checked (the answer says when they came), but it is not the obvious next step.
        const inside = ticket.entries > 0;
        const button = element('button', `btn ${inside ? 'btn-outline-secondary' : 'btn-primary'} gate-search__check`, gate.text('Gate:CheckIn'));
        button.type = 'button';
        button.append(element('span', 'visually-hidden', ` ${ticket.attendeeName}`));
        // The same path as a scan: the ticket's code, through the list's rules, online or offline.
        button.addEventListener('click', async () => {
          await check(ticket.code);
          const again = await find(query);
          show(query, again.found, again.offline);
        });
        item.append(who, button);
        return item;
      }));
      summary.textContent = found.length === 0 ? gate.text('Gate:SearchNone', query)
        : gate.text(offline ? 'Gate:SearchOffline' : 'Gate:SearchCount', found.length);
    }

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const query = field.value.trim();
      if (query.length < Number(field.minLength)) {
        results.replaceChildren();
        summary.textContent = gate.text('Gate:SearchShort', field.minLength);
        return;
      }
      const { found, offline } = await find(query);
      show(query, found, offline);
    });
  }

  const tools = root.querySelector('[data-camera-tools]');
  if (typeof Html5Qrcode === 'undefined' || !tools) {
    root.dataset.scannerReady = 'code';
    return;
  }
  tools.hidden = false;
  const view = root.querySelector('#scan-camera');
  const toggle = tools.querySelector('[data-camera-toggle]');
  const photo = tools.querySelector('[data-photo]');
  let camera = null;
  // Tickets carry QR codes only; the pure-JS decoder is the same in every browser (the native BarcodeDetector is not).
  const readerConfig = () => ({
    formatsToSupport: [Html5QrcodeSupportedFormats.QR_CODE],
    useBarCodeDetectorIfSupported: false,
    verbose: false,
  });

  // The camera sees the same code many times a second: one check per code every three seconds.
  function fromCamera(text) {
    const now = Date.now();
    if (text === lastCode && now - lastAt < 3000) return;
    lastCode = text;
    lastAt = now;
    check(text);
  }

  toggle.addEventListener('click', async () => {
    const label = toggle.querySelector('span');
    if (camera) {
      await camera.stop().catch(() => {});
      camera = null;
      view.hidden = true;
      label.textContent = root.dataset.cameraStart;
      return;
    }
    view.hidden = false;
    camera = new Html5Qrcode('scan-camera', readerConfig());
    try {
      await camera.start({ facingMode: 'environment' }, { fps: 10, qrbox: { width: 260, height: 260 } }, fromCamera, () => {});
      label.textContent = root.dataset.cameraStop;
    } catch {
      camera = null;
      view.hidden = true;
      resultHost.querySelector('.scan-result__title').textContent = root.dataset.cameraError;
    }
  });

  root.dataset.scannerReady = 'camera';

  async function readWithJsQr(file) {
    if (typeof jsQR === 'undefined') return null;
    const bitmap = await createImageBitmap(file);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const g = canvas.getContext('2d');
    g.drawImage(bitmap, 0, 0);
    const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQR(pixels.data, pixels.width, pixels.height);
    return found ? found.data : null;
  }

  photo.addEventListener('change', async () => {
    const file = photo.files && photo.files[0];
    if (!file) return;
    const reader = new Html5Qrcode('scan-camera', readerConfig());
    // html5-qrcode misses some codes in photos; jsQR reads those from the same pixels.
    let text = null;
    try {
      text = await reader.scanFile(file, false);
    } catch {
      text = await readWithJsQr(file);
    }

    reader.clear();
    photo.value = '';
    if (text === null) resultHost.querySelector('.scan-result__title').textContent = root.dataset.photoError;
    else check(text);
  });
})();
