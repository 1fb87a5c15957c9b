//! Field-level checks: values that are not valid yet are kept and shown at their field.
//! These are the shape checks (numbers, dates, NIP); wording is the wording checker's job.

use super::field::FieldKey;
use super::model::{Draft, IdentitasField, Pihak, Target};

/// A field whose value is not valid, with a one-sentence reason in Indonesian.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: FieldKey,
    pub message: String,
}

/// Parses a target number as users write it: "2", "61,95", "61.95", "1.500" (thousands dot).
pub fn parse_angka(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    if !t.chars().next()?.is_ascii_digit() {
        return None;
    }
    let whole = t.split(',').next().unwrap_or("");
    let normalized = match (t.matches(',').count(), t.matches('.').count()) {
        (0, 0) => t.to_string(),
        // "61,95": decimal comma.
        (1, 0) => t.replace(',', "."),
        // "1.500": a thousands dot, as Indonesian documents write it. "61.95" and
        // "0.125" are decimals: a number never starts "0." with a thousands dot.
        (0, 1) if thousands(whole) => t.replace('.', ""),
        (0, 1) => t.to_string(),
        // "1.500.000" thousands dots, "1.500,5" with a decimal comma.
        (0, _) | (1, _) if !thousands(whole) => return None,
        (0, _) => t.replace('.', ""),
        (1, _) => t.replace('.', "").replace(',', "."),
        _ => return None,
    };
    baca_desimal(&normalized).filter(|v| v.is_finite())
}

/// Exact powers of ten an `f64` holds.
const PANGKAT_10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// A plain decimal, `123`, `123.45` or `123.` (digits and at most one point), as a target
/// reads once its thousands dots and decimal comma are normalised.
///
/// Why not `str::parse::<f64>`: it reads every notation there is and brings some 14 KB of
/// tables and code into the wasm. Here a number of up to 15 significant digits and 22
/// decimals (any target people write) is read exactly as `parse` reads it (one rounding: an
/// exact integer times or divided by an exact power of ten); a longer one within a few
/// units in its last place.
pub(crate) fn baca_desimal(s: &str) -> Option<f64> {
    let (utuh, pecahan) = s.split_once('.').unwrap_or((s, ""));
    if utuh.is_empty()
        || !utuh.bytes().all(|b| b.is_ascii_digit())
        || !pecahan.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // Up to 19 significant digits go into the integer; the rest only move the point.
    let (mut m, mut eksponen, mut angka) = (0u64, 0i32, 0u32);
    for (i, b) in utuh.bytes().chain(pecahan.bytes()).enumerate() {
        let di_pecahan = i >= utuh.len();
        if angka < 19 {
            m = m * 10 + u64::from(b - b'0');
            if m > 0 {
                angka += 1;
            }
            if di_pecahan {
                eksponen -= 1;
            }
        } else if !di_pecahan {
            eksponen += 1;
        }
    }
    if m == 0 {
        return Some(0.0);
    }
    let x = m as f64;
    let tepat = m < (1 << 53);
    Some(match eksponen {
        0 => x,
        1..=22 if tepat => x * PANGKAT_10[eksponen as usize],
        -22..=-1 if tepat => x / PANGKAT_10[(-eksponen) as usize],
        e if e > 0 => (0..e).fold(x, |v, _| v * 10.0),
        e => (0..-e).fold(x, |v, _| v / 10.0),
    })
}

/// "1.500", "12.500.000": dots between groups of three after a first group of one to
/// three digits that does not start with 0.
fn thousands(whole: &str) -> bool {
    let mut groups = whole.split('.');
    let first = groups.next().unwrap_or("");
    (1..=3).contains(&first.len())
        && !first.starts_with('0')
        && groups.clone().count() > 0
        && groups.all(|g| g.len() == 3)
}

