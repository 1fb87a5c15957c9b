use leptos::prelude::*;

use super::iki_row::IkiRow;
use super::templat::{self, Isi, Pola};
use super::use_editor;
use crate::app::browser::new_id;
use crate::app::keys::{focus_field, row_key, RowKey};
use crate::core::edit::{Arah, DraftEdit};
use crate::core::field::FieldKey;
pub use crate::core::model::Lajur;
use crate::core::model::{JenisRhk, RhkAtasan};

/// The inside of an RHK row, cloned for each row (see [`templat`]).
fn html(ja: bool) -> String {
    let atasan = if ja {
        format!(
            r#"<div class="col-atasan">{}<span class="badge info" title="Tertaut ke RHK atasan lewat MPPH">tertaut</span></div>"#,
            templat::isian(
                "RHK atasan yang diintervensi",
                "RHK atasan yang diintervensi",
                "rhk-atasan"
            )
        )
    } else {
        String::new()
    };
    let jenis = templat::pilihan(
        false,
        JenisRhk::ALL.map(|j| {
            (
                j.code(),
                if j == JenisRhk::Utama {
                    "Utama"
                } else {
                    "Tambahan"
                },
            )
        }),
    );
    format!(
        r#"<div class="col-no"></div>{atasan}<div class="col-rhk">{teks}<!--pesan--><div class="temuan warning" data-testid="tinjau"><span class="temuan-label">Perlu ditinjau</span> <span class="tinjau-alasan"></span> <button class="btn tiny" data-aksi="selesai-tinjau">Sudah ditinjau</button></div><div class="row-tools"><select aria-label="Jenis RHK" data-isian="rhk-jenis">{jenis}</select>{naik}{turun}{tambah}{hapus}</div></div><div class="col-iki"><p class="hint">Belum ada IKI di sini. <button class="btn tiny" data-aksi="tambah-iki">+ Tambah IKI</button></p></div>"#,
        teks = templat::isian(
            "Rencana hasil kerja",
            "mis. Tersusunnya laporan … yang …",
            "rhk-teks"
        ),
        naik = templat::tombol(
            "btn tiny",
            "Naikkan (Alt+↑)",
            Some("Naikkan RHK"),
            "naik",
            None,
            "↑"
        ),
        turun = templat::tombol(
            "btn tiny",
            "Turunkan (Alt+↓)",
            Some("Turunkan RHK"),
            "turun",
            None,
            "↓"
        ),
        tambah = templat::tombol(
            "btn tiny",
            "Tambah IKI",
            None,
            "tambah-iki",
            Some("tambah-iki"),
            "+ IKI"
        ),
        hapus = templat::tombol(
            "btn tiny danger",
            "Hapus RHK (Ctrl+Shift+Backspace)",
            Some("Hapus RHK"),
            "hapus",
            Some("hapus-rhk"),
            "✕"
        ),
    )
}

