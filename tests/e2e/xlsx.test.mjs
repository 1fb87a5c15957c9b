// XLSX workbooks from the release build, opened in a real spreadsheet reader (exceljs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { serveDist, launch, openApp } from './harness.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
const ExcelJS = require('exceljs');

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await d.path());
  return { name: d.suggestedFilename(), wb };
}

const texts = (ws) => {
  const out = [];
  ws.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') out.push(c.value); }));
  return out.join('\n');
};

test('the example SKP downloads as an XLSX a spreadsheet reader opens, with every section', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const fetched = [];
  // What the page asks for (the service worker's background precache of every file for
  // offline use is not part of the first load).
  ctx.on('request', (r) => { if (!r.serviceWorker()) fetched.push(new URL(r.url()).pathname); });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  // The workbook writer is a separate module, fetched only when the user exports.
  assert.ok(!fetched.some((p) => p.includes('xlsx-worker')), fetched.join(' '));
  const { name, wb } = await download(page, '[data-testid=ekspor-xlsx]');
  assert.ok(fetched.some((p) => p.endsWith('xlsx-worker_bg.wasm')), fetched.join(' '));
  assert.match(name, /\.xlsx$/);
  assert.equal(wb.worksheets.length, 1);
  const all = texts(wb.worksheets[0]);
  for (const s of ['SASARAN KINERJA PEGAWAI', 'PERIODE PENILAIAN', 'PEGAWAI YANG DINILAI', 'HASIL KERJA', 'A. UTAMA',
    'Meningkatnya kualitas layanan administrasi kepegawaian', 'PERILAKU KERJA', 'LAMPIRAN SASARAN KINERJA PEGAWAI']) {
    assert.ok(all.includes(s), s);
  }
  assert.ok(wb.worksheets[0].model.merges.length > 10, 'title and row-group cells are merged');
  await ctx.close();
});

test('a team downloads as MPPH sheets plus one SKP sheet per member', async () => {
  const { teamBundle } = await import('../../bench/team.mjs');
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  const bundle = teamBundle({ ketua: 2, jf: 1, anggota: 4, nRhk: 3, id: 'tim-kecil' });
  await page.setInputFiles('[data-testid=impor]', { name: 'kecil.tim.json', mimeType: 'application/json', buffer: Buffer.from(bundle) });
  await page.waitForSelector('[data-testid=tim]');
  const { wb } = await download(page, '[data-testid=ekspor-tim-xlsx]');
  const names = wb.worksheets.map((w) => w.name);
  assert.equal(names[0], 'MPPH Level 1');
  assert.equal(names.filter((n) => n.startsWith('Level 2')).length, 2, names.join(', '));
  assert.ok(names.filter((n) => n.startsWith('SKP')).length >= 1, names.join(', '));
  assert.match(texts(wb.worksheets[0]), /MATRIKS PEMBAGIAN PERAN DAN HASIL/);
  await ctx.close();
});
