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
