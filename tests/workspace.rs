//! The workspace protocol (`core::workspace`): tabs, undo, imports, deletions and storage
//! faults, over the in-memory key-value store that several "tabs" share.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Arc;

use skp_drafter::core::edit::DraftEdit;
use skp_drafter::core::format::write_draft_file;
use skp_drafter::core::model::{Draft, IdentitasField, JenisJabatan, Pihak};
use skp_drafter::core::mpph::{self, set_sel, write_bundle, Orang, Peran, Tim, Tingkat};
use skp_drafter::core::workspace::import::Choice;
use skp_drafter::core::workspace::item::{PREFIX_DRAF, PREFIX_TIM};
use skp_drafter::core::workspace::kv::MemoryKv;
use skp_drafter::core::workspace::session::{NoticeAction, NoticeKind, Session};
use skp_drafter::core::workspace::undo::ItemRef;

type Tab = Session<MemoryKv>;

fn ids() -> impl FnMut() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    || format!("id-{}", N.fetch_add(1, Ordering::Relaxed))
}

fn nama(p: Pihak, v: &str) -> DraftEdit {
    DraftEdit::Identitas(p, IdentitasField::Nama, v.into())
}

fn stored(kv: &MemoryKv, id: &str) -> Draft {
    let raw = kv.peek(&format!("{PREFIX_DRAF}{id}")).expect("stored");
    skp_drafter::core::format::StoredDraft::parse(&raw)
        .expect("readable")
        .1
}

fn one_draft(kv: &MemoryKv) -> (Tab, String) {
    let mut a = Tab::open(kv.clone(), 0.0);
    let id = a.add_draft(Draft::new("d1", 2027), None);
    a.save();
    (a, id)
}

#[test]
fn undo_in_one_tab_never_reverts_another_tabs_saved_edit() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    let mut b = Tab::open(kv.clone(), 0.0);
    a.edit(&id, &nama(Pihak::Pegawai, "Ani"), false, 10.0);
    a.save();
    assert!(b.external(&format!("{PREFIX_DRAF}{id}")));
    b.edit(&id, &nama(Pihak::Penilai, "Budi"), false, 20.0);
    b.save();
    assert!(
        a.external(&format!("{PREFIX_DRAF}{id}")),
        "A shows B's edit"
    );
    assert_eq!(a.ws.get(&id).unwrap().penilai.nama, "Budi");
    assert!(a.undo(&ItemRef::Draft(id.clone())));
    a.save();
    let s = stored(&kv, &id);
    assert_eq!(s.pegawai.nama, "", "A's own edit is undone");
    assert_eq!(s.penilai.nama, "Budi", "B's edit survives");
    assert!(a.problems.is_empty() && a.conflicts.is_empty());
}

#[test]
fn undo_of_a_field_another_tab_changed_refuses_and_says_so() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    let mut b = Tab::open(kv.clone(), 0.0);
    a.edit(&id, &nama(Pihak::Pegawai, "Ani"), false, 10.0);
    a.save();
    b.external(&format!("{PREFIX_DRAF}{id}"));
    b.edit(&id, &nama(Pihak::Pegawai, "Ani Rahma"), false, 20.0);
    b.save();
    a.external(&format!("{PREFIX_DRAF}{id}"));
    assert!(!a.undo(&ItemRef::Draft(id.clone())));
    assert_eq!(a.ws.get(&id).unwrap().pegawai.nama, "Ani Rahma");
    let n = a.notices.last().expect("told");
    assert_eq!(n.kind, NoticeKind::Error);
    assert!(n.text.contains("tab lain"), "{}", n.text);
    a.save();
    assert_eq!(stored(&kv, &id).pegawai.nama, "Ani Rahma");
}

#[test]
fn two_tabs_editing_different_fields_without_events_are_merged_on_save() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    let mut b = Tab::open(kv.clone(), 0.0);
    a.edit(&id, &nama(Pihak::Pegawai, "Ani"), false, 10.0);
    b.edit(&id, &nama(Pihak::Penilai, "Budi"), false, 10.0);
    a.save();
    b.save();
    assert!(b.conflicts.is_empty());
    let s = stored(&kv, &id);
    assert_eq!(
        (s.pegawai.nama.as_str(), s.penilai.nama.as_str()),
        ("Ani", "Budi")
    );
    assert_eq!(
        b.ws.get(&id).unwrap().pegawai.nama,
        "Ani",
        "B shows the merge"
    );
}

