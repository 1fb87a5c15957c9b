// Trunk post-build step (run by scripts/post-build.mjs): the page starts compiling the editor
// module while it downloads.
//
// Why: Trunk's loader is a module script, which runs after the page has been read and its
// JavaScript glue fetched; only then does it ask for the wasm, already downloaded by a
// preload, and the browser starts decoding and compiling it. Measured (README, Benchmarks):
// the app's main function was entered about 20 ms later than when an ordinary script at the
// top of the page starts `WebAssembly.compileStreaming` at once, and ready moved with it.
//
// This replaces Trunk's loader in index.html with the same loader handed that compiled
// module (or, where the browser cannot compile while downloading, the wasm's path, as
// before), and drops the wasm's preload, which the early fetch takes the place of.
// Everything else Trunk wrote stays: the glue's module preload, window.wasmBindings and the
// TrunkApplicationStarted event. A Trunk whose loader looks different fails the build.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function rewriteLoader(dir) {
  // Only the app's builds (the benchmark's TodoMVC reference shares this Trunk.toml).
  if (!(await readdir(dir)).some((f) => /^skp-drafter-[0-9a-f]+_bg\.wasm$/.test(f))) return;
  const file = join(dir, 'index.html');
  const html = await readFile(file, 'utf8');
  const loader = /<script type="?module"?>\s*import init, \* as bindings from '(\.\/skp-drafter-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/skp-drafter-[0-9a-f]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
  const m = html.match(loader);
  if (!m) throw new Error("loader: Trunk's loader for skp-drafter was not found in index.html");
  const [whole, js, wasm] = m;
  const preload = new RegExp(`<link[^>]*href="?${wasm.replace(/[.]/g, '\\.')}"?[^>]*>`);
  if (!preload.test(html)) throw new Error("loader: the wasm's preload was not found in index.html");
  const early = `<script>
      // The editor module is compiled while it downloads (scripts/loader.mjs).
      window.skpModul = typeof WebAssembly === 'object' && WebAssembly.compileStreaming
        ? WebAssembly.compileStreaming(fetch('${wasm}')) : null;
      if (window.skpModul) window.skpModul.catch(function () {});
    </script>`;
  const module = `<script type="module">
      import init, * as bindings from '${js}';
      // A module the browser could not compile early (no streaming compilation, a server
      // that does not say application/wasm): the loader fetches the path itself, as before.
      const modul = window.skpModul && await window.skpModul.catch(() => null);
      const wasm = await init({ module_or_path: modul || '${wasm}' });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
    </script>`;
  await writeFile(file, html.replace(whole, early + module).replace(preload, ''));
  console.log(`loader: ${wasm} is compiled while it downloads`);
}
