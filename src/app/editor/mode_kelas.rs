//! Mode Kelas: the editor on a projector. One section of the form at a time with
//! "Sebelumnya" / "Berikutnya" (PageUp / PageDown from a presenter's clicker), and a
//! "Sebelum → sesudah" section that shows one phrase, its rewrite and the rule behind it.

use leptos::prelude::*;

use super::use_editor;
use crate::app::state::{use_app, BAGIAN};
use crate::core::wording::peragaan::{dari_panduan, dari_temuan, Peragaan};

/// "◀ Sebelumnya · 2 / 5 Hasil kerja · Berikutnya ▶".
#[component]
pub fn NavBagian() -> impl IntoView {
    let app = use_app();
    let n = BAGIAN.len();
    view! {
        <nav class="nav-bagian" aria-label="Bagian formulir (Mode Kelas)" data-testid="nav-bagian">
            <button class="btn" data-testid="bagian-sebelumnya" prop:disabled=move || app.bagian.get() == 0
                on:click=move |_| app.geser_bagian(false)>"\u{25c0} Sebelumnya"</button>
            <ol class="bagian-daftar">
                {BAGIAN.iter().enumerate().map(|(i, nama)| view! {
                    <li>
                        <button class="btn small tab" class:active=move || app.bagian.get() == i aria-current=move || (app.bagian.get() == i).then_some("step")
                            on:click=move |_| app.bagian.set(i)>{format!("{}. {nama}", i + 1)}</button>
                    </li>
                }).collect_view()}
            </ol>
            <button class="btn" data-testid="bagian-berikutnya" prop:disabled={move || app.bagian.get() + 1 >= n}
                on:click=move |_| app.geser_bagian(true)>"Berikutnya \u{25b6}"</button>
        </nav>
    }
}

/// One phrase at a time: the draft's own phrases that have a rewrite, or the guide's.
#[component]
pub fn SebelumSesudah() -> impl IntoView {
    let ctx = use_editor();
    let dari_panduan_saja = RwSignal::new(false);
    // As shown: before, after, the rule's title and explanation, and where the phrase is.
    let baris = |list: Vec<Peragaan>| {
        list.into_iter()
            .map(|p| {
                (
                    p.sebelum,
                    p.sesudah,
                    p.kartu.aturan.title,
                    p.kartu.explanation,
                    p.tempat,
                )
            })
            .collect::<Vec<_>>()
    };
    // The draft's own phrases come from the findings the editor already has.
    let sendiri = Memo::new(move |_| {
        ctx.draft
            .with(|d| ctx.findings.with(|f| baris(dari_temuan(d, f))))
    });
    let ada_sendiri = Memo::new(move |_| sendiri.with(|s| !s.is_empty()));
    let daftar = Memo::new(move |_| {
        if !ada_sendiri.get() || dari_panduan_saja.get() {
            baris(dari_panduan())
        } else {
            sendiri.get()
        }
    });
    let i = RwSignal::new(0usize);
    let n = move || daftar.with(Vec::len);
    let cur = move || daftar.with(|l| l.get(i.get().min(l.len().saturating_sub(1))).cloned());
    view! {
        <section class="peragaan" data-testid="peragaan" aria-live="polite">
            <h2>"Sebelum \u{2192} sesudah"</h2>
            <Show when=move || ada_sendiri.get()>
                <label class="check">
                    <input type="checkbox" prop:checked=move || dari_panduan_saja.get()
                        on:change=move |ev| { dari_panduan_saja.set(event_target_checked(&ev)); i.set(0) }/>
                    " Pakai contoh dari Panduan penulisan, bukan dari draf ini"
                </label>
            </Show>
            {move || match cur() {
                None => view! { <p class="hint">"Tidak ada kalimat yang perlu diperbaiki."</p> }.into_any(),
                Some((sebelum, sesudah, judul, penjelasan, tempat)) => view! {
                    <p class="hint">{format!("{} dari {} \u{00b7} {tempat}", i.get().min(n().saturating_sub(1)) + 1, n())}</p>
                    <div class="peragaan-pasangan">
                        <div class="peragaan-sebelum" data-testid="peragaan-sebelum"><span class="peragaan-label">"Sebelum"</span>{sebelum}</div>
                        <div class="peragaan-panah" aria-hidden="true">"\u{2192}"</div>
                        <div class="peragaan-sesudah" data-testid="peragaan-sesudah"><span class="peragaan-label">"Sesudah"</span>{sesudah}</div>
                    </div>
                    <div class="peragaan-aturan">
                        <strong data-testid="peragaan-aturan">{judul}</strong>
                        <p>{penjelasan}</p>
                    </div>
                }.into_any(),
            }}
            <p class="kelas-aksi">
                <button class="btn" data-testid="peragaan-sebelumnya" prop:disabled=move || i.get() == 0 on:click=move |_| i.update(|x| *x = x.saturating_sub(1))>"\u{25c0} Kalimat sebelumnya"</button>
                <button class="btn" data-testid="peragaan-berikutnya" prop:disabled={move || i.get() + 1 >= n()} on:click=move |_| i.update(|x| *x += 1)>"Kalimat berikutnya \u{25b6}"</button>
            </p>
        </section>
    }
}
