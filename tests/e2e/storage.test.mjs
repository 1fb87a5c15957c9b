// Local storage trouble in the release build: full, corrupt, shared by two tabs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, launchWithSiteDataBlocked, openApp, storageSnapshot, exportOpenDraft } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

/** Fills the origin's local storage up to the quota with filler entries. */
function fillToQuota(page) {
  return page.evaluate(() => {
    let size = 1 << 20;
    let i = 0;
    while (size >= 1) {
      try {
        localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return i;
  });
}

test('storage full: keep editing, told why, nothing lost, saved again once there is room', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await page.waitForSelector('[data-testid=editor]');
  await fillToQuota(page);

  const nama = '[data-field="pegawai/nama"]';
  await page.fill(nama, 'Dr. Ratna Wulandari, S.Sos., M.Si. (revisi)');
  const notice = await page.waitForSelector('[data-testid=notice-storage]');
  assert.match(await notice.textContent(), /penuh/);
  await page.click('[data-testid=tambah-rhk-tambahan] >> nth=0');
  await page.waitForFunction(() => document.activeElement?.matches('[data-testid=rhk-row] .col-rhk textarea') && document.activeElement.value === '');
  await page.keyboard.type('Tersedianya data tambahan');
  assert.equal(await page.inputValue(nama), 'Dr. Ratna Wulandari, S.Sos., M.Si. (revisi)');

  // The export carries every edit made while storage was full.
  const file = await exportOpenDraft(page);
  const d = JSON.parse(file.text).draft;
  assert.equal(d.pegawai.nama, 'Dr. Ratna Wulandari, S.Sos., M.Si. (revisi)');
  assert.ok(d.rhk.some((r) => r.teks === 'Tersedianya data tambahan'));

  // Room again: the next edit saves everything and the notice goes away.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  await page.fill(nama, 'Dr. Ratna Wulandari, S.Sos., M.Si.');
  await page.waitForSelector('[data-testid=notice-storage]', { state: 'detached' });
  await page.reload();
  await page.waitForSelector('[data-testid=editor]');
  assert.equal(await page.inputValue(nama), 'Dr. Ratna Wulandari, S.Sos., M.Si.');
  assert.ok(await page.$$eval('textarea', (els) => els.some((e) => e.value === 'Tersedianya data tambahan')));
  await ctx.close();
});

test('a stored draft that no longer parses is kept aside, never overwritten, exportable raw', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  const raw = '{"layout":1,"rev":3,"file":{"format":"skp-drafter/draf","version":2,"draft":{"id":"rusak"';
  await page.evaluate((raw) => localStorage.setItem('skp-drafter:draf:rusak', raw), raw);
  await page.reload();
  const notice = await page.waitForSelector('[data-testid=notice-quarantine]');
  assert.match(await notice.textContent(), /tidak dapat dibaca/);

  await page.click('[data-testid=draf-baru]');
  await page.fill('[data-field="pegawai/nama"]', 'Sari');
  assert.equal((await storageSnapshot(page))['skp-drafter:draf:rusak'], raw);

  const [download] = await Promise.all([page.waitForEvent('download'), notice.$('button').then((b) => b.click())]);
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await download.path(), 'utf8'), raw);
  await ctx.close();
});

test('a second tab sees the first tab\'s edits', async () => {
  const ctx = await browser.newContext();
  const a = await openApp(ctx, srv.url);
  await a.click('[data-testid=buka-contoh]');
  const b = await openApp(ctx, srv.url);
  await b.waitForSelector('[data-testid=editor]');
  await a.fill('[data-field="pegawai/nama"]', 'Nama dari tab A');
  await b.waitForFunction(() => document.querySelector('[data-field="pegawai/nama"]')?.value === 'Nama dari tab A');
  await b.fill('[data-field="header/instansi"]', 'Instansi dari tab B');
  await a.waitForFunction(() => document.querySelector('[data-field="header/instansi"]')?.value === 'Instansi dari tab B');
  // Both tabs' edits are in storage: neither overwrote the other.
  const stored = JSON.parse(Object.entries(await storageSnapshot(a)).find(([k]) => k.startsWith('skp-drafter:draf:'))[1]);
  assert.equal(stored.file.draft.pegawai.nama, 'Nama dari tab A');
  assert.equal(stored.file.draft.header.instansi, 'Instansi dari tab B');
  assert.equal(await a.locator('[data-testid=notice-conflict]').count(), 0);
  await ctx.close();
});

