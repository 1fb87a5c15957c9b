//! Dates as the printed form writes them: "1 Januari 2027".

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// "2027-01-01" → "1 Januari 2027"; text that is not a valid date is returned as written.
pub fn tanggal_indonesia(iso: &str) -> String {
    match crate::core::validation::parse_tanggal(iso) {
        Some((y, m, d)) => match BULAN.get(m as usize - 1) {
            Some(b) => format!("{d} {b} {y}"),
            None => iso.trim().to_string(),
        },
        None => iso.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_dates() {
        assert_eq!(tanggal_indonesia("2027-01-01"), "1 Januari 2027");
        assert_eq!(tanggal_indonesia("2027-12-31"), "31 Desember 2027");
        assert_eq!(tanggal_indonesia("2028-02-29"), "29 Februari 2028");
        assert_eq!(tanggal_indonesia("akhir tahun"), "akhir tahun");
    }
}
