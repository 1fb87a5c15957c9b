//! One worksheet: text cells with a style, column widths and merged ranges.

/// How a cell looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gaya {
    /// Plain text, no border (title lines, kop).
    Polos,
    /// Bold centered title, no border.
    Judul,
    /// A table cell: border, top-aligned, wrapped.
    Isi,
    /// A table header: bold, centered, shaded, border, wrapped.
    Kepala,
    /// A group row ("A. UTAMA"): bold, border.
    Grup,
}

impl Gaya {
    fn index(self) -> usize {
        match self {
            Gaya::Polos => 1,
            Gaya::Judul => 2,
            Gaya::Isi => 3,
            Gaya::Kepala => 4,
            Gaya::Grup => 5,
        }
    }
}

/// One cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    pub gaya: Gaya,
}

/// A sheet, built row by row.
#[derive(Clone, Debug, Default)]
pub struct Sheet {
    pub name: String,
    /// Column widths in characters.
    pub cols: Vec<f64>,
    pub rows: Vec<Vec<Option<Cell>>>,
    /// Merged ranges: (first row, first column, last row, last column), 0-based.
    pub merges: Vec<(usize, usize, usize, usize)>,
}

/// Fonts, fills, borders and the five cell formats of [`Gaya`] (index 0 is the default).
pub const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEEEEEE"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs></styleSheet>"#;

/// Escapes text for XML (as for HTML), dropping the control characters XML 1.0 forbids.
pub fn xml(s: &str) -> String {
    let allowed: String = s
        .chars()
        .filter(|&c| c as u32 >= 0x20 || matches!(c, '\t' | '\n' | '\r'))
        .collect();
    crate::core::cetak::esc(&allowed)
}

/// A sheet name Excel accepts (31 chars, no `[]:*?/\`), unique among `used`.
pub fn unique_name(name: &str, used: &[String]) -> String {
    let clean: String = name
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .collect();
    let clean = clean.trim();
    let base: String = if clean.is_empty() {
        "Lembar".into()
    } else {
        clean.chars().take(28).collect()
    };
    let mut name = base.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&name)) {
        name = format!("{} {n}", base.chars().take(25).collect::<String>());
        n += 1;
    }
    name
}

/// "A", "B", … "Z", "AA": the column's letters.
fn col_name(mut c: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

impl Sheet {
    pub fn new(name: impl Into<String>, cols: &[f64]) -> Self {
        Sheet {
            name: name.into(),
            cols: cols.to_vec(),
            ..Default::default()
        }
    }

    /// Adds a row; returns its index.
    pub fn row(&mut self, cells: Vec<Option<Cell>>) -> usize {
        self.rows.push(cells);
        self.rows.len() - 1
    }

    /// A row of one cell spanning every column.
    pub fn wide(&mut self, text: &str, gaya: Gaya) -> usize {
        let r = self.row(vec![Some(Cell {
            text: text.into(),
            gaya,
        })]);
        let last = self.cols.len().saturating_sub(1);
        if last > 0 {
            self.merges.push((r, 0, r, last));
        }
        r
    }

    pub fn merge(&mut self, r1: usize, c1: usize, r2: usize, c2: usize) {
        if (r1, c1) != (r2, c2) {
            self.merges.push((r1, c1, r2, c2));
        }
    }

    /// The worksheet XML.
    pub fn to_xml(&self) -> String {
        let mut o = String::from(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>"#,
        );
        for (i, w) in self.cols.iter().enumerate() {
            o.push_str(&format!(
                r#"<col min="{0}" max="{0}" width="{1}" customWidth="1"/>"#,
                i + 1,
                w
            ));
        }
        o.push_str("</cols><sheetData>");
        // Cells covered by a merge still carry the style, so borders show on the whole range.
        for (r, row) in self.rows.iter().enumerate() {
            o.push_str(&format!(r#"<row r="{}">"#, r + 1));
            for (c, cell) in row.iter().enumerate() {
                let Some(cell) = cell else { continue };
                let at = format!("{}{}", col_name(c), r + 1);
                if cell.text.is_empty() {
                    o.push_str(&format!(r#"<c r="{at}" s="{}"/>"#, cell.gaya.index()));
                } else {
                    o.push_str(&format!(
                        r#"<c r="{at}" s="{}" t="inlineStr"><is><t xml:space="preserve">{}</t></is></c>"#,
                        cell.gaya.index(),
                        xml(&cell.text)
                    ));
                }
            }
            o.push_str("</row>");
        }
        o.push_str("</sheetData>");
        if !self.merges.is_empty() {
            o.push_str(&format!(r#"<mergeCells count="{}">"#, self.merges.len()));
            for (r1, c1, r2, c2) in &self.merges {
                o.push_str(&format!(
                    r#"<mergeCell ref="{}{}:{}{}"/>"#,
                    col_name(*c1),
                    r1 + 1,
                    col_name(*c2),
                    r2 + 1
                ));
            }
            o.push_str("</mergeCells>");
        }
        o.push_str(r#"<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToHeight="0"/></worksheet>"#);
        o
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_and_sheet_names() {
        assert_eq!(col_name(0), "A");
        assert_eq!(col_name(25), "Z");
        assert_eq!(col_name(26), "AA");
        assert_eq!(unique_name("Level 2: Budi/Sari", &[]), "Level 2 BudiSari");
        assert_eq!(unique_name("SKP", &["skp".into()]), "SKP 2");
        assert_eq!(xml("a<b & \u{1}c"), "a&lt;b &amp; c");
    }
}
