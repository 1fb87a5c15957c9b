//! What the checker reports: a finding on a phrase, or on a field of a draft.

use crate::core::field::FieldKey;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The text is written wrongly (activity or category instead of a result, no measure).
    Error,
    /// Probably wrong or incomplete; the user should look ([soft] rules are never errors).
    Warning,
    /// A hint to make good text better.
    Info,
}

impl Severity {
    /// Stable code: "error", "warning", "info".
    pub fn code(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Label for the UI, in Indonesian.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "Kesalahan",
            Severity::Warning => "Peringatan",
            Severity::Info => "Saran",
        }
    }

    /// Errors and warnings make `skp check` exit with 1; infos do not.
    pub fn counts(self) -> bool {
        self != Severity::Info
    }
}

/// One finding on a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Stable rule id, e.g. "rhk.aktivitas"; see [`super::RULES`].
    pub rule: &'static str,
    pub severity: Severity,
    /// One sentence in Indonesian saying what is wrong.
    pub message: String,
    /// Char offsets `start..end` in the field's text; `(0, 0)` when the finding is about
    /// the field as a whole (an RHK without IKI, a missing perspektif).
    pub span: (usize, usize),
    /// A suggested rewrite of the whole text, when there is one.
    pub suggestion: Option<String>,
}

/// A finding on one field of a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftFinding {
    pub field: FieldKey,
    pub finding: Finding,
}
