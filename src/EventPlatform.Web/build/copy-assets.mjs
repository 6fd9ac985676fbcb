// Copies the dist files the pages use from node_modules into wwwroot/lib (git-ignored), so the site
// serves them itself: no CDN, and the versions are the ones pinned in package-lock.json.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'wwwroot', 'lib');

const assets = [
  ['bootstrap/dist/css/bootstrap.min.css', 'bootstrap/css/bootstrap.min.css'],
  ['bootstrap/dist/css/bootstrap.min.css.map', 'bootstrap/css/bootstrap.min.css.map'],
  ['bootstrap/dist/js/bootstrap.bundle.min.js', 'bootstrap/js/bootstrap.bundle.min.js'],
  ['bootstrap/dist/js/bootstrap.bundle.min.js.map', 'bootstrap/js/bootstrap.bundle.min.js.map'],
  ['bootstrap-icons/font/bootstrap-icons.min.css', 'bootstrap-icons/bootstrap-icons.min.css'],
  ['bootstrap-icons/font/fonts', 'bootstrap-icons/fonts'],
  // The check-in scanner reads QR codes from the camera or a photo (Apache-2.0).
  ['html5-qrcode/html5-qrcode.min.js', 'html5-qrcode/html5-qrcode.min.js'],
  // A second QR decoder for photos the first one misses (Apache-2.0).
  ['jsqr/dist/jsQR.js', 'jsqr/jsQR.js'],
  // The live check-in dashboard: its arrivals chart (MIT) and its SignalR connection (MIT).
  ['chart.js/dist/chart.umd.min.js', 'chart.js/chart.umd.min.js'],
  ['@microsoft/signalr/dist/browser/signalr.min.js', 'signalr/signalr.min.js'],
  ['@microsoft/signalr/dist/browser/signalr.min.js.map', 'signalr/signalr.min.js.map'],
];

rmSync(lib, { recursive: true, force: true });
for (const [from, to] of assets) {
  const source = join(root, 'node_modules', from);
  if (!existsSync(source)) {
    console.error(`copy-assets: ${source} is missing; run "npm ci" in ${root}.`);
    process.exit(1);
  }
  mkdirSync(dirname(join(lib, to)), { recursive: true });
  cpSync(source, join(lib, to), { recursive: true });
}
console.log(`copy-assets: ${assets.length} entries copied to ${lib}`);