#[test]
fn the_same_field_in_two_tabs_is_a_conflict_resolved_by_keeping_both() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    let mut b = Tab::open(kv.clone(), 0.0);
    a.edit(&id, &nama(Pihak::Pegawai, "Ani"), false, 10.0);
    b.edit(&id, &nama(Pihak::Pegawai, "Budi"), false, 10.0);
    a.save();
    b.save();
    assert_eq!(b.conflicts, std::slice::from_ref(&id));
    assert_eq!(
        stored(&kv, &id).pegawai.nama,
        "Ani",
        "A's save is not overwritten"
    );
    b.keep_both(&id, &mut ids());
    b.save();
    assert_eq!(b.ws.drafts.len(), 2);
    assert!(b
        .ws
        .drafts
        .iter()
        .any(|d| d.pegawai.nama == "Budi" && d.id != id));
    assert_eq!(stored(&kv, &id).pegawai.nama, "Ani");
}

#[test]
fn undo_never_removes_an_imported_draft() {
    let kv = MemoryKv::new();
    let mut a = Tab::open(kv.clone(), 0.0);
    let mut file = Draft::new("kolega", 2027);
    file.pegawai.nama = "Rina".into();
    let opened = a
        .import("rina.skp.json", &write_draft_file(&file), 0.0, &mut ids())
        .expect("placed");
    assert_eq!(opened, ItemRef::Draft("kolega".into()));
    a.edit(
        "kolega",
        &DraftEdit::NamaDraf("SKP Rina".into()),
        false,
        10.0,
    );
    assert!(a.undo(&opened));
    assert!(!a.undo(&opened), "the import itself is not an undo step");
    a.save();
    let mut b = Tab::open(kv.clone(), 0.0);
    assert!(b.ws.get("kolega").is_some(), "still there after a reload");
    assert!(!b.undo(&opened));
}

fn small_team() -> (Tim, Vec<Draft>) {
    let mut leader = Draft::new("jpt", 2027);
    leader.header.jenis_jabatan = JenisJabatan::Jpt;
    leader.rhk.push(skp_drafter::core::model::Rhk {
        id: "R1".into(),
        teks: "Meningkatnya kualitas layanan".into(),
        ..Default::default()
    });
    let mut t = Tim::new("tim-1", "Bidang Layanan", "jpt");
    mpph::sync_label_kolom(&mut t, &leader);
    t.orang = vec![Orang {
        id: "k1".into(),
        nama: "Budi".into(),
        peran: Peran::KetuaTim,
        ..Default::default()
    }];
    assert!(set_sel(
        &mut t,
        &Tingkat::Satu,
        "k1",
        "R1",
        "Tersusunnya data layanan"
    ));
    (t, vec![leader])
}

#[test]
fn undo_never_removes_an_imported_team_and_derivation_is_undone_from_the_team_only() {
    let kv = MemoryKv::new();
    let mut a = Tab::open(kv.clone(), 0.0);
    let (t, drafts) = small_team();
    let text = write_bundle(&t, &drafts);
    let opened = a
        .import("bidang.tim.json", &text, 0.0, &mut ids())
        .expect("placed");
    assert_eq!(opened, ItemRef::Tim("tim-1".into()));
    assert!(!a.undo(&opened));
    assert_eq!(a.ws.teams.len(), 1);
    // Derive: the ketua gets a draft; Ctrl+Z in that draft does not undo the derivation.
    let plan = mpph::rencana_turunan(
        &a.ws.teams[0],
        &a.ws
            .drafts
            .iter()
            .map(|d| (**d).clone())
            .collect::<Vec<_>>(),
    )
    .unwrap();
    a.derive("tim-1", &plan, 5.0, &mut ids()).unwrap();
    let member = a.ws.teams[0].orang[0].draf.clone().expect("derived draft");
    assert!(!a.undo(&ItemRef::Draft(member.clone())));
    assert!(a.ws.get(&member).is_some());
    assert!(matches!(
        a.notices.last().and_then(|n| n.action.clone()),
        Some(NoticeAction::UndoDerivation(_))
    ));
    assert!(a.undo_derivation("tim-1"));
    assert!(
        a.ws.get(&member).is_none(),
        "the derived draft goes with its derivation"
    );
    assert_eq!(a.ws.teams[0].orang[0].draf, None);
    assert!(a.redo(&opened));
    assert!(a.ws.get(&member).is_some());
}

