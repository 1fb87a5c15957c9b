// Trunk post-build hook (see Trunk.toml), on the staging folder: the page's loader compiles
// the editor module while it downloads (scripts/loader.mjs), every integrity attribute is
// made to match its file (scripts/integrity.mjs), then sw.js lists the build's files,
// index.html as rewritten included (scripts/sw-build.mjs).
import { rewriteLoader } from './loader.mjs';
import { checkIntegrity } from './integrity.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
await rewriteLoader(dir);
await checkIntegrity(dir);
await import('./sw-build.mjs');
