//! MPPH: matrices, derivation of the team's drafts, coverage checks, CSV, paste and the
//! team bundle.
#![cfg(not(target_arch = "wasm32"))]

use skp_drafter::core::format::{read_draft_file, write_draft_file, FormatError};
use skp_drafter::core::model::{
    Draft, Identitas, Iki, JenisJabatan, JenisRhk, LampiranKind, PerilakuNilai, Perspektif, Rhk,
    RhkAtasan, Target,
};
use skp_drafter::core::mpph::*;

const UNIT: &str = "Badan Kepegawaian dan Pengembangan SDM";

fn rhk_pimpinan(id: &str, jenis: JenisRhk, teks: &str, iki: &[&str]) -> Rhk {
    Rhk {
        id: id.into(),
        jenis,
        teks: teks.into(),
        rhk_atasan: RhkAtasan::default(),
        iki: iki
            .iter()
            .enumerate()
            .map(|(n, t)| Iki {
                id: format!("{id}-iki{n}"),
                teks: t.to_string(),
                target: Target {
                    nilai: "90".into(),
                    satuan: "%".into(),
                    ..Default::default()
                },
                perspektif: Some(Perspektif::PenerimaLayanan),
                aspek: None,
            })
            .collect(),
        tinjau: None,
        asal: None,
    }
}

/// The leader's SKP JPT: three RHK (two Utama, one Tambahan).
fn pimpinan() -> Draft {
    let mut d = Draft::new("jpt", 2027);
    d.nama_draf = "SKP JPT 2027".into();
    d.header.jenis_jabatan = JenisJabatan::Jpt;
    d.header.instansi = "Pemerintah Kabupaten Sukamaju".into();
    d.pegawai = Identitas {
        nama: "Dr. Ratna Wulandari, M.Si.".into(),
        nip: "197805122005012002".into(),
        pangkat: "Pembina Utama Muda (IV/c)".into(),
        jabatan: "Kepala Badan".into(),
        unit_kerja: "Pemerintah Kabupaten Sukamaju".into(),
    };
    d.rhk = vec![
        rhk_pimpinan(
            "R1",
            JenisRhk::Utama,
            "Meningkatnya kualitas layanan kepegawaian",
            &["Indeks kepuasan ASN", "Persentase layanan tepat waktu"],
        ),
        rhk_pimpinan(
            "R2",
            JenisRhk::Utama,
            "Terpenuhinya kebutuhan ASN sesuai Anjab dan ABK",
            &["Persentase formasi terisi"],
        ),
        rhk_pimpinan(
            "R3",
            JenisRhk::Tambahan,
            "Terkelolanya anggaran badan secara efisien",
            &["Persentase realisasi anggaran"],
        ),
    ];
    d
}

fn orang(id: &str, nama: &str, peran: Peran, ketua: Option<&str>) -> Orang {
    Orang {
        id: id.into(),
        nama: nama.into(),
        // One NIP per person: rows with the same NIP are one person in several roles.
        nip: format!(
            "199001012015011{:03}",
            id.bytes().map(u32::from).sum::<u32>() % 1000
        ),
        pangkat: "Penata (III/c)".into(),
        jabatan: format!("Jabatan {nama}"),
        peran,
        ketua: ketua.map(str::to_string),
        draf: None,
        jenis: None,
        penilai: None,
    }
}

const L1: &[(&str, &str, &str)] = &[
    ("k1", "R1", "Terselenggaranya layanan mutasi yang cepat"),
    ("k1", "R2", "Tersusunnya peta kebutuhan ASN"),
    ("k2", "R2", "Tersedianya data formasi yang akurat"),
    ("k2", "R3", "Tertibnya penatausahaan anggaran"),
    ("jf", "R1", "Terselesaikannya analisis kepegawaian"),
];

/// 2 ketua tim, 1 JF langsung, 4 anggota (two per ketua), level 1 filled, level 2 filled
/// against the columns each ketua will get.
fn tim() -> Tim {
    let mut t = Tim::new("tim-1", UNIT, "jpt");
    t.orang = vec![
        orang("k1", "Budi Santoso", Peran::KetuaTim, None),
        orang("k2", "Siti Aminah", Peran::KetuaTim, None),
        orang("jf", "Andi Pratama", Peran::JfLangsung, None),
        orang("a1", "Citra Lestari", Peran::Anggota, Some("k1")),
        orang("a2", "Dedi Kurniawan", Peran::Anggota, Some("k1")),
        orang("a3", "Eka Putri", Peran::Anggota, Some("k2")),
        orang("a4", "Fajar Nugroho", Peran::Anggota, Some("k2")),
    ];
    for (b, k, teks) in L1 {
        assert!(set_sel(&mut t, &Tingkat::Satu, b, k, teks));
    }
    let k1 = Tingkat::Dua("k1".into());
    let k2 = Tingkat::Dua("k2".into());
    assert!(set_sel(
        &mut t,
        &k1,
        "a1",
        "mpph1-R1",
        "Terprosesnya usul mutasi"
    ));
    assert!(set_sel(
        &mut t,
        &k1,
        "a2",
        "mpph1-R2",
        "Tersedianya data ABK unit"
    ));
    assert!(set_sel(
        &mut t,
        &k2,
        "a3",
        "mpph1-R2",
        "Termutakhirkannya data formasi"
    ));
    assert!(set_sel(
        &mut t,
        &k2,
        "a4",
        "mpph1-R3",
        "Tersusunnya laporan realisasi"
    ));
    t
}

/// Fresh draft ids, unique across the whole test binary (tests run in parallel).
fn ids() -> impl FnMut() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    || format!("draf-{}", N.fetch_add(1, Ordering::Relaxed))
}

/// Plans and applies; returns the plan.
fn turunkan(t: &mut Tim, drafts: &mut Vec<Draft>) -> Rencana {
    let rencana = rencana_turunan(t, drafts).expect("leader present");
    terapkan(t, drafts, &rencana, &mut ids()).expect("plan is current");
    rencana
}

fn draf_of<'a>(t: &Tim, drafts: &'a [Draft], orang: &str) -> &'a Draft {
    let id = t
        .orang_by_id(orang)
        .and_then(|o| o.draf.clone())
        .expect("derived");
    drafts
        .iter()
        .find(|d| d.id == id)
        .expect("draft in workspace")
}

fn draf_mut<'a>(t: &Tim, drafts: &'a mut [Draft], orang: &str) -> &'a mut Draft {
    let id = t
        .orang_by_id(orang)
        .and_then(|o| o.draf.clone())
        .expect("derived");
    drafts
        .iter_mut()
        .find(|d| d.id == id)
        .expect("draft in workspace")
}

fn derived() -> (Tim, Vec<Draft>) {
    let mut t = tim();
    let mut drafts = vec![pimpinan()];
    turunkan(&mut t, &mut drafts);
    (t, drafts)
}

#[test]
fn each_filled_cell_becomes_one_utama_rhk_linked_by_id() {
    let mut t = tim();
    let mut drafts = vec![pimpinan()];
    let plan = rencana_turunan(&t, &drafts).unwrap();
    assert_eq!(plan.per_orang.len(), 7);
    assert_eq!(plan.jumlah_draf_baru(), 7);
    // Planning changes nothing.
    assert_eq!(drafts.len(), 1);
    assert!(t.orang.iter().all(|o| o.draf.is_none()));
    let k1 = plan.untuk("k1").unwrap();
    assert!(k1.draf_baru);
    assert_eq!(
        k1.perubahan[0],
        Perubahan::RhkBaru {
            rhk_id: "mpph1-R1".into(),
            teks: "Terselenggaranya layanan mutasi yang cepat".into(),
            atasan_teks: "Meningkatnya kualitas layanan kepegawaian".into(),
        }
    );
    assert!(k1.perubahan[0].deskripsi().starts_with("RHK Utama baru"));

    let mut new_id = ids();
    terapkan(&mut t, &mut drafts, &plan, &mut new_id).unwrap();
    assert_eq!(drafts.len(), 8);
    let leader = &drafts[0];
    for (b, k, teks) in L1 {
        let d = draf_of(&t, &drafts, b);
        let r = d.rhk_by_id(&id_turunan_mpph1(k)).expect("derived RHK");
        assert_eq!(r.jenis, JenisRhk::Utama);
        assert_eq!(r.teks, *teks);
        assert_eq!(r.rhk_atasan.id.as_deref(), Some(*k));
        assert_eq!(r.rhk_atasan.teks, leader.rhk_by_id(k).unwrap().teks);
        assert_eq!(r.tinjau, None);
    }
    assert_eq!(draf_of(&t, &drafts, "k1").rhk.len(), 2);
    assert_eq!(draf_of(&t, &drafts, "jf").rhk.len(), 1);
    // Level 2 against the ketua's freshly derived RHK, in the same call.
    let a1 = draf_of(&t, &drafts, "a1");
    assert_eq!(a1.rhk.len(), 1);
    assert_eq!(a1.rhk[0].id, "mpph2-mpph1-R1");
    assert_eq!(a1.rhk[0].teks, "Terprosesnya usul mutasi");
    assert_eq!(
        a1.rhk[0].rhk_atasan,
        RhkAtasan {
            id: Some("mpph1-R1".into()),
            teks: "Terselenggaranya layanan mutasi yang cepat".into()
        }
    );
    // Every derived draft is a valid draft file.
    for d in &drafts {
        assert_eq!(read_draft_file(&write_draft_file(d)).unwrap(), *d);
    }
}

