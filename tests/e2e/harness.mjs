// Shared pieces of the end-to-end tests and benchmarks: a static server for dist/ and a
// headless Chromium from Debian (playwright-core never downloads a browser here).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../..', import.meta.url));
const { chromium } = require(join(root, 'tools/node_modules/playwright-core'));

export const DIST = join(root, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

/** Serves dist/ on a free loopback port, at the root or under `prefix` (a sub-folder such
 *  as "/skp-drafter/", as a project page is). Returns { url, close }. */
export async function serveDist(dir = DIST, prefix = '/') {
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!path.startsWith(prefix)) throw new Error('outside the folder');
      path = normalize('/' + path.slice(prefix.length));
      if (path.endsWith('/')) path += 'index.html';
      const file = join(dir, path);
      if (!file.startsWith(dir)) throw new Error('outside');
      await stat(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // A test that fails before closing its server must still end (and report), not hang.
  server.unref();
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${prefix}`, close: () => new Promise((ok) => server.close(ok)) };
}

const CHROMIUM = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

/** Headless Chromium with the flags this machine needs (root, no network). */
export function launch() {
  return chromium.launch(CHROMIUM);
}

/** A Chromium profile whose settings block site data, as a user or a policy can: the
 *  page's localStorage then throws a SecurityError, for real. */
export async function launchWithSiteDataBlocked() {
  const { mkdtemp, mkdir, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'skp-blocked-'));
  await mkdir(join(dir, 'Default'), { recursive: true });
  const prefs = { profile: { default_content_setting_values: { cookies: 2 } } };
  await writeFile(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  return chromium.launchPersistentContext(dir, { ...CHROMIUM, headless: true, acceptDownloads: true });
}

/** Opens the app in a page and waits until it has mounted. */
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForSelector('.toolbar', { timeout: 30000 });
  page.appErrors = errors;
  return page;
}

/** Every localStorage entry of the page, as an object. */
export function storageSnapshot(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/** Clicks the export button of the open draft and returns the downloaded file's name and text. */
export async function exportOpenDraft(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=ekspor]')]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
