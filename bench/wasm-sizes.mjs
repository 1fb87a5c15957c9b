// Where the wasm's bytes go: code size per crate or module path, from the name section of
// the release wasm before wasm-opt (target/wasm32-unknown-unknown/release/skp-drafter.wasm).
// Usage: node bench/wasm-sizes.mjs [WASM] [DEPTH]   (DEPTH: path segments kept, default 2)
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'target/wasm32-unknown-unknown/release/skp-drafter.wasm';
const depth = Number(process.argv[3] ?? 2);
const b = readFileSync(file);
let p = 8;
const leb = () => { let r = 0, s = 0, x; do { x = b[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80); return r >>> 0; };
let imports = 0, bodies = [], names = new Map(), data = 0;
while (p < b.length) {
  const id = b[p++], size = leb(), end = p + size;
  if (id === 2) { // imports: functions among them shift the indices
    const n = leb();
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 2; k++) { const l = leb(); p += l; }
      const kind = b[p++];
      if (kind === 0) { leb(); imports++; } else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 3) { p += 2; } else { p++; leb(); }
    }
  } else if (id === 10) {
    const n = leb();
    for (let i = 0; i < n; i++) { const s = leb(); bodies.push(s); p += s; }
  } else if (id === 11) { data += size; } else if (id === 0) {
    const l = leb(); const name = b.subarray(p, p + l).toString(); p += l;
    if (name === 'name') {
      while (p < end) {
        const sid = b[p++], ss = leb(), se = p + ss;
        if (sid === 1) { const n = leb(); for (let i = 0; i < n; i++) { const idx = leb(); const nl = leb(); names.set(idx, b.subarray(p, p + nl).toString()); p += nl; } }
        p = se;
      }
    }
  }
  p = end;
}
// Legacy Rust mangling: _ZN + length-prefixed segments + hash; `$LT$` is "<" and so on.
const demangle = (s) => {
  let q = s.slice(3), out = [];
  while (q && /^\d/.test(q)) { const n = parseInt(q, 10); const l = String(n).length; out.push(q.slice(l, l + n)); q = q.slice(l + n); }
  return out.filter((x) => !/^h[0-9a-f]{16}$/.test(x)).join('::')
    .replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',').replace(/\$BP\$/g, '*').replace(/\$u7b\$/g, '{').replace(/\$u7d\$/g, '}').replace(/\.\./g, '::').replace(/^_/, '');
};
const groups = new Map();
let total = 0;
bodies.forEach((s, i) => {
  total += s;
  let n = names.get(i + imports) ?? '?';
  n = n.startsWith('_ZN') ? demangle(n) : n;
  // "<T as Trait>::f" counts under T's path.
  n = n.replace(/^_?<+/, '').replace(/^&(mut )?/, '');
  const key = n.split('::').slice(0, depth).join('::').replace(/[<\s].*$/, '');
  groups.set(key, (groups.get(key) ?? 0) + s);
});
console.log(`code ${Math.round(total / 1024)} KB, data ${Math.round(data / 1024)} KB (${file})`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) console.log(`${String(Math.round(v / 1024)).padStart(6)} KB  ${k}`);
