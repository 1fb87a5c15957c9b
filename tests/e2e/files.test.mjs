// Export and import of draft files in the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, storageSnapshot, exportOpenDraft } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

test('export, then import into a fresh profile, gives the same draft', async () => {
  const a = await browser.newContext({ acceptDownloads: true });
  const pa = await openApp(a, srv.url);
  await pa.click('[data-testid=buka-contoh]');
  await pa.fill('[data-field="penilai/nama"]', 'Ir. Hendra Gunawan, M.M., IPU');
  const first = await exportOpenDraft(pa);
  assert.equal(first.name, 'dr-ratna-wulandari-s-sos-m-si-2027.skp.json');
  const parsed = JSON.parse(first.text);
  assert.equal(parsed.format, 'skp-drafter/draf');
  assert.equal(parsed.version, 3);
  assert.equal(parsed.draft.penilai.nama, 'Ir. Hendra Gunawan, M.M., IPU');
  await a.close();

  const b = await browser.newContext({ acceptDownloads: true }); // a fresh profile
  const pb = await openApp(b, srv.url);
  await pb.setInputFiles('[data-testid=impor]', { name: first.name, mimeType: 'application/json', buffer: Buffer.from(first.text) });
  await pb.waitForSelector('[data-testid=editor]');
  const second = await exportOpenDraft(pb);
  assert.deepEqual(JSON.parse(second.text), parsed);
  await b.close();
});

test('a malformed file shows where it is wrong and changes no draft', async () => {
  const ctx = await browser.newContext();
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  const before = await storageSnapshot(page);
  const broken = '{\n  "format": "skp-drafter/draf",\n  "version": 2,\n  "draft": { "id": "x", }\n}';
  await page.setInputFiles('[data-testid=impor]', { name: 'rusak.skp.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  const notice = await page.waitForSelector('[data-testid=notice-import]');
  const text = await notice.textContent();
  assert.match(text, /rusak\.skp\.json/);
  assert.match(text, /baris 4, kolom/);
  assert.match(text, /Tidak ada draf yang berubah/);

  const wrongField = JSON.stringify({ format: 'skp-drafter/draf', version: 2, draft: { id: 'y', nama_draf: 1 } });
  await page.setInputFiles('[data-testid=impor]', { name: 'salah.skp.json', mimeType: 'application/json', buffer: Buffer.from(wrongField) });
  await page.waitForFunction(() => document.querySelector('[data-testid=notice-import]')?.textContent.includes('salah.skp.json'));
  assert.match(await page.textContent('[data-testid=notice-import]'), /\$\.draft\.nama_draf/);

  const newer = JSON.stringify({ format: 'skp-drafter/draf', version: 9, draft: {} });
  await page.setInputFiles('[data-testid=impor]', { name: 'baru.skp.json', mimeType: 'application/json', buffer: Buffer.from(newer) });
  await page.waitForFunction(() => document.querySelector('[data-testid=notice-import]')?.textContent.includes('lebih baru'));

  assert.deepEqual(await storageSnapshot(page), before);
  assert.equal(await page.locator('[data-testid=draf-item]').count(), 1);
  await ctx.close();
});

test('importing a draft that exists asks: replace or keep both; a dropped file imports', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  const file = await exportOpenDraft(page);
  await page.setInputFiles('[data-testid=impor]', { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.waitForSelector('[data-testid=dialog-impor]');
  await page.click('[data-testid=impor-keduanya]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=draf-item]').length === 2);

  // Drop the same file on the page: asked again; replace keeps the count at two.
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dijatuhkan.skp.json', { type: 'application/json' }));
    document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, file.text);
  await page.waitForSelector('[data-testid=dialog-impor]');
  await page.click('[data-testid=impor-ganti]');
  await page.waitForSelector('[data-testid=dialog-impor]', { state: 'detached' });
  assert.equal(await page.locator('[data-testid=draf-item]').count(), 2);
  await ctx.close();
});

test('several files at once: each existing one is asked about by name, an error stays beside the successes, and undo keeps imports', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await openApp(ctx, srv.url);
  await page.click('[data-testid=buka-contoh]');
  const file = await exportOpenDraft(page);
  const d = JSON.parse(file.text);
  const variant = (name, id) => {
    const v = structuredClone(d);
    v.draft.pegawai.nama = name;
    if (id) v.draft.id = id;
    return { name: `${name.toLowerCase().split(' ')[0]}.skp.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v)) };
  };
  await page.setInputFiles('[data-testid=impor]', [
    variant('Sari Wulandari'),
    { name: 'rusak.skp.json', mimeType: 'application/json', buffer: Buffer.from('{ bukan json') },
    variant('Tono Prasetyo', 'draf-tono'),
    variant('Umar Said'),
  ]);
  await page.waitForSelector('[data-testid=dialog-impor]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dialog-impor]')?.textContent.includes('1 berkas lain menunggu'));
  assert.match(await page.textContent('[data-testid=dialog-impor]'), /sari\.skp\.json.*Sari Wulandari/s);
  await page.click('[data-testid=impor-keduanya]');
  await page.waitForFunction(() => document.querySelector('[data-testid=dialog-impor]')?.textContent.includes('umar.skp.json'));
  await page.click('[data-testid=impor-keduanya]');
  await page.waitForSelector('[data-testid=dialog-impor]', { state: 'detached' });
  assert.equal(await page.locator('[data-testid=draf-item]').count(), 4);
  assert.match(await page.textContent('[data-testid=notice-import]'), /rusak\.skp\.json/);
  const infos = await page.locator('[data-testid=notice-info]').allTextContents();
  assert.ok(infos.some((t) => t.includes('tono.skp.json')), infos.join(' | '));

  // Editing an imported draft and pressing Urungkan twice leaves the import in place.
  await page.fill('[data-field="header/instansi"]', 'Diubah');
  await page.click('[data-testid=urungkan]');
  assert.ok(await page.isDisabled('[data-testid=urungkan]'), 'the import itself is not an undo step');
  await page.keyboard.press('Control+z');
  await page.reload();
  await page.waitForSelector('[data-testid=draf-item]');
  assert.equal(await page.locator('[data-testid=draf-item]').count(), 4);
  await ctx.close();
});
