//! Benchmark of the MPPH core: a team of 60 (6 ketua tim, 4 JF langsung, 50 anggota) under a
//! leader with 25 RHK; every level-1 and level-2 cell filled (250 + 1,250 = 1,500 cells).
//! Run with `cargo run --profile bench-native --bin bench-mpph`.

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
    use std::time::{Duration, Instant};

    use skp_drafter::core::model::{Draft, Iki, JenisJabatan, Rhk};
    use skp_drafter::core::mpph::{
        csv_mpph1, kolom_mpph2, periksa, read_bundle, rencana_turunan, set_sel, terapkan,
        write_bundle, Orang, Peran, Tim, Tingkat,
    };

    const RUNS: u32 = 20;
    const KETUA: usize = 6;
    const JF: usize = 4;
    const ANGGOTA: usize = 50;
    const RHK: usize = 25;

    fn leader() -> Draft {
        let mut d = Draft::new("jpt", 2027);
        d.header.jenis_jabatan = JenisJabatan::Jpt;
        d.pegawai.nama = "Kepala Badan".into();
        d.rhk = (0..RHK)
            .map(|r| Rhk {
                id: format!("R{r}"),
                teks: format!("Meningkatnya kualitas layanan bidang {r} bagi pemangku kepentingan"),
                iki: vec![Iki {
                    id: format!("I{r}"),
                    teks: format!("Indeks kepuasan layanan bidang {r}"),
                    ..Default::default()
                }],
                ..Default::default()
            })
            .collect();
        d
    }

    fn team() -> Tim {
        let mut t = Tim::new("tim", "Badan Kepegawaian Daerah", "jpt");
        // One NIP per person: rows with the same NIP are one person in several roles.
        let mut n = 1000;
        let mut person = |id: String, peran, ketua: Option<String>| Orang {
            nama: format!("Pegawai {id}"),
            nip: {
                n += 1;
                format!("19900101201501{n:04}")
            },
            jabatan: "Analis".into(),
            id,
            peran,
            ketua,
            ..Default::default()
        };
        for k in 0..KETUA {
            t.orang.push(person(format!("k{k}"), Peran::KetuaTim, None));
        }
        for j in 0..JF {
            t.orang
                .push(person(format!("jf{j}"), Peran::JfLangsung, None));
        }
        for a in 0..ANGGOTA {
            let ketua = format!("k{}", a % KETUA);
            t.orang
                .push(person(format!("a{a}"), Peran::Anggota, Some(ketua)));
        }
        let rows: Vec<String> = t.baris_mpph1().map(|o| o.id.clone()).collect();
        for b in &rows {
            for r in 0..RHK {
                let teks = format!("Tersusunnya bahan {b} untuk RHK {r} yang akurat");
                set_sel(&mut t, &Tingkat::Satu, b, &format!("R{r}"), &teks);
            }
        }
        let drafts = vec![leader()];
        for k in 0..KETUA {
            let ketua = format!("k{k}");
            let kolom = kolom_mpph2(&t, &ketua, &drafts);
            let anggota: Vec<String> = t.anggota_dari(&ketua).map(|o| o.id.clone()).collect();
            for a in &anggota {
                for c in &kolom {
                    let teks = format!("Terprosesnya layanan {a} untuk {}", c.id);
                    set_sel(&mut t, &Tingkat::Dua(ketua.clone()), a, &c.id, &teks);
                }
            }
        }
        t
    }

    fn cells(t: &Tim) -> (usize, usize) {
        let l2 = t.mpph2.iter().map(|m| m.sel.len()).sum();
        (t.mpph1.sel.len(), l2)
    }

    fn ms(d: Duration, runs: u32) -> String {
        format!("{:.3} ms", d.as_secs_f64() * 1000.0 / f64::from(runs))
    }

    fn ids() -> impl FnMut() -> String {
        let mut n = 0u64;
        move || {
            n += 1;
            format!("d{n}")
        }
    }

    pub fn run() {
        let base = team();
        let (l1, l2) = cells(&base);
        let drafts0 = vec![leader()];

        // First derivation: plan + apply, every draft new.
        let mut first = Duration::ZERO;
        let mut last = None;
        for _ in 0..RUNS {
            let (mut t, mut d) = (base.clone(), drafts0.clone());
            let start = Instant::now();
            let plan = rencana_turunan(&t, &d).expect("leader present");
            terapkan(&mut t, &mut d, &plan, &mut ids()).expect("current plan");
            first += start.elapsed();
            last = Some((t, d));
        }
        let Some((t, d)) = last else { return };
        let rhk: usize = d.iter().skip(1).map(|x| x.rhk.len()).sum();
        println!(
            "mpph: derive {} drafts from {} cells ({l1} level 1 + {l2} level 2 → {rhk} RHK): {} (mean of {RUNS})",
            d.len() - 1,
            l1 + l2,
            ms(first, RUNS)
        );

        // Re-derivation with nothing to change: what a plan preview costs.
        let start = Instant::now();
        for _ in 0..RUNS {
            let plan = rencana_turunan(black_box(&t), black_box(&d)).expect("leader present");
            assert!(plan.kosong());
        }
        println!(
            "mpph: plan with no change (60 drafts): {} (mean of {RUNS})",
            ms(start.elapsed(), RUNS)
        );

        // One cell edited, then plan + apply.
        let mut one = Duration::ZERO;
        let mut set_only = Duration::ZERO;
        for n in 0..RUNS {
            let (mut t, mut d) = (t.clone(), d.clone());
            let start = Instant::now();
            set_sel(
                &mut t,
                &Tingkat::Satu,
                "k3",
                "R7",
                &format!("Teks baru {n}"),
            );
            set_only += start.elapsed();
            let plan = rencana_turunan(&t, &d).expect("leader present");
            terapkan(&mut t, &mut d, &plan, &mut ids()).expect("current plan");
            one += start.elapsed();
            assert_eq!(plan.per_orang.len(), 1 + ANGGOTA / KETUA);
        }
        println!(
            "mpph: one cell update: set {} ; set + plan + apply {} (mean of {RUNS})",
            ms(set_only, RUNS),
            ms(one, RUNS)
        );

        // One cell typed as the app does it: an undo step of the team (a guarded patch)
        // and a save of what changed.
        {
            use skp_drafter::core::workspace::kv::MemoryKv;
            use skp_drafter::core::workspace::session::Session;
            let mut s = Session::open(MemoryKv::new(), 0.0);
            for x in &d {
                s.add_draft(x.clone(), None);
            }
            let tid = s.add_team(t.clone(), None);
            s.save();
            let (mut step, mut save) = (Duration::ZERO, Duration::ZERO);
            for n in 0..RUNS {
                let start = Instant::now();
                s.change_team(&tid, None, n as f64 * 5000.0, |tim, _| {
                    set_sel(tim, &Tingkat::Satu, "k3", "R7", &format!("Sel {n}"));
                });
                step += start.elapsed();
                let start = Instant::now();
                s.save();
                save += start.elapsed();
            }
            println!(
                "mpph: one cell as an undo step {} ; its save {} (mean of {RUNS}, 60 drafts, 1,500 cells)",
                ms(step, RUNS),
                ms(save, RUNS)
            );
        }

        let start = Instant::now();
        for _ in 0..RUNS {
            black_box(periksa(black_box(&t), black_box(&d)));
        }
        println!(
            "mpph: coverage checks: {} (mean of {RUNS})",
            ms(start.elapsed(), RUNS)
        );

        let start = Instant::now();
        for _ in 0..RUNS {
            black_box(csv_mpph1(black_box(&t), black_box(&d[0])));
        }
        println!(
            "mpph: CSV level 1: {} (mean of {RUNS})",
            ms(start.elapsed(), RUNS)
        );

        let text = write_bundle(&t, &d);
        let start = Instant::now();
        for _ in 0..RUNS {
            black_box(write_bundle(black_box(&t), black_box(&d)));
        }
        let write = start.elapsed();
        let start = Instant::now();
        for _ in 0..RUNS {
            black_box(read_bundle(black_box(&text)).expect("valid bundle"));
        }
        println!(
            "mpph: bundle of {} KB: write {} ; read + validate {} (mean of {RUNS})",
            text.len() / 1024,
            ms(write, RUNS),
            ms(start.elapsed(), RUNS)
        );
    }
}
