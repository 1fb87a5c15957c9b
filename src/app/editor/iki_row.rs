use leptos::prelude::*;

use super::rhk_row::Lajur;
use super::templat::{self, Isi, Pola};
use super::use_editor;
use crate::app::browser::new_id;
use crate::app::keys::{focus_field, row_key, RowKey};
use crate::core::edit::{Arah, DraftEdit};
use crate::core::field::FieldKey;
use crate::core::model::{Aspek, Perspektif};

/// The IKI's label on the kuantitatif form, and on the kualitatif one.
const LABEL_IKI: &str = "Indikator kinerja individu";
const LABEL_KUALITATIF: &str = "Ukuran keberhasilan / indikator kinerja individu, dan target";

/// The inside of an IKI row, cloned for each row (see [`templat`]).
fn html(ja: bool) -> String {
    let aspek = if ja {
        format!(
            r#"<select class="col-aspek" aria-label="Aspek" data-isian="iki-aspek">{}</select>"#,
            templat::pilihan(true, Aspek::ALL.map(|a| (a.code(), a.label())))
        )
    } else {
        String::new()
    };
    let perspektif = if ja {
        String::new()
    } else {
        format!(
            r#"<select class="col-perspektif" aria-label="Perspektif" data-isian="iki-perspektif">{}</select>"#,
            templat::pilihan(
                true,
                Perspektif::ALL.map(|p| (p.code(), p.label().trim_start_matches("Perspektif ")))
            )
        )
    };
    format!(
        r#"{aspek}<div class="col-iki-teks">{teks}<div class="row-tools">{naik}{turun}{hapus}</div></div><div class="col-target"><span class="field-label label-sempit" aria-hidden="true">Target (nilai, s.d. maks, satuan)</span><div class="target-inputs"><input class="nilai" aria-label="Target" placeholder="nilai" inputmode="decimal" data-isian="iki-nilai"><span class="sd">s.d.</span><input class="nilai" aria-label="Target maksimum (untuk rentang)" placeholder="(maks)" inputmode="decimal" data-isian="iki-maks"><input class="satuan" aria-label="Satuan" placeholder="satuan" list="satuan-umum" data-isian="iki-satuan"></div></div>{perspektif}"#,
        teks = templat::isian(LABEL_IKI, "mis. Jumlah laporan … yang …", "iki-teks"),
        naik = templat::tombol(
            "btn tiny",
            "Naikkan IKI (Alt+↑)",
            Some("Naikkan IKI"),
            "iki-naik",
            None,
            "↑"
        ),
        turun = templat::tombol(
            "btn tiny",
            "Turunkan IKI (Alt+↓)",
            Some("Turunkan IKI"),
            "iki-turun",
            None,
            "↓"
        ),
        hapus = templat::tombol(
            "btn tiny danger",
            "Hapus IKI (Ctrl+Shift+Backspace)",
            Some("Hapus IKI"),
            "iki-hapus",
            None,
            "✕"
        ),
    )
}

