// What trainers use in class: the class table of many participants' files, and the predikat
// role-play on a team.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serveDist, launch, openApp } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const example = (name) => ({ name, mimeType: 'application/json', buffer: readFileSync(new URL(`../../public/examples/${name}`, import.meta.url)) });

test('Tinjau kelas: many files at once, one row each, a bad file said, a row opens read-only, CSV', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-kelas]');
  await page.waitForSelector('[data-testid=tinjau-kelas]');
  await page.setInputFiles('[data-testid=kelas-berkas]', [
    example('contoh-jf-guru-2027.skp.json'),
    example('latihan-ja-jf-2027.skp.json'),
    example('latihan-jpt-2027.skp.json'),
    { name: 'rusak.skp.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "skp-drafter/draf", "version": 3, "draft": [') },
  ]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kelas-baris]').length === 4);
  const rows = await page.$$eval('[data-testid=kelas-baris]', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent.trim())));
  const guru = rows.find((r) => r[0].includes('Siti'));
  assert.equal(guru[5], '0', 'the example has no kesalahan');
  assert.equal(guru[6], '0', 'nor peringatan');
  const latihan = rows.find((r) => r[0].startsWith('Latihan') || r[2].includes('Penyuluh'));
  assert.ok(Number(latihan[5]) > 0, `latihan has kesalahan: ${latihan}`);
  const jpt = rows.find((r) => r[3].startsWith('JPT'));
  assert.match(jpt[8], /^1\/4 \(belum: /);
  assert.ok(rows.some((r) => r[0].includes('rusak.skp.json') && r[0].includes('Tidak terbaca')), JSON.stringify(rows));
  assert.ok(await page.isVisible('[data-testid=kelas-aturan]'));
  // Nothing was imported: the trainer's own list is untouched.
  assert.equal(await page.locator('[data-testid=draf-item]').count(), 0);

  // A row opens read-only: the printed form and the findings, then back to the same table.
  await page.locator('[data-testid=kelas-buka]', { hasText: 'Siti' }).click();
  await page.waitForSelector('[data-testid=kelas-pratinjau]');
  const frame = page.frameLocator('.pratinjau-cetak');
  await frame.locator('text=SASARAN KINERJA PEGAWAI').first().waitFor();
  assert.equal(await page.locator('[data-testid=kelas-pratinjau] input, [data-testid=kelas-pratinjau] textarea').count(), 0, 'nothing to edit');
  await page.click('[data-testid=kelas-kembali]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kelas-baris]').length === 4);

  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=kelas-csv]')]);
  assert.equal(dl.suggestedFilename(), 'tinjauan-kelas.csv');
  const csv = readFileSync(await dl.path(), 'utf8');
  assert.equal(csv.trim().split('\n').length, 5, csv);
  assert.ok(csv.includes('Aturan terbanyak'));
  await page.screenshot({ path: 'bench-results/tinjau-kelas.png', fullPage: true }).catch(() => {});
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('Predikat (latihan): the kuadran per person and the spread against the unit predikat', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh-tim]');
  await page.waitForSelector('[data-testid=tim]');
  await page.click('[data-testid=tab-predikat]');
  await page.waitForSelector('[data-testid=predikat-latihan]');
  const n = await page.locator('[data-testid=predikat-baris]').count();
  assert.ok(n >= 3, `${n} people`);
  const rate = async (i, hasil, perilaku) => {
    const row = page.locator('[data-testid=predikat-baris]').nth(i);
    await row.locator('[data-testid=rating-hasil]').selectOption(hasil);
    await row.locator('[data-testid=rating-perilaku]').selectOption(perilaku);
  };
  // Everyone Baik: a Baik unit allows at most 70% Baik and needs someone below it.
  for (let i = 0; i < n; i++) await rate(i, 'sesuai_ekspektasi', 'sesuai_ekspektasi');
  assert.equal(await page.locator('[data-testid=predikat-orang]').first().textContent(), 'Baik');
  let syarat = await page.$$eval('[data-testid=syarat-item]', (li) => li.map((l) => [l.className, l.textContent]));
  assert.ok(syarat.every(([c]) => c.includes('gagal')), JSON.stringify(syarat));
  // One Sangat Baik (above/above) and one Kurang/Misconduct (above/below).
  await rate(0, 'diatas_ekspektasi', 'diatas_ekspektasi');
  await rate(1, 'diatas_ekspektasi', 'dibawah_ekspektasi');
  assert.equal(await page.locator('[data-testid=predikat-orang]').nth(0).textContent(), 'Sangat Baik');
  assert.equal(await page.locator('[data-testid=predikat-orang]').nth(1).textContent(), 'Kurang/Misconduct');
  syarat = await page.$$eval('[data-testid=syarat-item]', (li) => li.map((l) => l.className));
  assert.ok(syarat[1].includes('ok'), 'someone is below Baik now');
  // The limits are editable and the chart follows.
  await page.locator('[data-testid=batas-persen]').first().fill('100');
  await page.locator('[data-testid=batas-persen]').first().dispatchEvent('change');
  await page.waitForSelector('[data-testid=batas-bawaan]');
  assert.ok((await page.$$eval('[data-testid=syarat-item]', (li) => li.map((l) => l.className))).every((c) => c.includes('ok')));
  assert.ok(await page.isVisible('[data-testid=grafik-predikat]'));
  // Kept with the team across a reload.
  await page.reload();
  await page.locator('[data-testid=tim-item] button').first().click();
  await page.click('[data-testid=tab-predikat]');
  assert.equal(await page.locator('[data-testid=predikat-orang]').nth(0).textContent(), 'Sangat Baik');
  await page.screenshot({ path: 'bench-results/predikat-latihan.png', fullPage: true }).catch(() => {});
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('Bagikan tautan: the whole draft in the link, previewed and imported only on confirmation; damaged and oversized links said', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  const requested = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.click('[data-testid=buka-contoh]');
  await page.waitForSelector('[data-testid=editor]');
  // Links are made and read by the full module: fetched on the first "Bagikan tautan".
  assert.ok(!requested.some((u) => u.includes('skp-lengkap')), 'no full module before sharing');
  await page.click('[data-testid=bagikan]');
  await page.waitForSelector('[data-testid=dialog-bagikan]');
  assert.ok(requested.some((u) => u.includes('skp-lengkap_bg.wasm')));
  assert.equal(await page.locator('.notice', { hasText: 'Menyiapkan tautan' }).count(), 0, 'the loading note goes');
  assert.match(await page.inputValue('[data-field="pegawai/nama"]'), /Ratna Wulandari/, 'the same draft stays open');
  const link = await page.inputValue('[data-testid=tautan]');
  assert.match(link, /#bagikan=1\.[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 6000, `the example fits a short link (${link.length})`);
  // The QR code for the projector: its module is fetched only now, and draws a square code.
  assert.ok(!requested.some((u) => u.includes('qr-worker')), 'no QR module before it is asked for');
  await page.click('[data-testid=tampilkan-qr]');
  await page.waitForSelector('[data-testid=kode-qr] svg');
  assert.ok(requested.some((u) => u.includes('qr-worker')));
  const vb = await page.getAttribute('[data-testid=kode-qr] svg', 'viewBox');
  const side = Number(vb.split(' ')[2]) - 8;
  assert.ok(side >= 21 && (side - 17) % 4 === 0, `a QR code side: ${vb}`);
  await page.screenshot({ path: 'bench-results/kode-qr.png' }).catch(() => {});
  await page.click('[data-testid=tutup-bagikan]');

  // A colleague opens it in their own browser: a preview first, nothing stored yet.
  const ctx2 = await browser.newContext();
  const other = await ctx2.newPage();
  other.appErrors = [];
  other.on('pageerror', (e) => other.appErrors.push(String(e)));
  await other.goto(link);
  await other.waitForSelector('[data-testid=dialog-tautan-masuk]');
  assert.equal(await other.locator('.notice', { hasText: 'Membuka draf dari tautan' }).count(), 0, 'the loading note goes');
  assert.match(await other.textContent('[data-testid=tautan-nama]'), /Contoh SKP JPT 2027/);
  assert.equal(await other.locator('[data-testid=draf-item]').count(), 0, 'nothing imported before the click');
  assert.ok(!(await other.evaluate(() => location.hash)), 'the link leaves the address bar');
  await other.click('[data-testid=impor-tautan]');
  await other.waitForSelector('[data-testid=editor]');
  assert.equal(await other.locator('[data-testid=draf-item]').count(), 1);
  assert.equal(await other.inputValue('[data-field="pegawai/nama"]'), 'Dr. Ratna Wulandari, S.Sos., M.Si.');
  const rhk = await other.locator('[data-testid=rhk-row]').count();
  assert.ok(rhk >= 4, `${rhk} RHK`);
  // Reloading does not offer it again.
  await other.reload();
  await other.waitForSelector('[data-testid=editor]');
  assert.equal(await other.locator('[data-testid=dialog-tautan-masuk]').count(), 0);

  // The same link opened again in this tab (no reload: the fragment changes): asked again,
  // and cancelling imports nothing.
  await other.goto(link);
  await other.waitForSelector('[data-testid=dialog-tautan-masuk]');
  await other.click('[data-testid=batal-tautan]');
  assert.equal(await other.locator('[data-testid=draf-item]').count(), 1);

  // A link cut short on its way: said in Indonesian, nothing changes.
  await other.goto(link.slice(0, Math.floor(link.length * 0.6)));
  await other.waitForSelector('.notice.error');
  assert.match(await other.textContent('.notice.error'), /tautan tidak dibuka/i);
  assert.equal(await other.locator('[data-testid=draf-item]').count(), 1);
  assert.deepEqual(other.appErrors, []);
  await ctx2.close();

  // A draft too large for a link: the file is offered instead.
  const big = JSON.parse(readFileSync(new URL('../../public/examples/contoh-skp-jpt-2027.skp.json', import.meta.url), 'utf8'));
  big.draft.id = 'besar';
  big.draft.nama_draf = 'Draf besar';
  let seed = 7;
  const rnd = () => { seed = (seed * 48271) % 2147483647; return seed; };
  const word = () => Array.from({ length: 40 }, () => 'abcdefghijklmnopqrstuvwxyz'[rnd() % 26]).join('');
  big.draft.rhk = Array.from({ length: 200 }, (_, i) => ({ ...big.draft.rhk[0], id: `r${i}`, teks: `Meningkatnya ${word()} ${word()} ${word()} ${word()}`, iki: big.draft.rhk[0].iki.map((k, j) => ({ ...k, id: `r${i}i${j}`, teks: `Persentase ${word()} ${word()} ${word()}` })) }));
  await page.setInputFiles('[data-testid=impor]', { name: 'besar.skp.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await page.waitForFunction(() => document.querySelector('[data-field="nama_draf"]')?.value === 'Draf besar');
  await page.click('[data-testid=bagikan]');
  await page.waitForFunction(() => [...document.querySelectorAll('.notice')].some((n) => n.textContent.includes('terlalu besar untuk satu tautan')));
  assert.equal(await page.locator('[data-testid=dialog-bagikan]').count(), 0);
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('Examples for every jabatan: picked on the welcome page, each opens clean; a latihan has findings; Mulai ulang dari contoh puts one back (undoable)', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  const picks = await page.$$eval('[data-testid=pilih-contoh]', (b) => b.map((x) => x.dataset.berkas));
  assert.ok(picks.length >= 11, picks.join());
  for (const berkas of ['contoh-jf-guru-2027.skp.json', 'contoh-kualitatif-2027.skp.json', 'latihan-ja-jf-2027.skp.json']) {
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.click(`[data-testid=pilih-contoh][data-berkas="${berkas}"]`);
    await page.waitForSelector('[data-testid=editor]');
    if (await page.isVisible('[data-testid=periksa-semua]')) await page.click('[data-testid=periksa-semua]');
    const e = parseInt(await page.textContent('[data-testid=jumlah-error]'), 10);
    const w = parseInt(await page.textContent('[data-testid=jumlah-warning]'), 10);
    if (berkas.startsWith('latihan')) assert.ok(e > 0, `${berkas}: ${e} kesalahan`);
    else assert.deepEqual([e, w], [0, 0], berkas);
  }
  // Practise on the latihan, then start over: the example comes back, and Ctrl+Z undoes that.
  const first = page.locator('[data-testid=rhk-row] textarea').first();
  const before = await first.inputValue();
  await first.fill('Sudah saya perbaiki');
  await page.click('[data-testid=mulai-ulang-contoh]');
  await page.waitForFunction((t) => document.querySelector('[data-testid=rhk-row] textarea').value === t, before);
  await page.click('[data-testid=urungkan]');
  await page.waitForFunction(() => document.querySelector('[data-testid=rhk-row] textarea').value === 'Sudah saya perbaiki');
  assert.equal(await page.locator('[data-testid=draf-item]').count(), 1, 'one draft, reset in place');
  await page.screenshot({ path: 'bench-results/contoh-latihan.png' }).catch(() => {});
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});

test('Mode Kelas at 1024x768: large type, no side panels, one section at a time (buttons and PageDown), before → after with its rule, kept per browser', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=pilih-contoh][data-berkas="latihan-ja-jf-2027.skp.json"]');
  await page.waitForSelector('[data-testid=editor]');
  const normal = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.click('[data-testid=mode-kelas]');
  await page.waitForSelector('[data-testid=nav-bagian]');
  const big = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  assert.ok(big >= normal * 1.25, `${normal} → ${big}`);
  assert.equal(await page.isVisible('.sidebar'), false, 'side panels hidden');
  const bar = await page.locator('.toolbar').boundingBox();
  assert.ok(bar.height <= 0.15 * 768, `the toolbar stays one slim row (${bar.height} px)`);
  const toggle = await page.locator('[data-testid=mode-kelas]').boundingBox();
  assert.ok(toggle.x + toggle.width <= 1024, 'Mode Kelas stays in view to switch it off');
  // Section 1: identity only.
  assert.ok(await page.isVisible('[data-field="pegawai/nama"]'));
  assert.equal(await page.locator('[data-testid=rhk-row]').count(), 0);
  await page.click('[data-testid=bagian-berikutnya]');
  assert.ok(await page.locator('[data-testid=rhk-row]').count() > 0, 'section 2: hasil kerja');
  await page.screenshot({ path: 'bench-results/mode-kelas-hasil-kerja.png' }).catch(() => {});
  const wide = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth,
    clipped: [...document.querySelectorAll('[data-testid=rhk-row] input, [data-testid=rhk-row] textarea, [data-testid=rhk-row] select')]
      .filter((e) => e.getBoundingClientRect().right > document.querySelector('[data-testid=editor]').getBoundingClientRect().right + 1).length }));
  assert.ok(wide.scroll <= wide.width && wide.clipped === 0, `the form fits the projector: ${JSON.stringify(wide)}`);
  assert.equal(await page.locator('[data-field="pegawai/nama"]').count(), 0);
  // A presenter's clicker sends PageDown: next section (outside a text field).
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  assert.ok(!fetched.some((u) => u.includes('skp-lengkap')), 'the form sections need no full module');
  // "Sebelum → sesudah" shows the rule cards, which come with the full module.
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-testid=peragaan]');
  assert.ok(fetched.some((u) => u.includes('skp-lengkap_bg.wasm')));
  const sebelum = await page.textContent('[data-testid=peragaan-sebelum]');
  const sesudah = await page.textContent('[data-testid=peragaan-sesudah]');
  assert.notEqual(sebelum, sesudah);
  assert.ok((await page.textContent('[data-testid=peragaan-aturan]')).length > 5);
  await page.click('[data-testid=peragaan-berikutnya]');
  assert.notEqual(await page.textContent('[data-testid=peragaan-sebelum]'), sebelum, 'the next phrase');
  const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: innerWidth }));
  assert.ok(m.scroll <= m.width, `no sideways scroll (${m.scroll})`);
  await page.screenshot({ path: 'bench-results/mode-kelas.png' }).catch(() => {});
  // Kept per browser: still on after a reload.
  await page.reload();
  await page.waitForSelector('[data-testid=nav-bagian]');
  await page.click('[data-testid=mode-kelas]');
  await page.waitForSelector('[data-testid=nav-bagian]', { state: 'detached' });
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});
