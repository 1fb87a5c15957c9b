use leptos::html;
use leptos::prelude::*;

use crate::core::workspace::session::NoticeKind;
use wasm_bindgen::JsCast;

use super::use_tim;
use crate::core::model::Draft;
use crate::core::mpph::{self, Basis, Tingkat};
use crate::core::wording::{check_rhk, Severity};

/// A matrix (level 1 or one ketua's level 2), edited like a spreadsheet: arrows and Tab
/// move, Enter or F2 edits, typing replaces, Delete clears, and a block copied from Google
/// Sheets or Excel pastes into several cells at once.
#[component]
pub fn Matriks(tingkat: Tingkat) -> impl IntoView {
    let ctx = use_tim();
    let tingkat = StoredValue::new(tingkat);
    let drafts = Memo::new(move |_| ctx.drafts_for(&tingkat.get_value()));
    let grid = Memo::new(move |_| {
        let tim = ctx.tim.get();
        drafts.with(|d| mpph::grid(&tim, &tingkat.get_value(), d))
    });
    let nama = Memo::new(move |_| {
        ctx.tim.with(|t| {
            grid.with(|g| {
                g.baris
                    .iter()
                    .map(|id| {
                        t.orang_by_id(id)
                            .map(|o| {
                                // NIP and jabatan beneath the name, as the official matrix lists them.
                                let detail = [o.nip.trim(), o.jabatan.trim()]
                                    .into_iter()
                                    .filter(|x| !x.is_empty())
                                    .collect::<Vec<_>>()
                                    .join(" · ");
                                (o.nama.clone(), detail)
                            })
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    // Level 1 shows each column's IKI beneath it, from the leader's draft.
    let iki = Memo::new(move |_| {
        drafts.with(|d| {
            grid.with(|g| {
                g.kolom
                    .iter()
                    .map(|k| {
                        d.iter()
                            .flat_map(|dr| dr.rhk_by_id(&k.rhk))
                            .next()
                            .map(|r| {
                                r.iki
                                    .iter()
                                    .filter(|i| k.iki.as_ref().is_none_or(|x| *x == i.id))
                                    .map(|i| i.teks.clone())
                                    .filter(|t| !t.trim().is_empty())
                                    .collect::<Vec<_>>()
                            })
                            .unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let yatim = Memo::new(move |_| {
        let tim = ctx.tim.get();
        drafts.with(|d| match tingkat.get_value() {
            Tingkat::Satu => d
                .first()
                .map(|leader| mpph::kolom_yatim(&tim, leader))
                .unwrap_or_default(),
            Tingkat::Dua(k) => mpph::kolom_yatim_mpph2(&tim, &k, d),
        })
    });
    // Row and column lists as memos: a written cell changes neither, so the keyed lists of
    // all 60 rows do not even re-run.
    let baris_keys = Memo::new(move |_| {
        grid.with(|gr| {
            (0..gr.baris.len())
                .zip(gr.baris.iter().cloned())
                .collect::<Vec<_>>()
        })
    });
    // The leader's Tambahan RHK come last, in a group shown on request.
    let tampil_tambahan = RwSignal::new(false);
    let jumlah_tambahan =
        Memo::new(move |_| grid.with(|gr| gr.kolom.iter().filter(|k| k.tambahan).count()));
    // Each column's place, RHK, group, split and direct-cascading basis. A cell gets its
    // column's basis as a plain value through this list, which only changes when a column
    // does: nothing here marks 1,500 cells for checking on each write.
    let kolom_keys = Memo::new(move |_| {
        let semua = tampil_tambahan.get();
        let t = tingkat.get_value();
        ctx.tim.with(|tim| {
            grid.with(|gr| {
                gr.kolom
                    .iter()
                    .enumerate()
                    .filter(|(_, k)| semua || !k.tambahan)
                    .map(|(c, k)| {
                        (
                            c,
                            k.id.clone(),
                            k.teks.clone(),
                            k.tambahan,
                            k.rhk.clone(),
                            k.iki.is_some(),
                            tim.langsung(&t, &k.id),
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let kolom_tampak = Memo::new(move |_| kolom_keys.with(Vec::len));
    // The sum of a direct column's parts, when it can be summed.
    let jumlah = Memo::new(move |_| {
        ctx.tim
            .with(|tim| drafts.with(|d| mpph::jumlah_matriks(tim, &tingkat.get_value(), d)))
    });
    // Level 1: an RHK with several IKI can be split into one column per IKI (when different
    // ketua take different IKI of it), and joined back.
    let per_iki = move |rhk: String, on: bool| {
        let leader = drafts.with_untracked(|d| d.first().cloned());
        if let Some(leader) = leader {
            ctx.change(None, move |t, _| mpph::set_per_iki(t, &leader, &rhk, on));
        }
    };
    let bisa_dipecah = move |rhk: &str| {
        matches!(tingkat.get_value(), Tingkat::Satu)
            && drafts.with(|d| {
                d.first()
                    .and_then(|l| l.rhk_by_id(rhk))
                    .is_some_and(|r| r.iki.len() > 1)
            })
    };
    let set_basis = move |kolom: String, code: String| {
        let basis = Basis::from_code(&code);
        ctx.change(None, move |t, _| {
            t.set_langsung(&tingkat.get_value(), &kolom, basis)
        });
    };
    // One signal per row, fed by one effect: a written cell wakes only its own row. (A memo
    // per row would still mark every one of the 1,500 cells for checking on each write.)
    let rows: StoredValue<Vec<ArcRwSignal<Vec<String>>>> = StoredValue::new(Vec::new());
    let row_signal = move |r: usize| {
        rows.update_value(|v| {
            while v.len() <= r {
                let i = v.len();
                v.push(ArcRwSignal::new(
                    grid.with_untracked(|g| g.sel.get(i).cloned().unwrap_or_default()),
                ));
            }
        });
        rows.with_value(|v| v[r].clone())
    };
    Effect::new(move |_| {
        grid.with(|g| {
            rows.with_value(|v| {
                for (signal, cells) in v.iter().zip(&g.sel) {
                    if signal.with_untracked(|old| old != cells) {
                        signal.set(cells.clone());
                    }
                }
            })
        })
    });
    let cursor = RwSignal::new((0usize, 0usize));
    let editing = RwSignal::new(None::<String>);
    let table = NodeRef::<html::Table>::new();
    // Selectors: a cursor move or an edit wakes the two cells concerned, not all of them.
    let active = StoredValue::new(Selector::new(move || cursor.get()));
    let edited = StoredValue::new(Selector::new(move || {
        editing.with(Option::is_some).then(|| cursor.get())
    }));
    let g = GridCtx {
        tingkat,
        grid,
        cursor,
        editing,
        active,
        edited,
        table,
        kolom_tampak,
    };

    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        if editing.get_untracked().is_some() {
            return; // the cell's own text area takes the paste
        }
        let Some(text) = ev.clipboard_data().and_then(|d| d.get_data("text").ok()) else {
            return;
        };
        ev.prevent_default();
        let anchor = cursor.get_untracked();
        let list: Vec<Draft> = drafts.get_untracked();
        let mut hasil = None;
        let tampak = kolom_tampak.get_untracked();
        ctx.change(None, |t, _| {
            hasil = Some(mpph::paste_block_tampak(
                t,
                &tingkat.get_value(),
                &list,
                anchor,
                &text,
                tampak,
            ))
        });
        if let Some(h) = hasil {
            let mut msg = format!("{} sel diisi dari tempelan.", h.diubah);
            if h.baris_terabaikan + h.kolom_terabaikan > 0 {
                msg += &format!(
                    " {} baris dan {} kolom di luar matriks tidak dipakai.",
                    h.baris_terabaikan, h.kolom_terabaikan
                );
            }
            ctx.app.say(NoticeKind::Info, msg);
        }
    };
    let title = move || match tingkat.get_value() {
        Tingkat::Satu => format!("Level 1 — {}", ctx.tim.with(|t| t.nama_unit.clone())),
        Tingkat::Dua(k) => format!(
            "Level 2 — Ketua Tim: {}",
            ctx.tim.with(|t| t
                .orang_by_id(&k)
                .map(|o| o.nama.clone())
                .unwrap_or_default())
        ),
    };
    let export_csv = move |_| {
        ctx.app
            .export_csv(&ctx.id.get_value(), &tingkat.get_value())
    };
    let print = move |_| {
        ctx.app
            .print_matrix(&ctx.id.get_value(), &tingkat.get_value())
    };
    let move_orphan = move |dari: String, ke: String| {
        let mut hasil = (0, 0);
        ctx.change(None, |t, _| {
            hasil = mpph::pindah_kolom(t, &tingkat.get_value(), &dari, &ke)
        });
        let mut msg = format!("{} sel dipindahkan.", hasil.0);
        if hasil.1 > 0 {
            msg += &format!(
                " {} sel tetap di kolom lama karena sel tujuannya sudah berisi.",
                hasil.1
            );
        }
        ctx.app.say(NoticeKind::Info, msg);
    };
    let clear_orphan = move |col: String| {
        ctx.change(None, move |t, _| match tingkat.get_value() {
            Tingkat::Satu => t.mpph1.sel.retain(|s| s.kolom != col),
            Tingkat::Dua(k) => {
                if let Some(m) = t.mpph2.iter_mut().find(|m| m.ketua == k) {
                    m.sel.retain(|s| s.kolom != col);
                }
            }
        });
    };
    view! {
        <div class="matriks-tools">
            <button class="btn" data-testid="ekspor-csv" on:click=export_csv>"Ekspor CSV"</button>
            <button class="btn" data-testid="cetak-matriks" on:click=print>"Cetak (A4 lanskap)"</button>
            <Show when=move || { jumlah_tambahan.get() > 0 }>
                <button class="btn" data-testid="tampil-tambahan" aria-pressed=move || tampil_tambahan.get().to_string()
                    on:click=move |_| tampil_tambahan.update(|v| *v = !*v)>
                    {move || format!("{} RHK Tambahan ({})", if tampil_tambahan.get() { "Sembunyikan" } else { "Tampilkan" }, jumlah_tambahan.get())}
                </button>
            </Show>
            <span class="hint">"Panah/Tab: pindah sel · Enter/F2: ubah · ketik: ganti isi · Delete: kosongkan · Ctrl+V: tempel blok dari Google Sheets/Excel"</span>
        </div>
        <Show when=move || !yatim.with(Vec::is_empty)>
            <div class="notice warning" data-testid="kolom-yatim">
                "Kolom berikut sudah dihapus dari SKP atasan, tetapi selnya masih berisi: "
                {move || yatim.get().into_iter().map(|y| {
                    let id = y.id.clone();
                    let dari = id.clone();
                    view! { <span class="yatim">"«" {y.label.clone()} "» (" {y.sel_terisi} " sel) "
                        <select class="tiny" aria-label="Pindahkan isi kolom ke" data-testid="pindah-kolom"
                            on:change=move |ev| { let ke = event_target_value(&ev); if !ke.is_empty() { move_orphan(dari.clone(), ke) } }>
                            <option value="" selected=true>"Pindahkan ke kolom…"</option>
                            {grid.get_untracked().kolom.into_iter().enumerate().map(|(n, k)| view! { <option value=k.id.clone()>{format!("({}) {}", n + 1, k.teks)}</option> }).collect_view()}
                        </select>
                        " "
                        <button class="btn tiny" on:click=move |_| clear_orphan(id.clone())>"Kosongkan kolom"</button> </span> }
                }).collect_view()}
            </div>
        </Show>
        <div class="matriks-wrap print-area">
            <table class="matriks" node_ref=table on:paste=on_paste data-testid="matriks">
                <caption>
                    <div class="judul">"MATRIKS PEMBAGIAN PERAN DAN HASIL"</div>
                    <div>{title}</div>
                </caption>
                // Fixed column widths: the browser lays out a 1,500-cell table without measuring
                // every cell's text.
                <colgroup>
                    <col class="c-no"/>
                    <col class="c-orang"/>
                    <For each=move || kolom_keys.get() key=|k| k.clone() let:_k>
                        <col class="c-kolom"/>
                    </For>
                </colgroup>
                <thead>
                    <tr>
                        <th class="no">"NO"</th>
                        <th class="orang">"NAMA / JABATAN"</th>
                        <For each=move || kolom_keys.get()
                            key=|k| k.clone() let:k>
                            {
                                let ikis = iki.with_untracked(|v| v.get(k.0).cloned().unwrap_or_default());
                                let (c, id) = (k.0, k.1.clone());
                                let (rhk, dipecah) = (k.4.clone(), k.5);
                                let rhk2 = rhk.clone();
                                let id2 = id.clone();
                                let basis_kolom = k.6;
                                let basis = move || basis_kolom;
                                let sum = move || jumlah.with(|j| j.iter().find(|(k, _)| *k == id2).map(|(_, s)| (s.ringkas(), s.cocok())));
                                view! {
                                    <th class="kolom" class:kolom-tambahan=k.3 scope="col" data-kolom=k.1.clone()>
                                        <div class="kolom-judul"><span class="kolom-no">{format!("({})", c + 1)}</span>" "<span class="kolom-rhk">{k.2.clone()}</span>{k.3.then(|| view! { " " <span class="badge">"Tambahan"</span> })}</div>
                                        {(!ikis.is_empty()).then(|| view! { <ul class="kolom-iki">{ikis.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> })}
                                        <select class="kaskade" aria-label="Kaskade" data-testid="kaskade"
                                            title="Kaskade langsung: sel berisi bagian dari IKI pimpinan (angka, wilayah, atau tahapan), bukan RHK lain"
                                            on:change=move |ev| set_basis(id.clone(), event_target_value(&ev))>
                                            <option value="" selected=move || basis().is_none()>"Kaskade tidak langsung"</option>
                                            {Basis::ALL.map(|b| view! { <option value=b.code() selected=move || basis() == Some(b)>{format!("Langsung: {}", b.label())}</option> })}
                                        </select>
                                        {move || (dipecah || bisa_dipecah(&rhk2)).then(|| {
                                            let rhk = rhk.clone();
                                            view! {
                                                <button class="btn tiny" data-testid="per-iki" on:click=move |_| per_iki(rhk.clone(), !dipecah)
                                                    title="Satu kolom per IKI, bila ketua tim yang berbeda mengambil IKI yang berbeda dari RHK ini">
                                                    {if dipecah { "Gabungkan IKI" } else { "Pecah per IKI" }}
                                                </button>
                                            }
                                        })}
                                        {move || sum().map(|(teks, cocok)| view! {
                                            <div class="jumlah-bagian" class:tidak-cocok=!cocok data-testid="jumlah-bagian">{format!("Jumlah bagian: {teks}{}", if cocok { " ✓" } else { "" })}</div>
                                        })}
                                    </th>
                                }
                            }
                        </For>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || baris_keys.get() key=|k| k.clone() let:row>
                        {
                            let r = row.0;
                            let cells = row_signal(r);
                            view! {
                                <tr>
                                    <td class="no">{r + 1}</td>
                                    <th class="orang" scope="row">
                                        <div>{move || nama.with(|n| n.get(r).map(|x| x.0.clone()).unwrap_or_default())}</div>
                                        <div class="orang-detail">{move || nama.with(|n| n.get(r).map(|x| x.1.clone()).unwrap_or_default())}</div>
                                    </th>
                                    <For each=move || kolom_keys.get() key=|k| k.clone() let:col>
                                        <Cell g=g cells=cells.clone() r=r c=col.0 langsung=col.6/>
                                    </For>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
            <Show when=move || grid.with(|gr| gr.baris.is_empty() || gr.kolom.is_empty())>
                <p class="hint">{move || match tingkat.get_value() {
                    Tingkat::Satu => "Matriks kosong: isi RHK di SKP pimpinan, dan tambahkan ketua tim atau JF di tab Orang.",
                    Tingkat::Dua(_) => "Matriks kosong: ketua tim ini perlu peran di level 1 (atau RHK sendiri), dan anggota di tab Orang.",
                }}</p>
            </Show>
        </div>
    }
}

/// What every cell of one matrix shares.
#[derive(Clone, Copy)]
struct GridCtx {
    tingkat: StoredValue<Tingkat>,
    grid: Memo<mpph::Grid>,
    cursor: RwSignal<(usize, usize)>,
    /// The text being edited in the cursor's cell, when it is being edited.
    editing: RwSignal<Option<String>>,
    active: StoredValue<Selector<(usize, usize)>>,
    edited: StoredValue<Selector<Option<(usize, usize)>>>,
    table: NodeRef<html::Table>,
    /// Columns on screen: the grid's first ones (the Tambahan group, last, may be hidden).
    kolom_tampak: Memo<usize>,
}

impl GridCtx {
    fn size(&self) -> (usize, usize) {
        (
            self.grid.with_untracked(|g| g.baris.len()),
            self.kolom_tampak.get_untracked(),
        )
    }

    /// Moves the cursor (clamped to the grid) and focuses its cell.
    fn move_to(&self, r: isize, c: isize) {
        let (rows, cols) = self.size();
        if rows == 0 || cols == 0 {
            return;
        }
        let r = r.clamp(0, rows as isize - 1) as usize;
        let c = c.clamp(0, cols as isize - 1) as usize;
        self.cursor.set((r, c));
        self.focus_cursor();
    }

    /// Focuses the cursor's cell now (so the next key goes there), and once more after the
    /// screen has caught up, in case the cell was being re-rendered.
    fn focus_cursor(&self) {
        let (table, cursor, editing) = (self.table, self.cursor, self.editing);
        let focus = move || {
            // Read at run time: by the next frame the cursor may have moved on.
            let Some((r, c)) = cursor.try_get_untracked() else {
                return;
            };
            if editing.with_untracked(Option::is_some) {
                return;
            }
            let Some(t) = table.get_untracked() else {
                return;
            };
            if let Ok(Some(el)) = t.query_selector(&format!("[data-cell=\"{r}-{c}\"]")) {
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        };
        // Now, so the next key goes to the right cell; and after the next frame in case the
        // cell was re-rendered, only if the focus is not already there (a focus forces a
        // layout of the whole table).
        focus();
        request_animation_frame(move || {
            let (r, c) = cursor.try_get_untracked().unwrap_or_default();
            let here = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.get_attribute("data-cell"));
            if here.as_deref() != Some(format!("{r}-{c}").as_str()) {
                focus();
            }
        });
    }

    /// Writes a cell's text (empty clears it) as one undo step.
    fn commit(&self, r: usize, c: usize, text: String) {
        let ctx = use_tim();
        let Some((row, col)) = self
            .grid
            .with_untracked(|g| Some((g.baris.get(r)?.clone(), g.kolom.get(c)?.id.clone())))
        else {
            return;
        };
        let tingkat = self.tingkat.get_value();
        ctx.change(None, move |t, _| {
            mpph::set_sel(t, &tingkat, &row, &col, &text);
        });
    }
}

/// One cell: shows its text (with a mark when the wording checker objects), edits in place.
#[component]
fn Cell(
    g: GridCtx,
    cells: ArcRwSignal<Vec<String>>,
    r: usize,
    c: usize,
    /// The column's direct-cascading basis: its cells are shares, not RHK.
    langsung: Option<Basis>,
) -> impl IntoView {
    let text = Memo::new(move |_| cells.with(|row| row.get(c).cloned().unwrap_or_default()));
    let active = move || g.active.with_value(|s| s.selected(&(r, c)));
    let is_editing = move || g.edited.with_value(|s| s.selected(&Some((r, c))));
    // A direct column's cell is a share ("6", "Kecamatan A"), not an RHK: no wording check.
    let temuan = Memo::new(move |_| {
        if langsung.is_some() {
            return None;
        }
        text.with(|t| {
            if t.trim().is_empty() {
                return None;
            }
            check_rhk(t)
                .1
                .into_iter()
                .find(|f| f.severity != Severity::Info)
                .map(|f| f.message)
        })
    });
    let start_edit = move |initial: String| {
        g.cursor.set((r, c));
        g.editing.set(Some(initial));
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if g.editing.get_untracked().is_some() {
            return; // keys of the text area being edited
        }
        let (rr, cc) = (r as isize, c as isize);
        let plain = !(ev.ctrl_key() || ev.meta_key() || ev.alt_key());
        match ev.key().as_str() {
            "ArrowUp" => g.move_to(rr - 1, cc),
            "ArrowDown" => g.move_to(rr + 1, cc),
            "ArrowLeft" => g.move_to(rr, cc - 1),
            "ArrowRight" => g.move_to(rr, cc + 1),
            "Tab" if ev.shift_key() => g.move_to(rr, cc - 1),
            "Tab" => g.move_to(rr, cc + 1),
            "Home" => g.move_to(rr, 0),
            "End" => g.move_to(rr, isize::MAX / 2),
            "Enter" | "F2" => start_edit(text.get_untracked()),
            "Delete" | "Backspace" => g.commit(r, c, String::new()),
            k if plain && k.chars().count() == 1 => start_edit(k.to_string()),
            _ => return,
        }
        ev.prevent_default();
    };
    let editor = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        if is_editing() {
            if let Some(el) = editor.get() {
                let _ = el.focus();
                let len = el.value().len() as u32;
                let _ = el.set_selection_range(len, len);
            }
        }
    });
    let finish = move |save: bool, next: Option<(isize, isize)>| {
        let Some(el) = editor.get_untracked() else {
            return;
        };
        if g.editing.get_untracked().is_none() {
            return;
        }
        g.editing.set(None);
        if save {
            g.commit(r, c, el.value());
        }
        match next {
            Some((dr, dc)) => g.move_to(r as isize + dr, c as isize + dc),
            None => g.focus_cursor(),
        }
    };
    let edit_key = move |ev: web_sys::KeyboardEvent| {
        ev.stop_propagation();
        match ev.key().as_str() {
            "Enter" if !ev.shift_key() && !ev.alt_key() => {
                ev.prevent_default();
                finish(true, Some((1, 0)));
            }
            "Tab" => {
                ev.prevent_default();
                finish(true, Some((0, if ev.shift_key() { -1 } else { 1 })));
            }
            "Escape" => {
                ev.prevent_default();
                finish(false, None);
            }
            _ => {}
        }
    };
    view! {
        <td class="sel" class:aktif=active class:kosong=move || text.with(String::is_empty) class:sel-temuan=move || temuan.with(Option::is_some)
            tabindex=move || if active() { "0" } else { "-1" } data-cell=format!("{r}-{c}") title=move || temuan.get().unwrap_or_default()
            on:keydown=on_key on:click=move |_| g.cursor.set((r, c)) on:dblclick=move |_| start_edit(text.get_untracked())>
            {move || if is_editing() {
                let initial = g.editing.get_untracked().unwrap_or_default();
                view! { <textarea class="sel-edit" node_ref=editor prop:value=initial aria-label="Isi sel" on:keydown=edit_key on:blur=move |_| finish(true, None)></textarea> }.into_any()
            } else {
                view! { <span class="sel-teks">{move || { let t = text.get(); if !t.is_empty() { t } else if let Some(b) = langsung { format!("x ({})", b.contoh_sel()) } else { "x".to_string() } }}</span> }.into_any()
            }}
        </td>
    }
}
