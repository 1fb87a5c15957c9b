// Trunk post-build hook (see Trunk.toml): writes sw.js into the staging folder from the
// template public/sw.js, listing every file of this build and a version made from their
// contents. Same files, same version: an unchanged build is not offered as new.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('sw-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}

async function walk(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(relative(dir, p).split(sep).join('/'));
  }
  return out;
}

const files = (await walk(dir)).filter((f) => f !== 'sw.js').sort();
const hash = createHash('sha256');
for (const f of files) {
  hash.update(f);
  hash.update(await readFile(join(dir, f)));
}
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(new URL('../public/sw.js', import.meta.url), 'utf8');
const sw = template
  .replace('__VERSION__', version)
  .replace('/*__FILES__*/', files.map((f) => JSON.stringify('./' + f)).join(', '));
await writeFile(join(dir, 'sw.js'), sw);
console.log(`sw-build: sw.js version ${version}, ${files.length} files`);
