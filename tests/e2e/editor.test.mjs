// The editor in the release build: a draft survives a reload exactly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, storageSnapshot } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('release build mounts with no errors', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  assert.match(await page.textContent('.welcome'), /Selamat datang/);
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('create a draft, edit it, reload and find it', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=draf-baru]');
  await page.fill('[data-field="pegawai/nama"]', 'Budi Santoso, S.Kom.');
  await page.fill('[data-field="pegawai/nip"]', '198703152010011003');
  await page.click('[data-testid=tambah-rhk-utama]');
  // The new RHK's text field has focus: type as a user would.
  await page.keyboard.type('Tersusunnya laporan evaluasi layanan yang disetujui pimpinan');
  await page.fill('[data-testid=iki-row] textarea', 'Jumlah laporan evaluasi yang disetujui pimpinan');
  await page.fill('[data-testid=iki-row] input.nilai >> nth=0', '4');
  await page.fill('[data-testid=iki-row] input.satuan', 'Laporan');
  const before = await storageSnapshot(page);

  await page.reload();
  await page.waitForSelector('[data-testid=editor]');
  assert.equal(await page.inputValue('[data-field="pegawai/nama"]'), 'Budi Santoso, S.Kom.');
  assert.equal(await page.inputValue('[data-field="pegawai/nip"]'), '198703152010011003');
  assert.equal(await page.inputValue('[data-testid=rhk-row] [data-field$="/teks"] >> nth=0'),
    'Tersusunnya laporan evaluasi layanan yang disetujui pimpinan');
  assert.equal(await page.inputValue('[data-testid=iki-row] textarea'), 'Jumlah laporan evaluasi yang disetujui pimpinan');
  assert.equal(await page.inputValue('[data-testid=iki-row] input.satuan'), 'Laporan');
  // A reload writes nothing: the stored drafts are exactly what they were.
  assert.deepEqual(await storageSnapshot(page), before);
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('keyboard: add, move and undo RHK rows', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=draf-baru]');
  await page.click('[data-testid=tambah-rhk-utama]');
  await page.keyboard.type('Pertama');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type('Kedua');
  const texts = () => page.$$eval('[data-testid=rhk-row] .col-rhk textarea', (els) => els.map((e) => e.value));
  assert.deepEqual(await texts(), ['Pertama', 'Kedua']);
  await page.keyboard.press('Alt+ArrowUp');
  assert.deepEqual(await texts(), ['Kedua', 'Pertama']);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await texts(), ['Pertama', 'Kedua']);
  await page.keyboard.press('Control+Shift+z');
  assert.deepEqual(await texts(), ['Kedua', 'Pertama']);
  await ctx.close();
});