#[test]
fn identity_blocks_and_header_of_new_drafts() {
    let (t, drafts) = derived();
    let leader = pimpinan();
    let k1 = draf_of(&t, &drafts, "k1");
    assert_eq!(k1.pegawai.nama, "Budi Santoso");
    assert_eq!(k1.pegawai.jabatan, "Jabatan Budi Santoso");
    assert_eq!(k1.pegawai.unit_kerja, UNIT);
    assert_eq!(k1.penilai, leader.pegawai, "level 1: penilai = the leader");
    assert_eq!(k1.header.jenis_jabatan, JenisJabatan::Ja);
    assert_eq!(k1.header.periode, leader.header.periode);
    assert_eq!(k1.header.instansi, leader.header.instansi);
    assert_eq!(k1.nama_draf, "SKP 2027 — Budi Santoso");
    assert_eq!(
        draf_of(&t, &drafts, "jf").header.jenis_jabatan,
        JenisJabatan::Jf
    );
    let a3 = draf_of(&t, &drafts, "a3");
    assert_eq!(a3.header.jenis_jabatan, JenisJabatan::Ja);
    // After penyederhanaan birokrasi the ketua tim coordinates; the unit's leader appraises.
    assert_eq!(
        a3.penilai, leader.pegawai,
        "level 2: penilai = the unit's leader, not the ketua"
    );
    let a3_rhk = a3.rhk.iter().find(|r| r.id.starts_with("mpph2-")).unwrap();
    assert!(
        draf_of(&t, &drafts, "k2")
            .rhk_by_id(a3_rhk.rhk_atasan.id.as_deref().unwrap())
            .is_some(),
        "the anggota's RHK still links to the ketua's RHK"
    );
}

#[test]
fn deriving_twice_gives_an_empty_plan() {
    let (t, drafts) = derived();
    let plan = rencana_turunan(&t, &drafts).unwrap();
    assert!(plan.kosong(), "{plan:#?}");
    assert_eq!(plan.jumlah_perubahan(), 0);
}

#[test]
fn repeated_derivation_keeps_what_people_added_by_hand() {
    let (mut t, mut drafts) = derived();
    {
        let d = draf_mut(&t, &mut drafts, "k1");
        let r = d.rhk.iter_mut().find(|r| r.id == "mpph1-R1").unwrap();
        r.iki[0].teks = "Persentase usul mutasi selesai dalam 5 hari".into();
        r.iki[0].target = Target {
            nilai: "95".into(),
            satuan: "%".into(),
            ..Default::default()
        };
        d.rhk.push(Rhk {
            id: "tambahan-1".into(),
            jenis: JenisRhk::Tambahan,
            teks: "Terlaksananya tugas tambahan".into(),
            ..Default::default()
        });
        d.rhk.insert(
            2,
            Rhk {
                id: "sendiri".into(),
                jenis: JenisRhk::Utama,
                teks: "RHK yang ditambah sendiri".into(),
                ..Default::default()
            },
        );
        *d.perilaku.ekspektasi_mut(PerilakuNilai::Kolaboratif) = "Aktif berbagi data".into();
        d.lampiran
            .list_mut(LampiranKind::DukunganSumberDaya)
            .push("Aplikasi SIASN".into());
        d.header.jenis_jabatan = JenisJabatan::Jf;
    }
    let before = draf_of(&t, &drafts, "k1").clone();
    // A new cell for k1 and a changed one.
    set_sel(
        &mut t,
        &Tingkat::Satu,
        "k1",
        "R3",
        "Terkendalinya belanja tim",
    );
    set_sel(
        &mut t,
        &Tingkat::Satu,
        "k1",
        "R1",
        "Terselenggaranya layanan mutasi yang cepat dan akurat",
    );
    let plan = turunkan(&mut t, &mut drafts);
    let p = &plan.untuk("k1").unwrap().perubahan;
    assert!(p
        .iter()
        .any(|x| matches!(x, Perubahan::RhkBaru { rhk_id, .. } if rhk_id == "mpph1-R3")));
    assert!(p
        .iter()
        .any(|x| matches!(x, Perubahan::TeksBerubah { rhk_id, .. } if rhk_id == "mpph1-R1")));
    let after = draf_of(&t, &drafts, "k1");
    let r1 = after.rhk_by_id("mpph1-R1").unwrap();
    assert_eq!(
        r1.teks,
        "Terselenggaranya layanan mutasi yang cepat dan akurat"
    );
    assert_eq!(r1.iki, before.rhk_by_id("mpph1-R1").unwrap().iki);
    assert_eq!(after.perilaku, before.perilaku);
    assert_eq!(after.lampiran, before.lampiran);
    assert_eq!(after.header.jenis_jabatan, JenisJabatan::Jf);
    assert!(after.rhk_by_id("tambahan-1").is_some());
    assert!(after.rhk_by_id("sendiri").is_some());
    // The new derived RHK sits after the last Utama, above the Tambahan group.
    let order: Vec<&str> = after.rhk.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        order,
        ["mpph1-R1", "mpph1-R2", "sendiri", "mpph1-R3", "tambahan-1"]
    );
    // Level 2 followed the changed ketua RHK in the same derivation.
    let a1 = draf_of(&t, &drafts, "a1");
    assert_eq!(
        a1.rhk[0].rhk_atasan.teks,
        "Terselenggaranya layanan mutasi yang cepat dan akurat"
    );
    assert!(plan
        .untuk("a1")
        .unwrap()
        .perubahan
        .iter()
        .any(|x| matches!(x, Perubahan::AtasanBerubah { .. })));
    assert!(rencana_turunan(&t, &drafts).unwrap().kosong());
}

#[test]
fn cleared_cell_marks_the_rhk_and_refilling_clears_the_mark() {
    let (mut t, mut drafts) = derived();
    assert!(set_sel(&mut t, &Tingkat::Satu, "k2", "R3", "  "));
    let plan = rencana_turunan(&t, &drafts).unwrap();
    let p = &plan.untuk("k2").unwrap().perubahan;
    assert_eq!(
        p,
        &[Perubahan::SelDikosongkan {
            rhk_id: "mpph1-R3".into(),
            teks: "Tertibnya penatausahaan anggaran".into()
        }]
    );
    assert!(p[0].deskripsi().contains("ditinjau"));
    turunkan(&mut t, &mut drafts);
    let r = draf_of(&t, &drafts, "k2")
        .rhk_by_id("mpph1-R3")
        .expect("kept, not deleted");
    assert_eq!(r.tinjau.as_deref(), Some(TINJAU_SEL_KOSONG));
    // The ketua's RHK still exists, so a4's level-2 cell still derives: untouched.
    assert_eq!(draf_of(&t, &drafts, "a4").rhk[0].tinjau, None);
    assert!(rencana_turunan(&t, &drafts).unwrap().kosong());

    set_sel(
        &mut t,
        &Tingkat::Satu,
        "k2",
        "R3",
        "Tertibnya penatausahaan anggaran",
    );
    let plan = turunkan(&mut t, &mut drafts);
    assert_eq!(
        plan.untuk("k2").unwrap().perubahan,
        [Perubahan::SelDiisiLagi {
            rhk_id: "mpph1-R3".into(),
            teks: "Tertibnya penatausahaan anggaran".into()
        }]
    );
    assert_eq!(
        draf_of(&t, &drafts, "k2")
            .rhk_by_id("mpph1-R3")
            .unwrap()
            .tinjau,
        None
    );
}

#[test]
fn renamed_leader_rhk_updates_the_atasan_text() {
    let (mut t, mut drafts) = derived();
    drafts[0].rhk[1].teks = "Terpenuhinya kebutuhan dan kompetensi ASN".into();
    let plan = rencana_turunan(&t, &drafts).unwrap();
    for who in ["k1", "k2"] {
        let p = &plan.untuk(who).unwrap().perubahan;
        assert!(
            matches!(&p[0], Perubahan::AtasanBerubah { rhk_id, baru, .. }
            if rhk_id == "mpph1-R2" && baru.teks == "Terpenuhinya kebutuhan dan kompetensi ASN")
        );
    }
    assert!(plan.untuk("jf").is_none(), "jf has no cell under R2");
    turunkan(&mut t, &mut drafts);
    assert_eq!(
        draf_of(&t, &drafts, "k1")
            .rhk_by_id("mpph1-R2")
            .unwrap()
            .rhk_atasan
            .teks,
        "Terpenuhinya kebutuhan dan kompetensi ASN"
    );
    assert_eq!(
        kolom_mpph1(&drafts[0])[1].teks,
        "Terpenuhinya kebutuhan dan kompetensi ASN"
    );
}

#[test]
fn deleted_leader_rhk_leaves_an_orphan_column_with_its_cells() {
    let (mut t, mut drafts) = derived();
    drafts[0].rhk.retain(|r| r.id != "R3");
    let yatim = kolom_yatim(&t, &drafts[0]);
    assert_eq!(
        yatim,
        [KolomYatim {
            id: "R3".into(),
            label: "Terkelolanya anggaran badan secara efisien".into(),
            sel_terisi: 1
        }]
    );
    assert_eq!(
        sel(&t, &Tingkat::Satu, "k2", "R3"),
        "Tertibnya penatausahaan anggaran"
    );
    let plan = turunkan(&mut t, &mut drafts);
    assert!(matches!(
        &plan.untuk("k2").unwrap().perubahan[..],
        [Perubahan::AtasanDihapus { rhk_id, .. }] if rhk_id == "mpph1-R3"
    ));
    let k2 = draf_of(&t, &drafts, "k2");
    assert_eq!(
        k2.rhk_by_id("mpph1-R3").unwrap().tinjau.as_deref(),
        Some(TINJAU_ATASAN_HILANG)
    );
    // The orphan's label survives syncing, and its cells are still there.
    sync_label_kolom(&mut t, &drafts[0]);
    assert_eq!(
        kolom_yatim(&t, &drafts[0])[0].label,
        "Terkelolanya anggaran badan secara efisien"
    );
    assert!(periksa(&t, &drafts)
        .iter()
        .any(|f| f.jenis == "mpph.kolom-yatim" && f.kolom.as_deref() == Some("R3")));
    // The ketua's RHK still exists (marked), so level 2 keeps its column.
    assert!(kolom_mpph2(&t, "k2", &drafts)
        .iter()
        .any(|k| k.id == "mpph1-R3"));
    assert!(rencana_turunan(&t, &drafts).unwrap().kosong());
}

