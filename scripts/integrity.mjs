// Trunk post-build step (run by scripts/post-build.mjs): every `integrity` attribute in
// index.html matches the file the build leaves.
//
// Why: the editor module and the full module are two binaries of one crate, so Trunk's two
// pipelines write the crate's JavaScript snippet to the same path
// (`snippets/skp-drafter-<hash>/inline0.js`), one minified and one not, in whichever order
// they finish. The page's integrity attribute comes from one pipeline and the file on disk
// may come from the other; the browser then refuses the snippet and the app never starts
// (seen once in a local build). Both copies are the same code, so the attribute is set to the
// file that is there. A referenced file that is missing fails the build.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Each tag of `dir`'s index.html with an integrity attribute: the file it names, the
 * attribute, and the hash of the file as it is. */
export async function integrityTags(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const out = [];
  for (const tag of html.match(/<(?:link|script)\b[^>]*\bintegrity=[^>]*>/g) ?? []) {
    const href = tag.match(/\b(?:href|src)=("?)([^"\s>]+)\1/)?.[2];
    const integrity = tag.match(/\bintegrity=("?)(sha(?:256|384|512)-[A-Za-z0-9+/=]+)\1/)?.[2];
    if (!href || !integrity) continue;
    const algo = integrity.slice(0, 6);
    let body;
    try {
      body = await readFile(join(dir, href));
    } catch {
      throw new Error(`integrity: ${href} is named in index.html but not in the build`);
    }
    out.push({ tag, href, integrity, actual: `${algo}-${createHash(algo).update(body).digest('base64')}` });
  }
  return out;
}

export async function checkIntegrity(dir) {
  const wrong = (await integrityTags(dir)).filter((t) => t.actual !== t.integrity);
  if (!wrong.length) return;
  const file = join(dir, 'index.html');
  let html = await readFile(file, 'utf8');
  for (const { tag, href, integrity, actual } of wrong) {
    html = html.replace(tag, tag.replace(integrity, actual));
    console.log(`integrity: ${href} was written by two pipelines; its attribute now matches the file`);
  }
  await writeFile(file, html);
}
