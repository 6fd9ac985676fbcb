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

  async function post(form) {
    const response = await fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: { 'X-Requested-With': 'fetch' },
      credentials: 'same-origin',
    });
    const html = await response.text();
    resultHost.innerHTML = html;
  }

  async function check(code) {
    if (busy || !code.trim()) return;
    busy = true;
    codeInput.value = code;
    codeForm.querySelector('[data-nonce]').value = newNonce();
    try {
      await post(codeForm);
    } catch {
      // A dropped connection: the code stays in the field to try again.
      busy = false;
      return;
    }
    codeInput.value = '';
    codeInput.focus();
    busy = false;
  }

  codeForm.addEventListener('submit', (event) => {
    event.preventDefault();
    check(codeInput.value);
  });

  // Undo buttons arrive inside the result panel.
  resultHost.addEventListener('submit', async (event) => {
    const form = event.target.closest('[data-scan-form]');
    if (!form) return;
    event.preventDefault();
    await post(form);
    codeInput.focus();
  });

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