#[test]
fn level2_columns_follow_the_ketua_draft() {
    let t = tim();
    let drafts = vec![pimpinan()];
    // Before derivation: the ketua's filled level-1 cells, under the ids they will get.
    let cols = kolom_mpph2(&t, "k1", &drafts);
    assert_eq!(
        cols,
        [
            Kolom {
                id: "mpph1-R1".into(),
                teks: "Terselenggaranya layanan mutasi yang cepat".into(),
                tambahan: false,
                rhk: "mpph1-R1".into(),
                iki: None,
            },
            Kolom {
                id: "mpph1-R2".into(),
                teks: "Tersusunnya peta kebutuhan ASN".into(),
                tambahan: false,
                rhk: "mpph1-R2".into(),
                iki: None,
            },
        ]
    );
    let (mut t, mut drafts) = derived();
    assert_eq!(kolom_mpph2(&t, "k1", &drafts), cols);
    // The ketua adds an RHK of their own: it becomes a level-2 column.
    draf_mut(&t, &mut drafts, "k1").rhk.push(Rhk {
        id: "k1-own".into(),
        teks: "Terdigitalisasinya arsip mutasi".into(),
        ..Default::default()
    });
    let cols = kolom_mpph2(&t, "k1", &drafts);
    assert_eq!(cols.len(), 3);
    assert_eq!(cols[2].id, "k1-own");
    set_sel(
        &mut t,
        &Tingkat::Dua("k1".into()),
        "a2",
        "k1-own",
        "Terpindainya arsip 2026",
    );
    let plan = turunkan(&mut t, &mut drafts);
    assert!(matches!(&plan.untuk("a2").unwrap().perubahan[..],
        [Perubahan::RhkBaru { rhk_id, atasan_teks, .. }]
        if rhk_id == "mpph2-k1-own" && atasan_teks == "Terdigitalisasinya arsip mutasi"));
    // A new level-1 cell shows in level 2 before it is derived (pending column), with the
    // other level-1 columns, before the ketua's own.
    set_sel(
        &mut t,
        &Tingkat::Satu,
        "k1",
        "R3",
        "Terkendalinya belanja tim",
    );
    let cols = kolom_mpph2(&t, "k1", &drafts);
    assert_eq!(
        cols.iter().map(|k| k.id.as_str()).collect::<Vec<_>>(),
        ["mpph1-R1", "mpph1-R2", "mpph1-R3", "k1-own"]
    );
    // Grid of level 2 shows rows, columns and cells.
    let g = grid(&t, &Tingkat::Dua("k1".into()), &drafts);
    assert_eq!(g.baris, ["a1", "a2"]);
    assert_eq!(
        g.sel[1][3], "Terpindainya arsip 2026",
        "k1-own is the fourth column"
    );
}

#[test]
fn peran_change_marks_the_old_rows_rhk() {
    let (mut t, mut drafts) = derived();
    // a4 moves from k2's team to k1's: the level-2 RHK from k2 is no longer on their row
    // there; k1 has no cell for a4 yet.
    t.orang.iter_mut().find(|o| o.id == "a4").unwrap().ketua = Some("k1".into());
    let plan = turunkan(&mut t, &mut drafts);
    let p = &plan.untuk("a4").unwrap().perubahan;
    assert!(
        !p.iter()
            .any(|x| matches!(x, Perubahan::IdentitasBerubah { .. })),
        "the penilai stays the unit's leader when the ketua changes"
    );
    // mpph1-R3 is not a column of k1: marked as atasan gone.
    assert!(p
        .iter()
        .any(|x| matches!(x, Perubahan::AtasanDihapus { .. })));
    // The JF becomes an anggota with no ketua: their level-1 RHK are marked.
    t.orang.iter_mut().find(|o| o.id == "jf").unwrap().peran = Peran::Anggota;
    let plan = turunkan(&mut t, &mut drafts);
    assert!(matches!(
        &plan.untuk("jf").unwrap().perubahan[..],
        [Perubahan::PeranBerubah { .. }]
    ));
    let r = &draf_of(&t, &drafts, "jf").rhk[0];
    assert_eq!(r.tinjau.as_deref(), Some(TINJAU_BUKAN_BARIS));
    let f = periksa(&t, &drafts);
    assert!(f
        .iter()
        .any(|x| x.jenis == "mpph.anggota-tanpa-ketua" && x.baris.as_deref() == Some("jf")));
    assert!(f
        .iter()
        .any(|x| x.jenis == "mpph.sel-di-luar-baris" && x.baris.as_deref() == Some("jf")));
}

#[test]
fn empty_team_fields_never_clear_what_a_draft_has() {
    let (mut t, mut drafts) = derived();
    t.orang
        .iter_mut()
        .find(|o| o.id == "a1")
        .unwrap()
        .nip
        .clear();
    assert!(rencana_turunan(&t, &drafts).unwrap().kosong());
    t.orang.iter_mut().find(|o| o.id == "a1").unwrap().pangkat = "Penata Tk. I (III/d)".into();
    let plan = turunkan(&mut t, &mut drafts);
    let p = &plan.untuk("a1").unwrap().perubahan;
    assert!(matches!(&p[..], [Perubahan::IdentitasBerubah { .. }]));
    assert!(
        p[0].deskripsi().contains("Penata Tk. I (III/d)"),
        "{}",
        p[0].deskripsi()
    );
    assert_eq!(
        draf_of(&t, &drafts, "a1").pegawai.pangkat,
        "Penata Tk. I (III/d)"
    );
    assert!(!draf_of(&t, &drafts, "a1").pegawai.nip.is_empty());
}

#[test]
fn stale_plan_is_refused_and_missing_leader_is_reported() {
    let mut t = tim();
    let mut drafts = vec![pimpinan()];
    let plan = rencana_turunan(&t, &drafts).unwrap();
    set_sel(&mut t, &Tingkat::Satu, "jf", "R2", "Sel baru");
    let (t0, d0) = (t.clone(), drafts.clone());
    let mut new_id = ids();
    assert_eq!(
        terapkan(&mut t, &mut drafts, &plan, &mut new_id),
        Err(GagalTurunan::RencanaUsang)
    );
    assert_eq!((t.clone(), drafts.clone()), (t0, d0), "nothing changed");
    drafts.clear();
    let err = rencana_turunan(&t, &drafts).unwrap_err();
    assert_eq!(err, GagalTurunan::PimpinanTidakAda("jpt".into()));
    assert!(err.to_string().contains("tidak ada"));
    assert!(periksa(&t, &drafts)
        .iter()
        .any(|f| f.jenis == "mpph.pimpinan-tidak-ada"));
}

#[test]
fn coverage_findings() {
    let mut t = tim();
    let drafts = vec![pimpinan()];
    assert!(
        periksa(&t, &drafts).is_empty(),
        "{:#?}",
        periksa(&t, &drafts)
    );
    // R3 loses its only contributor; the JF loses their only role.
    set_sel(&mut t, &Tingkat::Satu, "k2", "R3", "");
    set_sel(&mut t, &Tingkat::Satu, "jf", "R1", "");
    // A new anggota with no ketua, one whose ketua is the JF, one with no cell.
    t.orang.push(orang("a5", "Gita", Peran::Anggota, None));
    t.orang
        .push(orang("a6", "Hadi", Peran::Anggota, Some("jf")));
    t.orang
        .push(orang("a7", "Indra", Peran::Anggota, Some("k1")));
    let f = periksa(&t, &drafts);
    let has = |jenis: &str, baris: Option<&str>, kolom: Option<&str>| {
        f.iter()
            .any(|x| x.jenis == jenis && x.baris.as_deref() == baris && x.kolom.as_deref() == kolom)
    };
    // R3 is the leader's Tambahan RHK: it need not be shared out.
    assert!(!has("mpph.kolom-tanpa-peran", None, Some("R3")), "{f:#?}");
    assert!(has("mpph.orang-tanpa-peran", Some("jf"), None));
    assert!(has("mpph.anggota-tanpa-ketua", Some("a5"), None));
    assert!(has("mpph.ketua-bukan-ketua-tim", Some("a6"), None));
    assert!(has("mpph.orang-tanpa-peran", Some("a7"), None));
    // k2's column mpph1-R3 vanished with the cleared cell: a4's cell is now orphaned.
    assert!(has("mpph2.kolom-yatim", None, Some("mpph1-R3")), "{f:#?}");
    // A level-2 column with no member.
    set_sel(&mut t, &Tingkat::Dua("k1".into()), "a2", "mpph1-R2", "");
    let f = periksa(&t, &drafts);
    assert!(f.iter().any(|x| x.jenis == "mpph2.kolom-tanpa-anggota"
        && x.kolom.as_deref() == Some("mpph1-R2")
        && x.ketua.as_deref() == Some("k1")));
    // A ketua who stops being one leaves a level 2 without a ketua.
    t.orang.iter_mut().find(|o| o.id == "k2").unwrap().peran = Peran::JfLangsung;
    let f = periksa(&t, &drafts);
    assert!(f
        .iter()
        .any(|x| x.jenis == "mpph2.ketua-tidak-ada" && x.ketua.as_deref() == Some("k2")));
    assert!(f.iter().all(|x| !x.pesan.is_empty()));
}

