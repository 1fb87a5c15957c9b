//! Property test of the workspace protocol: random interleavings of two or three tabs'
//! edits, saves, undos, reloads, storage events, quota failures, corrupt entries, imports
//! and deletions over one shared store. After every step:
//! - every write to a draft or team key started from what the key held (its revision is
//!   the stored one plus one): a successful save is either still stored or replaced by a
//!   save that started from it;
//! - nothing unreadable is ever overwritten or removed;
//! - nothing panics.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

use skp_drafter::core::edit::DraftEdit;
use skp_drafter::core::format::write_draft_file;
use skp_drafter::core::model::{Draft, IdentitasField, JenisRhk, Pihak};
use skp_drafter::core::workspace::import::Choice;
use skp_drafter::core::workspace::item::{Item, PREFIX_DRAF, PREFIX_TIM};
use skp_drafter::core::workspace::kv::MemoryKv;
use skp_drafter::core::workspace::session::Session;
use skp_drafter::core::workspace::undo::ItemRef;

#[derive(Clone, Debug)]
enum Op {
    Edit {
        tab: usize,
        draft: usize,
        field: u8,
        value: u8,
    },
    Save(usize),
    Undo {
        tab: usize,
        draft: usize,
    },
    Redo {
        tab: usize,
        draft: usize,
    },
    Reload(usize),
    Deliver {
        tab: usize,
        draft: usize,
    },
    Quota(bool),
    Corrupt(usize),
    Import {
        tab: usize,
        draft: usize,
        replace: bool,
    },
    Delete {
        tab: usize,
        draft: usize,
    },
    Restore(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let t = 0usize..3;
    let d = 0usize..4;
    prop_oneof![
        6 => (t.clone(), d.clone(), 0u8..6, 0u8..4).prop_map(|(tab, draft, field, value)| Op::Edit { tab, draft, field, value }),
        4 => t.clone().prop_map(Op::Save),
        2 => (t.clone(), d.clone()).prop_map(|(tab, draft)| Op::Undo { tab, draft }),
        1 => (t.clone(), d.clone()).prop_map(|(tab, draft)| Op::Redo { tab, draft }),
        1 => t.clone().prop_map(Op::Reload),
        3 => (t.clone(), d.clone()).prop_map(|(tab, draft)| Op::Deliver { tab, draft }),
        1 => any::<bool>().prop_map(Op::Quota),
        1 => d.clone().prop_map(Op::Corrupt),
        1 => (t.clone(), d.clone(), any::<bool>()).prop_map(|(tab, draft, replace)| Op::Import { tab, draft, replace }),
        1 => (t.clone(), d.clone()).prop_map(|(tab, draft)| Op::Delete { tab, draft }),
        1 => t.prop_map(Op::Restore),
    ]
}

const IDS: [&str; 4] = ["a", "b", "c", "d"];

fn edit(field: u8, value: u8, step: usize) -> DraftEdit {
    let v = format!("v{value}");
    match field {
        0 => DraftEdit::NamaDraf(v),
        1 => DraftEdit::Identitas(Pihak::Pegawai, IdentitasField::Nama, v),
        2 => DraftEdit::Identitas(Pihak::Penilai, IdentitasField::Nama, v),
        3 => DraftEdit::AddRhk {
            id: format!("r{step}"),
            iki_id: format!("i{step}"),
            jenis: JenisRhk::Utama,
            perspektif: None,
            after: None,
        },
        4 => DraftEdit::Instansi(v),
        _ => DraftEdit::PeriodeMulai(format!("2027-0{}-01", value + 1)),
    }
}

fn rev_of(raw: &str, key: &str) -> Option<u64> {
    if key.starts_with(PREFIX_DRAF) {
        <Draft as Item>::parse(raw).ok().map(|(r, _)| r)
    } else {
        <skp_drafter::core::mpph::Tim as Item>::parse(raw)
            .ok()
            .map(|(r, _)| r)
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_saved_work_is_overwritten_and_nothing_corrupt_is_touched(ops in prop::collection::vec(op(), 1..60)) {
        let kv = MemoryKv::new();
        let mut n = 0u32;
        let mut new_id = move || { n += 1; format!("n{n}") };
        {
            let mut seed = Session::open(kv.clone(), 0.0);
            for id in IDS.iter().take(2) {
                seed.add_draft(Draft::new(*id, 2027), None);
            }
            seed.save();
        }
        let mut tabs: Vec<Session<MemoryKv>> = (0..3).map(|_| Session::open(kv.clone(), 0.0)).collect();
        let mut now = 0.0;
        for (step, o) in ops.iter().enumerate() {
            now += 700.0;
            let log_before = kv.log().len();
            match o.clone() {
                Op::Edit { tab, draft, field, value } => {
                    tabs[tab].edit(IDS[draft], &edit(field, value, step), false, now);
                }
                Op::Save(t) => tabs[t].save(),
                Op::Undo { tab, draft } => { tabs[tab].undo(&ItemRef::Draft(IDS[draft].into())); }
                Op::Redo { tab, draft } => { tabs[tab].redo(&ItemRef::Draft(IDS[draft].into())); }
                Op::Reload(t) => {
                    tabs[t].save(); // leaving the page saves
                    tabs[t] = Session::open(kv.clone(), now);
                }
                Op::Deliver { tab, draft } => { tabs[tab].external(&format!("{PREFIX_DRAF}{}", IDS[draft])); }
                Op::Quota(full) => kv.set_quota(if full { Some(kv.size()) } else { None }),
                Op::Corrupt(d) => kv.poke(&format!("{PREFIX_DRAF}{}", IDS[d]), "{ rusak"),
                Op::Import { tab, draft, replace } => {
                    let mut d = Draft::new(IDS[draft], 2027);
                    d.pegawai.nama = "Impor".into();
                    tabs[tab].import("x.skp.json", &write_draft_file(&d), now, &mut new_id);
                    let c = if replace { Choice::Replace } else { Choice::KeepBoth };
                    tabs[tab].answer(Some(c), now, &mut new_id);
                }
                Op::Delete { tab, draft } => tabs[tab].delete_draft(IDS[draft], now),
                Op::Restore(t) => {
                    if let Some(id) = tabs[t].trash.first().map(|d| d.id().to_string()) {
                        tabs[t].restore(&id, &mut new_id);
                    }
                }
            }
            for w in &kv.log()[log_before..] {
                if !(w.key.starts_with(PREFIX_DRAF) || w.key.starts_with(PREFIX_TIM)) {
                    continue;
                }
                let Some(before) = &w.before else { continue };
                let old = rev_of(before, &w.key);
                prop_assert!(old.is_some(), "step {step} {o:?}: overwrote or removed unreadable {}: {before}", w.key);
                if let Some(after) = &w.after {
                    let new = rev_of(after, &w.key);
                    prop_assert_eq!(new, old.map(|r| r + 1), "step {} {:?}: {} written from another revision", step, o, w.key);
                }
            }
        }
    }
}
