//! "Tinjau kelas": a trainer drops the participants' exported drafts (many files, or a
//! folder) and gets one row per participant; a row opens that draft read-only, and the table
//! downloads as CSV. Nothing here touches the trainer's own drafts unless they import one.

use leptos::prelude::*;

use crate::app::browser;
use crate::app::state::{use_app, AppState};
use crate::core::kelas::{aturan_kelas, baris, sel, BarisKelas, KOLOM};
use crate::core::workspace::session::NoticeKind;

/// Reads the picked or dropped files into rows of the table.
fn tambah(app: AppState, files: web_sys::FileList) {
    browser::files::read_files(files, move |name, text| {
        // A folder also holds whatever else the trainer saved there.
        if !name.to_ascii_lowercase().ends_with(".json") {
            return;
        }
        let row = match text {
            Ok(text) => baris(&name, &text),
            Err(e) => BarisKelas {
                berkas: name,
                isi: Err(e),
            },
        };
        // The same file dropped again replaces its row instead of doubling it.
        app.kelas_baris.update(
            |rows| match rows.iter_mut().find(|r| r.berkas == row.berkas) {
                Some(r) => *r = row,
                None => rows.push(row),
            },
        );
    });
}

#[component]
pub fn TinjauKelas() -> impl IntoView {
    let app = use_app();
    let pick = move |ev: leptos::ev::Event| {
        browser::files::terpilih(&ev, |files| tambah(app, files));
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        ev.stop_propagation(); // here a drop is a class file, not an import
        if let Some(files) = ev.data_transfer().and_then(|dt| dt.files()) {
            tambah(app, files);
        }
    };
    let unduh_csv = move |_| {
        let text = app.kelas_baris.with(|rows| crate::core::kelas::csv(rows));
        if let Err(e) = browser::files::download_as("tinjauan-kelas.csv", &text, "text/csv") {
            app.say(NoticeKind::Error, format!("CSV tidak dapat diunduh. {e}"));
        }
    };
    view! {
        <section class="kelas" data-testid="tinjau-kelas" on:dragover=move |ev| ev.prevent_default() on:drop=on_drop>
            {move || match app.kelas_terpilih.get() {
                Some(i) => view! { <Pratinjau i=i/> }.into_any(),
                None => view! {
                    <h2>"Tinjau kelas"</h2>
                    <p class="hint">"Kumpulkan berkas .skp.json peserta, lalu pilih atau jatuhkan semuanya di sini (boleh satu folder). Setiap berkas menjadi satu baris; klik nama peserta untuk melihat drafnya tanpa mengubah apa pun. Draf Anda sendiri tidak tersentuh."</p>
                    <p class="kelas-aksi">
                        <label class="btn primary">
                            "Pilih berkas…"
                            <input type="file" accept=".json,application/json" multiple class="visually-hidden" data-testid="kelas-berkas" on:change=pick/>
                        </label>
                        <label class="btn">
                            "Pilih folder…"
                            <input type="file" multiple class="visually-hidden" data-testid="kelas-folder" prop:webkitdirectory=true on:change=pick/>
                        </label>
                        <button class="btn" data-testid="kelas-csv" prop:disabled=move || app.kelas_baris.with(Vec::is_empty) on:click=unduh_csv>"Unduh tabel (CSV)"</button>
                        <button class="btn" prop:disabled=move || app.kelas_baris.with(Vec::is_empty) on:click=move |_| app.kelas_baris.set(Vec::new())>"Kosongkan tabel"</button>
                    </p>
                    <Tabel/>
                }.into_any(),
            }}
        </section>
    }
}

