//! "Salin ke e-Kinerja": the draft in the order e-Kinerja asks for it, one value per entry,
//! so a user can copy each into the national system field by field. Each entry has a stable
//! key (by ids, not positions), so a tick "already copied" survives edits elsewhere.

use crate::core::model::{Draft, JenisRhk, LampiranKind, Pendekatan, BERAKHLAK};

/// One value to copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entri {
    /// Stable key for the "copied" tick: `periode`, `rhk/<id>/teks`, `iki/<id>/target`, …
    pub kunci: String,
    /// The section heading it belongs to ("RHK 1 · Utama").
    pub bagian: String,
    /// e-Kinerja's name for the field.
    pub label: String,
    pub nilai: String,
}

/// Every value, in e-Kinerja's entry order: periode and pendekatan; per RHK the RHK atasan
/// to intervene, the RHK, its jenis, then per IKI the aspek, IKI, target, satuan and
/// perspektif; the perilaku expectations; the lampiran. Empty values are left out.
pub fn urutan(d: &Draft) -> Vec<Entri> {
    let mut out = Vec::new();
    let mut push = |kunci: String, bagian: &str, label: &str, nilai: &str| {
        let nilai = nilai.trim();
        if !nilai.is_empty() {
            out.push(Entri {
                kunci,
                bagian: bagian.to_string(),
                label: label.to_string(),
                nilai: nilai.to_string(),
            });
        }
    };
    let p = &d.header.periode;
    push("periode/mulai".into(), "SKP", "Periode awal", &p.mulai);
    push("periode/selesai".into(), "SKP", "Periode akhir", &p.selesai);
    let pendekatan = match d.header.pendekatan {
        Pendekatan::Kuantitatif => "Kuantitatif",
        Pendekatan::Kualitatif => "Kualitatif",
    };
    push("pendekatan".into(), "SKP", "Pendekatan", pendekatan);
    for jenis in JenisRhk::ALL {
        for (n, r) in d.rhk_jenis(jenis).enumerate() {
            let jenis_label = match jenis {
                JenisRhk::Utama => "Utama",
                JenisRhk::Tambahan => "Tambahan",
            };
            let bagian = format!("RHK {} {}", jenis_label, n + 1);
            push(
                format!("rhk/{}/atasan", r.id),
                &bagian,
                "Rencana hasil kerja pimpinan yang diintervensi",
                &r.rhk_atasan.teks,
            );
            push(
                format!("rhk/{}/teks", r.id),
                &bagian,
                "Rencana hasil kerja",
                &r.teks,
            );
            push(format!("rhk/{}/jenis", r.id), &bagian, "Jenis", jenis_label);
            for (k, i) in r.iki.iter().enumerate() {
                let b = format!("{bagian} · IKI {}", k + 1);
                let aspek = i.aspek.map_or("", |a| a.label());
                push(format!("iki/{}/aspek", i.id), &b, "Aspek", aspek);
                push(
                    format!("iki/{}/teks", i.id),
                    &b,
                    "Indikator kinerja individu",
                    &i.teks,
                );
                let t = &i.target;
                let nilai = if t.is_range() {
                    format!("{} - {}", t.nilai.trim(), t.nilai_maks.trim())
                } else {
                    t.nilai.trim().to_string()
                };
                push(format!("iki/{}/target", i.id), &b, "Target", &nilai);
                push(format!("iki/{}/satuan", i.id), &b, "Satuan", &t.satuan);
                let perspektif = i.perspektif.map_or("", |p| p.label());
                push(
                    format!("iki/{}/perspektif", i.id),
                    &b,
                    "Perspektif",
                    perspektif,
                );
            }
        }
    }
    for v in BERAKHLAK.iter() {
        push(
            format!("perilaku/{}", v.nilai.code()),
            "Perilaku kerja",
            &format!("Ekspektasi khusus pimpinan: {}", v.label),
            d.perilaku.ekspektasi(v.nilai),
        );
    }
    for kind in [
        LampiranKind::DukunganSumberDaya,
        LampiranKind::SkemaPertanggungjawaban,
        LampiranKind::Konsekuensi,
    ] {
        for (n, item) in d.lampiran.list(kind).iter().enumerate() {
            push(
                format!("lampiran/{}/{}", kind.code(), n),
                "Lampiran",
                kind.label(),
                item,
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::format::{read_draft_file, EXAMPLE_JPT};

    #[test]
    fn entries_follow_e_kinerja_order_with_stable_keys() {
        let d = read_draft_file(EXAMPLE_JPT).unwrap();
        let e = urutan(&d);
        let labels: Vec<&str> = e.iter().map(|x| x.label.as_str()).collect();
        assert_eq!(
            &labels[..3],
            ["Periode awal", "Periode akhir", "Pendekatan"]
        );
        let pos = |k: &str| e.iter().position(|x| x.kunci == k).unwrap();
        let r = &d.rhk[0];
        let i = &r.iki[0];
        assert!(pos(&format!("rhk/{}/teks", r.id)) < pos(&format!("iki/{}/teks", i.id)));
        assert!(pos(&format!("iki/{}/teks", i.id)) < pos(&format!("iki/{}/target", i.id)));
        assert!(pos(&format!("iki/{}/target", i.id)) < pos(&format!("iki/{}/satuan", i.id)));
        assert!(e.iter().all(|x| !x.nilai.is_empty()));
        let keys: std::collections::HashSet<_> = e.iter().map(|x| &x.kunci).collect();
        assert_eq!(keys.len(), e.len(), "keys are unique");
        let last_rhk = e.iter().rposition(|x| x.kunci.starts_with("iki/")).unwrap();
        let first_perilaku = e
            .iter()
            .position(|x| x.kunci.starts_with("perilaku/"))
            .unwrap();
        assert!(last_rhk < first_perilaku);
    }
}
