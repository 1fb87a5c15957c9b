// The screens people have: a phone, a projector, a laptop. No page scrolls sideways, nothing
// sticky covers much of the screen, and on a touch screen every button is big enough.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './harness.mjs';

let srv, browser;
before(async () => { srv = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await srv?.close(); });

const SCREENS = [
  { name: 'phone', width: 390, height: 844, touch: true },
  { name: 'projector', width: 1024, height: 768, touch: false },
  { name: 'projector-wide', width: 1280, height: 720, touch: false },
  { name: 'laptop', width: 1366, height: 768, touch: false },
];

for (const s of SCREENS) {
  test(`${s.name} (${s.width}x${s.height}): no sideways scroll, sticky parts small${s.touch ? ', 40 px touch targets' : ''}`, async () => {
    const ctx = await browser.newContext({ viewport: { width: s.width, height: s.height }, hasTouch: s.touch, isMobile: s.touch });
    const page = await openApp(ctx, srv.url);
    await page.click('[data-testid=buka-contoh]');
    await page.waitForSelector('[data-testid=editor]');
    for (const where of ['editor', 'guide', 'team']) {
      if (where === 'guide') await page.click('[data-testid=buka-panduan]');
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
      assert.ok(m.sticky.some((x) => String(x.cls).includes('toolbar')), `${where}: the toolbar stays in view`);
      for (const x of m.sticky) assert.ok(x.h <= 0.15 * m.height, `${where}: sticky ${x.cls} is ${x.h} px of ${m.height}`);
    }
    if (s.width < 900) {
      // Stacked rows have no column heads: each field of the form shows its own label.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.click('[data-testid=buka-contoh]');
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
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `bench-results/layar-${s.name}.png` }).catch(() => {});
    assert.deepEqual(page.appErrors, []);
    await ctx.close();
  });
}
