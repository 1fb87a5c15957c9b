//! Reading a target: its number and the kind of its satuan.

/// What a satuan measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// "%", "persen".
    Percent,
    /// hari, bulan, jam …
    Time,
    /// nilai, poin, indeks, predikat …: a score.
    Score,
    /// Dokumen, Laporan, Kegiatan, Orang …: things counted.
    Count,
    /// No satuan.
    None,
}

/// The kind of a satuan as typed ("Dokumen", " % ", "Hari kerja").
pub fn unit_kind(satuan: &str) -> UnitKind {
    let s = crate::core::huruf::kecil(satuan.trim());
    let first = s.split_whitespace().next().unwrap_or("");
    match first {
        "" => UnitKind::None,
        "%" | "persen" | "prosen" | "percent" => UnitKind::Percent,
        "hari" | "hk" | "jam" | "menit" | "minggu" | "pekan" | "bulan" | "tahun" | "triwulan"
        | "semester" | "detik" => UnitKind::Time,
        "nilai" | "poin" | "point" | "skor" | "indeks" | "index" | "predikat" | "angka"
        | "level" | "huruf" | "kategori" | "peringkat" | "opini" | "rasio" => UnitKind::Score,
        _ if s.starts_with('%') => UnitKind::Percent,
        _ => UnitKind::Count,
    }
}

/// The number at the start of a target value: "61,95" → 61.95, "100%" → 100.
/// A dot followed by exactly three digits is a thousands separator ("1.250").
pub fn leading_number(value: &str) -> Option<f64> {
    let v = value.trim();
    let end = v
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || *c == ',' || *c == '.'))
        .map_or(v.len(), |(i, _)| i);
    let num = &v[..end];
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut clean = String::with_capacity(num.len());
    let parts: Vec<&str> = num.split('.').collect();
    let dots_are_thousands = parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3);
    for (i, part) in parts.iter().enumerate() {
        if i > 0 && !dots_are_thousands {
            clean.push('.');
        }
        clean.push_str(part);
    }
    crate::core::validation::baca_desimal(clean.replace(',', ".").trim_end_matches('.'))
}

/// A unit written inside the value ("100%", "12 bulan"), when there is one.
pub fn inline_unit(value: &str) -> Option<&str> {
    let v = value.trim();
    let start = v.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.' || c == ' '))?;
    let unit = v[start..].trim();
    (start > 0 && !unit.is_empty()).then_some(unit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(unit_kind("%"), UnitKind::Percent);
        assert_eq!(unit_kind(" Persen"), UnitKind::Percent);
        assert_eq!(unit_kind("Dokumen"), UnitKind::Count);
        assert_eq!(unit_kind("Hari kerja"), UnitKind::Time);
        assert_eq!(unit_kind("Poin"), UnitKind::Score);
        assert_eq!(unit_kind(""), UnitKind::None);
    }

    #[test]
    fn numbers() {
        assert_eq!(leading_number("61,95"), Some(61.95));
        assert_eq!(leading_number("100%"), Some(100.0));
        assert_eq!(leading_number("1.250"), Some(1250.0));
        assert_eq!(leading_number("2.5"), Some(2.5));
        assert_eq!(leading_number("BB"), None);
        assert_eq!(leading_number(""), None);
        assert_eq!(leading_number(",5"), None);
        assert_eq!(inline_unit("100%"), Some("%"));
        assert_eq!(inline_unit("12 Bulan"), Some("Bulan"));
        assert_eq!(inline_unit("12"), None);
    }
}