#[test]
fn paste_fills_a_rectangle_and_reports_what_fell_outside() {
    let mut t = tim();
    let drafts = vec![pimpinan()];
    // Rows: k1, k2, jf. Columns: R1, R2, R3.
    let block = "\"Baris satu\nbaris dua\"\t\"Ada \"\"kutip\"\"\"\tlebih\r\nx\t\r\nluar\tluar\r\n";
    let hasil = paste_block(&mut t, &Tingkat::Satu, &drafts, (1, 1), block);
    assert_eq!(
        hasil,
        HasilTempel {
            diubah: 3,
            baris_terabaikan: 1,
            kolom_terabaikan: 1
        }
    );
    assert_eq!(sel(&t, &Tingkat::Satu, "k2", "R2"), "Baris satu\nbaris dua");
    assert_eq!(sel(&t, &Tingkat::Satu, "k2", "R3"), "Ada \"kutip\"");
    assert_eq!(sel(&t, &Tingkat::Satu, "jf", "R2"), "x");
    assert_eq!(
        sel(&t, &Tingkat::Satu, "jf", "R3"),
        "",
        "an empty pasted cell clears"
    );
    // Pasting the same block again changes nothing.
    assert_eq!(
        paste_block(&mut t, &Tingkat::Satu, &drafts, (1, 1), block).diubah,
        0
    );
    let far = paste_block(
        &mut t,
        &Tingkat::Satu,
        &drafts,
        (usize::MAX, usize::MAX),
        "a\tb",
    );
    assert_eq!(far.diubah, 0);
    assert_eq!(far.baris_terabaikan, 1);
}

#[test]
fn csv_export_opens_in_spreadsheets() {
    let mut t = tim();
    let mut drafts = vec![pimpinan()];
    drafts[0].rhk[0].teks = "Meningkatnya layanan — café, \"prima\"".into();
    set_sel(
        &mut t,
        &Tingkat::Satu,
        "k1",
        "R2",
        "- poin satu\n- poin dua",
    );
    let csv = csv_mpph1(&t, &drafts[0]);
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n"));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines[0], "MATRIKS PEMBAGIAN PERAN DAN HASIL");
    // The leader's name "Dr. …, M.Si." holds a comma: the line is quoted.
    assert!(lines[1].starts_with("\"Level 1 — "), "{}", lines[1]);
    assert_eq!(
        lines[2],
        "No,Nama,NIP,Jabatan,\"Meningkatnya layanan — café, \"\"prima\"\"\",Terpenuhinya kebutuhan ASN sesuai Anjab dan ABK,Terkelolanya anggaran badan secara efisien"
    );
    assert_eq!(
        lines[3],
        ",,,IKI,\"Indeks kepuasan ASN; Persentase layanan tepat waktu\",Persentase formasi terisi,Persentase realisasi anggaran"
    );
    assert!(
        lines[4]
            .starts_with("1,Budi Santoso,\"=\"\"199001012015011156\"\"\",Jabatan Budi Santoso,"),
        "{}",
        lines[4]
    );
    assert!(
        csv.contains("\"'- poin satu\n- poin dua\""),
        "bullet list kept as text"
    );
    // Every row has the same number of fields as the header (quoted newlines aside).
    assert_eq!(csv.matches("\r\n").count(), 2 + 2 + 3);
    // Level 2 names its ketua.
    let csv2 = csv_mpph2(&t, "k1", &drafts);
    assert!(csv2.contains("Ketua Tim: Budi Santoso"));
    assert!(csv2.contains("Citra Lestari"));
    assert!(csv2.contains("Terprosesnya usul mutasi"));
    // Orphan columns are exported, marked.
    sync_label_kolom(&mut t, &drafts[0]);
    drafts[0].rhk.retain(|r| r.id != "R3");
    assert!(csv_mpph1(&t, &drafts[0]).contains("[Dihapus dari SKP pimpinan] Terkelolanya anggaran"));
}

#[test]
fn bundle_round_trip() {
    let (t, drafts) = derived();
    let text = write_bundle(&t, &drafts);
    assert!(text.contains("\"format\": \"skp-drafter/tim\""));
    let (t2, d2) = read_bundle(&text).unwrap();
    assert_eq!(t2, t);
    assert_eq!(d2.len(), 8);
    for d in &drafts {
        assert_eq!(d2.iter().find(|x| x.id == d.id), Some(d));
    }
    // A team whose person's draft was deleted from the workspace still round-trips.
    let without: Vec<Draft> = drafts
        .iter()
        .filter(|d| d.id != t.orang[6].draf.clone().unwrap())
        .cloned()
        .collect();
    let (t3, _) = read_bundle(&write_bundle(&t, &without)).unwrap();
    assert_eq!(t3.orang[6].draf, None);
}

fn expect_path(text: &str, path: &str) {
    match read_bundle(text) {
        Err(e) => assert_eq!(e.path(), Some(path), "{e}"),
        Ok(_) => panic!("accepted a bad bundle; expected an error at {path}"),
    }
}

#[test]
fn bad_bundles_are_refused_with_the_path() {
    let (t, drafts) = derived();
    let good = write_bundle(&t, &drafts);
    let v: serde_json::Value = serde_json::from_str(&good).unwrap();
    let edit = |f: &dyn Fn(&mut serde_json::Value)| {
        let mut v = v.clone();
        f(&mut v);
        serde_json::to_string(&v).unwrap()
    };
    expect_path(
        &edit(&|v| v["tim"]["orang"][2]["peran"] = "ketua".into()),
        "$.tim.orang[2].peran",
    );
    let e = read_bundle(&edit(&|v| v["tim"]["orang"][2]["peran"] = "ketua".into())).unwrap_err();
    assert!(e.to_string().contains("nilai tidak dikenal"), "{e}");
    expect_path(
        &edit(&|v| v["draf"][1]["rhk"][0]["teks"] = 5.into()),
        "$.draf[1].rhk[0].teks",
    );
    expect_path(
        &edit(&|v| v["draf"][1]["rhk"][0]["id"] = "".into()),
        "$.draf[1].rhk[0].id",
    );
    expect_path(&edit(&|v| v["tim"]["umur"] = 3.into()), "$.tim.umur");
    expect_path(&edit(&|v| v["draf"] = "x".into()), "$.draf");
    expect_path(
        &edit(&|v| {
            v.as_object_mut().unwrap().remove("tim");
        }),
        "$",
    );
    // Dangling references.
    expect_path(
        &edit(&|v| v["tim"]["pimpinan"] = "nope".into()),
        "$.tim.pimpinan",
    );
    expect_path(
        &edit(&|v| v["tim"]["orang"][3]["ketua"] = "nope".into()),
        "$.tim.orang[3].ketua",
    );
    expect_path(
        &edit(&|v| v["tim"]["orang"][3]["draf"] = "nope".into()),
        "$.tim.orang[3].draf",
    );
    expect_path(
        &edit(&|v| v["tim"]["mpph1"]["sel"][2]["baris"] = "nope".into()),
        "$.tim.mpph1.sel[2].baris",
    );
    expect_path(
        &edit(&|v| v["tim"]["mpph2"][1]["ketua"] = "nope".into()),
        "$.tim.mpph2[1].ketua",
    );
    expect_path(
        &edit(&|v| v["tim"]["mpph2"][0]["sel"][0]["baris"] = "nope".into()),
        "$.tim.mpph2[0].sel[0].baris",
    );
    // Duplicate ids.
    expect_path(
        &edit(&|v| v["tim"]["orang"][1]["id"] = "k1".into()),
        "$.tim.orang[1].id",
    );
    expect_path(
        &edit(&|v| v["draf"][2]["id"] = v["draf"][1]["id"].clone()),
        "$.draf[2].id",
    );
    expect_path(
        &edit(&|v| {
            let s = v["tim"]["mpph1"]["sel"][0].clone();
            v["tim"]["mpph1"]["sel"].as_array_mut().unwrap().push(s);
        }),
        "$.tim.mpph1.sel[5]",
    );
}

#[test]
fn bundle_markers_versions_syntax_and_size() {
    let (t, drafts) = derived();
    let good = write_bundle(&t, &drafts);
    let current = format!("\"version\": {VERSION_TIM}");
    let newer = good.replacen(&current, "\"version\": 99", 1);
    assert_eq!(
        read_bundle(&newer).unwrap_err(),
        FormatError::NewerVersion {
            found: 99,
            supported: VERSION_TIM
        }
    );
    assert!(matches!(
        read_bundle(&good.replacen(&current, "\"version\": \"1\"", 1)),
        Err(FormatError::BadVersion { .. })
    ));
    // A draft file is not a bundle.
    assert!(matches!(
        read_bundle(&write_draft_file(&drafts[0])),
        Err(FormatError::NotTeamFile { .. })
    ));
    for text in [
        "[]",
        "{}",
        "null",
        "{\"format\": \"skp-drafter/draf\", \"version\": 1}",
    ] {
        assert!(
            matches!(read_bundle(text), Err(FormatError::NotTeamFile { .. })),
            "{text}"
        );
    }
    match read_bundle("{\n  \"format\": \"skp-drafter/tim\",\n  \"tim\": {,\n}") {
        Err(FormatError::Syntax {
            line,
            column,
            detail,
        }) => {
            assert_eq!((line, column), (3, 11));
            assert_eq!(detail, "nama kolom harus teks dalam tanda kutip");
        }
        other => panic!("{other:?}"),
    }
    let huge = " ".repeat(MAX_BUNDLE_BYTES + 1);
    assert!(matches!(
        read_bundle(&huge),
        Err(FormatError::TooLarge { .. })
    ));
}

