use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::Draft;
use crate::core::validation::{validate_draft, FieldError};
use crate::core::wording::{check_draft, DraftFinding, Finding};

/// What every part of the editor needs: the draft (as a memo, so a part re-renders only
/// when what it reads changes), its field errors and wording findings, and a way to send
/// edits.
#[derive(Clone, Copy)]
pub struct EditorCtx {
    pub app: AppState,
    pub id: StoredValue<String>,
    pub draft: Memo<Arc<Draft>>,
    pub errors: Memo<Vec<FieldError>>,
    /// Wording findings shown now (dismissed ones already left out): on a new draft, a field
    /// is said to be empty only once the user has left it or asked for the whole check.
    pub findings: Memo<Vec<DraftFinding>>,
    /// "Empty" findings held back until the field is left ("Periksa semua" shows them).
    pub kosong_tertunda: Memo<usize>,
    /// The whole check is on: every finding shows (a draft that is not new starts so).
    pub periksa_semua: RwSignal<bool>,
    /// The draft uses the kualitatif form (one narrative line per IKI).
    pub kualitatif: Memo<bool>,
    /// Fields (by key) the user has left since the draft was opened.
    ditinggal: RwSignal<HashSet<String>>,
    by_field: Memo<Arc<HashMap<String, Vec<Finding>>>>,
}

/// The findings that say a field is empty: seven of them on a blank new draft, before
/// anything is typed, help nobody.
const TEMUAN_KOSONG: [&str; 3] = ["identitas.kosong", "rhk.kosong", "iki.kosong"];

/// A draft nothing has been typed in yet: no identity, no RHK.
fn masih_baru(d: &Draft) -> bool {
    let kosong = |i: &crate::core::model::Identitas| {
        crate::core::model::IdentitasField::ALL
            .into_iter()
            .all(|f| i.get(f).trim().is_empty())
    };
    d.rhk.is_empty() && kosong(&d.pegawai) && kosong(&d.penilai)
}

/// The NIP's shape is already said by the field check, so that finding shows in the
/// summary only.
const NIP_DI_RINGKASAN: &str = "identitas.nip-tidak-valid";

pub fn use_editor() -> EditorCtx {
    expect_context::<EditorCtx>()
}

impl EditorCtx {
    /// The editor state of the draft `found` holds (an empty draft when it is gone).
    pub fn new(app: AppState, id: StoredValue<String>, found: Memo<Option<Arc<Draft>>>) -> Self {
        let draft = Memo::new(move |_| found.get().unwrap_or_default());
        let errors = Memo::new(move |_| draft.with(|d| validate_draft(d)));
        let kualitatif = Memo::new(move |_| {
            draft.with(|d| d.header.pendekatan == crate::core::model::Pendekatan::Kualitatif)
        });
        let semua = Memo::new(move |_| draft.with(|d| check_draft(d)));
        let periksa_semua =
            RwSignal::new(!found.with_untracked(|d| d.as_ref().is_some_and(|d| masih_baru(d))));
        let ditinggal = RwSignal::new(HashSet::<String>::new());
        let findings = Memo::new(move |_| {
            let on = periksa_semua.get();
            ditinggal.with(|left| {
                semua.with(|all| {
                    all.iter()
                        .filter(|f| {
                            on || !TEMUAN_KOSONG.contains(&f.finding.rule)
                                || left.contains(&f.field.as_string())
                        })
                        .cloned()
                        .collect::<Vec<_>>()
                })
            })
        });
        let kosong_tertunda = Memo::new(move |_| semua.with(Vec::len) - findings.with(Vec::len));
        // One lookup per field instead of a scan of all findings per field.
        let by_field = Memo::new(move |_| {
            let mut m: HashMap<String, Vec<Finding>> = HashMap::new();
            findings.with(|all| {
                for f in all {
                    m.entry(f.field.as_string())
                        .or_default()
                        .push(f.finding.clone());
                }
            });
            Arc::new(m)
        });
        EditorCtx {
            app,
            id,
            draft,
            errors,
            findings,
            kosong_tertunda,
            periksa_semua,
            kualitatif,
            ditinggal,
            by_field,
        }
    }

    /// The user left a field: an empty field says so from now on.
    pub fn tinggalkan(&self, key: &str) {
        if !self.ditinggal.with_untracked(|s| s.contains(key)) {
            self.ditinggal.update(|s| {
                s.insert(key.to_string());
            });
        }
    }

    pub fn edit(&self, edit: DraftEdit) {
        self.app.edit(&self.id.get_value(), edit);
    }

    /// An edit that is its own undo step, never merged with typing.
    pub fn edit_step(&self, edit: DraftEdit) {
        self.app.edit_step(&self.id.get_value(), edit);
    }

    /// The field-level error of one field, if any.
    pub fn error(&self, field: &FieldKey) -> Option<String> {
        self.errors.with(|e| {
            e.iter()
                .find(|e| &e.field == field)
                .map(|e| e.message.clone())
        })
    }

    /// The wording findings shown at one field.
    pub fn findings_for(&self, field: &FieldKey) -> Vec<Finding> {
        self.by_field.with(|m| {
            m.get(&field.as_string())
                .map(|v| {
                    v.iter()
                        .filter(|f| f.rule != NIP_DI_RINGKASAN)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        })
    }

    /// Whether a field has anything to say: an error or a finding shown there.
    pub fn ada_pesan(&self, field: &FieldKey) -> bool {
        self.errors.with(|e| e.iter().any(|e| &e.field == field))
            || self.by_field.with(|m| {
                m.get(&field.as_string())
                    .is_some_and(|v| v.iter().any(|f| f.rule != NIP_DI_RINGKASAN))
            })
    }

    /// The current text of a text field (for a finding's excerpt).
    pub fn text_of(&self, field: &FieldKey) -> String {
        self.draft
            .with(|d| crate::core::field::teks_isian(d, field))
    }

    /// Where a field is, in words, for the summary list.
    pub fn field_label(&self, field: &FieldKey) -> String {
        self.draft
            .with(|d| crate::core::field::label_isian(d, field))
    }
}
