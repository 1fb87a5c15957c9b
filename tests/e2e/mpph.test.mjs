// MPPH in the release build: build a small team, fill the matrices by keyboard and paste,
// derive, and find the member's RHK linked to the leader's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, storageSnapshot } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function addPerson(page, nama, peran, ketua) {
  await page.click('[data-testid=tambah-orang]');
  const row = page.locator('[data-testid=orang-row]').last();
  await row.locator('input[aria-label=nama]').fill(nama);
  await row.locator('select[aria-label=Peran]').selectOption(peran);
  if (ketua) await row.locator('select[aria-label="Ketua tim"]').selectOption({ label: ketua });
}

/** Types into a matrix cell as a user does: focus it, type (which starts editing), Enter. */
async function typeInCell(page, r, c, text) {
  await page.click(`[data-cell="${r}-${c}"]`);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

const cellText = (page, r, c) => page.textContent(`[data-cell="${r}-${c}"]`);

test('a small team: fill MPPH 1 and 2, derive, and the member\'s RHK links to the leader\'s', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]'); // the leader's SKP JPT
  await page.click('[data-testid=tim-baru]');
  await page.waitForSelector('[data-testid=tim]');

  await addPerson(page, 'Andi Wijaya', 'ketua_tim');
  await addPerson(page, 'Bunga Lestari', 'jf_langsung');
  await addPerson(page, 'Citra Dewi', 'anggota', 'Andi Wijaya');

  await page.click('[data-testid=tab-level1]');
  const heads = await page.$$eval('[data-testid=matriks] th.kolom .kolom-rhk', (els) => els.map((e) => e.textContent));
  assert.equal(heads[0], 'Meningkatnya kualitas layanan administrasi kepegawaian bagi ASN Pemerintah Kabupaten Sukamaju');
  assert.equal(heads.length, 7);

  await typeInCell(page, 0, 0, 'Terselesaikannya layanan kenaikan pangkat tepat waktu');
  assert.equal(await cellText(page, 0, 0), 'Terselesaikannya layanan kenaikan pangkat tepat waktu');
  // Enter moved the cursor down; arrows and Tab move it on.
  assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), '1-0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), '1-2');

  // Paste a block copied from a spreadsheet into B's row.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Tersusunnya kajian sistem merit yang disetujui\tTersedianya aplikasi layanan daring yang andal\n');
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  assert.equal(await cellText(page, 1, 2), 'Tersusunnya kajian sistem merit yang disetujui');
  assert.equal(await cellText(page, 1, 3), 'Tersedianya aplikasi layanan daring yang andal');

  // Derive level 1.
  await page.click('[data-testid=tab-turunan]');
  await page.click('[data-testid=hitung-turunan]');
  await page.waitForSelector('[data-testid=rencana]');
  await page.click('[data-testid=terapkan-turunan]');
  await page.waitForSelector('[data-testid=rencana]', { state: 'detached' });

  // Level 2 of Andi: his RHK are the columns; give Citra a cell.
  await page.click('[data-testid=tab-level2]');
  const heads2 = await page.$$eval('[data-testid=matriks] th.kolom .kolom-rhk', (els) => els.map((e) => e.textContent));
  assert.deepEqual(heads2, ['Terselesaikannya layanan kenaikan pangkat tepat waktu']);
  await typeInCell(page, 0, 0, 'Terverifikasinya berkas usul kenaikan pangkat secara lengkap');

  await page.click('[data-testid=tab-turunan]');
  await page.click('[data-testid=hitung-turunan]');
  await page.click('[data-testid=terapkan-turunan]');
  await page.click('[data-testid=hitung-turunan]');
  await page.waitForSelector('[data-testid=turunan-kosong]'); // derivation is idempotent

  // Open Citra's SKP: her RHK points at Andi's, which points at the leader's.
  await page.click('[data-testid=tab-orang]');
  await page.locator('[data-testid=orang-row]').nth(2).locator('[data-testid=buka-draf-orang]').click();
  await page.waitForSelector('[data-testid=editor]');
  assert.equal(await page.inputValue('[data-testid=rhk-row] .col-rhk textarea'), 'Terverifikasinya berkas usul kenaikan pangkat secara lengkap');
  assert.equal(await page.inputValue('[data-testid=rhk-row] .col-atasan textarea'), 'Terselesaikannya layanan kenaikan pangkat tepat waktu');
  assert.equal(await page.locator('[data-testid=rhk-row] .col-atasan .badge').textContent(), 'tertaut');
  // Her penilai is the unit's leader; Andi, her ketua tim, coordinates.
  assert.equal(await page.inputValue('[data-field="penilai/nama"]'), 'Dr. Ratna Wulandari, S.Sos., M.Si.');

  const stored = Object.values(await storageSnapshot(page)).map((v) => { try { return JSON.parse(v); } catch { return null; } });
  const andi = stored.find((s) => s?.file?.draft?.pegawai?.nama === 'Andi Wijaya').file.draft;
  assert.equal(andi.rhk[0].rhk_atasan.id, 'rhk-1');
  assert.equal(andi.penilai.nama, 'Dr. Ratna Wulandari, S.Sos., M.Si.');
  assert.deepEqual(page.appErrors, []);
  await page.screenshot({ path: process.env.SHOT ?? '/dev/null' }).catch(() => {});
  await ctx.close();
});

