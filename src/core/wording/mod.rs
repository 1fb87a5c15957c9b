//! The wording checker: is an RHK written as a result (bahasa capaian) and does an IKI
//! name a measure? Plus checks over a whole draft (targets, repeats, perspektif, identity).
//!
//! Design: a small Indonesian affix analyser ([`morphology`]) and curated word lists
//! ([`lexicon`]) instead of a full stemmer, so the checker stays small in wasm and fast
//! (no regex, one lower-case copy per phrase, binary searches in static lists). The rules
//! are data ([`RULES`], with their explanations and examples in [`KARTU`]); the guide page
//! and the tests come from them.
//!
//! See `docs/wording.md` for the classes, the severity policy and the corpus.

mod draft_checks;
mod example;
mod finding;
mod iki;
mod kartu;
pub mod lexicon;
pub mod morphology;
mod phrase;
mod rhk;
mod rules;
pub mod satuan;
mod suggest;
mod text;
mod vet;

pub mod peragaan;
pub use draft_checks::check_draft;
pub use example::{example_draft, example_findings};
pub use finding::{DraftFinding, Finding, Severity};
pub use iki::check_iki;
pub use kartu::{kartu, Kartu, KARTU};
pub use morphology::stem;
pub use rhk::check_rhk;
pub use rules::{real_examples, rule, Contoh, Rule, Scope, REAL_EXAMPLES, RULES};
pub use vet::{gap_span, rewrite_problem};

/// The gap a template suggestion leaves for the user to fill ("Tersusunnya … yang …").
/// Text that still holds one is not finished: the checker says so and offers no rewrite.
pub const GAP: &str = "\u{2026}";

/// Which kind of phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Rencana Hasil Kerja.
    Rhk,
    /// Indikator Kinerja Individu.
    Iki,
}

impl Kind {
    /// "rhk" or "iki".
    pub fn code(self) -> &'static str {
        match self {
            Kind::Rhk => "rhk",
            Kind::Iki => "iki",
        }
    }
}

/// How an RHK is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RhkClass {
    /// A result: a state or product that exists after the work.
    Capaian,
    /// An activity: starts with a task verb.
    Aktivitas,
    /// A bare category of work (Sosialisasi, Pengawasan).
    Kategori,
    /// Grey zone: "Terlaksananya …", catch-all duties, no readable result.
    Samar,
}

impl RhkClass {
    /// "capaian", "aktivitas", "kategori" or "samar".
    pub fn code(self) -> &'static str {
        match self {
            RhkClass::Capaian => "capaian",
            RhkClass::Aktivitas => "aktivitas",
            RhkClass::Kategori => "kategori",
            RhkClass::Samar => "samar",
        }
    }
}

/// How an IKI is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IkiClass {
    /// Names a measure of a result.
    Terukur,
    /// Counts activities, meetings or attendance.
    Aktivitas,
    /// No measure head at all.
    TidakTerukur,
}

impl IkiClass {
    /// "terukur", "aktivitas" or "tidak-terukur".
    pub fn code(self) -> &'static str {
        match self {
            IkiClass::Terukur => "terukur",
            IkiClass::Aktivitas => "aktivitas",
            IkiClass::TidakTerukur => "tidak-terukur",
        }
    }
}

/// Checks one phrase of either kind; returns the class code and the findings.
pub fn check(kind: Kind, text: &str) -> (&'static str, Vec<Finding>) {
    match kind {
        Kind::Rhk => {
            let (c, f) = check_rhk(text);
            (c.code(), f)
        }
        Kind::Iki => {
            let (c, f) = check_iki(text);
            (c.code(), f)
        }
    }
}
