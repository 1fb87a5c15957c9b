//! The predikat role-play: the kuadran of PermenPANRB 6/2022 and the spread limits of SE
//! MenPANRB 3/2023 as a trainer uses them.

use skp_drafter::core::mpph::{read_bundle, EXAMPLE_TIM};
use skp_drafter::core::predikat::*;
use Predikat as P;
use Rating::*;

#[test]
fn the_kuadran_gives_each_pair_of_ratings_its_predikat() {
    let table = [
        (DiatasEkspektasi, DibawahEkspektasi, P::Kurang),
        (DiatasEkspektasi, SesuaiEkspektasi, P::Baik),
        (DiatasEkspektasi, DiatasEkspektasi, P::SangatBaik),
        (SesuaiEkspektasi, DibawahEkspektasi, P::Kurang),
        (SesuaiEkspektasi, SesuaiEkspektasi, P::Baik),
        (SesuaiEkspektasi, DiatasEkspektasi, P::Baik),
        (DibawahEkspektasi, DibawahEkspektasi, P::SangatKurang),
        (DibawahEkspektasi, SesuaiEkspektasi, P::ButuhPerbaikan),
        (DibawahEkspektasi, DiatasEkspektasi, P::ButuhPerbaikan),
    ];
    for (h, p, want) in table {
        assert_eq!(predikat(h, p), want, "{h:?} / {p:?}");
    }
    assert_eq!(P::Kurang.label(), "Kurang/Misconduct");
    assert_eq!(
        Rating::from_code("sesuai_ekspektasi"),
        Some(SesuaiEkspektasi)
    );
}

fn sebaran(n: &[(Predikat, usize)]) -> Sebaran {
    Sebaran::dari(n.iter().flat_map(|(p, k)| std::iter::repeat_n(*p, *k)))
}

#[test]
fn a_baik_unit_allows_at_most_70_percent_baik_and_needs_someone_below() {
    let syarat = PredikatUnit::Baik.syarat_bawaan();
    // 7 of 10 Baik is exactly 70%: met. Nobody below Baik: broken.
    let s = sebaran(&[(P::SangatBaik, 3), (P::Baik, 7)]);
    let h = periksa_sebaran(&s, &syarat);
    assert!(h[0].terpenuhi, "{}", h[0].pesan);
    assert!(!h[1].terpenuhi);
    assert!(
        h[1].pesan
            .contains("Harus ada Butuh Perbaikan dan/atau Kurang/Misconduct"),
        "{}",
        h[1].pesan
    );
    // 8 of 10 Baik: one too many, and said so.
    let s = sebaran(&[(P::Baik, 8), (P::ButuhPerbaikan, 2)]);
    let h = periksa_sebaran(&s, &syarat);
    assert!(!h[0].terpenuhi);
    assert!(
        h[0].pesan.contains("80%") && h[0].pesan.contains("kelebihan 1 orang"),
        "{}",
        h[0].pesan
    );
    assert!(h[1].terpenuhi);
}

