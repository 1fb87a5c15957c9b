// The release build's index.html names every script and stylesheet with an integrity hash
// that matches the file shipped (a mismatch and the browser refuses the file: the app never
// starts). scripts/integrity.mjs sets any attribute that does not match; here: the built
// page, and that step on a copy with a wrong hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, cp, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST } from './harness.mjs';
import { checkIntegrity } from '../../scripts/integrity.mjs';

async function mismatches(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const out = [];
  let n = 0;
  for (const tag of html.match(/<(?:link|script)\b[^>]*\bintegrity=[^>]*>/g) ?? []) {
    const href = tag.match(/\b(?:href|src)=("?)([^"\s>]+)\1/)[2];
    const integrity = tag.match(/\bintegrity=("?)(sha384-[A-Za-z0-9+/=]+)\1/)[2];
    const actual = 'sha384-' + createHash('sha384').update(await readFile(join(dir, href))).digest('base64');
    n += 1;
    if (actual !== integrity) out.push(href);
  }
  return { n, out };
}

test('every integrity attribute of the built page matches its file', async () => {
  const { n, out } = await mismatches(DIST);
  assert.ok(n >= 3, `the page names its glue, snippet and stylesheet with hashes (${n})`);
  assert.deepEqual(out, []);
});

test('the post-build step sets an attribute that does not match its file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'skp-integrity-'));
  try {
    await cp(DIST, dir, { recursive: true });
    const file = join(dir, 'index.html');
    const html = await readFile(file, 'utf8');
    const wrong = 'sha384-' + 'A'.repeat(64);
    const broken = html.replace(/(inline0\.js"?[^>]*\bintegrity=)("?)sha384-[A-Za-z0-9+/=]+/, `$1$2${wrong}`);
    assert.notEqual(broken, html, 'the snippet has an integrity attribute to break');
    await writeFile(file, broken);
    assert.equal((await mismatches(dir)).out.length, 1);
    await checkIntegrity(dir);
    assert.deepEqual((await mismatches(dir)).out, []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