#[test]
fn several_files_at_once_each_get_their_answer() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    let mut same = (**a.ws.get(&id).unwrap()).clone();
    same.pegawai.nama = "Sari".into();
    let mut other = Draft::new("d-sari-2", 2027);
    other.pegawai.nama = "Tono".into();
    let mut dup2 = (**a.ws.get(&id).unwrap()).clone();
    dup2.pegawai.nama = "Umar".into();
    let mut n = ids();
    a.import("sari.skp.json", &write_draft_file(&same), 0.0, &mut n);
    a.import("rusak.skp.json", "{ bukan json", 0.0, &mut n);
    a.import("tono.skp.json", &write_draft_file(&other), 0.0, &mut n);
    a.import("umar.skp.json", &write_draft_file(&dup2), 0.0, &mut n);
    assert_eq!(a.questions.len(), 2, "both questions wait");
    assert_eq!(a.questions[0].file, "sari.skp.json");
    assert!(a.questions[0].incoming.whose().contains("Sari"));
    assert_eq!(a.questions[1].file, "umar.skp.json");
    let errors: Vec<_> = a
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Error)
        .collect();
    assert_eq!(errors.len(), 1, "the error stays beside the later success");
    assert!(errors[0].text.contains("rusak.skp.json"));
    assert!(a.notices.iter().any(|n| n.text.contains("tono.skp.json")));
    a.answer(Some(Choice::KeepBoth), 0.0, &mut n);
    a.answer(Some(Choice::Replace), 0.0, &mut n);
    assert!(a.questions.is_empty());
    assert_eq!(a.ws.drafts.len(), 3);
    assert_eq!(a.ws.get(&id).unwrap().pegawai.nama, "Umar");
    assert!(a
        .ws
        .drafts
        .iter()
        .any(|d| d.pegawai.nama == "Sari" && d.id != id));
    // The replaced version is in the trash, not gone.
    assert!(a
        .trash
        .iter()
        .any(|t| t.draf.as_ref().is_some_and(|d| d.id == id)));
}

#[test]
fn deleting_a_leader_draft_takes_its_team_along_restorably_even_after_a_reload() {
    let kv = MemoryKv::new();
    let mut a = Tab::open(kv.clone(), 0.0);
    let (t, drafts) = small_team();
    a.import("t.tim.json", &write_bundle(&t, &drafts), 0.0, &mut ids());
    a.save();
    let r = a.rujukan("jpt");
    assert_eq!(r.memimpin, ["Bidang Layanan"]);
    assert!(r.kalimat().contains("ikut dihapus"));
    a.delete_draft("jpt", 1000.0);
    assert!(
        a.ws.teams.is_empty(),
        "no team is left without its leader draft"
    );
    a.save();
    assert!(kv.peek(&format!("{PREFIX_TIM}tim-1")).is_none());
    // Every team the app holds can be exported and read back.
    for t in &a.ws.teams {
        let ds: Vec<Draft> = a.ws.drafts.iter().map(|d| (**d).clone()).collect();
        mpph::read_bundle(&write_bundle(t, &ds)).expect("importable");
    }
    let mut b = Tab::open(kv.clone(), 2000.0);
    assert_eq!(b.trash.len(), 1);
    let back = b.restore("jpt", &mut ids()).expect("restored");
    assert_eq!(back, ItemRef::Draft("jpt".into()));
    assert_eq!(b.ws.teams.len(), 1);
    b.save();
    let c = Tab::open(kv.clone(), 3000.0);
    assert!(c.ws.get("jpt").is_some() && c.ws.team("tim-1").is_some());
    assert!(c.trash.is_empty());
}

#[test]
fn old_trash_is_emptied() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    a.delete_draft(&id, 0.0);
    a.save();
    let b = Tab::open(kv.clone(), 31.0 * 86_400_000.0);
    assert!(b.trash.is_empty());
}

#[test]
fn a_stored_team_of_a_newer_layout_or_with_broken_links_is_set_aside_untouched() {
    let kv = MemoryKv::new();
    let newer = r#"{"layout":99,"rev":1,"tim":{"id":"t9","nama_unit":"X","pimpinan":"p"}}"#;
    kv.poke(&format!("{PREFIX_TIM}t9"), newer);
    let broken = r#"{"layout":1,"rev":1,"tim":{"id":"t8","nama_unit":"Y","pimpinan":"p","orang":[],"mpph1":{"sel":[{"baris":"hantu","kolom":"mpph1-R1","teks":"x"}]}}}"#;
    kv.poke(&format!("{PREFIX_TIM}t8"), broken);
    let mut a = Tab::open(kv.clone(), 0.0);
    assert!(a.ws.teams.is_empty());
    assert_eq!(a.quarantined.len(), 2, "{:?}", a.quarantined);
    assert!(a.quarantined.iter().any(|q| q.error.contains("lebih baru")));
    // A team file with the same id is kept beside it, never written over it.
    let (mut t, drafts) = small_team();
    t.id = "t9".into();
    a.import("t9.tim.json", &write_bundle(&t, &drafts), 0.0, &mut ids());
    a.save();
    assert_eq!(kv.peek(&format!("{PREFIX_TIM}t9")).as_deref(), Some(newer));
    assert_eq!(kv.peek(&format!("{PREFIX_TIM}t8")).as_deref(), Some(broken));
}

