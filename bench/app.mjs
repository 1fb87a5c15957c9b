// Benchmarks of the release build (dist/): bundle size, and the time from navigation to
// an interactive editor holding a stored 40-RHK draft, in headless Chromium.
// Prints numbers; fails only if the app does not start at all.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, extname } from 'node:path';
import { serveDist, launch, DIST } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.RUNS ?? 7);

async function bundleSizes() {
  const rows = [];
  for (const f of await readdir(DIST)) {
    const ext = extname(f);
    if (!['.wasm', '.js', '.css'].includes(ext)) continue;
    const bytes = await readFile(join(DIST, f));
    rows.push({ file: f, kind: ext.slice(1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return rows;
}

/** A realistic SKP JA draft with `n` RHK, two IKI each, stored as the app stores it. */
export function storedDraft(n) {
  const rhk = [];
  for (let i = 0; i < n; i++) {
    rhk.push({
      id: `r${i}`, jenis: i < n - 5 ? 'utama' : 'tambahan',
      teks: `Tersusunnya laporan evaluasi layanan administrasi nomor ${i + 1} yang akurat dan tepat waktu`,
      rhk_atasan: { teks: `Meningkatnya kualitas layanan administrasi kepegawaian bidang ${i % 7}` },
      iki: [
        { id: `r${i}a`, teks: `Jumlah laporan evaluasi layanan ${i + 1} yang disetujui pimpinan`, target: { nilai: '4', nilai_maks: '', satuan: 'Laporan' }, aspek: 'kuantitas' },
        { id: `r${i}b`, teks: `Persentase rekomendasi evaluasi ${i + 1} yang ditindaklanjuti`, target: { nilai: '80', nilai_maks: '90', satuan: '%' }, aspek: 'kualitas' },
      ],
    });
  }
  const draft = {
    id: 'bench-40', nama_draf: `Draf ${n} RHK`,
    header: { instansi: 'Pemerintah Kabupaten Sukamaju', periode: { mulai: '2027-01-01', selesai: '2027-12-31' }, pendekatan: 'kuantitatif', jenis_jabatan: 'JA' },
    pegawai: { nama: 'Budi Santoso', nip: '198703152010011003', pangkat: 'Penata (III/c)', jabatan: 'Analis SDM Aparatur', unit_kerja: 'BKPSDM' },
    penilai: { nama: 'Ratna Wulandari', nip: '197805122005012002', pangkat: 'Pembina (IV/a)', jabatan: 'Kepala Bidang', unit_kerja: 'BKPSDM' },
    rhk, perilaku: {}, lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] }, temuan_diabaikan: [],
  };
  return { draft, stored: JSON.stringify({ layout: 1, rev: 1, file: { format: 'skp-drafter/draf', version: 2, draft } }) };
}

async function startupMs(browser, url, n) {
  const ctx = await browser.newContext();
  const { draft, stored } = storedDraft(n);
  await ctx.addInitScript(([id, stored, n]) => {
    if (!localStorage.getItem('skp-drafter:draf:' + id)) {
      localStorage.setItem('skp-drafter:draf:' + id, stored);
      localStorage.setItem('skp-drafter:terbuka', JSON.stringify(id));
    }
    // Interactive = the editor shows every RHK row and its text fields take input.
    const poll = () => {
      const rows = document.querySelectorAll('[data-testid=rhk-row]');
      if (rows.length === n && rows[n - 1].querySelector('textarea')?.value) {
        window.__interactive = performance.now();
      } else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }, [draft.id, stored, n]);
  const page = await ctx.newPage();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.__interactive !== undefined, null, { timeout: 30000 });
    times.push(await page.evaluate(() => window.__interactive));
  }
  await ctx.close();
  times.sort((a, b) => a - b);
  return times;
}

/** Mean time of the wording checker over a whole draft, inside the release wasm. */
async function checkDraftMs(browser, url, n) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.wasmBindings?.bench_check_draft);
  const file = JSON.stringify({ format: 'skp-drafter/draf', version: 2, draft: storedDraft(n).draft });
  await page.evaluate((f) => window.wasmBindings.bench_check_draft(f, 5), file); // warm-up
  const ms = await page.evaluate((f) => window.wasmBindings.bench_check_draft(f, 50), file);
  await ctx.close();
  if (ms < 0) throw new Error('the benchmark draft did not parse');
  return ms;
}

const kb = (b) => (b / 1024).toFixed(1);
const sizes = await bundleSizes();
let raw = 0, gz = 0;
for (const r of sizes) {
  console.log(`bundle ${r.kind.padEnd(4)} ${kb(r.raw).padStart(8)} KB raw ${kb(r.gzip).padStart(7)} KB gzip  (${r.file})`);
  raw += r.raw; gz += r.gzip;
}
console.log(`bundle total ${kb(raw).padStart(8)} KB raw ${kb(gz).padStart(7)} KB gzip  (target: under 300 KB gzip)`);

const srv = await serveDist();
const browser = await launch();
try {
  const t = await startupMs(browser, srv.url, 40);
  const median = t[Math.floor(t.length / 2)];
  console.log(`startup: navigation to interactive editor with a stored 40-RHK draft: median ${median.toFixed(0)} ms, min ${t[0].toFixed(0)} ms, max ${t[t.length - 1].toFixed(0)} ms over ${t.length} loads`);
  console.log(`wording: whole-draft check of a 200-RHK draft (400 IKI) in the browser: ${(await checkDraftMs(browser, srv.url, 200)).toFixed(2)} ms (mean of 50, target under 5 ms)`);
} finally {
  await browser.close();
  await srv.close();
}
