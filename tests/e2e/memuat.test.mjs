// Before the app is up, on the release build: a slow first load says it is loading (and, on
// a slow line, why), a load that fails says what to do and loses nothing, a server with the
// wrong type for the wasm still gets the app, and a browser without WebAssembly is told so.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch } from './harness.mjs';

let browser, srv;
before(async () => { browser = await launch(); srv = await serveDist(); });
after(async () => { await browser?.close(); await srv?.close(); });

const WASM = /skp-drafter-[0-9a-f]+_bg\.wasm$/;

const ORANG = { nama: '', nip: '', pangkat: '', jabatan: '', unit_kerja: '' };

/** A draft already stored in this browser, as the app stores it. */
const STORED = ['skp-drafter:draf:draf-lama', JSON.stringify({
  layout: 1, rev: 1, file: { format: 'skp-drafter/draf', version: 3, draft: {
    id: 'draf-lama', nama_draf: 'Draf yang sudah ada',
    header: { instansi: 'Dinas Contoh', periode: { mulai: '2027-01-01', selesai: '2027-12-31' }, pendekatan: 'kuantitatif', jenis_jabatan: 'JA' },
    pegawai: ORANG, penilai: ORANG, rhk: [], perilaku: {}, lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] }, temuan_diabaikan: [],
  } },
})];

test('a slow first load says it is loading, says why on a slow line, then gives way to the app', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  let lepas;
  const tahan = new Promise((ok) => { lepas = ok; });
  await page.route(WASM, async (route) => { await tahan; await route.continue(); });
  await page.goto(srv.url);
  const memuat = page.locator('#memuat');
  await memuat.waitFor();
  assert.match(await memuat.innerText(), /Memuat SKP Drafter/);
  assert.equal(await memuat.getAttribute('role'), 'status');
  assert.equal(await page.locator('.toolbar').count(), 0);
  // After five seconds the page says why it takes a while.
  await page.locator('#memuat .memuat-lambat').waitFor({ state: 'visible', timeout: 10000 });
  assert.match(await memuat.innerText(), /sambungan lambat/);
  lepas();
  await page.waitForSelector('.toolbar', { timeout: 30000 });
  assert.equal(await page.locator('#memuat').count(), 0, 'the loading note is gone once the app is up');
  await ctx.close();
});

test('a first load whose app cannot be fetched says what to do, and a reload then opens the stored draft', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  await ctx.addInitScript(([k, v]) => { if (!localStorage.getItem(k)) localStorage.setItem(k, v); }, STORED);
  const page = await ctx.newPage();
  await page.route(WASM, (route) => route.abort('internetdisconnected'));
  await page.goto(srv.url);
  const alert = page.locator('#memuat[role=alert]');
  await alert.waitFor({ timeout: 30000 });
  const text = await alert.innerText();
  assert.match(text, /gagal dimuat/);
  assert.match(text, /tidak hilang/);
  await page.unroute(WASM);
  await Promise.all([page.waitForNavigation(), alert.getByRole('button', { name: 'Muat ulang' }).click()]);
  await page.waitForSelector('.toolbar', { timeout: 30000 });
  assert.equal(await page.locator('#memuat').count(), 0);
  await page.getByText('Draf yang sudah ada').first().waitFor();
  const stored = await page.evaluate((k) => localStorage.getItem(k), STORED[0]);
  assert.match(stored, /Draf yang sudah ada/, 'the stored draft is untouched');
  await ctx.close();
});

test('a server that does not send the wasm as application/wasm still gets the app started', async () => {
  // The page compiles the module while it downloads, which needs the wasm's own MIME type;
  // a plain static host may send it as application/octet-stream.
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.route(WASM, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'content-type': 'application/octet-stream' } });
  });
  await page.goto(srv.url);
  await page.waitForSelector('.toolbar', { timeout: 30000 });
  assert.equal(await page.locator('#memuat').count(), 0);
  assert.deepEqual(errors, []);
  await ctx.close();
});

test('a browser without WebAssembly is told so, in Indonesian', async () => {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  await ctx.addInitScript(() => { delete globalThis.WebAssembly; });
  const page = await ctx.newPage();
  await page.goto(srv.url);
  const alert = page.locator('#memuat[role=alert]');
  await alert.waitFor({ timeout: 30000 });
  assert.match(await alert.innerText(), /tidak dapat menjalankan SKP Drafter/);
  await ctx.close();
});