/// One IKI: aspek (JA/JF) or perspektif (JPT), the indicator, and its target.
#[component]
pub fn IkiRow(
    rhk_id: String,
    iki_id: String,
    lajur: Lajur,
    siblings: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = use_editor();
    let rid = StoredValue::new(rhk_id);
    let iid = StoredValue::new(iki_id);
    let iki = Memo::new(move |_| {
        ctx.draft.with(|d| {
            d.rhk_by_id(&rid.get_value())
                .and_then(|r| r.iki.iter().find(|i| i.id == iid.get_value()).cloned())
        })
    });
    let (r, i) = (move || rid.get_value(), move || iid.get_value());
    let move_iki = move |arah| {
        ctx.edit(DraftEdit::MoveIki(r(), i(), arah, lajur));
        focus_field(FieldKey::IkiTeks(r(), i()).as_string());
    };
    let remove = move || {
        let next = siblings.with_untracked(|s| {
            let k = s.iter().position(|x| *x == i())?;
            if k > 0 {
                s.get(k - 1).cloned()
            } else {
                s.get(k + 1).cloned()
            }
        });
        ctx.edit(DraftEdit::RemoveIki(r(), i()));
        match next {
            Some(n) => focus_field(FieldKey::IkiTeks(r(), n).as_string()),
            None => focus_field(FieldKey::RhkTeks(r()).as_string()),
        }
    };
    let add_below = move || {
        let id = new_id();
        // The next unused aspek, as the "+ IKI" button gives (an SKP JPT's IKI has none).
        let next = ctx
            .draft
            .with_untracked(|d| d.rhk_by_id(&r()).map(|r| r.aspek_berikutnya()));
        let (p, a) = iki.with_untracked(|i| {
            let i = i.as_ref();
            (
                i.and_then(|i| i.perspektif),
                i.and_then(|i| i.aspek).and(next),
            )
        });
        ctx.edit(DraftEdit::AddIki {
            rhk: r(),
            id: id.clone(),
            perspektif: p,
            aspek: a,
        });
        focus_field(FieldKey::IkiTeks(r(), id).as_string());
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if templat::isian_dari(&ev).as_deref() != Some("iki-teks") {
            return;
        }
        let Some(k) = row_key(&ev) else { return };
        ev.prevent_default();
        match k {
            RowKey::Add => add_below(),
            RowKey::Up => move_iki(Arah::Naik),
            RowKey::Down => move_iki(Arah::Turun),
            RowKey::Remove => remove(),
        }
    };
    let on_input = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        match templat::isian_dari(&ev).unwrap_or_default().as_str() {
            "iki-teks" => ctx.edit(DraftEdit::IkiTeks(r(), i(), v)),
            "iki-nilai" => ctx.edit(DraftEdit::IkiNilai(r(), i(), v)),
            "iki-maks" => ctx.edit(DraftEdit::IkiNilaiMaks(r(), i(), v)),
            "iki-satuan" => ctx.edit(DraftEdit::IkiSatuan(r(), i(), v)),
            _ => {}
        }
    };
    let on_change = move |ev: web_sys::Event| {
        let v = event_target_value(&ev);
        match templat::isian_dari(&ev).unwrap_or_default().as_str() {
            "iki-aspek" => ctx.edit(DraftEdit::IkiAspek(r(), i(), Aspek::from_code(&v))),
            "iki-perspektif" => {
                ctx.edit(DraftEdit::IkiPerspektif(
                    r(),
                    i(),
                    Perspektif::from_code(&v),
                ));
                focus_field(FieldKey::IkiTeks(r(), i()).as_string());
            }
            _ => {}
        }
    };
    let on_click =
        move |ev: web_sys::MouseEvent| match templat::aksi_dari(&ev).unwrap_or_default().as_str() {
            "iki-naik" => move_iki(Arah::Naik),
            "iki-turun" => move_iki(Arah::Turun),
            "iki-hapus" => remove(),
            _ => {}
        };
    let on_left = move |ev: web_sys::FocusEvent| templat::tinggalkan(ctx, &ev, &["iki-teks"]);
    // Pendekatan kualitatif: one narrative line per IKI ("ukuran keberhasilan … dan target");
    // the aspek and the numeric target are not part of that form. A target typed earlier
    // stays visible (and printed) rather than being hidden.
    let kualitatif = ctx.kualitatif;
    let ja = lajur == Lajur::Ja;
    let isi = move |row: web_sys::Element| {
        let pola = if ja { Pola::IkiJa } else { Pola::IkiJpt };
        let Some(f) = templat::salin(pola, || html(ja)) else {
            return;
        };
        let mut isi = Isi::default();
        let el = |isian: &str| templat::cari(&f, &format!("[data-isian={isian}]"));
        let (teks, aspek, perspektif) = (el("iki-teks"), el("iki-aspek"), el("iki-perspektif"));
        let (nilai, maks, satuan) = (el("iki-nilai"), el("iki-maks"), el("iki-satuan"));
        let target = FieldKey::IkiTarget(r(), i());
        let data_field = [
            (&teks, FieldKey::IkiTeks(r(), i()).as_string()),
            (&aspek, FieldKey::IkiAspek(r(), i()).as_string()),
            (&nilai, format!("{target}/nilai")),
            (&satuan, format!("{target}/satuan")),
        ];
        for (el, key) in data_field {
            if let Some(el) = el {
                let _ = el.set_attribute("data-field", &key);
            }
        }
        let col_target = templat::cari(&f, ".col-target");
        let span = templat::cari(&f, ".col-iki-teks .field-label");
        let teks_col = templat::cari(&f, ".col-iki-teks");
        // The label says what the form asks, and the aspek's column goes with the kualitatif
        // form. The template is drawn for the kuantitatif form: nothing to do until the form
        // is another.
        let bentuk = {
            let (teks, aspek) = (teks.clone(), aspek.clone());
            let seperti = std::cell::Cell::new(false);
            move |k: bool| {
                if k == seperti.replace(k) {
                    return;
                }
                let label = if k { LABEL_KUALITATIF } else { LABEL_IKI };
                if let Some(ta) = &teks {
                    let _ = ta.set_attribute("aria-label", label);
                }
                if let Some(s) = &span {
                    s.set_text_content(Some(label));
                }
                if let (Some(sel), Some(teks_col)) = (&aspek, &teks_col) {
                    if k {
                        sel.remove();
                    } else if sel.parent_node().is_none() {
                        // It kept its value while it was out.
                        if let Some(p) = teks_col.parent_node() {
                            let _ = p.insert_before(sel, Some(teks_col));
                        }
                    }
                }
            }
        };
        // The values and the form, in one effect: a change to this IKI sets only what differs.
        {
            use templat::{Isian, Kendali};
            // Fresh controls: text empty, the selects at their "—" (see `html`).
            let isian = |el: &Option<web_sys::Element>, jenis| {
                el.clone().map(|el| Isian::baru(el, jenis, ""))
            };
            let kontrol = [
                isian(&teks, Kendali::Teks),
                isian(&nilai, Kendali::Masukan),
                isian(&maks, Kendali::Masukan),
                isian(&satuan, Kendali::Masukan),
                isian(&aspek, Kendali::Pilihan),
                isian(&perspektif, Kendali::Pilihan),
            ];
            let col_target = col_target.clone();
            // Whether the target's column is marked empty (a fresh clone is not).
            let tanpa_target = std::cell::Cell::new(false);
            isi.efek(move || {
                let k = kualitatif.get();
                iki.with(|i| {
                    let Some(i) = i else { return };
                    let nilai = [
                        i.teks.as_str(),
                        &i.target.nilai,
                        &i.target.nilai_maks,
                        &i.target.satuan,
                        i.aspek.map_or("", Aspek::code),
                        i.perspektif.map_or("", Perspektif::code),
                    ];
                    for (el, v) in kontrol.iter().zip(nilai) {
                        if let Some(el) = el {
                            el.setel(v);
                        }
                    }
                    let tanpa = k && i.target.nilai.trim().is_empty();
                    if let Some(col) = col_target.as_ref().filter(|_| tanpa != tanpa_target.get()) {
                        let _ = col.class_list().toggle_with_force("tanpa-target", tanpa);
                        tanpa_target.set(tanpa);
                    }
                });
                bentuk(k);
            });
        }
        let mut pesan = Vec::new();
        if let Some(label) = teks.as_ref().and_then(|t| t.parent_element()) {
            pesan.push((FieldKey::IkiTeks(r(), i()), label, None));
        }
        if let Some(col) = col_target {
            pesan.push((target, col, None));
        }
        isi.pesan(pesan);
        let _ = row.append_child(&f);
        isi.simpan();
    };
    view! {
        <div class="iki-row" data-testid="iki-row"
            on:input=on_input on:change=on_change on:click=on_click on:keydown=on_key on:focusout=on_left
            use:isi></div>
    }
}
