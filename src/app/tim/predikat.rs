//! "Predikat (latihan)": a class role-plays the year-end rating of a team. Each person gets a
//! rating hasil kerja and a rating perilaku, the predikat follows from the kuadran, and the
//! spread is checked against the limits of the unit's own predikat (editable).

use leptos::prelude::*;

use super::use_tim;
use crate::core::mpph::Tim;
use crate::core::predikat::{
    orang_dinilai, periksa_sebaran, rentang, Batas, LatihanPredikat, Penilaian, Predikat,
    PredikatUnit, Rating,
};

fn latihan(t: &mut Tim) -> &mut LatihanPredikat {
    t.predikat.get_or_insert_with(LatihanPredikat::default)
}

#[component]
pub fn PredikatLatihan() -> impl IntoView {
    let ctx = use_tim();
    let l = Memo::new(move |_| ctx.tim.with(|t| t.predikat.clone().unwrap_or_default()));
    let orang = Memo::new(move |_| {
        ctx.tim.with(|t| {
            orang_dinilai(t)
                .into_iter()
                .map(|o| (o.id.clone(), o.nama.clone(), o.jabatan.clone()))
                .collect::<Vec<_>>()
        })
    });
    let sebaran = Memo::new(move |_| {
        let ids: Vec<String> = orang.get().into_iter().map(|(id, _, _)| id).collect();
        l.with(|l| l.sebaran(ids.iter().map(String::as_str)))
    });
    let hasil = Memo::new(move |_| sebaran.with(|s| periksa_sebaran(s, &l.with(|l| l.syarat()))));

    let rating_select = move |id: String, perilaku: bool| {
        let key = StoredValue::new(id.clone());
        let current = move || {
            l.with(|l| {
                let p = key.with_value(|k| l.penilaian.get(k).copied().unwrap_or_default());
                if perilaku { p.perilaku } else { p.hasil_kerja }
                    .map(|r| r.code())
                    .unwrap_or("")
            })
        };
        let label = if perilaku {
            "Rating perilaku kerja"
        } else {
            "Rating hasil kerja"
        };
        view! {
            <select aria-label=label data-testid=if perilaku { "rating-perilaku" } else { "rating-hasil" }
                on:change=move |ev| {
                    let r = Rating::from_code(&event_target_value(&ev));
                    let id = id.clone();
                    ctx.change(None, move |t, _| {
                        let l = latihan(t);
                        let p = l.penilaian.entry(id.clone()).or_default();
                        if perilaku { p.perilaku = r } else { p.hasil_kerja = r }
                        if *p == Penilaian::default() {
                            l.penilaian.remove(&id);
                        }
                    })
                }>
                <option value="" selected=move || current().is_empty()>"—"</option>
                {Rating::ALL.map(|r| view! { <option value=r.code() selected=move || current() == r.code()>{r.label()}</option> })}
            </select>
        }
    };

    let unit_select = view! {
        <label class="field inline">
            <span class="field-label">"Predikat kinerja unit"</span>
            <select data-testid="predikat-unit" on:change=move |ev| {
                if let Some(u) = PredikatUnit::from_code(&event_target_value(&ev)) {
                    ctx.change(None, move |t, _| {
                        let l = latihan(t);
                        l.unit = u;
                        l.syarat = None; // another unit predikat brings its own limits
                    })
                }
            }>
                {PredikatUnit::ALL.map(|u| view! { <option value=u.code() selected=move || l.with(|l| l.unit == u)>{u.label()}</option> })}
            </select>
        </label>
    };

    let rows = move || {
        orang
            .get()
            .into_iter()
            .map(|(id, nama, jabatan)| {
                let key = id.clone();
                let predikat = move || {
                    l.with(|l| {
                        l.penilaian
                            .get(&key)
                            .and_then(Penilaian::predikat)
                            .map(Predikat::label)
                            .unwrap_or("—")
                    })
                };
                view! {
                    <tr data-testid="predikat-baris">
                        <td><strong>{nama}</strong><br/><span class="hint">{jabatan}</span></td>
                        <td>{rating_select(id.clone(), false)}</td>
                        <td>{rating_select(id.clone(), true)}</td>
                        <td class="predikat-hasil" data-testid="predikat-orang">{predikat}</td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <section class="predikat-latihan" data-testid="predikat-latihan">
            <p class="hint">"Latihan penilaian akhir tahun: beri rating hasil kerja dan rating perilaku kerja setiap pegawai; predikat mengikuti kuadran PermenPANRB 6/2022, dan sebarannya diperiksa terhadap batas SE MenPANRB 3/2023 untuk predikat unit. Batas dapat diubah bila instansi Anda memakai angka lain."</p>
            {unit_select}
            <Show when=move || !orang.with(Vec::is_empty) fallback=|| view! { <p class="hint">"Belum ada pegawai di tim ini: tambahkan di tab Orang."</p> }>
                <div class="predikat-grid">
                    <div class="predikat-gulir">
                    <table class="predikat-tabel">
                        <thead><tr><th>"Pegawai"</th><th>"Rating hasil kerja"</th><th>"Rating perilaku kerja"</th><th>"Predikat"</th></tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                    </div>
                    <Grafik sebaran=sebaran l=l/>
                </div>
            </Show>
            <h3>"Batas sebaran predikat"</h3>
            <ul class="syarat-list" data-testid="syarat">
                {move || hasil.get().into_iter().enumerate().map(|(i, h)| {
                    let editable = !matches!(h.syarat.batas, Batas::Ada);
                    let angka = match h.syarat.batas { Batas::PalingBanyak(p) | Batas::PalingSedikit(p) => p, Batas::Ada => 0 };
                    let status = if sebaran.with(|s| s.total == 0) { "" } else if h.terpenuhi { "ok" } else { "gagal" };
                    view! {
                        <li class=format!("syarat {status}") data-testid="syarat-item">
                            <span>{if h.terpenuhi { "✓ " } else if status.is_empty() { "· " } else { "✗ " }}{h.pesan}</span>
                            <Show when=move || editable>
                                <label class="batas-ubah">
                                    <span class="visually-hidden">"Ubah batas (persen)"</span>
                                    <input type="number" min="0" max="100" step="1" prop:value=angka.to_string() data-testid="batas-persen"
                                        on:change=move |ev| {
                                            let Ok(v) = event_target_value(&ev).trim().parse::<u32>() else { return };
                                            let v = v.min(100);
                                            ctx.change(None, move |t, _| {
                                                let l = latihan(t);
                                                let mut s = l.syarat();
                                                if let Some(x) = s.get_mut(i) {
                                                    x.batas = match x.batas {
                                                        Batas::PalingBanyak(_) => Batas::PalingBanyak(v),
                                                        Batas::PalingSedikit(_) => Batas::PalingSedikit(v),
                                                        Batas::Ada => Batas::Ada,
                                                    };
                                                }
                                                l.syarat = (s != l.unit.syarat_bawaan()).then_some(s);
                                            })
                                        }/>
                                    "%"
                                </label>
                            </Show>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <Show when=move || l.with(|l| l.syarat.is_some())>
                <button class="btn small" data-testid="batas-bawaan" on:click=move |_| ctx.change(None, |t, _| latihan(t).syarat = None)>"Kembalikan batas bawaan"</button>
            </Show>
        </section>
    }
}

/// One bar per predikat, the share of people, drawn beside the band the limits allow.
#[component]
fn Grafik(
    sebaran: Memo<crate::core::predikat::Sebaran>,
    l: Memo<LatihanPredikat>,
) -> impl IntoView {
    view! {
        <figure class="grafik-predikat" data-testid="grafik-predikat">
            <figcaption>"Sebaran predikat (batang) dan batas yang diizinkan (pita)"</figcaption>
            {Predikat::ALL.map(|p| {
                let persen = move || sebaran.with(|s| s.persen(p));
                let jumlah = move || sebaran.with(|s| s.jumlah(p));
                let band = move || l.with(|l| rentang(&l.syarat(), p));
                let di_luar = move || {
                    let (lo, hi) = band();
                    let x = persen();
                    sebaran.with(|s| s.total > 0) && (x < lo as f64 - 1e-9 || x > hi as f64 + 1e-9)
                };
                view! {
                    <div class="grafik-baris">
                        <span class="grafik-label">{p.label()}</span>
                        <div class="grafik-sumbu" role="img"
                            aria-label=move || { let (lo, hi) = band(); format!("{}: {} orang ({:.0}%); batas {lo}–{hi}%", p.label(), jumlah(), persen()) }>
                            <div class="grafik-pita" style=move || { let (lo, hi) = band(); format!("left:{lo}%;width:{}%", hi.saturating_sub(lo)) }></div>
                            <div class="grafik-batang" class:di-luar=di_luar style=move || format!("width:{:.1}%", persen())></div>
                        </div>
                        <span class="grafik-angka">{move || format!("{} ({:.0}%)", jumlah(), persen())}</span>
                    </div>
                }
            })}
        </figure>
    }
}