#[component]
fn Tabel() -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        app.kelas_baris.with(|rows| {
            rows.iter()
                .enumerate()
                .map(|(i, r)| (i, sel(r), r.isi.is_ok()))
                .collect::<Vec<_>>()
        })
    });
    let aturan = Memo::new(move |_| app.kelas_baris.with(|rows| aturan_kelas(rows)));
    view! {
        <Show when=move || !rows.with(Vec::is_empty) fallback=|| view! { <p class="kelas-kosong">"Belum ada berkas peserta."</p> }>
            <p data-testid="kelas-jumlah">{move || format!("{} berkas", rows.with(Vec::len))}</p>
            <div class="kelas-gulir">
                <table class="kelas-tabel" data-testid="kelas-tabel">
                    <thead><tr>{KOLOM.iter().skip(1).map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(i, cells, ok)| {
                            let berkas = cells[0].clone();
                            let nama = if cells[1].is_empty() { berkas.clone() } else { cells[1].clone() };
                            let merah = ok && cells[6] != "0";
                            view! {
                                <tr data-testid="kelas-baris" class:tidak-terbaca=!ok>
                                    <td>
                                        {if ok {
                                            view! { <button class="link" data-testid="kelas-buka" title=berkas.clone() on:click=move |_| { app.kelas_terpilih.set(Some(i)); browser::scroll_to_top() }>{nama}</button> }.into_any()
                                        } else {
                                            view! { <span><strong>{berkas}</strong><br/>{cells[1].clone()}</span> }.into_any()
                                        }}
                                    </td>
                                    {cells.into_iter().enumerate().skip(2).map(|(c, v)| view! {
                                        <td class:angka=(5..=8).contains(&c) class:bermasalah=c == 6 && merah>{v}</td>
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Show when=move || !aturan.with(Vec::is_empty)>
                <h3>"Aturan yang paling sering muncul di kelas ini"</h3>
                <ol class="kelas-aturan" data-testid="kelas-aturan">
                    {move || aturan.get().into_iter().take(8).map(|(id, title, n)| view! {
                        <li><strong>{format!("{n}×")}</strong>" "{title}" "<code>{id}</code></li>
                    }).collect_view()}
                </ol>
            </Show>
        </Show>
    }
}

/// One participant's draft, read-only: the printed form and its findings.
#[component]
fn Pratinjau(i: usize) -> impl IntoView {
    let app = use_app();
    let row = app.kelas_baris.with_untracked(|rows| rows.get(i).cloned());
    let Some((berkas, Ok(r))) = row.map(|r| (r.berkas, r.isi)) else {
        app.kelas_terpilih.set(None);
        return ().into_any();
    };
    let draft = r.draft.clone();
    let temuan: Vec<(String, String, String)> = r
        .temuan
        .iter()
        .map(|f| {
            (
                f.finding.severity.label().to_string(),
                crate::core::field::label_isian(&draft, &f.field),
                f.finding.message.clone(),
            )
        })
        .collect();
    let html = crate::core::cetak::html(&draft);
    let impor = {
        let draft = draft.clone();
        let berkas = berkas.clone();
        move |_| {
            let text = crate::core::format::write_draft_file(&draft);
            app.import_text(&berkas, &text);
        }
    };
    view! {
        <div class="pratinjau" data-testid="kelas-pratinjau">
            <p class="kelas-aksi">
                <button class="btn" data-testid="kelas-kembali" on:click=move |_| app.kelas_terpilih.set(None)>"← Kembali ke tabel"</button>
                <button class="btn" title="Tambahkan draf ini ke daftar draf Anda untuk disunting" on:click=impor>"Impor ke draf saya"</button>
            </p>
            <h2>{format!("{} — {}", if r.nama.is_empty() { berkas.as_str() } else { r.nama.as_str() }, r.jabatan)}</h2>
            <p class="hint">{format!("{berkas} · hanya baca · {} kesalahan, {} peringatan, {} saran", r.kesalahan, r.peringatan, r.saran)}</p>
            <Show when={let n = temuan.len(); move || n > 0}>
                <ul class="kelas-temuan" data-testid="kelas-temuan">
                    {temuan.clone().into_iter().map(|(sev, di, msg)| view! {
                        <li><strong>{sev}</strong>" · "{di}" — "{msg}</li>
                    }).collect_view()}
                </ul>
            </Show>
            <iframe class="pratinjau-cetak" title="Draf peserta (hanya baca)" srcdoc=html sandbox=""></iframe>
        </div>
    }
    .into_any()
}
