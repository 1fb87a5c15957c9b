// Offline, new versions and sub-folders, on the release build: after one visit the app opens
// and works with the network gone; a new deployment is offered and waits for the user; the
// same build runs from a sub-folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openApp, storageSnapshot, DIST } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until the service worker controls the page and has stored this version's files.
 *  Polled from here: waitForFunction does not reliably await an async predicate, and a
 *  resolved promise counted as ready before the worker had installed. */
async function offlineReady(page) {
  const deadline = Date.now() + 30000;
  while (!(await page.evaluate(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const reg = await navigator.serviceWorker.getRegistration();
    if (reg?.active?.state !== 'activated') return false;
    const keys = await caches.keys();
    if (!keys.some((k) => k.startsWith('skp-drafter-'))) return false;
    const c = await caches.open(keys.find((k) => k.startsWith('skp-drafter-')));
    const urls = (await c.keys()).map((r) => r.url);
    return ['xlsx-worker_bg.wasm', 'skp-lengkap_bg.wasm'].every((f) => urls.some((u) => u.endsWith(f)));
  }))) {
    if (Date.now() > deadline) throw new Error('the service worker did not take the page over in 30 s');
    await page.waitForTimeout(200);
  }
}

test('after one visit the app opens with the network gone, a stored draft can be edited, Excel still exports and a team opens', async () => {
  const srv = await serveDist();
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await offlineReady(page);
  await ctx.setOffline(true);
  await srv.close(); // and the server gone too
  await page.reload();
  await page.waitForSelector('.toolbar', { timeout: 30000 });
  await page.waitForSelector('[data-testid=editor]');
  await page.fill('[data-field="pegawai/nama"]', 'Nama diubah tanpa jaringan');
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('Nama diubah tanpa jaringan')));
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=ekspor-xlsx]')]);
  assert.match(d.suggestedFilename(), /\.xlsx$/);
  // The team workspace comes with the full module, which the service worker keeps too.
  await page.click('[data-testid=tim-baru]');
  await page.waitForSelector('[data-testid=tim]');
  assert.deepEqual(page.appErrors.filter((e) => !/net::ERR_INTERNET_DISCONNECTED|Failed to fetch|ERR_CONNECTION_REFUSED/.test(e)), []);
  await ctx.close();
});

test('a new deployment is offered ("Versi baru tersedia"), never forced: the page reloads only on the user\'s click', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'skp-deploy-'));
  await cp(DIST, dir, { recursive: true });
  const srv = await serveDist(dir);
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await offlineReady(page);
  await page.evaluate(() => { window.__belumDimuatUlang = true; });
  // A new deployment: the build's files changed, so its service worker did.
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  await writeFile(join(dir, 'sw.js'), sw.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'baru$1'"));
  const lengkap = await readFile(join(dir, 'skp-lengkap.js'), 'utf8');
  await writeFile(join(dir, 'skp-lengkap.js'), `${lengkap}\nwindow.__lengkapBaru = true;\n`);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const notice = page.locator('[data-testid=notice-info]', { hasText: 'Versi baru tersedia' });
  await notice.waitFor({ timeout: 30000 });
  // The user keeps typing: nothing reloads under them.
  await page.fill('[data-field="pegawai/nama"]', 'Sedang mengetik');
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.__belumDimuatUlang), true);
  assert.equal(await page.inputValue('[data-field="pegawai/nama"]'), 'Sedang mengetik');
  // Until then the page stays on its version: a team opens in this version's full module,
  // not the next deployment's, and the offer is still there.
  await page.click('[data-testid=tim-baru]');
  await page.waitForSelector('[data-testid=tim]');
  assert.equal(await page.evaluate(() => window.__lengkapBaru), undefined, 'the old version\'s full module');
  await notice.waitFor();
  // Their click switches versions, after saving what they typed.
  await Promise.all([page.waitForEvent('load', { timeout: 30000 }), notice.locator('[data-testid=notice-action]').click()]);
  await page.waitForSelector('.toolbar', { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.__belumDimuatUlang), undefined, 'reloaded');
  assert.ok(Object.values(await storageSnapshot(page)).some((v) => v.includes('Sedang mengetik')), 'nothing typed was lost');
  assert.equal(await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('skp-drafter-')).length), 1, 'the old version\'s cache is gone');
  await page.click('[data-testid=tim-item] >> nth=0 >> button');
  await page.waitForSelector('[data-testid=tim]');
  assert.equal(await page.evaluate(() => window.__lengkapBaru), true, 'the new version\'s full module');
  await ctx.close();
  await srv.close();
});

test('the same build runs from a sub-folder (a project page), the Excel worker included, and is installable', async () => {
  const srv = await serveDist(DIST, '/skp-drafter/');
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  const [d] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=ekspor-xlsx]')]);
  assert.match(d.suggestedFilename(), /\.xlsx$/);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    return { href, json: await (await fetch(href)).json() };
  });
  assert.ok(manifest.href.includes('/skp-drafter/manifest.webmanifest'), manifest.href);
  assert.equal(manifest.json.lang, 'id');
  assert.equal(manifest.json.start_url, './');
  for (const icon of manifest.json.icons) {
    const ok = await page.evaluate(async (src) => (await fetch(new URL(src, document.querySelector('link[rel=manifest]').href))).ok, icon.src);
    assert.ok(ok, icon.src);
  }
  const touch = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=apple-touch-icon]').href)).ok);
  assert.ok(touch, 'the home-screen icon for phones that do not read the manifest');
  await offlineReady(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  assert.ok(scope.endsWith('/skp-drafter/'), scope);
  // Chromium's own verdict: nothing of the app's stands in the way of installing it (a
  // test's browser context is incognito, which Chromium names and which is not the app's).
  const cdp = await ctx.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
  const { errors } = await cdp.send('Page.getAppManifest');
  assert.deepEqual(errors, [], 'the manifest parses without complaint');
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
  await srv.close();
});
