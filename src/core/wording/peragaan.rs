//! "Sebelum → sesudah": phrases and their rewrites, each with the rule that explains it, for a
//! trainer to present one at a time in Mode Kelas.

use super::kartu::{kartu, Kartu, KARTU};
use super::rules::Scope;
use super::{check_iki, check_rhk, DraftFinding};
use crate::core::field::{label_isian, teks_isian, FieldKey};
use crate::core::model::Draft;

/// One phrase, its rewrite and the rule behind it.
#[derive(Clone, Debug)]
pub struct Peragaan {
    pub sebelum: String,
    pub sesudah: String,
    /// The rule's card (its title and explanation are shown).
    pub kartu: &'static Kartu,
    /// Where the phrase is: "RHK 2 · IKI 1" in a draft, "Panduan" for the guide's examples.
    pub tempat: String,
}

/// The draft's own RHK and IKI phrases that have a suggested rewrite, in form order, from
/// its findings (the editor's, already computed).
pub fn dari_temuan(d: &Draft, temuan: &[DraftFinding]) -> Vec<Peragaan> {
    temuan
        .iter()
        .filter(|f| matches!(f.field, FieldKey::RhkTeks(_) | FieldKey::IkiTeks(..)))
        .filter_map(|f| {
            Some(Peragaan {
                sebelum: teks_isian(d, &f.field),
                sesudah: f.finding.suggestion.clone()?,
                kartu: kartu(f.finding.rule)?,
                tempat: label_isian(d, &f.field),
            })
        })
        .collect()
}

/// The guide's "perlu diperbaiki" examples that the checker can rewrite, one or two per
/// rule: what a trainer shows when the draft on screen has nothing to fix.
pub fn dari_panduan() -> Vec<Peragaan> {
    let mut out = Vec::new();
    for k in KARTU {
        let r = k.aturan;
        let mut n = 0;
        for bad in k.bad {
            let findings = match r.scope {
                Scope::Rhk => check_rhk(bad).1,
                Scope::Iki => check_iki(bad).1,
                Scope::Draft => continue,
            };
            let Some(sesudah) = findings
                .into_iter()
                .find(|f| f.rule == r.id)
                .and_then(|f| f.suggestion)
            else {
                continue;
            };
            // A rewrite that still ends in "…" asks the user to finish it: fine to show.
            out.push(Peragaan {
                sebelum: bad.to_string(),
                sesudah,
                kartu: k,
                tempat: "Panduan penulisan".into(),
            });
            n += 1;
            if n == 2 {
                break;
            }
        }
    }
    out
}
