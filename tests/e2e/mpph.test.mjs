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
  // Six Utama columns; the leader's Tambahan RHK waits in its own group until asked for.
  assert.equal(heads.length, 6);
  await page.click('[data-testid=tampil-tambahan]');
  assert.equal(await page.locator('[data-testid=matriks] th.kolom').count(), 7);
  assert.equal(await page.locator('[data-testid=matriks] th.kolom').last().locator('.badge').textContent(), 'Tambahan');
  await page.click('[data-testid=tampil-tambahan]');

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
  // A way back to the team, and the team opens at its top.
  await page.evaluate(() => window.scrollTo(0, 400));
  await page.click('[data-testid=kembali-ke-tim]');
  await page.waitForSelector('[data-testid=tim]');
  assert.equal(await page.evaluate(() => window.scrollY), 0);

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

/** A second unit's team file in which Rina (ketua tim in the example team) is a JF
 *  langsung: the same NIP, so the same person. */
function secondTeam() {
  const leader = {
    id: 'setda-pimpinan', nama_draf: 'SKP Sekretaris Daerah 2027',
    header: { instansi: 'Pemerintah Kabupaten Sukamaju', periode: { mulai: '2027-01-01', selesai: '2027-12-31' }, pendekatan: 'kuantitatif', jenis_jabatan: 'JPT' },
    pegawai: { nama: 'Ir. Hendra Wijaya, M.T.', nip: '197001011995031001', pangkat: 'Pembina Utama Madya (IV/d)', jabatan: 'Sekretaris Daerah', unit_kerja: 'Sekretariat Daerah' },
    penilai: { nama: 'Bupati Sukamaju', nip: '', pangkat: '', jabatan: 'Bupati', unit_kerja: '' },
    rhk: [{ id: 'S1', jenis: 'utama', teks: 'Terwujudnya tata kelola jabatan yang efektif di lingkungan Sekretariat Daerah',
      iki: [{ id: 'S1a', teks: 'Persentase jabatan yang memiliki peta jabatan mutakhir', target: { nilai: '100', nilai_maks: '', satuan: '%' }, perspektif: 'proses_bisnis' }] }],
    perilaku: {}, lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] },
  };
  const tim = {
    id: 'tim-setda', nama_unit: 'Sekretariat Daerah', pimpinan: 'setda-pimpinan',
    orang: [{ id: 'rina', nama: 'Rina Marlina, S.Psi.', nip: '198807232012122002', pangkat: 'Penata (III/c)', jabatan: 'Analis Sumber Daya Manusia Aparatur Ahli Muda', peran: 'jf_langsung' }],
    mpph1: { sel: [{ baris: 'rina', kolom: 'S1', teks: 'Tersusunnya peta jabatan Sekretariat Daerah yang mutakhir' }] },
    mpph2: [],
  };
  return JSON.stringify({ format: 'skp-drafter/tim', version: 2, tim, draf: [leader] });
}

async function derive(page) {
  await page.click('[data-testid=tab-turunan]');
  await page.click('[data-testid=hitung-turunan]');
  await page.waitForSelector('[data-testid=rencana]');
  await page.click('[data-testid=terapkan-turunan]');
  await page.waitForSelector('[data-testid=rencana]', { state: 'detached' });
}

const storedDrafts = async (page) => Object.values(await storageSnapshot(page))
  .map((v) => { try { return JSON.parse(v)?.file?.draft; } catch { return null; } })
  .filter(Boolean);