/// Categories that real SKP use as targets instead of numbers: an audit opinion (WTP), a
/// SAKIP or RB predicate (A, BB), an accreditation (Paripurna, Unggul), WBK/WBBM, "Baik".
const KATEGORI: &[&str] = &[
    "a",
    "aa",
    "b",
    "baik",
    "baik sekali",
    "bb",
    "c",
    "cc",
    "cukup",
    "d",
    "dasar",
    "istimewa",
    "madya",
    "memuaskan",
    "opini wtp",
    "paripurna",
    "perdana",
    "predikat a",
    "predikat aa",
    "predikat b",
    "predikat bb",
    "sangat baik",
    "sangat memuaskan",
    "tercapai",
    "terakreditasi",
    "unggul",
    "utama",
    "wbbm",
    "wbk",
    "wdp",
    "wtp",
];

/// The target is a category, not a number: a known category, or an acronym in capitals
/// (2–5 letters, as opinions and predicates are written).
pub fn target_kategori(nilai: &str) -> bool {
    let t = nilai.trim();
    let lower = crate::core::huruf::kecil(t);
    if KATEGORI.contains(&lower.as_str()) {
        return true;
    }
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    (2..=5).contains(&letters)
        && t.chars()
            .all(|c| c.is_ascii_uppercase() || c == '/' || c == ' ')
}

/// Checks a target's numbers: each must be a number (or the target a category), and a
/// range must not run backwards.
pub fn check_target(target: &Target) -> Option<String> {
    let nilai = target.nilai.trim();
    if nilai.is_empty() || target_kategori(nilai) {
        return None;
    }
    let Some(min) = parse_angka(nilai) else {
        return Some(format!(
            "Target \"{nilai}\" bukan angka. Tulis angkanya saja, misalnya 2 atau 61,95."
        ));
    };
    if target.is_range() {
        let maks = target.nilai_maks.trim();
        let Some(max) = parse_angka(maks) else {
            return Some(format!("Batas atas \"{maks}\" bukan angka."));
        };
        if max < min {
            return Some("Batas atas rentang target lebih kecil daripada batas bawahnya.".into());
        }
    }
    None
}

/// Checks an ISO date `YYYY-MM-DD` (what a date input gives). Empty is not an error here.
pub fn parse_tanggal(text: &str) -> Option<(i32, u32, u32)> {
    let t = text.trim();
    let b = t.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = t.get(0..4)?.parse().ok()?;
    let m: u32 = t.get(5..7)?.parse().ok()?;
    let d: u32 = t.get(8..10)?.parse().ok()?;
    (d >= 1 && d <= days_in_month(y, m)?).then_some((y, m, d))
}

