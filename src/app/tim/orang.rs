use leptos::prelude::*;

use super::use_tim;
use crate::app::browser::new_id;
use crate::core::model::JenisJabatan;
use crate::core::mpph::{self, Orang, Peran};

/// The people of the team: identity, role, and which ketua tim an anggota belongs to.
#[component]
pub fn OrangTable() -> impl IntoView {
    let ctx = use_tim();
    let ids = Memo::new(move |_| {
        ctx.tim
            .with(|t| t.orang.iter().map(|o| o.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let id = new_id();
        let oid = id.clone();
        ctx.change(None, move |t, _| {
            t.orang.push(Orang {
                id: oid,
                peran: Peran::Anggota,
                ..Default::default()
            })
        });
        crate::app::keys::focus_field(format!("orang/{id}/nama"));
    };
    view! {
        // A wide table scrolls in its own box, never the whole page (phones, projectors).
        <div class="tabel-wrap">
        <table class="tabel-orang">
            <thead><tr><th>"NAMA"</th><th>"NIP"</th><th>"PANGKAT/GOL."</th><th>"JABATAN"</th><th>"JENIS"</th><th>"PERAN"</th><th>"KETUA TIM"</th><th></th></tr></thead>
            <tbody>
                <For each=move || ids.get() key=|id| id.clone() let:oid>
                    <OrangRow oid=oid/>
                </For>
            </tbody>
        </table>
        </div>
        <button class="btn add" data-testid="tambah-orang" on:click=add>"+ Tambah orang"</button>
    }
}

#[component]
fn OrangRow(oid: String) -> impl IntoView {
    let ctx = use_tim();
    let oid = StoredValue::new(oid);
    let orang = Memo::new(move |_| {
        ctx.tim
            .with(|t| t.orang_by_id(&oid.get_value()).cloned().unwrap_or_default())
    });
    let ketua = Memo::new(move |_| {
        ctx.tim.with(|t| {
            t.ketua_tim()
                .map(|o| (o.id.clone(), o.nama.clone()))
                .collect::<Vec<_>>()
        })
    });
    let text = move |name: &'static str, get: fn(&Orang) -> String, set: fn(&mut Orang, String)| {
        view! {
            <td><input aria-label=name data-field=move || format!("orang/{}/{name}", oid.get_value()) prop:value=move || orang.with(get)
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    let id = oid.get_value();
                    ctx.change(Some(format!("orang/{id}/{name}")), move |t, _| {
                        if let Some(o) = t.orang.iter_mut().find(|o| o.id == id) { set(o, v) }
                    })
                }/></td>
        }
    };
    let set_peran = move |ev| {
        let Some(p) = Peran::from_code(&event_target_value(&ev)) else {
            return;
        };
        let id = oid.get_value();
        ctx.change(None, move |t, _| {
            if let Some(o) = t.orang.iter_mut().find(|o| o.id == id) {
                o.peran = p;
                if p != Peran::Anggota {
                    o.ketua = None;
                }
            }
        });
    };
    let set_ketua = move |ev| {
        let v = event_target_value(&ev);
        let id = oid.get_value();
        ctx.change(None, move |t, _| {
            if let Some(o) = t.orang.iter_mut().find(|o| o.id == id) {
                o.ketua = (!v.is_empty()).then_some(v);
            }
        });
    };
    let set_jenis = move |ev| {
        let jenis = JenisJabatan::from_code(&event_target_value(&ev));
        let id = oid.get_value();
        ctx.change(None, move |t, _| {
            if let Some(o) = t.orang.iter_mut().find(|o| o.id == id) {
                o.jenis = jenis;
            }
        });
    };
    // What "otomatis" gives, said in the option so nobody has to guess.
    let otomatis = move || {
        orang.with(
            |o| match (JenisJabatan::dari_nama_jabatan(&o.jabatan), o.peran) {
                (Some(j), _) => j.code(),
                (None, Peran::JfLangsung) => "JF",
                _ => "JA",
            },
        )
    };
    // Other rows with this NIP: the same person in another role (one draft for all).
    let peran_lain = Memo::new(move |_| {
        let me = orang.get();
        let nip = mpph::kunci_nip(&me.nip);
        if nip.is_empty() {
            return String::new();
        }
        ctx.tim.with(|t| {
            t.orang
                .iter()
                .filter(|o| o.id != me.id && mpph::kunci_nip(&o.nip) == nip)
                .map(|o| o.peran.label())
                .collect::<Vec<_>>()
                .join(", ")
        })
    });
    let penilai_buka = RwSignal::new(false);
    let punya_penilai = move || {
        orang.with(|o| {
            o.penilai
                .as_ref()
                .is_some_and(|p| !p.nama.trim().is_empty())
        })
    };
    // Removing a person asks first, in the row itself: their cells go, their draft stays.
    let asking = RwSignal::new(false);
    let remove = move |_| {
        asking.set(false);
        let id = oid.get_value();
        ctx.change(None, move |t, _| {
            mpph::hapus_orang(t, &id);
        });
    };
    let open_draft = move |_| {
        if let Some(d) = orang.with_untracked(|o| o.draf.clone()) {
            ctx.app.open_draft(Some(d));
        }
    };
    view! {
        <tr data-testid="orang-row">
            <td>
                <input aria-label="nama" data-field=move || format!("orang/{}/nama", oid.get_value()) prop:value=move || orang.with(|o| o.nama.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        let id = oid.get_value();
                        ctx.change(Some(format!("orang/{id}/nama")), move |t, _| {
                            if let Some(o) = t.orang.iter_mut().find(|o| o.id == id) { o.nama = v }
                        })
                    }/>
                <Show when=move || !peran_lain.with(String::is_empty)>
                    <div class="orang-detail" data-testid="peran-lain">{move || format!("Juga: {} (NIP sama, satu SKP)", peran_lain.get())}</div>
                </Show>
            </td>
            {text("nip", |o| o.nip.clone(), |o, v| o.nip = v)}
            {text("pangkat", |o| o.pangkat.clone(), |o, v| o.pangkat = v)}
            {text("jabatan", |o| o.jabatan.clone(), |o, v| o.jabatan = v)}
            <td><select aria-label="Jenis jabatan" data-field=move || format!("orang/{}/jenis", oid.get_value()) on:change=set_jenis>
                <option value="" selected=move || orang.with(|o| o.jenis.is_none())>{move || format!("Otomatis: {}", otomatis())}</option>
                {[JenisJabatan::Ja, JenisJabatan::Jf].map(|j| view! { <option value=j.code() selected=move || orang.with(|o| o.jenis == Some(j))>{j.code()}</option> })}
            </select></td>
            <td><select aria-label="Peran" data-field=move || format!("orang/{}/peran", oid.get_value()) on:change=set_peran>
                {Peran::ALL.map(|p| view! { <option value=p.code() selected=move || orang.with(|o| o.peran == p)>{p.label()}</option> })}
            </select></td>
            <td>
                <Show when=move || orang.with(|o| o.peran == Peran::Anggota)>
                    <select aria-label="Ketua tim" data-field=move || format!("orang/{}/ketua", oid.get_value()) on:change=set_ketua>
                        <option value="" selected=move || orang.with(|o| o.ketua.is_none())>"—"</option>
                        {move || ketua.get().into_iter().map(|(kid, nama)| {
                            let sel = orang.with(|o| o.ketua.as_deref() == Some(kid.as_str()));
                            view! { <option value=kid selected=sel>{nama}</option> }
                        }).collect_view()}
                    </select>
                </Show>
            </td>
            <td class="row-tools">
                <button class="btn tiny" class:active=punya_penilai data-testid="penilai-orang" aria-expanded=move || penilai_buka.get().to_string()
                    title="Pejabat Penilai Kinerja orang ini, bila bukan pimpinan atau penilai tim"
                    on:click=move |_| penilai_buka.update(|b| *b = !*b)>"Penilai"</button>
                <Show when=move || orang.with(|o| o.draf.is_some())>
                    <button class="btn tiny" data-testid="buka-draf-orang" on:click=open_draft>"Buka SKP"</button>
                </Show>
                <Show when=move || asking.get() fallback=move || view! {
                    <button class="btn tiny danger" aria-label="Hapus orang" data-testid="hapus-orang" on:click=move |_| asking.set(true)>"✕"</button>
                }>
                    <span class="tanya-hapus" role="alert">
                        {move || if orang.with(|o| o.draf.is_some()) { "Hapus dari tim? Sel MPPH-nya ikut terhapus; drafnya tetap ada. " } else { "Hapus dari tim? Sel MPPH-nya ikut terhapus. " }}
                        <button class="btn tiny danger" data-testid="hapus-orang-ya" on:click=remove>"Hapus"</button>
                        <button class="btn tiny" on:click=move |_| asking.set(false)>"Batal"</button>
                    </span>
                </Show>
            </td>
        </tr>
        <Show when=move || penilai_buka.get()>
            <tr class="penilai-orang"><td colspan="8">
                <p class="hint">"Pejabat Penilai Kinerja khusus orang ini (kosongkan nama: pimpinan atau penilai tim yang menilai)."</p>
                <div class="kop-grid">{super::penilai::penilai_fields(
                    move || format!("orang/{}/penilai", oid.get_value()),
                    |t, id| t.orang.iter_mut().find(|o| o.id == id).map(|o| &mut o.penilai),
                    move || oid.get_value(),
                    move |f| orang.with(|o| o.penilai.as_ref().map(|p| p.get(f).to_string()).unwrap_or_default()),
                )}</div>
            </td></tr>
        </Show>
    }
}
