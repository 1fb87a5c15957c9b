// Accessibility: axe-core (WCAG 2.0 and 2.1, levels A and AA) in Chromium on the start page,
// the editor, the MPPH grid, the writing guide and the printed SKP: no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { serveDist, launch, openApp } from './harness.mjs';

const require = createRequire(new URL('../../tools/package.json', import.meta.url));
let srv, browser, axe;
before(async () => {
  axe = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  srv = await serveDist();
  browser = await launch();
});
after(async () => { await browser?.close(); await srv?.close(); });

async function violations(page) {
  await page.addScriptTag({ content: axe });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('no WCAG A/AA violation on the start page, editor, guide, MPPH grid and printed SKP', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(ctx, srv.url);
  assert.deepEqual(await violations(page), [], 'start page');
  await page.click('[data-testid=buka-contoh]');
  await page.waitForSelector('[data-testid=editor]');
  assert.deepEqual(await violations(page), [], 'editor');
  // The printed SKP, as its own document.
  await page.click('[data-testid=cetak]');
  await page.waitForFunction(() => document.getElementById('cetak-frame')?.contentDocument?.querySelector('.lampiran'));
  const html = await page.evaluate(() => document.getElementById('cetak-frame').contentDocument.documentElement.outerHTML);
  const print = await ctx.newPage();
  await print.setContent('<!DOCTYPE html>' + html);
  assert.deepEqual(await violations(print), [], 'printed SKP');
  await print.close();
  await page.click('[data-testid=buka-panduan]');
  await page.waitForSelector('[data-testid=panduan]');
  assert.deepEqual(await violations(page), [], 'guide');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.click('[data-testid=buka-contoh-tim]');
  await page.click('[data-testid=tab-level1]');
  await page.waitForSelector('[data-testid=matriks]');
  assert.deepEqual(await violations(page), [], 'MPPH grid');
  await ctx.close();
});

test('no WCAG A/AA violation in the class features: Tinjau kelas, Predikat (latihan), Mode Kelas, the share dialog', async () => {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-kelas]');
  await page.setInputFiles('[data-testid=kelas-berkas]', ['latihan-ja-jf-2027.skp.json', 'contoh-jf-guru-2027.skp.json']
    .map((n) => ({ name: n, mimeType: 'application/json', buffer: Buffer.from(readFileSync(new URL(`../../public/examples/${n}`, import.meta.url))) })));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kelas-baris]').length === 2);
  assert.deepEqual(await violations(page), [], 'Tinjau kelas');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.click('[data-testid=buka-contoh-tim]');
  await page.click('[data-testid=tab-predikat]');
  await page.waitForSelector('[data-testid=predikat-latihan]');
  assert.deepEqual(await violations(page), [], 'Predikat (latihan)');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.click('[data-testid=buka-contoh]');
  await page.waitForSelector('[data-testid=editor]');
  await page.click('[data-testid=bagikan]');
  await page.waitForSelector('[data-testid=dialog-bagikan]');
  assert.deepEqual(await violations(page), [], 'share dialog');
  await page.click('[data-testid=tutup-bagikan]');
  await page.click('[data-testid=mode-kelas]');
  await page.waitForSelector('[data-testid=nav-bagian]');
  assert.deepEqual(await violations(page), [], 'Mode Kelas');
  for (let i = 0; i < 4; i++) await page.click('[data-testid=bagian-berikutnya]');
  await page.waitForSelector('[data-testid=peragaan]');
  assert.deepEqual(await violations(page), [], 'Sebelum → sesudah');
  await ctx.close();
});