/// A tiny deterministic generator for the robustness test.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

#[test]
fn no_input_makes_anything_panic() {
    let pieces = [
        "\"", "\"\"", "\t", "\n", "\r", "\r\n", "a", "é", "—", " ", ",", "'",
    ];
    let mut rng = Lcg(42);
    let (mut t, mut drafts) = derived();
    let good = write_bundle(&t, &drafts);
    for round in 0..400 {
        let text: String = (0..rng.next() % 30)
            .map(|_| pieces[rng.next() % pieces.len()])
            .collect();
        let rows = parse_tsv(&text);
        assert!(rows.iter().all(|r| !r.is_empty()));
        let tingkat = if round % 2 == 0 {
            Tingkat::Satu
        } else {
            Tingkat::Dua("k1".into())
        };
        paste_block(
            &mut t,
            &tingkat,
            &drafts,
            (rng.next() % 5, rng.next() % 5),
            &text,
        );
        // Cut the bundle anywhere: always an error, never a panic.
        let mut cut = rng.next() % good.len();
        while !good.is_char_boundary(cut) {
            cut -= 1;
        }
        assert!(read_bundle(&good[..cut]).is_err());
        if round % 50 == 0 {
            drafts[0].rhk.rotate_left(1);
            let _ = turunkan(&mut t, &mut drafts);
            let _ = periksa(&t, &drafts);
            let _ = csv_mpph1(&t, &drafts[0]);
            let _ = csv_mpph2(&t, "k2", &drafts);
        }
    }
    // A team with dangling ids everywhere still plans without panicking.
    let mut wild = Tim::new("w", "", "jpt");
    wild.orang.push(orang("x", "", Peran::Anggota, Some("x")));
    wild.orang.push(Orang {
        draf: Some("jpt".into()),
        ..orang("y", "", Peran::KetuaTim, None)
    });
    wild.mpph1.sel.push(Sel {
        baris: "zzz".into(),
        kolom: "R1".into(),
        teks: "t".into(),
    });
    let drafts = vec![pimpinan()];
    let _ = rencana_turunan(&wild, &drafts).unwrap();
    let _ = periksa(&wild, &drafts);
    let _ = kolom_mpph2(&wild, "nope", &drafts);
}

#[test]
fn peran_codes_and_labels() {
    for p in Peran::ALL {
        assert_eq!(Peran::from_code(p.code()), Some(p));
        assert_eq!(serde_json::to_value(p).unwrap(), p.code());
    }
    assert_eq!(Peran::JfLangsung.label(), "JF di bawah pimpinan");
}

#[test]
fn removing_a_ketua_takes_their_cells_and_keeps_the_bundle_valid() {
    let (mut t, drafts) = derived();
    assert_eq!(
        sel_terisi_orang(&t, "k1"),
        2 + 2,
        "own level-1 cells + their level 2"
    );
    assert!(hapus_orang(&mut t, "k1"));
    assert!(!hapus_orang(&mut t, "k1"));
    assert!(t.mpph2_dari("k1").is_none());
    assert!(t.mpph1.sel.iter().all(|s| s.baris != "k1"));
    assert_eq!(t.orang_by_id("a1").unwrap().ketua, None);
    let (back, _) = read_bundle(&write_bundle(&t, &drafts)).unwrap();
    assert_eq!(back, t);
    // The orphaned members' drafts are marked on the next derivation, not deleted.
    let plan = rencana_turunan(&t, &drafts).unwrap();
    assert!(matches!(
        &plan.untuk("a1").unwrap().perubahan[..],
        [Perubahan::PeranBerubah { .. }]
    ));
}

#[test]
fn set_sel_guards_and_label_sync() {
    let mut t = tim();
    assert!(!set_sel(&mut t, &Tingkat::Satu, "nobody", "R1", "x"));
    assert!(!set_sel(&mut t, &Tingkat::Satu, "k1", "", "x"));
    assert!(!set_sel(
        &mut t,
        &Tingkat::Dua("nobody".into()),
        "a1",
        "R1",
        "x"
    ));
    assert!(!set_sel(
        &mut t,
        &Tingkat::Satu,
        "k1",
        "R1",
        "Terselenggaranya layanan mutasi yang cepat"
    ));
    assert!(
        !set_sel(&mut t, &Tingkat::Satu, "jf", "R3", ""),
        "clearing an empty cell"
    );
    assert!(!set_sel(
        &mut t,
        &Tingkat::Dua("k2".into()),
        "a1",
        "R1",
        " "
    ));
    let mut drafts = vec![pimpinan()];
    sync_label_kolom(&mut t, &drafts[0]);
    assert_eq!(t.mpph1.label_kolom.len(), 3);
    drafts[0].rhk.retain(|r| r.id != "R1");
    sync_label_kolom(&mut t, &drafts[0]);
    assert_eq!(
        t.mpph1.label_kolom.len(),
        3,
        "R1 still has cells: its label stays"
    );
    set_sel(&mut t, &Tingkat::Satu, "k1", "R1", "");
    set_sel(&mut t, &Tingkat::Satu, "jf", "R1", "");
    sync_label_kolom(&mut t, &drafts[0]);
    assert_eq!(
        t.mpph1.label_kolom.len(),
        2,
        "an empty orphan column is forgotten"
    );
    assert!(kolom_yatim(&t, &drafts[0]).is_empty());
    // Level-2 labels are recorded too.
    sync_label_mpph2(&mut t, &drafts);
    assert!(t.mpph2.iter().all(|m| !m.label_kolom.is_empty()));
}

#[test]
fn a_team_whose_leader_draft_is_gone_is_not_exported() {
    let t = tim();
    let without_leader: Vec<Draft> = Vec::new();
    let err = export_bundle(&t, &without_leader).unwrap_err();
    assert_eq!(err.path(), Some("$.tim.pimpinan"));
    export_bundle(&t, &[pimpinan()]).expect("with its leader it exports");
}

#[test]
fn new_drafts_are_for_next_year_from_november() {
    assert_eq!(Draft::tahun_baru(2026, 10), 2026);
    assert_eq!(Draft::tahun_baru(2026, 11), 2027);
    assert_eq!(Draft::tahun_baru(2026, 12), 2027);
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = skp_drafter::cli::run(&args, &mut out, &mut err);
    (
        code,
        String::from_utf8_lossy(&out).into_owned(),
        String::from_utf8_lossy(&err).into_owned(),
    )
}

