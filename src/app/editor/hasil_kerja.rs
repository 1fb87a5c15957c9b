use leptos::prelude::*;

use super::rhk_row::{Lajur, RhkRow};
use super::use_editor;
use crate::app::browser::new_id;
use crate::app::keys::focus_field;
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::{JenisRhk, Perspektif};

/// HASIL KERJA: four perspektif sections on the SKP JPT, the official columns on JA/JF.
#[component]
pub fn HasilKerja() -> impl IntoView {
    let ctx = use_editor();
    let jpt = Memo::new(move |_| ctx.draft.with(|d| d.header.jenis_jabatan.is_jpt()));
    // RHK with IKI outside any perspektif (e.g. after switching a JA draft to JPT).
    let has_loose = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.rhk.iter().any(|r| Lajur::Jpt(None).shows_rhk(r)))
    });
    let kosong = Memo::new(move |_| ctx.draft.with(|d| d.perspektif_kosong()));
    view! {
        <section class="hasil-kerja">
            <h2>"HASIL KERJA"</h2>
            <p class="hint keys">"Papan ketik: Ctrl+Enter menambah baris di bawah, Alt+↑/↓ memindahkan, Ctrl+Shift+Backspace menghapus baris, Ctrl+Z/Ctrl+Shift+Z urungkan/ulangi."</p>
            {move || if jpt.get() {
                view! {
                    <Show when=move || !kosong.with(Vec::is_empty)>
                        <p class="notice warning inline" data-testid="perspektif-kosong">
                            "Perspektif yang masih kosong: "
                            {move || kosong.get().iter().map(|p| p.label()).collect::<Vec<_>>().join(", ")}
                            ". SKP JPT yang baik mencakup keempat perspektif."
                        </p>
                    </Show>
                    {Perspektif::ALL.map(|p| view! { <PerspektifSection perspektif=p/> })}
                    <Show when=move || has_loose.get()>
                        <Section lajur=Lajur::Jpt(None) title="RHK belum berperspektif"/>
                    </Show>
                }.into_any()
            } else {
                view! { <Section lajur=Lajur::Ja title=""/> }.into_any()
            }}
        </section>
    }
}

#[component]
fn PerspektifSection(perspektif: Perspektif) -> impl IntoView {
    let ctx = use_editor();
    let empty = Memo::new(move |_| {
        ctx.draft
            .with(|d| d.perspektif_kosong().contains(&perspektif))
    });
    view! {
        <div class="perspektif" class:kosong=move || empty.get() data-testid=format!("perspektif-{}", perspektif.code())>
            <h3>
                {perspektif.label()}
                <Show when=move || empty.get()>
                    <span class="badge warning" data-testid="badge-kosong">"Belum ada RHK"</span>
                </Show>
            </h3>
            <p class="hint">{perspektif.keterangan()}</p>
            <super::FieldMessages field=FieldKey::Perspektif(perspektif)/>
            <Section lajur=Lajur::Jpt(Some(perspektif)) title=""/>
        </div>
    }
}

/// The column heads and both groups (A. UTAMA, B. TAMBAHAN) of one lajur.
#[component]
fn Section(lajur: Lajur, #[prop(into)] title: String) -> impl IntoView {
    let ctx = super::use_editor();
    let kualitatif = ctx.kualitatif;
    // The first cells belong to the RHK, the rest to each IKI row (a nested grid).
    let heads = move |kualitatif: bool| -> (&'static [&'static str], &'static [&'static str]) {
        match lajur {
            Lajur::Ja if kualitatif => (
                &[
                    "NO",
                    "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
                    "RENCANA HASIL KERJA",
                ],
                &["UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, DAN TARGET"],
            ),
            Lajur::Jpt(_) if kualitatif => (
                &["NO", "RENCANA HASIL KERJA"],
                &[
                    "UKURAN KEBERHASILAN / INDIKATOR KINERJA INDIVIDU, DAN TARGET",
                    "",
                    "PERSPEKTIF",
                ],
            ),
            Lajur::Ja => (
                &[
                    "NO",
                    "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
                    "RENCANA HASIL KERJA",
                ],
                &["ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"],
            ),
            Lajur::Jpt(_) => (
                &["NO", "RENCANA HASIL KERJA"],
                &["INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF"],
            ),
        }
    };
    let class = match lajur {
        Lajur::Ja => "tabel-rhk ja",
        Lajur::Jpt(_) => "tabel-rhk jpt",
    };
    view! {
        <div class=class class:kualitatif=move || kualitatif.get()>
            {(!title.is_empty()).then(|| view! { <h3>{title.clone()}</h3> })}
            <div class="tabel-head" aria-hidden="true">
                {move || heads(kualitatif.get()).0.iter().map(|h| view! { <span>{*h}</span> }).collect_view()}
                <span class="iki-heads">{move || heads(kualitatif.get()).1.iter().map(|h| view! { <span>{*h}</span> }).collect_view()}</span>
            </div>
            {JenisRhk::ALL.map(|jenis| view! { <Group lajur=lajur jenis=jenis/> })}
        </div>
    }
}

#[component]
fn Group(lajur: Lajur, jenis: JenisRhk) -> impl IntoView {
    let ctx = use_editor();
    let ids = Memo::new(move |_| {
        ctx.draft.with(|d| {
            d.rhk_jenis(jenis)
                .filter(|r| lajur.shows_rhk(r))
                .map(|r| r.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let id = new_id();
        let perspektif = match lajur {
            Lajur::Jpt(p) => p,
            Lajur::Ja => None,
        };
        let after = ids.with_untracked(|ids| ids.last().cloned());
        ctx.edit(DraftEdit::AddRhk {
            id: id.clone(),
            iki_id: new_id(),
            jenis,
            perspektif,
            after,
        });
        focus_field(FieldKey::RhkTeks(id).as_string());
    };
    let no = move |id: &str| ids.with(|ids| ids.iter().position(|x| x == id).map_or(0, |i| i + 1));
    view! {
        <div class="group" data-jenis=jenis.code()>
            <div class="group-title">{jenis.label()}</div>
            <For each=move || ids.get() key=|id| id.clone() let:rhk_id>
                {
                    let rid = rhk_id.clone();
                    view! { <RhkRow rhk_id=rhk_id lajur=lajur no=Signal::derive(move || no(&rid)) siblings=ids/> }
                }
            </For>
            <button class="btn add" data-testid=format!("tambah-rhk-{}", jenis.code()) on:click=add
                data-field=match (lajur, jenis) { (Lajur::Jpt(Some(p)), JenisRhk::Utama) => Some(FieldKey::Perspektif(p).as_string()), _ => None }>
                {format!("+ Tambah RHK {}", if jenis == JenisRhk::Utama { "Utama" } else { "Tambahan" })}
            </button>
        </div>
    }
}
