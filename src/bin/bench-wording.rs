//! Benchmark of the wording checker: 100,000 generated phrases, then a 200-RHK draft.
//! Run with `cargo run --profile bench-native --bin bench-wording`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    bench::run();
}

// The benchmark measures native speed only; the browser build has no use for it.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use std::hint::black_box;
    use std::time::Instant;

    use skp_drafter::core::model::{Draft, Iki, Rhk, Target};
    use skp_drafter::core::wording::{check_draft, check_iki, check_rhk};

    /// A tiny linear congruential generator: deterministic, no dependency.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) as usize
        }
        fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
            list[self.next() % list.len()]
        }
    }

    const RHK_HEADS: &[&str] = &[
        "Tersusunnya",
        "Terkelolanya",
        "Tersedianya",
        "Terpenuhinya",
        "Terwujudnya",
        "Meningkatnya",
        "Menurunnya",
        "Berkurangnya",
        "Terlaksananya",
        "Terselenggaranya",
        "Menyusun",
        "Melaksanakan",
        "Mengikuti",
        "Memberikan",
        "Mengelola",
        "Mengoordinasikan",
        "Memfasilitasi",
        "Memantau",
        "Mengevaluasi",
        "Menginput",
        "Menyampaikan",
        "Memverifikasi",
        "Mendampingi",
        "Menyiapkan",
        "Sosialisasi",
        "Monitoring dan evaluasi",
        "Pengawasan",
        "Fasilitasi",
        "Layanan",
        "Penyelenggaraan",
        "Koordinasi",
        "Pengelolaan",
        "Penyusunan",
        "Peningkatan",
        "Dokumen",
        "Laporan",
        "Data",
        "TERSUSUNNYA",
        "menyusun",
        "1. Tersusunnya",
    ];
    const OBJECTS: &[&str] = &[
        "laporan keuangan",
        "data kepegawaian",
        "dokumen perencanaan",
        "arsip dinamis",
        "rencana kerja",
        "materi sosialisasi aplikasi SIMBG",
        "draf kebijakan pengembangan SDM",
        "usulan kenaikan pangkat",
        "bahan rapat pimpinan",
        "anggaran program",
        "layanan perizinan",
        "SPJ kegiatan",
        "profil kesehatan",
        "laporan hasil monitoring pelaksanaan kegiatan",
        "data Dapodik sekolah binaan",
        "aset daerah",
        "kualitas pelayanan publik",
        "kepatuhan wajib pajak",
        "tunggakan pajak kendaraan",
    ];
    const TAILS: &[&str] = &[
        "",
        " yang akurat dan tepat waktu",
        " secara tertib",
        " sesuai standar",
        " yang disetujui pimpinan",
        " di lingkungan Dinas Pendidikan",
        " tahun 2025",
        " dengan cepat dan akurat",
        " setiap bulan",
        " kepada pegawai di tim kerja",
        ".",
    ];
    const IKI_HEADS: &[&str] = &[
        "Persentase",
        "Jumlah",
        "Nilai",
        "Indeks",
        "Tingkat",
        "Rasio",
        "Rata-rata waktu penyelesaian",
        "Ketepatan waktu penyampaian",
        "Persentase jumlah",
        "Terselesaikan",
        "Akurat dan sesuai SOP",
        "",
        "Kelengkapan",
        "Jumlah pelaksanaan",
        "Jumlah rapat",
        "prosentase",
    ];

    fn phrases(n: usize) -> Vec<(bool, String)> {
        let mut rng = Lcg(2024);
        (0..n)
            .map(|i| {
                let rhk = i % 2 == 0;
                let head = if rhk {
                    rng.pick(RHK_HEADS)
                } else {
                    rng.pick(IKI_HEADS)
                };
                let text = format!("{head} {}{}", rng.pick(OBJECTS), rng.pick(TAILS));
                (rhk, text)
            })
            .collect()
    }

    fn draft(n_rhk: usize) -> Draft {
        let mut rng = Lcg(7);
        let mut d = Draft::new("bench", 2025);
        d.pegawai.nama = "Siti Aminah".into();
        d.pegawai.nip = "198503122010012001".into();
        d.rhk = (0..n_rhk)
            .map(|r| Rhk {
                id: format!("r{r}"),
                teks: format!(
                    "{} {}{}",
                    rng.pick(RHK_HEADS),
                    rng.pick(OBJECTS),
                    rng.pick(TAILS)
                ),
                iki: (0..2)
                    .map(|i| Iki {
                        id: format!("i{i}"),
                        teks: format!(
                            "{} {}{}",
                            rng.pick(IKI_HEADS),
                            rng.pick(OBJECTS),
                            rng.pick(TAILS)
                        ),
                        target: Target {
                            nilai: "100".into(),
                            satuan: "%".into(),
                            ..Default::default()
                        },
                        ..Default::default()
                    })
                    .collect(),
                ..Default::default()
            })
            .collect();
        d
    }

    pub fn run() {
        let list = phrases(100_000);
        // Warm up caches and the branch predictor once.
        for (rhk, t) in list.iter().take(1000) {
            if *rhk {
                black_box(check_rhk(t));
            } else {
                black_box(check_iki(t));
            }
        }
        let start = Instant::now();
        let mut findings = 0usize;
        for (rhk, t) in &list {
            findings += if *rhk {
                black_box(check_rhk(t)).1.len()
            } else {
                black_box(check_iki(t)).1.len()
            };
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "wording: {} phrases in {secs:.3} s = {:.0} phrases/s ({findings} findings)",
            list.len(),
            list.len() as f64 / secs
        );

        let d = draft(200);
        let runs = 50;
        let start = Instant::now();
        let mut n = 0;
        for _ in 0..runs {
            n = black_box(check_draft(black_box(&d))).len();
        }
        let ms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
        let start = Instant::now();
        for _ in 0..runs {
            for r in &d.rhk {
                black_box(check_rhk(&r.teks));
                for i in &r.iki {
                    black_box(check_iki(&i.teks));
                }
            }
        }
        let pms = start.elapsed().as_secs_f64() * 1000.0 / runs as f64;
        println!("draft phrases alone (600 RHK/IKI texts): {pms:.3} ms");
        println!(
            "draft: 200 RHK / 400 IKI checked in {ms:.3} ms (mean of {runs} runs, {n} findings)"
        );
    }
}