fn days_in_month(y: i32, m: u32) -> Option<u32> {
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    Some(match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

/// Checks an 18-digit NIP: birth date YYYYMMDD, appointment YYYYMM, sex digit, sequence.
/// Spaces are allowed (people copy "19780512 200501 1 002"). Empty is not checked here.
pub fn check_nip(nip: &str) -> Option<String> {
    let digits: String = nip.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return None;
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Some("NIP hanya boleh berisi angka (18 digit).".into());
    }
    if digits.len() != 18 {
        return Some(format!(
            "NIP harus 18 digit; yang tertulis {} digit.",
            digits.len()
        ));
    }
    let lahir = format!("{}-{}-{}", &digits[0..4], &digits[4..6], &digits[6..8]);
    if parse_tanggal(&lahir).is_none() {
        return Some("Delapan digit pertama NIP harus tanggal lahir yang sah (TTTTBBHH).".into());
    }
    let bulan_angkat: u32 = digits[12..14].parse().unwrap_or(0);
    let tahun_angkat: i32 = digits[8..12].parse().unwrap_or(0);
    let tahun_lahir: i32 = digits[0..4].parse().unwrap_or(0);
    // NI PPPK: the same 18 digits, with the code 21 where a PNS NIP has the month.
    let pppk = &digits[12..14] == "21";
    if !(pppk || (1..=12).contains(&bulan_angkat))
        || tahun_angkat < 1945
        || tahun_angkat < tahun_lahir
    {
        return Some("Digit 9–14 harus tahun dan bulan pengangkatan yang sah (TTTTBB), atau tahun pengangkatan dan kode 21 pada NI PPPK.".into());
    }
    if !matches!(&digits[14..15], "1" | "2") {
        return Some("Digit ke-15 adalah jenis kelamin: 1 (laki-laki) atau 2 (perempuan).".into());
    }
    None
}

/// All field-level problems of a draft, in form order.
pub fn validate_draft(draft: &Draft) -> Vec<FieldError> {
    let mut out = Vec::new();
    let mut push = |field: FieldKey, message: String| out.push(FieldError { field, message });

    let periode = &draft.header.periode;
    let mulai = parse_tanggal(&periode.mulai);
    let selesai = parse_tanggal(&periode.selesai);
    if !periode.mulai.trim().is_empty() && mulai.is_none() {
        push(
            FieldKey::PeriodeMulai,
            "Tanggal mulai tidak sah; gunakan format TTTT-BB-HH.".into(),
        );
    }
    if !periode.selesai.trim().is_empty() && selesai.is_none() {
        push(
            FieldKey::PeriodeSelesai,
            "Tanggal selesai tidak sah; gunakan format TTTT-BB-HH.".into(),
        );
    }
    if let (Some(a), Some(b)) = (mulai, selesai) {
        if b < a {
            push(
                FieldKey::PeriodeSelesai,
                "Tanggal selesai lebih awal daripada tanggal mulai.".into(),
            );
        }
    }
    let ttd = &draft.header.penandatanganan.tanggal;
    if !ttd.trim().is_empty() && parse_tanggal(ttd).is_none() {
        push(
            FieldKey::TanggalTtd,
            "Tanggal penandatanganan tidak sah; gunakan format TTTT-BB-HH.".into(),
        );
    }
    for pihak in [Pihak::Pegawai, Pihak::Penilai] {
        let identitas = match pihak {
            Pihak::Pegawai => &draft.pegawai,
            Pihak::Penilai => &draft.penilai,
        };
        if let Some(m) = check_nip(&identitas.nip) {
            push(FieldKey::Identitas(pihak, IdentitasField::Nip), m);
        }
    }
    for rhk in &draft.rhk {
        for iki in &rhk.iki {
            if let Some(m) = check_target(&iki.target) {
                push(FieldKey::IkiTarget(rhk.id.clone(), iki.id.clone()), m);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baca_desimal_seperti_parse() {
        let mut seed = 11u64;
        let mut acak = move || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            seed >> 33
        };
        let mut contoh: Vec<String> = [
            "0",
            "7",
            "85",
            "100",
            "61.95",
            "0.125",
            "1500000",
            "12.",
            "0.000001",
            "007.50",
            "4503599627370497",
            "123456789012345678901234.5",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for _ in 0..20_000 {
            let utuh = (0..1 + acak() % 16)
                .map(|_| char::from(b'0' + (acak() % 10) as u8))
                .collect::<String>();
            let pecahan = (0..acak() % 8)
                .map(|_| char::from(b'0' + (acak() % 10) as u8))
                .collect::<String>();
            contoh.push(if pecahan.is_empty() {
                utuh
            } else {
                format!("{utuh}.{pecahan}")
            });
        }
        for s in &contoh {
            let ours = baca_desimal(s).unwrap();
            let std: f64 = s.parse().unwrap();
            let significant = s
                .trim_start_matches(['0', '.'])
                .chars()
                .filter(char::is_ascii_digit)
                .count();
            if significant <= 15 && s.split_once('.').map_or(0, |(_, p)| p.len()) <= 22 {
                assert_eq!(ours.to_bits(), std.to_bits(), "{s}");
            } else {
                assert!(((ours - std) / std).abs() < 1e-14, "{s}: {ours} vs {std}");
            }
        }
        for bukan in ["", ".5", "1.2.3", "1,5", "1e5", "+1", "-1", " 1", "inf"] {
            assert_eq!(baca_desimal(bukan), None, "{bukan:?}");
        }
    }

    #[test]
    fn angka_accepts_indonesian_and_english_decimals() {
        assert_eq!(parse_angka("2"), Some(2.0));
        assert_eq!(parse_angka("61,95"), Some(61.95));
        assert_eq!(parse_angka("61.95"), Some(61.95));
        assert_eq!(parse_angka("1.500"), Some(1500.0));
        assert_eq!(parse_angka("1.500.000"), Some(1_500_000.0));
        assert_eq!(parse_angka("1.500,5"), Some(1500.5));
        assert_eq!(parse_angka(" 85 "), Some(85.0));
        // A leading zero is never followed by a thousands dot.
        assert_eq!(parse_angka("0.125"), Some(0.125));
        assert_eq!(parse_angka("0,125"), Some(0.125));
        assert_eq!(parse_angka("12.500.000"), Some(12_500_000.0));
        assert_eq!(parse_angka("1234.567"), Some(1234.567));
    }

    #[test]
    fn categorical_targets_are_valid() {
        for k in [
            "WTP",
            "Opini WTP",
            "BB",
            "A",
            "Paripurna",
            "WBK",
            "WBBM",
            "Baik",
            "sangat baik",
        ] {
            let t = Target {
                nilai: k.into(),
                ..Default::default()
            };
            assert_eq!(check_target(&t), None, "{k}");
        }
        for bad in ["dua", "2 dokumen", "seratus"] {
            let t = Target {
                nilai: bad.into(),
                ..Default::default()
            };
            assert!(check_target(&t).is_some(), "{bad}");
        }
    }

    #[test]
    fn ni_pppk_is_a_valid_number() {
        assert_eq!(check_nip("197601222021211001"), None);
        assert_eq!(check_nip("19760122 2021 21 2 001"), None);
        assert!(
            check_nip("197601222021221001").is_some(),
            "22 is neither a month nor the PPPK code"
        );
        assert!(check_nip("197601222021131001").is_some());
    }

    #[test]
    fn angka_rejects_text() {
        for bad in [
            "",
            "dua",
            "2 dokumen",
            "-3",
            "1,2,3",
            ",5",
            "1e9",
            "0.125.000",
            "1.50.000",
        ] {
            assert_eq!(parse_angka(bad), None, "{bad}");
        }
    }

    #[test]
    fn target_range_must_not_run_backwards() {
        let t = Target {
            nilai: "90".into(),
            nilai_maks: "80".into(),
            satuan: "%".into(),
        };
        assert!(check_target(&t).is_some());
        let t = Target {
            nilai: "80".into(),
            nilai_maks: "90".into(),
            satuan: "%".into(),
        };
        assert!(check_target(&t).is_none());
        let t = Target {
            nilai: "dua".into(),
            nilai_maks: "".into(),
            satuan: "Dokumen".into(),
        };
        assert!(check_target(&t).unwrap().contains("bukan angka"));
    }

    #[test]
    fn nip_shape() {
        assert_eq!(check_nip("197805122005011002"), None);
        assert_eq!(check_nip("19780512 200501 1 002"), None);
        assert_eq!(check_nip(""), None);
        assert!(check_nip("19780512200501100").unwrap().contains("18 digit"));
        assert!(check_nip("197813122005011002")
            .unwrap()
            .contains("tanggal lahir"));
        assert!(check_nip("197805122005131002")
            .unwrap()
            .contains("pengangkatan"));
        assert!(check_nip("197805122005013002")
            .unwrap()
            .contains("jenis kelamin"));
        assert!(check_nip("1978O5122005011002").unwrap().contains("angka"));
    }

    #[test]
    fn tanggal() {
        assert_eq!(parse_tanggal("2027-02-29"), None);
        assert_eq!(parse_tanggal("2028-02-29"), Some((2028, 2, 29)));
        assert_eq!(parse_tanggal("2027-13-01"), None);
        assert_eq!(parse_tanggal("27-01-01"), None);
    }

    #[test]
    fn end_before_start_is_shown_at_the_end_date() {
        let mut d = Draft::new("a", 2027);
        d.header.periode.selesai = "2026-12-31".into();
        let errs = validate_draft(&d);
        assert_eq!(errs.len(), 1);
        assert_eq!(errs[0].field, FieldKey::PeriodeSelesai);
    }
}
