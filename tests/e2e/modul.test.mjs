// The first load is the editor module alone; the team workspace, Tinjau kelas and the guide
// come with the full module (skp-lengkap), fetched when first opened. On the release build:
// nothing of it before the editor is ready; opening one of those screens fetches it, keeps
// the drafts and the messages, and works; a module that cannot be fetched, or drafts that
// are not saved yet, leave the user in the editor with a message and nothing lost. Service
// workers are blocked here: after a first visit the service worker keeps the full module too
// (offline.test.mjs opens a team with the network gone).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, storageSnapshot } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const lengkap = (fetched) => fetched.filter((p) => p.includes('skp-lengkap'));

test('the first load leaves the full module out; the guide and a team fetch it once and work, with the drafts, messages and undo kept', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const fetched = [];
  ctx.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await page.waitForSelector('[data-testid=editor]');
  const asli = await page.inputValue('[data-field="pegawai/nama"]');
  await page.fill('[data-field="pegawai/nama"]', 'Nama sebelum modul dimuat');
  assert.deepEqual(lengkap(fetched), [], 'the editor needs no part of the full module');

  // A message on screen before the hand-over is still there after it.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['bukan json'], 'rusak.skp.json', { type: 'application/json' }));
    document.querySelector('[data-testid=impor]').files = dt.files;
    document.querySelector('[data-testid=impor]').dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.waitForSelector('[data-testid=notice-import]');
  const pesan = await page.textContent('[data-testid=notice-import]');

  await page.click('[data-testid=buka-panduan]');
  await page.waitForSelector('[data-testid=aturan]');
  assert.ok(lengkap(fetched).some((p) => p.endsWith('skp-lengkap_bg.wasm')), fetched.join(' '));
  assert.equal(await page.textContent('[data-testid=notice-import]'), pesan);
  // One app on the page: one toolbar, one draft list.
  assert.equal(await page.locator('.toolbar').count(), 1);
  assert.equal(await page.locator('#sidebar').count(), 1);

  // Back to the draft: the edit made in the editor module is there.
  await page.click('text=Kembali ke draf');
  assert.equal(await page.inputValue('[data-field="pegawai/nama"]'), 'Nama sebelum modul dimuat');
  // The undo history came along: Ctrl+Z takes back the edit made in the editor module.
  await page.click('[data-testid=editor] h2 >> nth=0');
  await page.keyboard.press('Control+z');
  await page.waitForFunction((v) => document.querySelector('[data-field="pegawai/nama"]').value === v, asli);
  await page.keyboard.press('Control+Shift+z');
  await page.waitForFunction(() => document.querySelector('[data-field="pegawai/nama"]').value === 'Nama sebelum modul dimuat');
  // A team now opens in the full module, without fetching it again.
  const sebelum = lengkap(fetched).length;
  await page.click('[data-testid=tim-baru]');
  await page.waitForSelector('[data-testid=tim]');
  assert.equal(lengkap(fetched).length, sebelum);
  // Keyboard shortcuts answer once (the editor module's listeners left with it).
  await page.click('[data-testid=tambah-orang]');
  const orang = await page.locator('[data-testid=orang-row]').count();
  await page.keyboard.press('Control+z');
  assert.equal(await page.locator('[data-testid=orang-row]').count(), orang - 1);
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('a team opened from a reload starts in the editor module and is handed over', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await page.click('[data-testid=tim-baru]');
  await page.waitForSelector('[data-testid=tim]');
  await page.reload();
  await page.waitForSelector('.toolbar');
  await page.click('[data-testid=tim-item] >> nth=0 >> button');
  await page.waitForSelector('[data-testid=tim]');
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('the full module cannot be fetched: told so in Indonesian, still in the editor, nothing lost; it works once it can be', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  let blok = true;
  await ctx.route(/skp-lengkap/, (route) => (blok ? route.abort('internetdisconnected') : route.continue()));
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await page.fill('[data-field="pegawai/nama"]', 'Nama yang tidak boleh hilang');
  await page.click('[data-testid=buka-kelas]');
  const notice = page.locator('[data-testid=notice-import]', { hasText: 'belum dapat dimuat' });
  await notice.waitFor();
  assert.match(await notice.textContent(), /draf Anda tetap aman/);
  await page.waitForSelector('[data-testid=editor]');
  assert.equal(await page.inputValue('[data-field="pegawai/nama"]'), 'Nama yang tidak boleh hilang');
  blok = false;
  await page.click('[data-testid=buka-kelas]');
  await page.waitForSelector('[data-testid=tinjau-kelas]');
  assert.ok(Object.values(await storageSnapshot(page)).some((v) => v.includes('Nama yang tidak boleh hilang')));
  await ctx.close();
});

test('a share link while the full module cannot be fetched: said in Indonesian, the editor stays, the link waits in the address', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  let blok = true;
  await ctx.route(/skp-lengkap/, (route) => (blok ? route.abort('internetdisconnected') : route.continue()));
  // A link made from the built-in example (the full module makes it).
  const maker = await openApp(ctx, srv.url);
  blok = false;
  await maker.click('[data-testid=buka-contoh]');
  await maker.click('[data-testid=bagikan]');
  await maker.waitForSelector('[data-testid=dialog-bagikan]');
  const link = await maker.inputValue('[data-testid=tautan]');
  await maker.close();
  blok = true;
  const ctx2 = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  await ctx2.route(/skp-lengkap/, (route) => (blok ? route.abort('internetdisconnected') : route.continue()));
  const page = await ctx2.newPage();
  page.appErrors = [];
  page.on('pageerror', (e) => page.appErrors.push(String(e)));
  await page.goto(link);
  await page.waitForSelector('.notice.error');
  assert.match(await page.textContent('.notice.error'), /Draf dari tautan belum dapat dibuka.*muat ulang/);
  assert.equal(await page.locator('.notice', { hasText: 'Membuka draf dari tautan' }).count(), 0);
  assert.match(await page.evaluate(() => location.hash), /^#bagikan=1\./, 'the link stays for a reload');
  // Once the module can be fetched, a reload opens it.
  blok = false;
  await page.reload();
  await page.waitForSelector('[data-testid=dialog-tautan-masuk]');
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
  await ctx2.close();
});

test('drafts not saved yet (storage full) stay with the editor: the guide waits, with a message', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await page.evaluate(() => {
    let size = 1 << 20, i = 0;
    while (size >= 1) {
      try { localStorage.setItem(`filler-${i++}`, 'x'.repeat(size)); } catch { size = Math.floor(size / 2); }
    }
  });
  await page.fill('[data-field="pegawai/nama"]', 'Diketik saat penyimpanan penuh, nama yang cukup panjang agar draf bertambah besar');
  await page.waitForSelector('[data-testid=notice-storage]');
  await page.click('[data-testid=buka-panduan]');
  await page.locator('[data-testid=notice-import]', { hasText: 'setelah semua draf tersimpan' }).waitFor();
  assert.equal(await page.inputValue('[data-field="pegawai/nama"]'), 'Diketik saat penyimpanan penuh, nama yang cukup panjang agar draf bertambah besar');
  assert.equal(await page.locator('[data-testid=aturan]').count(), 0);
  await ctx.close();
});

test('going elsewhere while the module loads: back in the editor nothing happens; another of its screens opens that one', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  await ctx.route(/skp-lengkap_bg\.wasm/, async (route) => { await new Promise((ok) => setTimeout(ok, 1500)); await route.continue(); });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  // The guide asked for, then the draft again before the module is in: the editor stays.
  await page.click('[data-testid=buka-panduan]');
  await page.waitForSelector('[data-testid=memuat-modul]');
  await page.click('[data-testid=buka-panduan]');
  await page.waitForSelector('[data-testid=editor]');
  await page.waitForTimeout(2500);
  assert.equal(await page.locator('[data-testid=aturan]').count(), 0);
  await page.waitForSelector('[data-testid=editor]');
  // The guide asked for, then a new team before the module is in: the team opens.
  await page.click('[data-testid=buka-panduan]');
  await page.waitForSelector('[data-testid=memuat-modul]');
  await page.click('[data-testid=tim-baru]');
  await page.waitForSelector('[data-testid=tim]', { timeout: 15000 });
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});