test('the example team: a direct-cascading column adds up, is derived as shares, and a person in two teams sees both', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh-tim]');
  await page.waitForSelector('[data-testid=tim]');
  await page.click('[data-testid=tab-level1]');
  const head = page.locator('[data-testid=matriks] th.kolom[data-kolom="rhk-8"]');
  assert.equal(await head.locator('[data-testid=kaskade]').inputValue(), 'tahapan');
  assert.equal(await head.locator('[data-testid=jumlah-bagian]').textContent(), 'Jumlah bagian: 400 dari 400 Orang ✓');
  // Rina's part drops to 200: the sum says so, at the column.
  const c = await page.$$eval('[data-testid=matriks] th.kolom', (ths) => ths.findIndex((t) => t.dataset.kolom === 'rhk-8'));
  await page.dblclick(`[data-cell="1-${c}"]`);
  await page.fill('[data-cell="1-' + c + '"] textarea', 'Pelatihan klasikal: 200');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('th[data-kolom="rhk-8"] [data-testid=jumlah-bagian]')?.classList.contains('tidak-cocok'));
  assert.equal(await head.locator('[data-testid=jumlah-bagian]').textContent(), 'Jumlah bagian: 350 dari 400 Orang');
  // Another column is made direct by amount, and filled with a number.
  const head1 = page.locator('[data-testid=matriks] th.kolom').nth(0);
  await head1.locator('[data-testid=kaskade]').selectOption('beban_target');
  await page.screenshot({ path: 'bench-results/mpph-langsung.png' }).catch(() => {});
  await derive(page);

  let rina = (await storedDrafts(page)).find((d) => d.pegawai.nama === 'Rina Marlina, S.Psi.');
  const share = rina.rhk.find((r) => r.id === 'mpph1-rhk-8');
  assert.equal(share.teks, 'Meningkatnya jumlah ASN yang mengembangkan kompetensinya melalui pelatihan (Pelatihan klasikal)');
  assert.equal(share.iki[0].target.nilai, '200');
  assert.equal(share.iki[0].target.satuan, 'Orang');
  assert.equal(share.rhk_atasan.id, 'rhk-8');

  // Rina is also in the Sekretariat's team: importing and deriving it adds to her one SKP.
  await page.setInputFiles('[data-testid=impor]', { name: 'setda.tim.json', mimeType: 'application/json', buffer: Buffer.from(secondTeam()) });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=tim] input')].some((i) => i.value === 'Sekretariat Daerah'));
  await derive(page);
  const all = await storedDrafts(page);
  const hers = all.filter((d) => d.pegawai.nip === '198807232012122002');
  assert.equal(hers.length, 1, 'one SKP for Rina');
  rina = hers[0];
  const ids = rina.rhk.map((r) => r.id);
  assert.ok(ids.includes('mpph1-rhk-8') && ids.includes('mpph1-S1'), ids.join(', '));
  assert.equal(rina.rhk.find((r) => r.id === 'mpph1-S1').rhk_atasan.id, 'S1');
  assert.ok(rina.rhk.every((r) => !r.tinjau), 'neither team marks the other\'s RHK');
  // Her draft opens from either team, with both teams' RHK.
  await page.click('[data-testid=tab-orang]');
  await page.locator('[data-testid=orang-row]').first().locator('[data-testid=buka-draf-orang]').click();
  await page.waitForSelector('[data-testid=editor]');
  const rhkTexts = await page.$$eval('[data-testid=rhk-row] .col-rhk textarea', (els) => els.map((e) => e.value));
  assert.ok(rhkTexts.includes('Tersusunnya peta jabatan Sekretariat Daerah yang mutakhir'), rhkTexts.join(' | '));
  assert.ok(rhkTexts.some((t) => t.endsWith('(Pelatihan klasikal)')), rhkTexts.join(' | '));

  // Back in the example team, an RHK with two IKI splits into one column per IKI and joins.
  await page.locator('[data-testid=tim-item]').filter({ hasText: 'contoh' }).click();
  await page.click('[data-testid=tab-level1]');
  const n = await page.locator('[data-testid=matriks] th.kolom').count();
  await page.locator('[data-testid=matriks] th.kolom[data-kolom="rhk-1"] [data-testid=per-iki]').click();
  assert.equal(await page.locator('[data-testid=matriks] th.kolom').count(), n + 1);
  assert.equal(await page.locator('[data-testid=matriks] th.kolom[data-kolom="rhk-1~iki-1b"] .kolom-iki li').textContent(),
    'Persentase layanan administrasi kepegawaian yang diselesaikan sesuai standar waktu layanan');
  await page.locator('[data-testid=matriks] th.kolom[data-kolom="rhk-1~iki-1a"] [data-testid=per-iki]').click();
  assert.equal(await page.locator('[data-testid=matriks] th.kolom').count(), n);
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});
