use leptos::prelude::*;

use crate::app::state::use_app;
use crate::core::wording::{real_examples, Scope, KARTU, RULES};

/// "Panduan penulisan": every wording rule with its explanation and good and bad examples,
/// generated from the same list the checker and its tests use.
#[component]
pub fn Panduan() -> impl IntoView {
    let app = use_app();
    let rules = KARTU.iter().map(|k| {
        let r = k.aturan;
        let scope = match r.scope {
            Scope::Rhk => "RHK",
            Scope::Iki => "IKI",
            Scope::Draft => "Draf",
        };
        view! {
            <article class="aturan" id=format!("aturan-{}", r.id) data-testid="aturan">
                <h3>
                    {r.title}
                    <span class=format!("badge {}", r.severity.code())>{r.severity.label()}</span>
                    <span class="badge info">{scope}</span>
                </h3>
                <p>{k.explanation}</p>
                <div class="contoh">
                    {(!k.good.is_empty()).then(|| view! {
                        <div class="contoh-baik"><strong>"Tepat"</strong><ul>{k.good.iter().map(|g| view! { <li>{*g}</li> }).collect_view()}</ul></div>
                    })}
                    {(!k.bad.is_empty()).then(|| view! {
                        <div class="contoh-buruk"><strong>"Perlu diperbaiki"</strong><ul>{k.bad.iter().map(|b| view! { <li>{*b}</li> }).collect_view()}</ul></div>
                    })}
                </div>
                {
                    let real: Vec<_> = real_examples(r.id).collect();
                    (!real.is_empty()).then(|| view! {
                        <div class="contoh-nyata" data-testid="contoh-nyata">
                            <strong>"Dari dokumen nyata"</strong>
                            <ul>{real.into_iter().map(|e| view! {
                                <li class=if e.good { "baik" } else { "buruk" }>
                                    {if e.good { "✓ " } else { "✗ " }} {e.text}
                                    <span class="sumber">" — " {e.source}</span>
                                </li>
                            }).collect_view()}</ul>
                        </div>
                    })
                }
                <p class="hint">"Kode aturan: " <code>{r.id}</code></p>
            </article>
        }
    }).collect_view();
    // A table of contents: the rules by where they apply, each a link to its card.
    let toc = [
        (Scope::Rhk, "RHK"),
        (Scope::Iki, "IKI"),
        (Scope::Draft, "Draf secara keseluruhan"),
    ]
    .map(|(scope, label)| {
        let items = RULES
            .iter()
            .filter(|r| r.scope == scope)
            .map(|r| view! { <li><a href=format!("#aturan-{}", r.id)>{r.title}</a></li> })
            .collect_view();
        view! { <li><strong>{label}</strong><ul>{items}</ul></li> }
    });
    view! {
        <section class="panduan" data-testid="panduan">
            <div class="editor-actions">
                <button class="btn" on:click=move |_| app.panduan.set(false)>"Kembali ke draf"</button>
            </div>
            <h2>"Panduan penulisan SKP"</h2>
            <p>"RHK ditulis dalam bahasa hasil kerja (capaian), bukan aktivitas atau kategori pekerjaan; IKI menyebut ukuran yang jelas. Pemeriksa di aplikasi memakai aturan berikut, lengkap dengan contoh."</p>
            <nav class="daftar-isi" aria-label="Daftar isi panduan" data-testid="daftar-isi">
                <h3>"Daftar isi"</h3>
                <ul>{toc}</ul>
            </nav>
            {rules}
        </section>
    }
}