#[test]
fn the_cli_validates_team_files_and_derives_every_persons_skp_deterministically() {
    let dir = std::env::temp_dir().join(format!("skp-derive-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let team = dir.join("bidang.tim.json");
    std::fs::write(&team, write_bundle(&tim(), &[pimpinan()])).unwrap();
    let t = team.to_str().unwrap();
    let (code, out, _) = cli(&["validate", t]);
    assert_eq!(code, 0);
    assert!(out.contains("7 orang"), "{out}");
    let (a, b) = (dir.join("a"), dir.join("b"));
    for d in [&a, &b] {
        let (code, out, err) = cli(&["derive", t, "-o", d.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.lines().count(), 7, "{out}");
    }
    let mut names: Vec<_> = std::fs::read_dir(&a)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    skp_drafter::core::urut::urutkan(&mut names);
    assert!(
        names.contains(&"citra-lestari-2027.skp.json".to_string()),
        "{names:?}"
    );
    for n in &names {
        let x = std::fs::read(a.join(n)).unwrap();
        assert_eq!(
            x,
            std::fs::read(b.join(n)).unwrap(),
            "{n} differs between runs"
        );
        let d = read_draft_file(&String::from_utf8(x).unwrap()).unwrap();
        assert!(!d.rhk.is_empty(), "{n}");
    }
    // A broken team file: exit 2, the path named.
    let mut v: serde_json::Value =
        serde_json::from_str(&write_bundle(&tim(), &[pimpinan()])).unwrap();
    v["tim"]["orang"][1]["peran"] = "kepala".into();
    let bad = dir.join("salah.tim.json");
    std::fs::write(&bad, v.to_string()).unwrap();
    for cmd in ["validate", "derive"] {
        let (code, _, err) = cli(&[
            cmd,
            bad.to_str().unwrap(),
            "-o",
            dir.join("c").to_str().unwrap(),
        ]);
        assert_eq!(code, 2, "{cmd}");
        assert!(err.contains("$.tim.orang[1].peran"), "{cmd}: {err}");
    }
}

#[test]
fn mangled_team_files_never_panic_the_cli() {
    let dir = std::env::temp_dir().join(format!("skp-mangled-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = write_bundle(&tim(), &[pimpinan()]).into_bytes();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let f = dir.join("x.tim.json");
    let o = dir.join("out");
    for _ in 0..3000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut bytes = good.clone();
        let at = (seed as usize) % bytes.len();
        match seed % 3 {
            0 => bytes.truncate(at),
            1 => bytes[at] = (seed >> 8) as u8,
            _ => {
                bytes.remove(at);
            }
        }
        std::fs::write(&f, &bytes).unwrap();
        let (code, _, _) = cli(&["derive", f.to_str().unwrap(), "-o", o.to_str().unwrap()]);
        assert!(code == 0 || code == 2);
    }
}

#[test]
fn a_jf_named_by_its_level_gets_a_jf_draft() {
    let mut t = tim();
    t.orang.iter_mut().find(|o| o.id == "a1").unwrap().jabatan = "Pekerja Sosial Ahli Muda".into();
    let mut drafts = vec![pimpinan()];
    turunkan(&mut t, &mut drafts);
    assert_eq!(
        draf_of(&t, &drafts, "a1").header.jenis_jabatan,
        JenisJabatan::Jf
    );
    assert_eq!(
        draf_of(&t, &drafts, "a2").header.jenis_jabatan,
        JenisJabatan::Ja
    );
}

#[test]
fn the_level2_csv_carries_the_iki_row_like_level1() {
    let (t, mut drafts) = derived();
    // Give the ketua's RHK an IKI: the row under the header names it.
    let k1 = t.orang_by_id("k1").unwrap().draf.clone().unwrap();
    let d = drafts.iter_mut().find(|d| d.id == k1).unwrap();
    let rhk = d
        .rhk
        .iter_mut()
        .find(|r| r.id.starts_with("mpph1-"))
        .unwrap();
    rhk.iki[0].teks = "Persentase usul mutasi yang diproses tepat waktu".into();
    let csv = csv_mpph2(&t, "k1", &drafts);
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[2].starts_with("No,Nama,NIP,Jabatan"), "{csv}");
    assert!(lines[3].starts_with(",,,IKI,"), "{csv}");
    assert!(
        lines[3].contains("Persentase usul mutasi yang diproses tepat waktu"),
        "{csv}"
    );
}

#[test]
fn a_reworded_leader_rhk_marks_derived_rhk_for_review_but_case_and_spacing_do_not() {
    let (mut t, mut drafts) = derived();
    drafts[0].rhk[1].teks = "TERPENUHINYA  kebutuhan ASN sesuai Anjab dan ABK".into();
    turunkan(&mut t, &mut drafts);
    let k1 = draf_of(&t, &drafts, "k1").rhk_by_id("mpph1-R2").unwrap();
    assert_eq!(k1.tinjau, None, "case and spacing are no rewording");
    drafts[0].rhk[1].teks = "Terpenuhinya kebutuhan dan kompetensi ASN".into();
    turunkan(&mut t, &mut drafts);
    let k1 = draf_of(&t, &drafts, "k1").rhk_by_id("mpph1-R2").unwrap();
    assert_eq!(k1.tinjau.as_deref(), Some(TINJAU_ATASAN_BERUBAH));
    // A later derivation keeps the mark until the person has reviewed it.
    turunkan(&mut t, &mut drafts);
    let k1 = draf_of(&t, &drafts, "k1").rhk_by_id("mpph1-R2").unwrap();
    assert_eq!(k1.tinjau.as_deref(), Some(TINJAU_ATASAN_BERUBAH));
}

#[test]
fn the_example_team_derives_into_drafts_with_no_wording_error() {
    let (mut t, mut drafts) = read_bundle(EXAMPLE_TIM).expect("the shipped example reads");
    assert_eq!(t.orang.len(), 7);
    turunkan(&mut t, &mut drafts);
    assert_eq!(drafts.len(), 8, "the leader and seven derived drafts");
    for d in &drafts {
        let errors: Vec<_> = skp_drafter::core::wording::check_draft(d)
            .into_iter()
            .filter(|f| f.finding.severity == skp_drafter::core::wording::Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", d.nama_draf);
    }
    // Two ketua tim, each with a level 2; the JF langsung has a level-1 row only.
    assert_eq!(t.mpph2.len(), 2);
}

#[test]
fn a_team_can_name_another_penilai_for_every_derived_draft() {
    let mut t = tim();
    t.penilai = Some(Identitas {
        nama: "Drs. Hadi Susanto".into(),
        nip: "197001011995031001".into(),
        jabatan: "Kepala Bidang Mutasi".into(),
        ..Default::default()
    });
    let mut drafts = vec![pimpinan()];
    turunkan(&mut t, &mut drafts);
    for who in ["k1", "jf", "a3"] {
        assert_eq!(
            draf_of(&t, &drafts, who).penilai.nama,
            "Drs. Hadi Susanto",
            "{who}"
        );
    }
    // Unset again (or left without a name): the leader appraises.
    t.penilai = Some(Identitas::default());
    turunkan(&mut t, &mut drafts);
    assert_eq!(draf_of(&t, &drafts, "a3").penilai, pimpinan().pegawai);
    // The setting travels in the team file.
    t.penilai = Some(Identitas {
        nama: "X".into(),
        ..Default::default()
    });
    let (back, _) = read_bundle(&write_bundle(&t, &drafts)).unwrap();
    assert_eq!(back.penilai, t.penilai);
}

/// A second unit's team with its own leader, where Citra (anggota in `tim()`) is a JF
/// langsung: one person, two teams.
fn tim_lain(citra: &Orang) -> (Tim, Draft) {
    let mut leader = pimpinan();
    leader.id = "jpt-2".into();
    leader.pegawai.nama = "Ir. Hendra Wijaya".into();
    leader.pegawai.nip = "197001011995031001".into();
    for r in &mut leader.rhk {
        r.id = format!("B{}", r.id);
        for i in &mut r.iki {
            i.id = format!("B{}", i.id);
        }
    }
    let mut t = Tim::new("tim-2", "Sekretariat Daerah", "jpt-2");
    let mut c = citra.clone();
    c.id = "c-di-tim-2".into();
    c.peran = Peran::JfLangsung;
    c.ketua = None;
    c.draf = None;
    t.orang = vec![c, orang("z1", "Zaki Ramadhan", Peran::JfLangsung, None)];
    assert!(set_sel(
        &mut t,
        &Tingkat::Satu,
        "c-di-tim-2",
        "BR1",
        "Tersusunnya kajian layanan terpadu"
    ));
    assert!(set_sel(
        &mut t,
        &Tingkat::Satu,
        "z1",
        "BR2",
        "Tersedianya peta jabatan Setda"
    ));
    (t, leader)
}

fn rhk_citra(drafts: &[Draft]) -> Vec<&Rhk> {
    let nip = tim().orang_by_id("a1").unwrap().nip.clone();
    let d: Vec<&Draft> = drafts.iter().filter(|d| d.pegawai.nip == nip).collect();
    assert_eq!(d.len(), 1, "one SKP for Citra");
    d[0].rhk.iter().collect()
}

#[test]
fn one_person_in_two_teams_gets_both_sets_of_rhk_in_either_order() {
    for team_a_first in [true, false] {
        let mut a = tim();
        let (mut b, leader_b) = tim_lain(a.orang_by_id("a1").unwrap());
        let mut drafts = vec![pimpinan(), leader_b];
        for _round in 0..2 {
            if team_a_first {
                turunkan(&mut a, &mut drafts);
                turunkan(&mut b, &mut drafts);
            } else {
                turunkan(&mut b, &mut drafts);
                turunkan(&mut a, &mut drafts);
            }
        }
        let rhk = rhk_citra(&drafts);
        let from_a = rhk
            .iter()
            .find(|r| r.id == "mpph2-mpph1-R1")
            .expect("team A's RHK");
        assert_eq!(
            from_a.rhk_atasan.id.as_deref(),
            Some("mpph1-R1"),
            "linked to her ketua's RHK"
        );
        assert_eq!(from_a.asal.as_ref().unwrap().tim, "tim-1");
        let from_b = rhk
            .iter()
            .find(|r| r.id == "mpph1-BR1")
            .expect("team B's RHK");
        assert_eq!(
            from_b.rhk_atasan.id.as_deref(),
            Some("BR1"),
            "linked to leader B's RHK"
        );
        assert_eq!(from_b.asal.as_ref().unwrap().tim, "tim-2");
        assert!(
            rhk.iter().all(|r| r.tinjau.is_none()),
            "neither team marks the other's RHK"
        );
        // Both teams point at the one draft, and nothing is left to do in either.
        let id_a = a.orang_by_id("a1").unwrap().draf.clone();
        assert_eq!(id_a, b.orang_by_id("c-di-tim-2").unwrap().draf.clone());
        assert!(
            rencana_turunan(&a, &drafts).unwrap().kosong(),
            "A again: nothing"
        );
        assert!(
            rencana_turunan(&b, &drafts).unwrap().kosong(),
            "B again: nothing"
        );
        // The team that made the draft set the identity; the other filled nothing over it.
        let d = drafts
            .iter()
            .find(|d| Some(&d.id) == id_a.as_ref())
            .unwrap();
        let first_unit = if team_a_first {
            UNIT
        } else {
            "Sekretariat Daerah"
        };
        assert_eq!(d.pegawai.unit_kerja, first_unit);
    }
}

#[test]
fn one_person_in_two_roles_of_one_team_has_one_draft_with_both() {
    let mut t = tim();
    // Andi (JF langsung in level 1) is also an anggota of Budi's team.
    let mut andi = t.orang_by_id("jf").unwrap().clone();
    andi.id = "jf-sbg-anggota".into();
    andi.peran = Peran::Anggota;
    andi.ketua = Some("k1".into());
    t.orang.push(andi);
    assert!(set_sel(
        &mut t,
        &Tingkat::Dua("k1".into()),
        "jf-sbg-anggota",
        "mpph1-R2",
        "Tervalidasinya data ABK"
    ));
    let mut drafts = vec![pimpinan()];
    let plan = turunkan(&mut t, &mut drafts);
    assert_eq!(plan.jumlah_draf_baru(), 7, "seven people, eight rows");
    let d = draf_of(&t, &drafts, "jf");
    assert_eq!(
        Some(&d.id),
        t.orang_by_id("jf-sbg-anggota").unwrap().draf.as_ref()
    );
    let ids: Vec<&str> = d.rhk.iter().map(|r| r.id.as_str()).collect();
    assert!(
        ids.contains(&"mpph1-R1") && ids.contains(&"mpph2-mpph1-R2"),
        "{ids:?}"
    );
    assert!(d.rhk.iter().all(|r| r.tinjau.is_none()));
    assert!(rencana_turunan(&t, &drafts).unwrap().kosong());
    // Leaving one role marks only that role's RHK.
    t.orang.retain(|o| o.id != "jf-sbg-anggota");
    turunkan(&mut t, &mut drafts);
    let d = draf_of(&t, &drafts, "jf");
    let r = d.rhk.iter().find(|r| r.id == "mpph2-mpph1-R2").unwrap();
    assert_eq!(r.tinjau.as_deref(), Some(TINJAU_BUKAN_BARIS));
    assert!(d
        .rhk
        .iter()
        .find(|r| r.id == "mpph1-R1")
        .unwrap()
        .tinjau
        .is_none());
}

#[test]
fn a_member_who_rewords_a_derived_rhk_keeps_their_wording_and_the_link() {
    let (mut t, mut drafts) = derived();
    let id = t.orang_by_id("a1").unwrap().draf.clone().unwrap();
    let pos = drafts.iter().position(|d| d.id == id).unwrap();
    let mine = "Terprosesnya usul mutasi ASN secara lengkap dan tepat waktu";
    drafts[pos]
        .rhk
        .iter_mut()
        .find(|r| r.id == "mpph2-mpph1-R1")
        .unwrap()
        .teks = mine.into();
    assert!(
        rencana_turunan(&t, &drafts).unwrap().kosong(),
        "their wording is not a change to undo"
    );
    // The ketua changes the cell: the member's wording stays, and they are told.
    assert!(set_sel(
        &mut t,
        &Tingkat::Dua("k1".into()),
        "a1",
        "mpph1-R1",
        "Terprosesnya usul mutasi dan rotasi"
    ));
    let plan = turunkan(&mut t, &mut drafts);
    let p = plan.untuk("a1").unwrap();
    assert!(
        matches!(&p.perubahan[..], [Perubahan::SelBerubahRumusanTetap { sel, .. }] if sel == "Terprosesnya usul mutasi dan rotasi"),
        "{:?}",
        p.perubahan
    );
    let r = draf_of(&t, &drafts, "a1")
        .rhk
        .iter()
        .find(|r| r.id == "mpph2-mpph1-R1")
        .unwrap()
        .clone();
    assert_eq!(r.teks, mine);
    assert_eq!(r.rhk_atasan.id.as_deref(), Some("mpph1-R1"));
    assert_eq!(r.tinjau.as_deref(), Some(TINJAU_SEL_BERUBAH));
    assert!(rencana_turunan(&t, &drafts).unwrap().kosong(), "said once");
    // A member who did not reword follows the cell as before.
    assert!(set_sel(
        &mut t,
        &Tingkat::Dua("k1".into()),
        "a2",
        "mpph1-R2",
        "Tersedianya data ABK seluruh unit"
    ));
    turunkan(&mut t, &mut drafts);
    let r = draf_of(&t, &drafts, "a2")
        .rhk
        .iter()
        .find(|r| r.id == "mpph2-mpph1-R2")
        .unwrap();
    assert_eq!(r.teks, "Tersedianya data ABK seluruh unit");
}

#[test]
fn jenis_jabatan_and_penilai_per_person() {
    let mut t = tim();
    // Budi's jabatan says nothing of JF, but he is one; Eka has her own penilai.
    let k1 = t.orang.iter_mut().find(|o| o.id == "k1").unwrap();
    k1.jenis = Some(JenisJabatan::Jf);
    let eka = t.orang.iter_mut().find(|o| o.id == "a3").unwrap();
    eka.penilai = Some(Identitas {
        nama: "Drs. Yusuf Hidayat".into(),
        jabatan: "Sekretaris Badan".into(),
        ..Default::default()
    });
    let mut drafts = vec![pimpinan()];
    turunkan(&mut t, &mut drafts);
    assert_eq!(
        draf_of(&t, &drafts, "k1").header.jenis_jabatan,
        JenisJabatan::Jf
    );
    assert_eq!(
        draf_of(&t, &drafts, "k2").header.jenis_jabatan,
        JenisJabatan::Ja,
        "unsaid: JA"
    );
    assert_eq!(
        draf_of(&t, &drafts, "a3").penilai.nama,
        "Drs. Yusuf Hidayat"
    );
    assert_eq!(
        draf_of(&t, &drafts, "a4").penilai.nama,
        "Dr. Ratna Wulandari, M.Si.",
        "the others: the leader"
    );
    // Said later, it changes an existing draft, in the plan.
    t.orang.iter_mut().find(|o| o.id == "k2").unwrap().jenis = Some(JenisJabatan::Jf);
    let plan = turunkan(&mut t, &mut drafts);
    assert!(plan
        .untuk("k2")
        .unwrap()
        .perubahan
        .contains(&Perubahan::JenisBerubah {
            lama: JenisJabatan::Ja,
            baru: JenisJabatan::Jf
        }));
    assert_eq!(
        draf_of(&t, &drafts, "k2").header.jenis_jabatan,
        JenisJabatan::Jf
    );
    // Both travel in the team file.
    let (t2, _) = read_bundle(&write_bundle(&t, &drafts)).unwrap();
    assert_eq!(t2, t);
}

/// The leader's RHK with a countable target, for direct cascading.
fn pimpinan_pangan() -> Draft {
    let mut d = pimpinan();
    let mut r = rhk_pimpinan(
        "R4",
        JenisRhk::Utama,
        "Tersalurkannya cadangan pangan pemerintah",
        &[
            "Jumlah cadangan pangan tersalurkan",
            "Persentase penerima tepat sasaran",
        ],
    );
    r.iki[0].target = Target {
        nilai: "10".into(),
        satuan: "ton".into(),
        ..Default::default()
    };
    d.rhk.push(r);
    d
}

#[test]
fn a_direct_column_shares_the_leaders_iki_and_its_sum_is_checked() {
    let mut t = tim();
    t.set_langsung(&Tingkat::Satu, "R4", Some(Basis::BebanTarget));
    assert!(set_sel(&mut t, &Tingkat::Satu, "k1", "R4", "6"));
    assert!(set_sel(&mut t, &Tingkat::Satu, "k2", "R4", "4 ton"));
    let mut drafts = vec![pimpinan_pangan()];
    assert_eq!(
        jumlah_matriks(&t, &Tingkat::Satu, &drafts)[0].1.ringkas(),
        "10 dari 10 ton"
    );
    assert!(!periksa(&t, &drafts)
        .iter()
        .any(|f| f.jenis == "mpph.langsung-jumlah"));
    turunkan(&mut t, &mut drafts);
    let r = draf_of(&t, &drafts, "k1")
        .rhk_by_id("mpph1-R4")
        .unwrap()
        .clone();
    assert_eq!(
        r.teks, "Tersalurkannya cadangan pangan pemerintah",
        "the leader's RHK"
    );
    assert_eq!(r.rhk_atasan.id.as_deref(), Some("R4"));
    assert_eq!(r.iki.len(), 2, "every IKI of the leader's RHK, none empty");
    assert_eq!(r.iki[0].teks, "Jumlah cadangan pangan tersalurkan");
    assert_eq!(r.iki[0].target.display(), "6 ton");
    assert_eq!(
        r.iki[0].aspek,
        Some(skp_drafter::core::model::Aspek::Kuantitas),
        "an SKP JA gets aspek"
    );
    assert_eq!(r.iki[0].perspektif, None);
    assert_eq!(
        r.iki[1].target.display(),
        "90 %",
        "the other IKI keeps the leader's target"
    );
    assert_eq!(
        draf_of(&t, &drafts, "k2")
            .rhk_by_id("mpph1-R4")
            .unwrap()
            .iki[0]
            .target
            .display(),
        "4 ton"
    );
    assert!(rencana_turunan(&t, &drafts).unwrap().kosong());

    // The parts stop adding up: said, for that column.
    assert!(set_sel(&mut t, &Tingkat::Satu, "k2", "R4", "3"));
    let f: Vec<_> = periksa(&t, &drafts)
        .into_iter()
        .filter(|f| f.jenis == "mpph.langsung-jumlah")
        .collect();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].kolom.as_deref(), Some("R4"));
    assert!(f[0].pesan.contains("9 dari 10 ton"), "{}", f[0].pesan);
    // A changed share reaches the person's IKI, their own IKI untouched.
    let id = t.orang_by_id("k2").unwrap().draf.clone().unwrap();
    let pos = drafts.iter().position(|d| d.id == id).unwrap();
    drafts[pos]
        .rhk
        .iter_mut()
        .find(|r| r.id == "mpph1-R4")
        .unwrap()
        .iki
        .push(Iki {
            id: "milik-sendiri".into(),
            teks: "Jumlah gudang diperiksa".into(),
            ..Default::default()
        });
    let plan = turunkan(&mut t, &mut drafts);
    assert!(plan.untuk("k2").unwrap().perubahan.iter().any(|p| matches!(p, Perubahan::IkiLangsung { lama: Some(l), baru, .. } if l == "4 ton" && baru == "3 ton")));
    let r = draf_of(&t, &drafts, "k2").rhk_by_id("mpph1-R4").unwrap();
    assert_eq!(r.iki[0].target.display(), "3 ton");
    assert!(r.iki.iter().any(|i| i.id == "milik-sendiri"));
    // Both travel in the team file.
    let (t2, _) = read_bundle(&write_bundle(&t, &drafts)).unwrap();
    assert_eq!(t2.langsung(&Tingkat::Satu, "R4"), Some(Basis::BebanTarget));
}

#[test]
fn a_direct_column_by_wilayah_names_the_area_and_a_percent_is_never_summed() {
    let mut t = tim();
    t.set_langsung(&Tingkat::Satu, "R4", Some(Basis::Wilayah));
    t.set_langsung(&Tingkat::Satu, "R1", Some(Basis::BebanTarget));
    assert!(set_sel(
        &mut t,
        &Tingkat::Satu,
        "k1",
        "R4",
        "Kecamatan Utara: 6"
    ));
    assert!(set_sel(
        &mut t,
        &Tingkat::Satu,
        "k2",
        "R4",
        "Kecamatan Selatan: 4"
    ));
    assert!(set_sel(&mut t, &Tingkat::Satu, "k2", "R1", "45"));
    let mut drafts = vec![pimpinan_pangan()];
    let sums = jumlah_matriks(&t, &Tingkat::Satu, &drafts);
    assert_eq!(sums.len(), 1, "R1 is a %: never summed");
    assert!(sums[0].1.cocok());
    turunkan(&mut t, &mut drafts);
    let r = draf_of(&t, &drafts, "k1").rhk_by_id("mpph1-R4").unwrap();
    assert_eq!(
        r.teks,
        "Tersalurkannya cadangan pangan pemerintah (Kecamatan Utara)"
    );
    assert_eq!(r.iki[0].target.display(), "6 ton");
    // Unmarked, the column is an ordinary one again; the CSV says which are direct.
    let csv = csv_mpph1(&t, &drafts[0]);
    assert!(csv.contains("[kaskade langsung: wilayah]"), "{csv}");
    t.set_langsung(&Tingkat::Satu, "R4", None);
    assert_eq!(t.langsung(&Tingkat::Satu, "R4"), None);
}

#[test]
fn an_utama_column_nobody_takes_is_said_a_tambahan_one_is_not() {
    let mut t = tim();
    for (b, k, _) in L1.iter().filter(|(_, k, _)| *k == "R2" || *k == "R3") {
        set_sel(&mut t, &Tingkat::Satu, b, k, "");
    }
    let f = periksa(&t, &[pimpinan()]);
    let kosong = |k: &str| {
        f.iter()
            .any(|x| x.jenis == "mpph.kolom-tanpa-peran" && x.kolom.as_deref() == Some(k))
    };
    assert!(kosong("R2"), "{f:#?}");
    assert!(!kosong("R3"));
    let cols = kolom_mpph1(&pimpinan());
    assert_eq!(
        cols.iter().map(|k| k.tambahan).collect::<Vec<_>>(),
        [false, false, true],
        "Tambahan last"
    );
}

#[test]
fn a_deleted_columns_cells_move_to_another_column_in_one_step() {
    let mut t = tim();
    let mut leader = pimpinan();
    // R2 is deleted from the leader's draft: its cells (k1, k2) are an orphan column.
    leader.rhk.retain(|r| r.id != "R2");
    assert_eq!(kolom_yatim(&t, &leader).len(), 1);
    // k1 already has R1: that cell is not written over.
    let (moved, kept) = pindah_kolom(&mut t, &Tingkat::Satu, "R2", "R1");
    assert_eq!((moved, kept), (1, 1));
    assert_eq!(
        sel(&t, &Tingkat::Satu, "k2", "R1"),
        "Tersedianya data formasi yang akurat"
    );
    assert_eq!(
        sel(&t, &Tingkat::Satu, "k1", "R1"),
        "Terselenggaranya layanan mutasi yang cepat"
    );
    assert_eq!(
        sel(&t, &Tingkat::Satu, "k1", "R2"),
        "Tersusunnya peta kebutuhan ASN",
        "kept where it was"
    );
    assert_eq!(pindah_kolom(&mut t, &Tingkat::Satu, "R2", "R2"), (0, 0));
}

#[test]
fn the_example_team_has_a_direct_column_that_adds_up_and_derives_shares() {
    let (mut t, mut drafts) = read_bundle(EXAMPLE_TIM).unwrap();
    assert_eq!(t.langsung(&Tingkat::Satu, "rhk-8"), Some(Basis::Tahapan));
    let sums = jumlah_matriks(&t, &Tingkat::Satu, &drafts);
    assert_eq!(sums.len(), 1);
    assert!(sums[0].1.cocok(), "{}", sums[0].1.ringkas());
    assert!(!periksa(&t, &drafts)
        .iter()
        .any(|f| f.jenis == "mpph.langsung-jumlah"));
    turunkan(&mut t, &mut drafts);
    let r = draf_of(&t, &drafts, "k2").rhk_by_id("mpph1-rhk-8").unwrap();
    assert!(r.teks.ends_with("(Pelatihan klasikal)"), "{}", r.teks);
    assert_eq!(r.iki[0].target.display(), "250 Orang");
    assert_eq!(
        draf_of(&t, &drafts, "k1").header.jenis_jabatan,
        JenisJabatan::Jf,
        "Pranata Komputer Ahli Muda"
    );
}

#[test]
fn one_nip_on_two_names_is_said() {
    let mut t = tim();
    let nip = t.orang_by_id("k1").unwrap().nip.clone();
    t.orang.iter_mut().find(|o| o.id == "a4").unwrap().nip = nip.clone();
    let f = periksa(&t, &[pimpinan()]);
    assert!(
        f.iter()
            .any(|x| x.jenis == "mpph.nip-sama-nama-beda" && x.baris.as_deref() == Some("a4")),
        "{f:#?}"
    );
    // The same person in two roles, the name written alike, is not a finding.
    t.orang.iter_mut().find(|o| o.id == "a4").unwrap().nama = "budi santoso".into();
    assert!(!periksa(&t, &[pimpinan()])
        .iter()
        .any(|x| x.jenis == "mpph.nip-sama-nama-beda"));
}

#[test]
fn an_rhk_split_per_iki_gives_one_column_per_iki_and_links_to_the_rhk() {
    let mut t = tim();
    let leader = pimpinan();
    // R1 has two IKI; Budi takes the first, Andi (JF) the second.
    set_per_iki(&mut t, &leader, "R1", true);
    let cols = kolom_level1(&t, &leader);
    let ids: Vec<&str> = cols.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(ids, ["R1~R1-iki0", "R1~R1-iki1", "R2", "R3"]);
    // The whole-RHK cells moved to the first IKI's column.
    assert_eq!(
        sel(&t, &Tingkat::Satu, "k1", "R1~R1-iki0"),
        "Terselenggaranya layanan mutasi yang cepat"
    );
    assert_eq!(sel(&t, &Tingkat::Satu, "k1", "R1"), "");
    set_sel(&mut t, &Tingkat::Satu, "jf", "R1~R1-iki0", "");
    set_sel(
        &mut t,
        &Tingkat::Satu,
        "jf",
        "R1~R1-iki1",
        "Terselesaikannya layanan sesuai standar waktu",
    );
    let mut drafts = vec![leader.clone()];
    turunkan(&mut t, &mut drafts);
    let r = draf_of(&t, &drafts, "jf")
        .rhk_by_id("mpph1-R1~R1-iki1")
        .unwrap();
    assert_eq!(
        r.rhk_atasan.id.as_deref(),
        Some("R1"),
        "linked to the leader's RHK"
    );
    assert_eq!(
        r.rhk_atasan.teks,
        "Meningkatnya kualitas layanan kepegawaian (IKI: Persentase layanan tepat waktu)"
    );
    assert!(
        rows_mpph1(&t, &leader)[3].contains(&"Persentase layanan tepat waktu".to_string()),
        "the IKI row names each column's IKI"
    );
    assert!(periksa(&t, &drafts)
        .iter()
        .all(|f| f.jenis != "mpph.kolom-yatim"));
    // Joined back: cells return to the RHK's column where it is free; none is lost.
    set_per_iki(&mut t, &leader, "R1", false);
    assert_eq!(kolom_level1(&t, &leader).len(), 3);
    assert_eq!(
        sel(&t, &Tingkat::Satu, "k1", "R1"),
        "Terselenggaranya layanan mutasi yang cepat"
    );
    assert_eq!(
        sel(&t, &Tingkat::Satu, "jf", "R1"),
        "Terselesaikannya layanan sesuai standar waktu"
    );
    // The team file keeps the choice.
    set_per_iki(&mut t, &leader, "R1", true);
    let (t2, _) = read_bundle(&write_bundle(&t, &drafts)).unwrap();
    assert_eq!(t2.mpph1.per_iki, ["R1"]);
}

#[test]
fn level2_columns_are_the_ketuas_rhk_from_level1_first_then_their_own() {
    let (mut t, mut drafts) = derived();
    let id = t.orang_by_id("k1").unwrap().draf.clone().unwrap();
    let pos = drafts.iter().position(|d| d.id == id).unwrap();
    // Budi's own RHK typed above the derived ones, and a Tambahan.
    drafts[pos].rhk.insert(
        0,
        Rhk {
            id: "sendiri".into(),
            teks: "Tersusunnya SOP layanan mutasi".into(),
            ..Default::default()
        },
    );
    drafts[pos].rhk.insert(
        0,
        Rhk {
            id: "tambah".into(),
            jenis: JenisRhk::Tambahan,
            teks: "Terlaksananya tugas tambahan".into(),
            ..Default::default()
        },
    );
    let ids: Vec<String> = kolom_mpph2(&t, "k1", &drafts)
        .into_iter()
        .map(|k| k.id)
        .collect();
    assert_eq!(ids, ["mpph1-R1", "mpph1-R2", "sendiri", "tambah"]);
    turunkan(&mut t, &mut drafts);
}
