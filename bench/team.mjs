// Generates team files (MPPH bundles) for the benchmarks, in the app's file format.

function leader(nRhk) {
  return {
    id: 'jpt', nama_draf: 'SKP JPT (benchmark)',
    header: { instansi: 'Badan Kepegawaian Daerah', periode: { mulai: '2027-01-01', selesai: '2027-12-31' }, pendekatan: 'kuantitatif', jenis_jabatan: 'JPT' },
    pegawai: { nama: 'Kepala Badan', nip: '197805122005012002', pangkat: 'Pembina Utama Muda (IV/c)', jabatan: 'Kepala Badan', unit_kerja: 'Pemerintah Kabupaten' },
    penilai: { nama: 'Sekretaris Daerah', nip: '', pangkat: '', jabatan: 'Sekretaris Daerah', unit_kerja: '' },
    rhk: Array.from({ length: nRhk }, (_, r) => ({
      id: `R${r}`, jenis: 'utama', teks: `Meningkatnya kualitas layanan bidang ${r} bagi pemangku kepentingan`,
      iki: [{ id: `I${r}`, teks: `Indeks kepuasan layanan bidang ${r}`, target: { nilai: '85', nilai_maks: '', satuan: 'Indeks' }, perspektif: 'penerima_layanan' }],
    })),
    perilaku: {}, lampiran: { dukungan_sumber_daya: [], skema_pertanggungjawaban: [], konsekuensi: [] },
  };
}

// One NIP per person: rows with the same NIP are one person in several roles.
let nipSeq = 0;
const person = (id, peran, ketua) => ({ id, nama: `Pegawai ${id}`, nip: `19900101201501${String(1000 + (nipSeq++ % 9000)).slice(-4)}`, pangkat: 'Penata (III/c)', jabatan: 'Analis', peran, ...(ketua ? { ketua } : {}) });

/** A team of `ketua` ketua tim, `jf` JF langsung and `anggota` anggota under a leader with
 *  `nRhk` RHK; every level-1 and level-2 cell filled. */
export function teamBundle({ ketua = 6, jf = 4, anggota = 50, nRhk = 25, id = 'tim-bench' } = {}) {
  const orang = [];
  nipSeq = 0;
  for (let k = 0; k < ketua; k++) orang.push(person(`k${k}`, 'ketua_tim'));
  for (let j = 0; j < jf; j++) orang.push(person(`jf${j}`, 'jf_langsung'));
  for (let a = 0; a < anggota; a++) orang.push(person(`a${a}`, 'anggota', `k${a % ketua}`));
  const rows1 = orang.filter((o) => o.peran !== 'anggota');
  const sel1 = rows1.flatMap((o) => Array.from({ length: nRhk }, (_, r) => ({ baris: o.id, kolom: `R${r}`, teks: `Tersusunnya bahan ${o.id} untuk RHK ${r} yang akurat` })));
  const mpph2 = Array.from({ length: ketua }, (_, k) => ({
    ketua: `k${k}`,
    sel: orang.filter((o) => o.ketua === `k${k}`).flatMap((o) => Array.from({ length: nRhk }, (_, r) => ({ baris: o.id, kolom: `mpph1-R${r}`, teks: `Terprosesnya layanan ${o.id} untuk RHK ${r} secara tepat waktu` }))),
  }));
  const tim = { id, nama_unit: 'Badan Kepegawaian Daerah', pimpinan: 'jpt', orang, mpph1: { sel: sel1 }, mpph2 };
  return JSON.stringify({ format: 'skp-drafter/tim', version: 1, tim, draf: [leader(nRhk)] });
}
