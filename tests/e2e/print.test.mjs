// The printed SKP in the release build: "Cetak" renders the official form (the same document
// as `skp render`) into a frame and prints it; nothing of the app's screen reaches paper.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('Cetak prints the whole official form of the example, with no screen-only element, on three A4 pages', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  await page.click('[data-testid=cetak]');
  // Read through the parent page: the frame itself sits in the print dialog.
  await page.waitForFunction(() => document.getElementById('cetak-frame')?.contentDocument?.querySelector('.lampiran'));
  const inFrame = (f, arg) => page.evaluate(([f, arg]) => new Function('doc', 'arg', f)(document.getElementById('cetak-frame').contentDocument, arg), [f, arg]);
  const text = await inFrame('return doc.body.textContent');
  for (const s of ['SASARAN KINERJA PEGAWAI', 'PERIODE PENILAIAN', '1 Januari 2027 s.d. 31 Desember 2027', 'PEGAWAI YANG DINILAI',
    'PEJABAT PENILAI KINERJA', 'HASIL KERJA', 'A. UTAMA', 'B. TAMBAHAN', 'PERSPEKTIF', 'PERILAKU KERJA',
    'EKSPEKTASI KHUSUS PIMPINAN', 'Pegawai yang Dinilai', 'Pejabat Penilai Kinerja', 'LAMPIRAN SASARAN KINERJA PEGAWAI']) {
    assert.ok(text.includes(s), s);
  }
  assert.equal(await inFrame("return doc.querySelectorAll('select, input, button, textarea, .temuan, .field-error').length"), 0);
  assert.equal(await inFrame("return doc.querySelectorAll('table.hasil-kerja').length"), 1, 'one HASIL KERJA table');
  // The same document as a PDF: A4, the form on two pages and the lampiran on its own.
  const html = await inFrame('return doc.documentElement.outerHTML');
  const p = await ctx.newPage();
  await p.setContent('<!DOCTYPE html>' + html);
  await p.emulateMedia({ media: 'print' });
  const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 3);
  await p.screenshot({ path: 'bench-results/cetak-contoh.png', fullPage: false }).catch(() => {});
  assert.deepEqual(page.appErrors ?? [], []);
  await ctx.close();
});

test('a team matrix prints every column of the screen, in parts with the names repeated, on A4 landscape', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh-tim]');
  await page.waitForSelector('[data-testid=tim]');
  await page.click('[data-testid=tab-level1]');
  await page.waitForSelector('[data-testid=matriks]');
  await page.click('[data-testid=tampil-tambahan]'); // the leader's Tambahan RHK too: print holds every column
  const onScreen = await page.locator('[data-testid=matriks] th.kolom').count();
  const names = await page.locator('[data-testid=matriks] tbody th.orang').count();
  assert.ok(onScreen >= 1 && names >= 1, `${onScreen} columns, ${names} people`);
  await page.click('[data-testid=cetak-matriks]');
  await page.waitForFunction(() => document.getElementById('cetak-frame')?.contentDocument?.querySelector('.matriks-cetak'));
  const inFrame = (f) => page.evaluate((f) => new Function('doc', f)(document.getElementById('cetak-frame').contentDocument), f);
  const printed = await inFrame("return doc.querySelectorAll('.matriks-cetak thead th').length - 3 * doc.querySelectorAll('.matriks-cetak').length");
  assert.equal(printed, onScreen, 'every column printed once');
  const parts = await inFrame("return doc.querySelectorAll('.matriks-cetak').length");
  assert.equal(await inFrame("return doc.querySelectorAll('.matriks-cetak tbody tr').length"), names * parts, 'every name in every part');
  const html = await inFrame('return doc.documentElement.outerHTML');
  const p = await ctx.newPage();
  await p.setContent('<!DOCTYPE html>' + html);
  await p.emulateMedia({ media: 'print' });
  const pdf = await p.pdf({ preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= parts, `${pages} pages for ${parts} parts`);
  // A4 landscape: about 842 x 595 points.
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/);
  assert.ok(box && Math.round(box[1]) === 842 && Math.round(box[2]) === 595, box?.[0]);
  await p.setViewportSize({ width: 1123, height: 794 });
  await p.screenshot({ path: 'bench-results/cetak-mpph.png' }).catch(() => {});
  assert.deepEqual(page.appErrors ?? [], []);
  await ctx.close();
});
