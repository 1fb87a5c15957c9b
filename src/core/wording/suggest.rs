//! Rewrites an activity verb or a category noun into its result form:
//! menyusun → Tersusunnya, mengelola → Terkelolanya, pengawasan → Terawasinya.
//!
//! The regular rule is ter- + stem (+ the verb's -kan/-i) + -nya. Stems where that gives
//! an odd word (memberikan → *terberikannya) or where the natural result is another form
//! (meningkatkan → Meningkatnya) are in a curated map.

use super::morphology::{Analysis, Prefix, Suffix};

/// The result word for a stem, or `None` when the stem only names an activity
/// (melaksanakan, mengikuti): then the user must name the product.
static CURATED: &[(&str, Option<&str>)] = &[
    ("ada", Some("Tersedianya")),
    ("administrasi", Some("Tertibnya administrasi")),
    ("ajar", None),
    ("arah", Some("Terarahnya")),
    ("asistensi", Some("Terdampinginya")),
    ("awas", Some("Terawasinya")),
    ("baik", Some("Membaiknya")),
    ("bantu", Some("Terbantunya")),
    ("beri", Some("Tersampaikannya")),
    ("bimbing", None),
    ("buat", Some("Tersusunnya")),
    ("capai", Some("Tercapainya")),
    ("cepat", Some("Meningkatnya kecepatan")),
    ("damping", Some("Terdampinginya")),
    ("data", Some("Terdatanya")),
    ("didik", None),
    ("distribusi", Some("Terdistribusikannya")),
    ("dokumentasi", Some("Terdokumentasikannya")),
    ("dukung", Some("Terdukungnya")),
    ("guna", Some("Digunakannya")),
    ("hadir", None),
    ("hasil", Some("Tersedianya")),
    ("ikut", None),
    ("isi", Some("Terisinya")),
    ("jalan", Some("Berjalannya")),
    ("kembang", Some("Berkembangnya")),
    ("konsultasi", Some("Terlayaninya konsultasi")),
    ("koordinasi", Some("Terkoordinasinya")),
    ("kuat", Some("Menguatnya")),
    ("kumpul", Some("Terkumpulnya")),
    ("kurang", Some("Berkurangnya")),
    ("laksana", None),
    ("laku", None),
    ("langsung", None),
    ("lapor", Some("Tersusunnya laporan")),
    ("latih", None),
    ("layan", Some("Terlayaninya")),
    ("luas", Some("Meluasnya")),
    ("manfaat", Some("Dimanfaatkannya")),
    ("monitor", Some("Terpantaunya")),
    ("monitoring", Some("Terpantaunya")),
    ("naik", Some("Meningkatnya")),
    ("penuh", Some("Terpenuhinya")),
    ("publikasi", Some("Terpublikasikannya")),
    ("rekapitulasi", Some("Tersusunnya rekapitulasi")),
    ("rumus", Some("Terumuskannya")),
    ("selenggara", None),
    ("siap", Some("Tersedianya")),
    ("sosialisasi", Some("Tersosialisasikannya")),
    ("supervisi", Some("Terbinanya")),
    ("tambah", Some("Bertambahnya")),
    ("tangan", Some("Tertanganinya")),
    ("terap", Some("Diterapkannya")),
    ("terima", Some("Diterimanya")),
    ("tetap", Some("Ditetapkannya")),
    ("tindaklanjut", Some("Tertindaklanjutinya")),
    ("tingkat", Some("Meningkatnya")),
    ("tumbuh", Some("Tumbuhnya")),
    ("turun", Some("Menurunnya")),
    ("wujud", Some("Terwujudnya")),
];

/// What a verb or noun becomes in result language.
pub enum ResultWord {
    /// A single result word, capitalised ("Tersusunnya").
    Word(String),
    /// The stem only names an activity: name its product instead.
    NameProduct,
}

/// The result word for an analysed task verb or category noun.
pub fn result_word(a: &Analysis) -> ResultWord {
    let stem = a.stem();
    if let Ok(i) = CURATED.binary_search_by(|(s, _)| s.cmp(&stem.as_str())) {
        return match CURATED[i].1 {
            Some(w) => ResultWord::Word(w.to_string()),
            None => ResultWord::NameProduct,
        };
    }
    // The verb's own suffix stays: menyampaikan → tersampaikannya, memenuhi → terpenuhinya.
    // A noun's -an does not: pengelolaan → terkelolanya.
    let suffix = match a.suffix {
        Suffix::Kan | Suffix::I if a.prefix != Prefix::PeN && a.prefix != Prefix::Per => {
            a.suffix.text()
        }
        _ => "",
    };
    let head = match a.prefix {
        Prefix::Memper => "Diper",
        // ter- + rekam → terekam: the r is not doubled.
        _ if stem.starts_with('r') => "Te",
        _ => "Ter",
    };
    ResultWord::Word(format!("{head}{stem}{suffix}nya"))
}

#[cfg(test)]
mod tests {
    use super::super::morphology::analyse;
    use super::*;

    fn rw(w: &str) -> String {
        match result_word(&analyse(w)) {
            ResultWord::Word(s) => s,
            ResultWord::NameProduct => "-".into(),
        }
    }

    #[test]
    fn curated_is_sorted() {
        for pair in CURATED.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?}", pair);
        }
    }

    #[test]
    fn result_forms() {
        assert_eq!(rw("menyusun"), "Tersusunnya");
        assert_eq!(rw("mengelola"), "Terkelolanya");
        assert_eq!(rw("memberikan"), "Tersampaikannya");
        assert_eq!(rw("menyampaikan"), "Tersampaikannya");
        assert_eq!(rw("memverifikasi"), "Terverifikasinya");
        assert_eq!(rw("memenuhi"), "Terpenuhinya");
        assert_eq!(rw("mewujudkan"), "Terwujudnya");
        assert_eq!(rw("meningkatkan"), "Meningkatnya");
        assert_eq!(rw("melaksanakan"), "-");
        assert_eq!(rw("pengelolaan"), "Terkelolanya");
        assert_eq!(rw("pengawasan"), "Terawasinya");
        assert_eq!(rw("memperbaiki"), "Membaiknya");
        assert_eq!(rw("mengoordinasikan"), "Terkoordinasinya");
        assert_eq!(rw("menginput"), "Terinputnya");
        assert_eq!(rw("merekam"), "Terekamnya");
        assert_eq!(rw("perumusan"), "Terumuskannya");
        assert_eq!(rw("melatih"), "-");
    }
}