test('a team file: export and import give the same team; a bad one changes nothing and says where', async () => {
  const { teamBundle } = await import('../../bench/team.mjs');
  const bundle = teamBundle({ ketua: 1, jf: 1, anggota: 2, nRhk: 3, id: 'tim-kecil' });
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  await page.setInputFiles('[data-testid=impor]', { name: 'kecil.tim.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await page.waitForSelector('[data-testid=tim]');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=ekspor-tim]')]);
  assert.equal(download.suggestedFilename(), 'badan-kepegawaian-daerah.tim.json');
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile(await download.path(), 'utf8'));
  const original = JSON.parse(bundle);
  assert.equal(exported.format, 'skp-drafter/tim');
  assert.deepEqual(exported.tim.orang, original.tim.orang);
  assert.deepEqual(exported.tim.mpph1.sel, original.tim.mpph1.sel);
  assert.deepEqual(exported.tim.mpph2.map((m) => m.sel), original.tim.mpph2.map((m) => m.sel));
  assert.deepEqual(exported.draf.map((d) => d.id), ['jpt']);

  const before = await storageSnapshot(page);
  const wrongRole = JSON.parse(bundle);
  wrongRole.tim.orang[1].peran = 'ketua';
  await page.setInputFiles('[data-testid=impor]', { name: 'salah.tim.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrongRole)) });
  await page.waitForFunction(() => document.querySelector('[data-testid=notice-import]')?.textContent.includes('salah.tim.json'));
  assert.match(await page.textContent('[data-testid=notice-import]'), /\$\.tim\.orang\[1\]\.peran/);
  const dangling = JSON.parse(bundle);
  dangling.tim.mpph1.sel[0].baris = 'tidak-ada';
  await page.setInputFiles('[data-testid=impor]', { name: 'rujukan.tim.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dangling)) });
  await page.waitForFunction(() => document.querySelector('[data-testid=notice-import]')?.textContent.includes('rujukan.tim.json'));
  assert.match(await page.textContent('[data-testid=notice-import]'), /\$\.tim\.mpph1\.sel\[0\]/);
  assert.deepEqual(await storageSnapshot(page), before);
  await ctx.close();
});

test('a team file over 5 MiB (the draft limit) but under the team limit is imported', async () => {
  const { teamBundle } = await import('../../bench/team.mjs');
  // Valid JSON padded with whitespace to 6 MiB: only the size differs from a small team.
  const bundle = teamBundle({ ketua: 1, jf: 1, anggota: 2, nRhk: 3, id: 'tim-besar' }) + ' '.repeat(6 * 1024 * 1024);
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.setInputFiles('[data-testid=impor]', { name: 'besar.tim.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await page.waitForSelector('[data-testid=tim]');
  assert.equal(await page.locator('[data-testid=notice-import]').count(), 0);
  await ctx.close();
});
