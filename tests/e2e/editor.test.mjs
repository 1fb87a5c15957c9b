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
  await page.waitForFunction(() => document.activeElement?.matches('[data-testid=rhk-row] .col-rhk textarea'));
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
  await page.waitForFunction(() => document.activeElement?.matches('[data-testid=rhk-row] .col-rhk textarea'));
  await page.keyboard.type('Pertama');
  await page.keyboard.press('Control+Enter');
  // The new row takes the focus on the next frame, as a person would see before typing.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=rhk-row]').length === 2 && document.activeElement?.value === '');
  await page.keyboard.type('Kedua');
  // The screen updates right after each key; wait for it, then compare.
  const texts = (want) => page.waitForFunction((want) => {
    const got = [...document.querySelectorAll('[data-testid=rhk-row] .col-rhk textarea')].map((e) => e.value);
    return JSON.stringify(got) === JSON.stringify(want);
  }, want, { timeout: 5000 });
  await texts(['Pertama', 'Kedua']);
  await page.keyboard.press('Alt+ArrowUp');
  await texts(['Kedua', 'Pertama']);
  await page.keyboard.press('Control+z');
  await texts(['Pertama', 'Kedua']);
  await page.keyboard.press('Control+Shift+z');
  await texts(['Kedua', 'Pertama']);
  await ctx.close();
});
