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

test('every control of an RHK row and its IKI rows edits the draft', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  const draft = () => page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith('skp-drafter:draf:'));
    return JSON.parse(localStorage.getItem(k)).file.draft;
  });
  const until = (f, what) => page.waitForFunction(f, null, { timeout: 5000 }).catch(async () => {
    const seen = await page.evaluate(() => [...document.querySelectorAll('[data-testid=rhk-row] textarea')].map((t) => t.value).join(' | '));
    throw new Error(`${what}: the rows show ${seen}`);
  });
  await page.click('[data-testid=draf-baru]');
  await page.click('[data-testid=tambah-rhk-utama]');
  await until(() => document.activeElement?.matches('[data-testid=rhk-row] .col-rhk textarea'), 'focus in the first RHK');
  // On a new draft an empty field is said to be empty once the user has left it.
  assert.equal(await page.locator('[data-rule="rhk.kosong"]').count(), 0);
  await page.keyboard.press('Tab');
  await until(() => !!document.querySelector('[data-testid=rhk-row] .col-rhk [data-rule="rhk.kosong"]'), 'leaving an empty RHK');
  await page.focus('[data-testid=rhk-row] .col-rhk textarea');
  await page.keyboard.type('Tersusunnya laporan evaluasi layanan');
  await page.fill('[data-testid=rhk-row] .col-atasan textarea', 'Meningkatnya kualitas layanan kepegawaian');
  await page.fill('[data-testid=iki-row] textarea', 'Jumlah laporan yang disetujui');

  // "+ IKI" adds an IKI and puts the cursor in it; Ctrl+Enter there adds the next one.
  await page.click('[data-testid=tambah-iki]');
  await until(() => document.querySelectorAll('[data-testid=iki-row]').length === 2
    && document.activeElement === document.querySelectorAll('[data-testid=iki-row] textarea')[1], '+ IKI');
  await page.keyboard.type('Persentase laporan tepat waktu');
  await page.keyboard.press('Control+Enter');
  // The new row takes the focus on the next frame: wait for it before typing.
  await until(() => document.querySelectorAll('[data-testid=iki-row]').length === 3
    && document.activeElement === document.querySelectorAll('[data-testid=iki-row] textarea')[2], 'Ctrl+Enter in an IKI');
  await page.keyboard.type('Ketiga');

  // Selects and the range's upper bound.
  const iki = page.locator('[data-testid=iki-row]');
  await iki.nth(0).locator('select[aria-label=Aspek]').selectOption('waktu');
  await iki.nth(0).locator('input[aria-label^="Target maksimum"]').fill('6');
  // Buttons: remove the third IKI, move the first down.
  await iki.nth(2).locator('button[aria-label="Hapus IKI"]').click();
  await until(() => document.querySelectorAll('[data-testid=iki-row]').length === 2, 'Hapus IKI');
  await iki.nth(0).locator('button[aria-label="Turunkan IKI"]').click();
  await until(() => [...document.querySelectorAll('[data-testid=iki-row] textarea')].map((t) => t.value).join('|')
    === 'Persentase laporan tepat waktu|Jumlah laporan yang disetujui', 'Turunkan IKI');

  let d = await draft();
  assert.equal(d.rhk.length, 1);
  assert.equal(d.rhk[0].teks, 'Tersusunnya laporan evaluasi layanan');
  assert.equal(d.rhk[0].rhk_atasan.teks, 'Meningkatnya kualitas layanan kepegawaian');
  assert.deepEqual(d.rhk[0].iki.map((i) => i.teks), ['Persentase laporan tepat waktu', 'Jumlah laporan yang disetujui']);
  assert.equal(d.rhk[0].iki[1].aspek, 'waktu');
  assert.equal(d.rhk[0].iki[1].target.nilai_maks, '6');
  // The select shows what the draft holds, after the move too.
  assert.equal(await iki.nth(1).locator('select[aria-label=Aspek]').inputValue(), 'waktu');

  // A second RHK; the jenis select moves the first to B. TAMBAHAN; ↑ and ✕ on rows.
  const fresh = () => until(() => document.activeElement?.matches('[data-testid=rhk-row] .col-rhk textarea')
    && document.activeElement.value === '', 'focus in the new RHK');
  await page.click('[data-testid=tambah-rhk-utama]');
  await fresh();
  await page.keyboard.type('Terlaksananya layanan konsultasi');
  await page.locator('[data-testid=rhk-row]').nth(0).locator('select[aria-label="Jenis RHK"]').selectOption('tambahan');
  await until(() => document.querySelector('[data-jenis=tambahan] [data-testid=rhk-row] .col-rhk textarea')?.value
    === 'Tersusunnya laporan evaluasi layanan', 'Jenis RHK');
  await page.click('[data-testid=tambah-rhk-tambahan]');
  await fresh();
  await page.keyboard.type('Tersedianya data pegawai');
  const tambahan = page.locator('[data-jenis=tambahan] [data-testid=rhk-row]');
  await tambahan.nth(1).locator('button[aria-label="Naikkan RHK"]').click();
  await until(() => [...document.querySelectorAll('[data-jenis=tambahan] [data-testid=rhk-row] .col-rhk textarea')]
    .map((t) => t.value).join('|') === 'Tersedianya data pegawai|Tersusunnya laporan evaluasi layanan', 'Naikkan RHK');
  await tambahan.nth(0).locator('[data-testid=hapus-rhk]').click();
  await until(() => document.querySelectorAll('[data-testid=rhk-row]').length === 2, 'Hapus RHK');
  d = await draft();
  assert.deepEqual(d.rhk.map((r) => `${r.jenis}: ${r.teks}`).sort(),
    ['tambahan: Tersusunnya laporan evaluasi layanan', 'utama: Terlaksananya layanan konsultasi']);
  // The numbers follow the rows, within each group.
  assert.deepEqual(await page.locator('[data-testid=rhk-row] .col-no').allTextContents(), ['1', '1']);

  // An RHK without IKI says so and offers one.
  const utama = page.locator('[data-jenis=utama] [data-testid=rhk-row]');
  await utama.locator('button[aria-label="Hapus IKI"]').click();
  await until(() => document.querySelector('[data-jenis=utama] [data-testid=rhk-row] .hint')?.textContent.includes('Belum ada IKI'), 'no IKI');
  await utama.locator('.hint button').click();
  await until(() => document.querySelectorAll('[data-jenis=utama] [data-testid=iki-row]').length === 1
    && !document.querySelector('[data-jenis=utama] .hint'), '+ Tambah IKI');

  // An RHK marked for review (its leader's RHK changed): the note, and "Sudah ditinjau".
  await page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith('skp-drafter:draf:'));
    const s = JSON.parse(localStorage.getItem(k));
    s.file.draft.rhk.find((r) => r.jenis === 'utama').tinjau = 'RHK atasan berubah';
    localStorage.setItem(k, JSON.stringify(s));
  });
  await page.reload();
  await page.waitForSelector('[data-testid=tinjau]');
  assert.match(await page.textContent('[data-jenis=utama] [data-testid=tinjau]'), /Perlu ditinjau RHK atasan berubah/);
  assert.equal(await page.locator('[data-testid=tinjau]').count(), 1);
  await page.click('[data-testid=tinjau] button');
  await until(() => !document.querySelector('[data-testid=tinjau]'), 'Sudah ditinjau');
  assert.ok((await draft()).rhk.every((r) => !r.tinjau));

  // SKP JPT: the perspektif select of an IKI moves its RHK to that perspektif's section.
  await page.click('[data-testid=buka-contoh]');
  await page.waitForSelector('[data-testid=perspektif-penerima_layanan] [data-testid=iki-row]');
  const first = page.locator('[data-testid=perspektif-penerima_layanan] [data-testid=iki-row]').first();
  const text = await first.locator('textarea').inputValue();
  await first.locator('select[aria-label=Perspektif]').selectOption('anggaran');
  await page.waitForFunction((t) => [...document.querySelectorAll('[data-testid=perspektif-anggaran] [data-testid=iki-row] textarea')]
    .some((e) => e.value === t), text, { timeout: 5000 });
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});
