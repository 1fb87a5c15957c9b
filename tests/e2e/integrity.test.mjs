// The release build's index.html names every script and stylesheet with an integrity hash
// that matches the file shipped (a mismatch and the browser refuses the file: the app never
// starts). scripts/integrity.mjs sets any attribute that does not match; here: the built
// page, and that step on a copy with a wrong hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp, cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DIST } from './harness.mjs';
import { checkIntegrity, integrityTags } from '../../scripts/integrity.mjs';

/** The files whose integrity attribute does not match them. */
const mismatches = async (dir) => (await integrityTags(dir)).filter((t) => t.actual !== t.integrity).map((t) => t.href);

test('every integrity attribute of the built page matches its file', async () => {
  const n = (await integrityTags(DIST)).length;
  assert.ok(n >= 3, `the page names its glue, snippet and stylesheet with hashes (${n})`);
  assert.deepEqual(await mismatches(DIST), []);
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
    assert.deepEqual(await mismatches(dir), [(await integrityTags(dir)).find((t) => t.href.endsWith('inline0.js')).href]);
    await checkIntegrity(dir);
    assert.deepEqual(await mismatches(dir), []);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