#[test]
fn an_entry_corrupted_after_start_is_never_overwritten() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    kv.poke(&format!("{PREFIX_DRAF}{id}"), "{ rusak");
    a.edit(&id, &nama(Pihak::Pegawai, "Ani"), false, 10.0);
    a.save();
    assert_eq!(
        kv.peek(&format!("{PREFIX_DRAF}{id}")).as_deref(),
        Some("{ rusak")
    );
    assert_eq!(a.quarantined.len(), 1);
    assert_eq!(
        a.ws.get(&id).unwrap().pegawai.nama,
        "Ani",
        "the edit is kept in memory"
    );
}

#[test]
fn a_full_store_keeps_everything_in_memory_and_saves_once_there_is_room() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    kv.set_quota(Some(kv.size()));
    a.edit(&id, &nama(Pihak::Pegawai, "Ani Nur Hasanah"), false, 10.0);
    a.save();
    assert_eq!(
        a.problems,
        [skp_drafter::core::workspace::store::SaveProblem::Full]
    );
    kv.set_quota(None);
    a.save();
    assert!(a.problems.is_empty());
    assert_eq!(stored(&kv, &id).pegawai.nama, "Ani Nur Hasanah");
}

#[test]
fn a_deleted_draft_is_restored_by_its_notice() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    a.delete_draft(&id, 0.0);
    let action = a.notices.last().and_then(|n| n.action.clone());
    assert_eq!(action, Some(NoticeAction::Restore(id.clone())));
    assert!(
        !a.undo(&ItemRef::Draft(id.clone())),
        "Ctrl+Z does not bring it back"
    );
    a.restore(&id, &mut ids());
    assert!(a.ws.get(&id).is_some());
    let _ = Arc::clone(a.ws.get(&id).unwrap());
}

/// A draft opened while the storage is full is the one open after a reload once there is
/// room again (its content and which draft is open are both written by the next good save).
#[test]
fn a_draft_opened_while_storage_is_full_is_reopened_after_room_returns() {
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    a.save_terbuka(None);
    kv.set_quota(Some(kv.size()));
    a.save_terbuka(Some(&id));
    a.save();
    kv.set_quota(None);
    assert_eq!(
        Session::open(kv.clone(), 1.0).terbuka,
        None,
        "not written while full"
    );
    a.edit(&id, &nama(Pihak::Pegawai, "Ani"), false, 10.0);
    a.save();
    assert_eq!(
        Session::open(kv.clone(), 2.0).terbuka.as_deref(),
        Some(id.as_str())
    );
}

#[test]
fn undo_histories_survive_the_hand_over_to_a_new_session_of_the_same_tab() {
    use skp_drafter::core::workspace::undo::Histories;
    let kv = MemoryKv::new();
    let (mut a, id) = one_draft(&kv);
    a.edit(&id, &nama(Pihak::Pegawai, "Ani"), true, 10.0);
    a.edit(&id, &nama(Pihak::Penilai, "Budi"), true, 20.0);
    assert!(a.undo(&ItemRef::Draft(id.clone())));
    a.save();
    let json = a.histories.to_value();
    // The next module of the app opens the same storage and takes the histories over.
    let mut b = Tab::open(kv.clone(), 30.0);
    b.histories = Histories::from_value(&serde_json::from_str(&json.to_string()).unwrap());
    let scope = ItemRef::Draft(id.clone());
    assert!(b.can_undo(&scope) && b.can_redo(&scope));
    assert!(b.redo(&scope));
    assert_eq!(b.ws.get(&id).unwrap().penilai.nama, "Budi");
    assert!(b.undo(&scope) && b.undo(&scope));
    assert_eq!(b.ws.get(&id).unwrap().pegawai.nama, "");
    assert!(!b.can_undo(&scope));
    // Each version is written once: the after of one step is the before of the next.
    assert_eq!(json["versi"].as_array().map(Vec::len), Some(3), "{json}");
    // A history that does not read gives nothing to undo rather than a wrong undo.
    let mut rusak = json.clone();
    let i = rusak["riwayat"][0]["undo"][0]["parts"][0]["after"]
        .as_u64()
        .unwrap() as usize;
    rusak["versi"][i] = serde_json::json!({ "id": 5 });
    let h = Histories::from_value(&rusak);
    assert!(!h.can_undo(&scope));
    assert!(!Histories::from_value(&serde_json::json!("x")).can_undo(&scope));
}
