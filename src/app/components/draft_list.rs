use leptos::prelude::*;

use crate::app::state::use_app;
use crate::core::edit::DraftEdit;

/// The list of drafts in this browser, with open, rename, duplicate, next year, export
/// and delete.
#[component]
pub fn DraftList() -> impl IntoView {
    let app = use_app();
    let ids = Memo::new(move |_| {
        app.ws
            .with(|w| w.drafts.iter().map(|d| d.id.clone()).collect::<Vec<_>>())
    });
    view! {
        <nav class="draft-list" aria-label="Daftar draf">
            <h2>"Draf saya"</h2>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="hint">"Belum ada draf."</p>
            </Show>
            <ul>
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    <DraftItem id=id/>
                </For>
            </ul>
            <Trash/>
            // The browser may evict this site's data under storage pressure unless it grants
            // persistence: say so where the drafts are listed, with what to do.
            <Show when=move || app.persist.get() == Some(false) && !ids.with(Vec::is_empty)>
                <p class="hint" data-testid="penyimpanan-tidak-dijamin">"Browser ini tidak menjamin penyimpanan permanen: draf dapat terhapus bila ruang penyimpanan penuh. Ekspor draf Anda secara berkala."</p>
            </Show>
        </nav>
    }
}

/// Deleted drafts and teams, restorable for 30 days, also after a reload.
#[component]
fn Trash() -> impl IntoView {
    let app = use_app();
    let entries = Memo::new(move |_| {
        app.trash.with(|t| {
            t.iter()
                .map(|d| (d.id().to_string(), d.describe()))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || entries.with(|e| !e.is_empty())>
            <details class="trash" data-testid="sampah">
                <summary>{move || format!("Sampah ({})", entries.with(Vec::len))}</summary>
                <p class="hint">"Draf dan tim yang dihapus atau diganti impor, disimpan 30 hari."</p>
                <ul>
                    <For each=move || entries.get() key=|e| e.clone() let:e>
                        {
                            let (id, id2) = (e.0.clone(), e.0.clone());
                            view! {
                                <li class="trash-item">
                                    <span>{e.1.clone()}</span>
                                    <button class="btn tiny" data-testid="pulihkan" on:click=move |_| app.restore(&id)>"Pulihkan"</button>
                                    <button class="btn tiny danger" title="Hapus permanen" on:click=move |_| app.forget(&id2)>"Hapus permanen"</button>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </details>
        </Show>
    }
}

#[component]
fn DraftItem(id: String) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let info = Memo::new(move |_| {
        app.ws.with(|w| {
            w.get(&id.get_value()).map(|d| {
                (
                    d.nama_draf.clone(),
                    d.header.jenis_jabatan.code(),
                    d.header.periode.tahun_mulai(),
                    d.pegawai.nama.clone(),
                )
            })
        })
    });
    let renaming = RwSignal::new(false);
    let is_open = move || app.open.get() == Some(id.get_value());
    let name = move || info.with(|i| i.as_ref().map(|i| i.0.clone()).unwrap_or_default());
    let commit = move |value: String| {
        renaming.set(false);
        let value = value.trim().to_string();
        if !value.is_empty() {
            app.edit(&id.get_value(), DraftEdit::NamaDraf(value));
        }
    };
    view! {
        <li class="draft-item" class:open=is_open data-testid="draf-item">
            <Show
                when=move || renaming.get()
                fallback=move || view! {
                    <button class="draft-open" on:click=move |_| app.open_draft(Some(id.get_value()))>
                        <span class="draft-name">{name}</span>
                        <span class="draft-meta">{move || info.with(|i| i.as_ref().map(|(_, j, t, p)| {
                            let t = t.map(|t| t.to_string()).unwrap_or_default();
                            format!("{j} · {t} {}", if p.is_empty() { "" } else { "· " }) + p
                        }).unwrap_or_default())}</span>
                    </button>
                }
            >
                <input class="rename" aria-label="Nama draf" prop:value=name autofocus
                    on:keydown=move |ev| {
                        match ev.key().as_str() {
                            "Enter" => commit(event_target_value(&ev)),
                            "Escape" => renaming.set(false),
                            _ => {}
                        }
                    }
                    on:blur=move |ev| commit(event_target_value(&ev))/>
            </Show>
            <div class="draft-actions">
                <button class="btn tiny" title="Ganti nama" on:click=move |_| renaming.set(true)>"Ganti nama"</button>
                <button class="btn tiny" title="Duplikat" on:click=move |_| app.duplicate(&id.get_value())>"Duplikat"</button>
                <button class="btn tiny" title="Salin ke tahun berikutnya" on:click=move |_| app.copy_to_next_year(&id.get_value())>"Salin ke tahun berikutnya"</button>
                <button class="btn tiny" title="Ekspor berkas .skp.json" on:click=move |_| app.export(&id.get_value())>"Ekspor"</button>
                <button class="btn tiny danger" title="Hapus" on:click=move |_| app.confirm_delete.set(Some(id.get_value()))>"Hapus"</button>
            </div>
        </li>
    }
}
