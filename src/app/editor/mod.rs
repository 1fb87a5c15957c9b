//! The editor of one open draft, laid out like the official SKP form.

mod ctx;
mod ekinerja;
mod fields;
mod hasil_kerja;
mod identitas;
mod iki_row;
mod kop;
mod lampiran;
pub mod mode_kelas;
mod perilaku;
mod rhk_row;
mod ringkasan;
mod templat;
mod temuan;

use leptos::prelude::*;

use crate::app::state::use_app;

pub use ctx::{use_editor, EditorCtx};
pub use fields::{FieldMessages, TextField};

/// The open draft: kop, identity blocks, hasil kerja, perilaku kerja and lampiran.
#[component]
pub fn DraftEditor(id: String) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let found = Memo::new(move |_| app.ws.with(|w| w.get(&id.get_value()).cloned()));
    provide_context(EditorCtx::new(app, id, found));
    let salin = RwSignal::new(false);
    // "Bagikan tautan": made here or by the full module (see `app::Layar`).
    let layar = use_context::<crate::app::Layar>();
    let bagikan = layar.map(|l| l.bagikan);
    // The teams this draft belongs to (as a member's derived SKP, or as the leader's): a way
    // back to each.
    let tim = Memo::new(move |_| {
        let me = id.get_value();
        app.ws.with(|w| {
            w.teams
                .iter()
                .filter(|t| {
                    t.pimpinan == me
                        || t.orang
                            .iter()
                            .any(|o| o.draf.as_deref() == Some(me.as_str()))
                })
                .map(|t| (t.id.clone(), t.nama_unit.clone()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show
            when=move || found.with(Option::is_some)
            fallback=|| view! { <p class="hint">"Draf ini tidak ada lagi (mungkin dihapus atau diurungkan)."</p> }
        >
            <article class="editor" data-testid="editor">
                <div class="editor-actions">
                    <button class="btn" data-testid="ekspor" on:click=move |_| app.export(&id.get_value())>"Ekspor berkas .skp.json"</button>
                    <button class="btn" data-testid="bagikan" title="Salin tautan yang memuat seluruh draf ini (tanpa server)" on:click=move |_| if let Some(f) = bagikan { f(app, id.get_value()) }>"Bagikan tautan"</button>
                    <button class="btn" data-testid="ekspor-xlsx" title="Unduh buku kerja Excel (.xlsx) berisi SKP ini" on:click=move |_| app.export_xlsx(&id.get_value())>"Unduh Excel"</button>
                    <button class="btn" data-testid="cetak" title="Cetak SKP resmi (A4; pilih potret atau lanskap di jendela cetak)" on:click=move |_| app.print(&id.get_value())>"Cetak"</button>
                    <button class="btn" data-testid="buka-salin" class:active=move || salin.get() aria-pressed=move || salin.get().to_string()
                        on:click=move |_| salin.update(|s| *s = !*s)>
                        {move || if salin.get() { "Kembali ke formulir" } else { "Salin ke e-Kinerja" }}
                    </button>
                    {crate::app::kelas::asal_contoh(&id.get_value()).map(|_| view! {
                        <button class="btn" data-testid="mulai-ulang-contoh" title="Kembalikan draf ini seperti contoh aslinya (bisa diurungkan)"
                            on:click=move |_| app.mulai_ulang_contoh(id.get_value())>"Mulai ulang dari contoh"</button>
                    })}
                    <button class="btn" on:click=move |_| app.open_draft(None)>"Tutup draf"</button>
                    {move || tim.get().into_iter().map(|(t, nama)| {
                        let label = if nama.trim().is_empty() { "Kembali ke tim".to_string() } else { format!("Kembali ke tim \u{201c}{}\u{201d}", nama.trim()) };
                        view! { <button class="btn" data-testid="kembali-ke-tim" on:click=move |_| app.open_team(Some(t.clone()))>{label}</button> }
                    }).collect_view()}
                </div>
                <Show when=move || salin.get() fallback=move || view! {
                    <ringkasan::Ringkasan/>
                    {move || if app.mode_kelas.get() {
                        // On a projector: one section at a time.
                        let bagian = match app.bagian.get() {
                            0 => view! { <kop::Kop/> <identitas::IdentitasBlocks/> }.into_any(),
                            1 => view! { <hasil_kerja::HasilKerja/> }.into_any(),
                            2 => view! { <perilaku::PerilakuKerja/> }.into_any(),
                            3 => view! { <lampiran::LampiranSkp/> }.into_any(),
                            // Drawn here or by the full module (see `app::Layar`).
                            _ => layar.map_or_else(|| ().into_any(), |l| (l.peragaan)()),
                        };
                        view! { <mode_kelas::NavBagian/> {bagian} }.into_any()
                    } else {
                        view! {
                            <kop::Kop/>
                            <identitas::IdentitasBlocks/>
                            <hasil_kerja::HasilKerja/>
                            <perilaku::PerilakuKerja/>
                            <lampiran::LampiranSkp/>
                        }.into_any()
                    }}
                }>
                    <ekinerja::SalinEkinerja/>
                </Show>
            </article>
        </Show>
    }
}