test('storage disabled: the app works from memory, says so at once, and exports', async () => {
  const ctx = await launchWithSiteDataBlocked();
  try {
    const page = await openApp(ctx, srv.url);
    assert.match(await page.evaluate(() => { try { localStorage.length; return 'ok'; } catch (e) { return e.name; } }), /SecurityError/);
    assert.match(await page.textContent('[data-testid=notice-storage]'), /tidak tersedia/);
    await page.click('[data-testid=draf-baru]');
    await page.fill('[data-field="pegawai/nama"]', 'Sari Dewi');
    const file = await exportOpenDraft(page);
    assert.equal(JSON.parse(file.text).draft.pegawai.nama, 'Sari Dewi');
    assert.equal(file.name, `sari-dewi-${JSON.parse(file.text).draft.header.periode.mulai.slice(0, 4)}.skp.json`);
    assert.deepEqual(page.appErrors.filter((e) => !/SecurityError|Access is denied/.test(e)), []);
  } finally {
    await ctx.close();
  }
});

test('another tab saved the same draft meanwhile: other fields are merged; the same field is a conflict that keeps both', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('skp-drafter:draf:')));
  // Another writer (a tab whose storage event has not reached this one yet) saves first.
  const otherWriter = (field, value) => page.evaluate(([field, value]) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('skp-drafter:draf:'));
    const entry = JSON.parse(localStorage.getItem(key));
    entry.rev += 1;
    if (field === 'instansi') entry.file.draft.header.instansi = value;
    else entry.file.draft.pegawai.nama = value;
    localStorage.setItem(key, JSON.stringify(entry));
    return key;
  }, [field, value]);
  const key = await otherWriter('instansi', 'Versi tab lain');
  await page.fill('[data-field="pegawai/nama"]', 'Nama tab ini');
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).file.draft.pegawai.nama === 'Nama tab ini', key);
  let stored = JSON.parse((await storageSnapshot(page))[key]);
  assert.equal(stored.file.draft.header.instansi, 'Versi tab lain', 'the other tab\'s field survives the merge');
  assert.equal(await page.inputValue('[data-field="header/instansi"]'), 'Versi tab lain', 'and shows here');
  assert.equal(await page.locator('[data-testid=notice-conflict]').count(), 0);

  await otherWriter('pegawai', 'Nama tab lain');
  await page.fill('[data-field="pegawai/nama"]', 'Versi tab ini');
  await page.waitForSelector('[data-testid=notice-conflict]');
  stored = JSON.parse((await storageSnapshot(page))[key]);
  assert.equal(stored.file.draft.pegawai.nama, 'Nama tab lain', 'the other version was not overwritten');
  await page.click('[data-testid=notice-conflict] button');
  await page.waitForSelector('[data-testid=notice-conflict]', { state: 'detached' });
  const drafts = Object.entries(await storageSnapshot(page)).filter(([k]) => k.startsWith('skp-drafter:draf:')).map(([, v]) => JSON.parse(v).file.draft);
  assert.equal(drafts.length, 2);
  assert.ok(drafts.some((d) => d.pegawai.nama === 'Nama tab lain'));
  assert.ok(drafts.some((d) => d.pegawai.nama === 'Versi tab ini' && d.nama_draf.endsWith('(versi tab ini)')));
  await ctx.close();
});

test('undo in one tab never reverts what another tab saved', async () => {
  const ctx = await browser.newContext();
  const a = await openApp(ctx, srv.url);
  await a.click('[data-testid=draf-baru]');
  const b = await openApp(ctx, srv.url);
  await b.waitForSelector('[data-testid=editor]');
  await a.fill('[data-field="pegawai/nama"]', 'Nama dari tab A');
  await b.waitForFunction(() => document.querySelector('[data-field="pegawai/nama"]')?.value === 'Nama dari tab A');
  await b.fill('[data-field="penilai/nama"]', 'Penilai dari tab B');
  await a.waitForFunction(() => document.querySelector('[data-field="penilai/nama"]')?.value === 'Penilai dari tab B');
  await a.click('[data-testid=urungkan]');
  await a.waitForFunction(() => document.querySelector('[data-field="pegawai/nama"]')?.value === '');
  await a.waitForFunction(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith('skp-drafter:draf:'));
    return JSON.parse(localStorage.getItem(k)).file.draft.pegawai.nama === '';
  });
  const stored = JSON.parse(Object.entries(await storageSnapshot(a)).find(([k]) => k.startsWith('skp-drafter:draf:'))[1]);
  assert.equal(stored.file.draft.penilai.nama, 'Penilai dari tab B', 'B\'s edit is still stored');
  assert.equal(await a.inputValue('[data-field="penilai/nama"]'), 'Penilai dari tab B');
  await ctx.close();
});
