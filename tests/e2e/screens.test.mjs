// The screens people have: a phone, a projector, a laptop. No page scrolls sideways, nothing
// sticky covers much of the screen, and on a touch screen every button is big enough.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './harness.mjs';

let srv, browser;

// On a phone the rarer toolbar actions are behind "Lainnya": open it first when it shows.
async function toolbarItem(page, testid) {
  if (await page.isVisible('[data-testid=menu-lainnya]')) await page.click('[data-testid=menu-lainnya]');
  await page.click(`[data-testid=${testid}]`);
}
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const SCREENS = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'phone-small', width: 360, height: 740, touch: true },
  { name: 'projector', width: 1024, height: 768, touch: false },
  { name: 'projector-wide', width: 1280, height: 720, touch: false },
  { name: 'laptop', width: 1366, height: 768, touch: false },
  { name: 'desktop', width: 1920, height: 1080, touch: false },
];

for (const s of SCREENS) {
  test(`${s.name} (${s.width}x${s.height}): no sideways scroll, sticky parts small${s.touch ? ', 40 px touch targets' : ''}`, async () => {
    const ctx = await browser.newContext({ viewport: { width: s.width, height: s.height }, hasTouch: s.touch, isMobile: s.touch });
    const page = await openApp(ctx, srv.url);
    await toolbarItem(page, 'buka-contoh');
    await page.waitForSelector('[data-testid=editor]');
    for (const where of ['editor', 'guide', 'team']) {
      if (where === 'guide') await toolbarItem(page, 'buka-panduan');
      if (where === 'team') {
        // The example team opens from the welcome page (no draft open).
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.click('[data-testid=buka-contoh-tim]');
        await page.waitForSelector('[data-testid=tim]');
      }
      await page.evaluate(() => window.scrollTo(0, 600));
      const m = await page.evaluate(() => {
        const sticky = [...document.querySelectorAll('body *')].filter((e) => {
          const st = getComputedStyle(e).position;
          return (st === 'sticky' || st === 'fixed') && e.getBoundingClientRect().height > 0 && e.offsetParent !== null;
        }).map((e) => ({ cls: e.className, h: e.getBoundingClientRect().height, top: e.getBoundingClientRect().top }))
          .filter((x) => x.top < innerHeight && x.top + x.h > 0 && x.top <= 1);
        return { scroll: document.documentElement.scrollWidth, width: innerWidth, height: innerHeight, sticky };
      });
      assert.ok(m.scroll <= m.width, `${where}: the page scrolls sideways (${m.scroll} > ${m.width})`);
      // A phone lays the page out at its own width: one wider element and it zooms the whole
      // page out to fit (the perilaku rows once made a 360 px phone 362 px wide).
      assert.equal(m.width, s.width, `${where}: laid out ${m.width} px wide on a ${s.width} px screen`);
      if (where === 'editor' && s.width >= 360 && s.width <= 700) {
        // The phone's one-row toolbar fits whole: no button cut at the edge.
        const cut = await page.evaluate(() => [...document.querySelectorAll('.toolbar > .btn')]
          .filter((b) => b.offsetParent !== null && b.getBoundingClientRect().right > innerWidth + 0.5)
          .map((b) => b.dataset.testid));
        assert.deepEqual(cut, [], 'every toolbar button is whole');
      }
      if (where === 'editor') {
        // A field the browser scrolls to on focus is never under a sticky or fixed part.
        for (const sel of ['[data-testid=rhk-row] textarea', '.perilaku textarea', '.lampiran input, .lampiran textarea']) {
          const field = page.locator(sel).last();
          if (!(await field.count())) continue;
          await field.focus();
          const hidden = await page.evaluate(() => {
            const f = document.activeElement.getBoundingClientRect();
            return [...document.querySelectorAll('body *')].filter((e) => {
              const st = getComputedStyle(e).position;
              if (!(st === 'sticky' || st === 'fixed') || e.contains(document.activeElement)) return false;
              const r = e.getBoundingClientRect();
              if (r.height === 0 || getComputedStyle(e).visibility === 'hidden') return false;
              return r.top < f.bottom && r.bottom > f.top && r.left < f.right && r.right > f.left && r.top <= 1;
            }).map((e) => String(e.className));
          });
          assert.deepEqual(hidden, [], `${sel}: the focused field is covered`);
        }
      }
      assert.ok(m.sticky.some((x) => String(x.cls).includes('toolbar')), `${where}: the toolbar stays in view`);
      for (const x of m.sticky) assert.ok(x.h <= 0.15 * m.height, `${where}: sticky ${x.cls} is ${x.h} px of ${m.height}`);
    }
    if (s.width < 900) {
      // Stacked rows have no column heads: each field of the form shows its own label.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await toolbarItem(page, 'buka-contoh');
      await page.waitForSelector('[data-testid=editor]');
      const unlabelled = await page.evaluate(() => [...document.querySelectorAll('.tabel-rhk textarea, .tabel-rhk input')]
        .filter((f) => f.offsetParent !== null && f.value)
        .filter((f) => {
          const l = f.closest('label')?.querySelector('.field-label') ?? f.closest('.col-target')?.querySelector('.label-sempit');
          return !l || l.getBoundingClientRect().width < 2;
        })
        .map((f) => f.dataset.field || f.getAttribute('aria-label')));
      assert.deepEqual(unlabelled, [], 'filled fields without a visible label');
    }
    if (s.touch) {
      const small = await page.evaluate(() => [...document.querySelectorAll('.toolbar .btn, .editor-actions .btn, .tab')]
        .filter((b) => b.offsetParent !== null && b.getBoundingClientRect().height < 40).map((b) => b.textContent.trim()));
      assert.deepEqual(small, [], 'buttons under 40 px on a touch screen');
    }
    if (s.width <= 700) {
      // The draft list is a drawer: out of the way until pulled, then over the page, and put
      // away again once a draft is chosen from it.
      await page.evaluate(() => window.scrollTo(0, 0));
      assert.equal(await page.isVisible('[data-testid=draf-item]'), false, 'the draft list is hidden on a phone');
      await page.click('[data-testid=buka-laci]');
      await page.waitForSelector('[data-testid=draf-item]', { state: 'visible' });
      await page.waitForFunction(() => document.getElementById('sidebar').getBoundingClientRect().x >= 0);
      const box = await page.locator('#sidebar').boundingBox();
      assert.ok(box.x >= 0 && box.width <= 0.86 * s.width, `drawer ${JSON.stringify(box)}`);
      await page.screenshot({ path: `bench-results/layar-${s.name}-laci.png` }).catch(() => {});
      await page.locator('[data-testid=draf-item] .draft-open').first().click();
      await page.waitForSelector('[data-testid=draf-item]', { state: 'hidden' });
      // The menu: open, every item reachable, Esc puts it away and focus goes back to its button.
      await page.click('[data-testid=menu-lainnya]');
      for (const id of ['buka-contoh', 'buka-panduan', 'buka-pintasan']) assert.ok(await page.isVisible(`[data-testid=${id}]`), `${id} in the menu`);
      await page.focus('[data-testid=buka-panduan]');
      await page.keyboard.press('Escape');
      assert.equal(await page.isVisible('[data-testid=buka-panduan]'), false, 'Esc closes the menu');
      assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'menu-lainnya');
    } else {
      assert.equal(await page.isVisible('[data-testid=menu-lainnya]'), false, 'no menu button on a wide screen');
      assert.equal(await page.isVisible('[data-testid=buka-laci]'), false, 'no drawer button on a wide screen');
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `bench-results/layar-${s.name}.png` }).catch(() => {});
    assert.deepEqual(page.appErrors, []);
    await ctx.close();
  });
}

test('phone (360x740): every team tab, Tinjau kelas and each Mode Kelas section fit the width', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await openApp(ctx, srv.url);
  const wide = () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.click('[data-testid=buka-contoh-tim]');
  for (const t of ['tab-orang', 'tab-level1', 'tab-level2', 'tab-turunan', 'tab-periksa', 'tab-predikat']) {
    await page.click(`[data-testid=${t}]`);
    assert.ok((await wide()) <= 360, `${t}: ${await wide()} px wide`);
  }
  await toolbarItem(page, 'buka-kelas');
  await page.waitForSelector('[data-testid=tinjau-kelas]');
  assert.ok((await wide()) <= 360, `Tinjau kelas: ${await wide()} px wide`);
  await toolbarItem(page, 'buka-contoh');
  await page.waitForSelector('[data-testid=editor]');
  await toolbarItem(page, 'mode-kelas');
  await page.waitForSelector('[data-testid=nav-bagian]');
  for (let i = 0; i < 5; i++) {
    assert.ok((await wide()) <= 360, `Mode Kelas section ${i + 1}: ${await wide()} px wide`);
    if (i < 4) await page.click('[data-testid=bagian-berikutnya]');
  }
  assert.deepEqual(page.appErrors, []);
  await ctx.close();
});