#[test]
fn the_other_unit_predikat_bound_the_spread_as_the_circular_says() {
    // Butuh Perbaikan: at least 60% BP, at most 10% SB.
    let s = sebaran(&[(P::ButuhPerbaikan, 6), (P::Baik, 3), (P::SangatBaik, 1)]);
    assert!(
        periksa_sebaran(&s, &PredikatUnit::ButuhPerbaikan.syarat_bawaan())
            .iter()
            .all(|h| h.terpenuhi)
    );
    let s = sebaran(&[(P::ButuhPerbaikan, 5), (P::Baik, 3), (P::SangatBaik, 2)]);
    let h = periksa_sebaran(&s, &PredikatUnit::ButuhPerbaikan.syarat_bawaan());
    assert!(
        !h[0].terpenuhi && h[0].pesan.contains("kurang 1 orang"),
        "{}",
        h[0].pesan
    );
    assert!(!h[1].terpenuhi);
    // Kurang: at least 60% Kurang, at least 10% BP, at most 10% SB.
    let s = sebaran(&[(P::Kurang, 6), (P::ButuhPerbaikan, 1), (P::Baik, 3)]);
    assert!(periksa_sebaran(&s, &PredikatUnit::Kurang.syarat_bawaan())
        .iter()
        .all(|h| h.terpenuhi));
    // Sangat Kurang: no Sangat Baik at all.
    let s = sebaran(&[(P::SangatKurang, 8), (P::Kurang, 1), (P::SangatBaik, 1)]);
    let h = periksa_sebaran(&s, &PredikatUnit::SangatKurang.syarat_bawaan());
    assert!(h[0].terpenuhi && h[1].terpenuhi);
    assert!(!h[2].terpenuhi && h[2].syarat.teks() == "tidak ada Sangat Baik");
    // Istimewa: at most 70% Sangat Baik; 7 of 9 is 77.8%.
    let s = sebaran(&[(P::SangatBaik, 7), (P::Baik, 2)]);
    let h = periksa_sebaran(&s, &PredikatUnit::Istimewa.syarat_bawaan());
    assert!(
        !h[0].terpenuhi && h[0].pesan.contains("77,8%"),
        "{}",
        h[0].pesan
    );
}

#[test]
fn nobody_rated_breaks_nothing_but_says_so() {
    let h = periksa_sebaran(&Sebaran::default(), &PredikatUnit::Baik.syarat_bawaan());
    assert!(h
        .iter()
        .all(|h| !h.terpenuhi && h.pesan.contains("belum ada pegawai")));
}

#[test]
fn edited_limits_replace_the_defaults_and_draw_as_bands() {
    let mut l = LatihanPredikat {
        unit: PredikatUnit::Baik,
        ..Default::default()
    };
    assert_eq!(rentang(&l.syarat(), P::Baik), (0, 70));
    l.syarat = Some(vec![Syarat {
        kelompok: vec![P::Baik],
        batas: Batas::PalingBanyak(60),
    }]);
    assert_eq!(rentang(&l.syarat(), P::Baik), (0, 60));
    assert_eq!(
        rentang(&PredikatUnit::Kurang.syarat_bawaan(), P::Kurang),
        (60, 100)
    );
}

#[test]
fn a_team_rates_each_person_once_and_keeps_the_role_play_in_its_file() {
    let (mut tim, _) = read_bundle(EXAMPLE_TIM).unwrap();
    // A second row for the first person (same NIP, another role) is not a second person.
    let mut dup = tim.orang[0].clone();
    dup.id = "baris-kedua".into();
    tim.orang.push(dup);
    let orang: Vec<String> = orang_dinilai(&tim).iter().map(|o| o.id.clone()).collect();
    assert_eq!(orang.len(), tim.orang.len() - 1);

    let mut l = LatihanPredikat::default();
    l.penilaian.insert(
        orang[0].clone(),
        Penilaian {
            hasil_kerja: Some(DiatasEkspektasi),
            perilaku: Some(DiatasEkspektasi),
        },
    );
    // Half-rated people are not counted yet.
    l.penilaian.insert(
        orang[1].clone(),
        Penilaian {
            hasil_kerja: Some(SesuaiEkspektasi),
            perilaku: None,
        },
    );
    let s = l.sebaran(orang.iter().map(String::as_str));
    assert_eq!((s.total, s.jumlah(P::SangatBaik)), (1, 1));

    tim.predikat = Some(l.clone());
    let text = serde_json::to_string(&tim).unwrap();
    assert!(
        text.contains("\"hasil_kerja\":\"diatas_ekspektasi\""),
        "{text}"
    );
    let back: skp_drafter::core::mpph::Tim = serde_json::from_str(&text).unwrap();
    assert_eq!(back.predikat, Some(l));
}
