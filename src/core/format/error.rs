use thiserror::Error;

/// Why a file or stored entry could not be read as a draft. The `Display` text is an
/// Indonesian sentence that says where the problem is (JSON path, or line and column).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FormatError {
    #[error("Berkas terlalu besar ({bytes} byte); draf SKP biasanya hanya puluhan kilobyte.")]
    TooLarge { bytes: usize },
    #[error("Berkas bukan JSON yang sah: baris {line}, kolom {column}: {detail}.")]
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("Berkas ini bukan berkas draf SKP Drafter (penanda \"format\" tidak ada atau berbeda{found}).")]
    NotDraftFile { found: String },
    #[error("Berkas ini bukan berkas tim SKP Drafter (penanda \"format\" tidak ada atau berbeda{found}). Berkas tim berakhiran .tim.json; draf perorangan diimpor dari daftar draf.")]
    NotTeamFile { found: String },
    #[error("Berkas dibuat oleh versi SKP Drafter yang lebih baru (format versi {found}; aplikasi ini membaca sampai versi {supported}). Perbarui aplikasi, atau minta pengirim mengekspor ulang.")]
    NewerVersion { found: u64, supported: u64 },
    #[error("Nomor \"version\" pada berkas tidak sah ({found}).")]
    BadVersion { found: String },
    #[error("Isi berkas tidak sesuai format di {path}: {detail}.")]
    Schema { path: String, detail: String },
}

impl FormatError {
    /// The JSON path of the problem, when there is one.
    pub fn path(&self) -> Option<&str> {
        match self {
            FormatError::Schema { path, .. } => Some(path),
            _ => None,
        }
    }
}

/// Turns serde's English messages into Indonesian. Only the fixed parts are translated;
/// the names and values serde quotes stay exactly as they are in the file.
pub(crate) fn terjemah(detail: &str) -> String {
    // serde_json appends " at line L column C"; the caller reports the position itself.
    let detail = detail.find(" at line ").map_or(detail, |i| &detail[..i]);
    let (head, expected) = match detail.split_once(", expected ") {
        Some((h, e)) => (h, Some(e)),
        None => (detail, None),
    };
    let expected = expected.map(|e| match e.strip_prefix("one of ") {
        Some(list) => format!("; yang diterima: {list}"),
        None => format!(", seharusnya {}", jenis(e).replace("` or `", "` atau `")),
    });
    let head = if let Some(rest) = head.strip_prefix("invalid type: ") {
        let (kind, value) = rest.split_once(' ').unwrap_or((rest, ""));
        format!("jenis nilai salah: {} {value}", jenis(kind))
            .trim_end()
            .to_string()
    } else if let Some(rest) = head.strip_prefix("invalid value: ") {
        format!("nilai tidak sah: {rest}")
    } else if let Some(rest) = head.strip_prefix("unknown variant ") {
        format!("nilai tidak dikenal {rest}")
    } else if let Some(rest) = head.strip_prefix("unknown field ") {
        format!("kolom tidak dikenal {rest}")
    } else if let Some(rest) = head.strip_prefix("missing field ") {
        format!("kolom wajib {rest} tidak ada")
    } else if let Some(rest) = head.strip_prefix("duplicate field ") {
        format!("kolom {rest} tertulis dua kali")
    } else {
        sintaks(head).to_string()
    };
    format!("{head}{}", expected.unwrap_or_default())
}

fn jenis(kind: &str) -> &str {
    match kind {
        "string" | "a string" => "teks",
        "integer" | "u64" | "i64" | "u32" | "usize" => "bilangan bulat",
        "floating" | "f64" => "pecahan",
        "boolean" | "a boolean" => "benar/salah",
        "map" | "a map" => "objek",
        "sequence" | "a sequence" => "daftar",
        "null" | "unit" => "kosong (null)",
        k if k.starts_with("struct ") => "objek",
        k if k.starts_with("a ") && k.ends_with(" string") => "teks",
        k => k,
    }
}

fn sintaks(msg: &str) -> &str {
    match msg {
        "EOF while parsing a value"
        | "EOF while parsing an object"
        | "EOF while parsing a list"
        | "EOF while parsing a string" => "berkas berakhir di tengah data (terpotong?)",
        "trailing characters" => "ada karakter lain setelah akhir data",
        "trailing comma" => "ada koma berlebih sebelum penutup",
        "expected value" => "seharusnya ada nilai di sini",
        "expected `,` or `]`" => "seharusnya `,` atau `]`",
        "expected `,` or `}`" => "seharusnya `,` atau `}`",
        "expected `:`" => "seharusnya `:`",
        "expected ident" => "kata tidak dikenal (true, false atau null?)",
        "key must be a string" => "nama kolom harus teks dalam tanda kutip",
        "invalid escape" => "urutan escape tidak sah",
        "invalid number" => "angka tidak sah",
        "number out of range" => "angka terlalu besar",
        "invalid unicode code point" => "kode unicode tidak sah",
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "ada karakter kontrol di dalam teks"
        }
        "recursion limit exceeded" => "susunan data terlalu dalam",
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::terjemah;

    #[test]
    fn translates_fixed_parts_and_keeps_quoted_names() {
        assert_eq!(
            terjemah("unknown variant `utamaa`, expected `utama` or `tambahan` at line 3 column 9"),
            "nilai tidak dikenal `utamaa`, seharusnya `utama` atau `tambahan`"
        );
        assert_eq!(
            terjemah("invalid type: string \"map\", expected a sequence"),
            "jenis nilai salah: teks \"map\", seharusnya daftar"
        );
        assert_eq!(
            terjemah("missing field `teks`"),
            "kolom wajib `teks` tidak ada"
        );
        assert_eq!(
            terjemah("EOF while parsing an object"),
            "berkas berakhir di tengah data (terpotong?)"
        );
    }
}
