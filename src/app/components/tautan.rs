//! "Bagikan tautan": the whole draft in a link, compressed in the URL fragment, never sent to
//! a server. Opening such a link shows what it holds and imports only when the user says so,
//! through the same checks as a file.

use leptos::prelude::*;

use crate::app::browser::{self, tautan};
use crate::app::state::{use_app, AppState};
use crate::core::format::tautan::{
    baca_fragmen, fragmen, IsiFragmen, TautanKeluar, TautanMasuk, MAKS_PANJANG_TAUTAN,
};
use crate::core::format::{read_draft_file, write_draft_file};
use crate::core::kelas::Ringkasan;
use crate::core::workspace::session::NoticeKind;

fn ribuan(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

impl AppState {
    /// Makes the link for one draft and shows it; a draft too large for a link gets the
    /// file offered instead.
    pub fn bagikan_tautan(&self, id: &str) {
        let Some(d) = self.ws.with_untracked(|w| w.get(id).cloned()) else {
            return;
        };
        let app = *self;
        let text = write_draft_file(&d);
        leptos::task::spawn_local(async move {
            match tautan::mampatkan(text.as_bytes(), true).await {
                Err(e) => app.say(
                    NoticeKind::Error,
                    format!("Tautan tidak dapat dibuat. {e} Kirim berkasnya dengan Ekspor."),
                ),
                Ok(bytes) => {
                    let link = format!("{}#{}", tautan::alamat(), fragmen(&bytes));
                    if link.len() > MAKS_PANJANG_TAUTAN {
                        app.say(
                            NoticeKind::Info,
                            format!(
                                "Draf \u{201c}{}\u{201d} terlalu besar untuk satu tautan ({} karakter; batasnya {}). Kirim berkasnya: klik Ekspor, lalu bagikan berkas .skp.json.",
                                d.nama_draf, ribuan(link.len()), ribuan(MAKS_PANJANG_TAUTAN)
                            ),
                        );
                    } else {
                        app.tautan_keluar.set(Some(TautanKeluar {
                            nama: d.nama_draf.clone(),
                            tautan: link,
                        }));
                    }
                }
            }
        });
    }

    /// Reads a shared draft from the page's address, if it holds one, and asks first.
    pub fn baca_tautan_halaman(&self) {
        let hash = tautan::fragmen();
        let app = *self;
        match baca_fragmen(&hash) {
            IsiFragmen::Bukan => {}
            IsiFragmen::Rusak(m) => {
                tautan::hapus_fragmen();
                app.say(
                    NoticeKind::Error,
                    format!("Draf dari tautan tidak dibuka. {m} Tidak ada draf yang berubah."),
                );
            }
            IsiFragmen::Draf(bytes) => {
                tautan::hapus_fragmen();
                leptos::task::spawn_local(async move {
                    let dibaca = match tautan::mampatkan(&bytes, false).await {
                        Err(e) => Err(e),
                        Ok(raw) => String::from_utf8(raw)
                            .map_err(|_| "Isi tautan bukan teks.".to_string())
                            .and_then(|teks| match read_draft_file(&teks) {
                                Ok(d) => Ok((teks, d)),
                                Err(e) => Err(e.to_string()),
                            }),
                    };
                    match dibaca {
                        Ok((teks, d)) => app.tautan_masuk.set(Some(TautanMasuk { teks, ringkasan: Ringkasan::dari(d) })),
                        Err(e) => app.say(NoticeKind::Error, format!("Draf dari tautan tidak dibuka. {e} Minta pengirim mengirim berkas .skp.json. Tidak ada draf yang berubah.")),
                    }
                });
            }
        }
    }
}

/// The two dialogs: the link to copy, and a shared draft to import.
#[component]
pub fn TautanDialogs() -> impl IntoView {
    let app = use_app();
    // The QR code of the link on screen: `Ok(svg)` once drawn, `Err(why)` when it cannot be.
    let qr = RwSignal::new(None::<Result<String, String>>);
    Effect::new(move |_| {
        app.tautan_keluar.track();
        qr.set(None);
    });
    let keluar = move || {
        app.tautan_keluar.get().map(|t| {
            let link = t.tautan.clone();
            let link_qr = t.tautan.clone();
            let tampilkan_qr = move |_| {
                let link = link_qr.clone();
                qr.set(Some(Err("Menyiapkan kode QR…".into())));
                leptos::task::spawn_local(async move {
                    qr.set(Some(browser::worker::qr(&link).await));
                });
            };
            let copy = move |_| {
                browser::copy_text(&link);
                app.say(NoticeKind::Info, "Tautan disalin. Tempelkan di pesan atau surel; penerima membukanya di browser untuk melihat dan mengimpor draf.");
            };
            view! {
                <div class="dialog-backdrop">
                    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="judul-bagikan" data-testid="dialog-bagikan">
                        <h2 id="judul-bagikan">"Bagikan tautan"</h2>
                        <p>{format!("Tautan ini memuat seluruh draf \u{201c}{}\u{201d} ({} karakter). Isinya ada di tautan itu sendiri dan tidak dikirim ke server mana pun; siapa pun yang memegang tautan dapat membaca draf ini.", t.nama, ribuan(t.tautan.len()))}</p>
                        <label class="field">
                            <span class="field-label">"Tautan"</span>
                            <input readonly data-testid="tautan" prop:value=t.tautan.clone() on:focus=move |ev| {
                                if let Some(el) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok()) { tautan::pilih_isi(&el) }
                            }/>
                        </label>
                        {move || qr.get().map(|r| match r {
                            Ok(svg) => view! { <div class="kode-qr" data-testid="kode-qr" inner_html=svg></div> }.into_any(),
                            Err(m) => view! { <p class="hint" data-testid="kode-qr-pesan">{m}</p> }.into_any(),
                        })}
                        <div class="dialog-actions">
                            <button class="btn primary" data-testid="salin-tautan" on:click=copy>"Salin tautan"</button>
                            <button class="btn" data-testid="tampilkan-qr" title="Untuk proyektor: peserta memindai tautan dengan kamera ponsel" on:click=tampilkan_qr>"Tampilkan kode QR"</button>
                            <button class="btn" data-testid="tutup-bagikan" on:click=move |_| app.tautan_keluar.set(None)>"Tutup"</button>
                        </div>
                    </div>
                </div>
            }
        })
    };
    let masuk = move || {
        app.tautan_masuk.get().map(|m| {
            let r = m.ringkasan.clone();
            let teks = m.teks.clone();
            let impor = move |_| {
                app.tautan_masuk.set(None);
                app.import_text("tautan", &teks);
            };
            let temuan = format!("{} kesalahan, {} peringatan, {} saran", r.kesalahan, r.peringatan, r.saran);
            view! {
                <div class="dialog-backdrop">
                    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="judul-tautan-masuk" data-testid="dialog-tautan-masuk">
                        <h2 id="judul-tautan-masuk">"Draf dari tautan"</h2>
                        <p>"Tautan yang Anda buka berisi satu draf SKP. Periksa dulu, lalu impor bila memang draf ini yang Anda tunggu."</p>
                        <dl class="pratinjau-ringkas">
                            <dt>"Nama draf"</dt><dd data-testid="tautan-nama">{r.draft.nama_draf.clone()}</dd>
                            <dt>"Pegawai"</dt><dd>{format!("{} — {}", r.nama, r.jabatan)}</dd>
                            <dt>"Jenis"</dt><dd>{r.jenis.label()}</dd>
                            <dt>"RHK"</dt><dd>{r.jumlah_rhk}</dd>
                            <dt>"Pemeriksaan"</dt><dd>{temuan}</dd>
                        </dl>
                        <div class="dialog-actions">
                            <button class="btn primary" data-testid="impor-tautan" on:click=impor>"Impor draf ini"</button>
                            <button class="btn" data-testid="batal-tautan" on:click=move |_| app.tautan_masuk.set(None)>"Batal"</button>
                        </div>
                    </div>
                </div>
            }
        })
    };
    view! { {keluar} {masuk} }
}