/// One RHK with its IKI (those of this lajur), its controls and its keyboard commands.
#[component]
pub fn RhkRow(
    rhk_id: String,
    lajur: Lajur,
    /// Its number within the group.
    no: Signal<usize>,
    /// The ids shown in the same group, to move focus after a removal.
    siblings: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = use_editor();
    let rid = StoredValue::new(rhk_id);
    let rhk = Memo::new(move |_| ctx.draft.with(|d| d.rhk_by_id(&rid.get_value()).cloned()));
    let atasan_linked =
        Memo::new(move |_| rhk.with(|r| r.as_ref().and_then(|r| r.rhk_atasan.id.clone())));
    let iki_ids = Memo::new(move |_| {
        rhk.with(|r| {
            r.as_ref()
                .map(|r| {
                    r.iki
                        .iter()
                        .filter(|i| lajur.shows(i))
                        .map(|i| i.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let perspektif = match lajur {
        Lajur::Jpt(p) => p,
        Lajur::Ja => None,
    };
    let add_iki = move || {
        let id = new_id();
        let aspek = match lajur {
            Lajur::Ja => rhk.with_untracked(|r| r.as_ref().map(|r| r.aspek_berikutnya())),
            Lajur::Jpt(_) => None,
        };
        ctx.edit(DraftEdit::AddIki {
            rhk: rid.get_value(),
            id: id.clone(),
            perspektif,
            aspek,
        });
        focus_field(FieldKey::IkiTeks(rid.get_value(), id).as_string());
    };
    let move_rhk = move |arah| {
        ctx.edit(DraftEdit::MoveRhk(rid.get_value(), arah, lajur));
        focus_field(FieldKey::RhkTeks(rid.get_value()).as_string());
    };
    let remove = move || {
        let next_focus = siblings.with_untracked(|s| {
            let i = s.iter().position(|x| *x == rid.get_value())?;
            if i > 0 {
                s.get(i - 1).cloned()
            } else {
                s.get(i + 1).cloned()
            }
        });
        ctx.edit(DraftEdit::RemoveRhk(rid.get_value()));
        if let Some(n) = next_focus {
            focus_field(FieldKey::RhkTeks(n).as_string());
        }
    };
    let add_below = move || {
        let id = new_id();
        ctx.edit(DraftEdit::AddRhk {
            id: id.clone(),
            iki_id: new_id(),
            jenis: rhk.with_untracked(|r| r.as_ref().map(|r| r.jenis).unwrap_or_default()),
            perspektif,
            after: Some(rid.get_value()),
        });
        focus_field(FieldKey::RhkTeks(id).as_string());
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if templat::isian_dari(&ev).as_deref() != Some("rhk-teks") {
            return;
        }
        let Some(k) = row_key(&ev) else { return };
        ev.prevent_default();
        match k {
            RowKey::Add => add_below(),
            RowKey::Up => move_rhk(Arah::Naik),
            RowKey::Down => move_rhk(Arah::Turun),
            RowKey::Remove => remove(),
        }
    };
    let on_input = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        match templat::isian_dari(&ev).unwrap_or_default().as_str() {
            "rhk-teks" => ctx.edit(DraftEdit::RhkTeks(rid.get_value(), v)),
            "rhk-atasan" => ctx.edit(DraftEdit::RhkAtasan(
                rid.get_value(),
                RhkAtasan {
                    id: atasan_linked.get_untracked(),
                    teks: v,
                },
            )),
            _ => {}
        }
    };
    let on_change = move |ev: web_sys::Event| {
        if templat::isian_dari(&ev).as_deref() == Some("rhk-jenis") {
            let j = if event_target_value(&ev) == "tambahan" {
                JenisRhk::Tambahan
            } else {
                JenisRhk::Utama
            };
            ctx.edit(DraftEdit::RhkJenis(rid.get_value(), j));
        }
    };
    // Buttons of this row only: those of its IKI rows act in IkiRow (their data-aksi
    // starts with "iki-").
    let on_click =
        move |ev: web_sys::MouseEvent| match templat::aksi_dari(&ev).unwrap_or_default().as_str() {
            "naik" => move_rhk(Arah::Naik),
            "turun" => move_rhk(Arah::Turun),
            "tambah-iki" => add_iki(),
            "hapus" => remove(),
            "selesai-tinjau" => ctx.edit_step(DraftEdit::SelesaiTinjau(rid.get_value())),
            _ => {}
        };
    let on_left =
        move |ev: web_sys::FocusEvent| templat::tinggalkan(ctx, &ev, &["rhk-teks", "rhk-atasan"]);
    let ja = lajur == Lajur::Ja;
    let isi = move |row: web_sys::Element| {
        let pola = if ja { Pola::RhkJa } else { Pola::RhkJpt };
        let Some(f) = templat::salin(pola, || html(ja)) else {
            return;
        };
        let id = rid.get_value();
        let el = |sel: &str| templat::cari(&f, sel);
        let (no_el, atasan, teks, jenis) = (
            el(".col-no"),
            el("[data-isian=rhk-atasan]"),
            el("[data-isian=rhk-teks]"),
            el("[data-isian=rhk-jenis]"),
        );
        let (badge, tinjau, hint, col_iki) = (
            el(".badge"),
            el("[data-testid=tinjau]"),
            el(".hint"),
            el(".col-iki"),
        );
        let mut isi = Isi::default();
        if let Some(no_el) = no_el {
            isi.efek(move || no_el.set_text_content(Some(&no.get().to_string())));
        }
        // The values, in one effect: a change to this RHK sets only what differs.
        {
            use templat::{Isian, Kendali};
            let kontrol = [
                atasan.clone().map(|e| Isian::baru(e, Kendali::Teks, "")),
                teks.clone().map(|e| Isian::baru(e, Kendali::Teks, "")),
                jenis.map(|e| Isian::baru(e, Kendali::Pilihan, JenisRhk::ALL[0].code())),
            ];
            let alasan = el(".tinjau-alasan");
            isi.efek(move || {
                rhk.with(|r| {
                    let Some(r) = r else { return };
                    let nilai = [r.rhk_atasan.teks.as_str(), &r.teks, r.jenis.code()];
                    for (el, v) in kontrol.iter().zip(nilai) {
                        if let Some(el) = el {
                            el.setel(v);
                        }
                    }
                    if let (Some(a), Some(why)) = (&alasan, &r.tinjau) {
                        a.set_text_content(Some(why));
                    }
                })
            });
        }
        // Messages: at each text field, and about the RHK as a whole (no IKI, duplicate …)
        // before the note to review it and the row's tools.
        let mut pesan = Vec::new();
        for (ta, key) in [
            (&atasan, FieldKey::RhkAtasan(id.clone())),
            (&teks, FieldKey::RhkTeks(id.clone())),
        ] {
            if let Some(ta) = ta {
                let _ = ta.set_attribute("data-field", &key.as_string());
                if let Some(label) = ta.parent_element() {
                    pesan.push((key, label, None));
                }
            }
        }
        if let Some(label) = teks.as_ref().and_then(|t| t.parent_element()) {
            if let (Some(col), Some(anchor)) = (label.parent_element(), label.next_sibling()) {
                pesan.push((FieldKey::Rhk(id.clone()), col, Some(anchor)));
            }
        }
        isi.pesan(pesan);
        if let Some(badge) = badge {
            if let Some(col) = badge.parent_element() {
                isi.tampak(badge, col, None, move || {
                    atasan_linked.with(Option::is_some)
                });
            }
        }
        if let Some(tinjau) = tinjau {
            if let (Some(col), Some(tools)) = (tinjau.parent_element(), el(".row-tools")) {
                isi.tampak(tinjau, col, Some(tools.into()), move || {
                    rhk.with(|r| r.as_ref().is_some_and(|r| r.tinjau.is_some()))
                });
            }
        }
        if let Some(col) = col_iki {
            let daftar = view! {
                <For each=move || iki_ids.get() key=|id| id.clone() let:iki_id>
                    <IkiRow rhk_id=rid.get_value() iki_id=iki_id lajur=lajur siblings=iki_ids/>
                </For>
            };
            isi.pasang(daftar.into_any(), &col, hint.as_ref().map(|h| h.as_ref()));
            if let Some(hint) = hint {
                isi.tampak(hint, col, None, move || iki_ids.with(Vec::is_empty));
            }
        }
        let _ = row.append_child(&f);
        isi.simpan();
    };
    view! {
        <div class="rhk-row" data-testid="rhk-row" data-rhk=rid.get_value()
            on:input=on_input on:change=on_change on:click=on_click on:keydown=on_key on:focusout=on_left
            use:isi></div>
    }
}
