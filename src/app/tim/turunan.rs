use leptos::prelude::*;

use super::use_tim;
use crate::core::mpph::Rencana;

/// Derivation into each person's SKP: first the plan (what will change, per person), then
/// apply it. Each person's draft can be opened and exported to send to them.
#[component]
pub fn Turunan() -> impl IntoView {
    let ctx = use_tim();
    let plan = RwSignal::new(None::<Result<Rencana, String>>);
    let compute = move |_| plan.set(Some(ctx.app.derive_plan(&ctx.id.get_value())));
    let apply = move |_| {
        let Some(Ok(p)) = plan.get_untracked() else {
            return;
        };
        match ctx.app.derive_apply(&ctx.id.get_value(), &p) {
            Ok(()) => plan.set(None),
            Err(e) => plan.set(Some(Err(e))),
        }
    };
    let name = move |oid: &str| {
        ctx.tim.with(|t| {
            t.orang_by_id(oid)
                .map(|o| o.nama.clone())
                .unwrap_or_default()
        })
    };
    let people = Memo::new(move |_| {
        ctx.tim.with(|t| {
            t.orang
                .iter()
                .filter_map(|o| o.draf.clone().map(|d| (o.nama.clone(), o.peran.label(), d)))
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="turunan">
            <p>"Setiap sel MPPH yang terisi menjadi satu RHK Utama pada SKP orang tersebut, tertaut ke RHK atasan pada kolomnya. Isian tangan (IKI, target, RHK Tambahan, perilaku, lampiran) tetap; sel yang dikosongkan tidak menghapus RHK, tetapi menandainya untuk ditinjau."</p>
            <button class="btn primary" data-testid="hitung-turunan" on:click=compute>"Lihat perubahan"</button>
            {move || plan.get().map(|p| match p {
                Err(e) => view! { <p class="notice error" role="alert">{e}</p> }.into_any(),
                Ok(p) if p.kosong() => view! { <p class="notice info" data-testid="turunan-kosong">"Tidak ada perubahan: semua SKP sudah sesuai MPPH."</p> }.into_any(),
                Ok(p) => view! {
                    <div class="rencana" data-testid="rencana">
                        <p><strong>{format!("{} draf baru, {} perubahan:", p.jumlah_draf_baru(), p.jumlah_perubahan())}</strong></p>
                        <ul>
                            {p.per_orang.iter().filter(|o| o.draf_baru || !o.perubahan.is_empty()).map(|o| view! {
                                <li>
                                    <strong>{name(&o.orang)}</strong>
                                    {o.draf_baru.then(|| view! { <span class="badge info">"draf baru"</span> })}
                                    <ul>{o.perubahan.iter().map(|c| view! { <li>{c.deskripsi()}</li> }).collect_view()}</ul>
                                </li>
                            }).collect_view()}
                        </ul>
                        <button class="btn primary" data-testid="terapkan-turunan" on:click=apply>"Terapkan"</button>
                        <button class="btn" on:click=move |_| plan.set(None)>"Batal"</button>
                    </div>
                }.into_any(),
            })}
            <h3>"SKP anggota tim"</h3>
            <ul class="orang-draf">
                {move || people.get().into_iter().map(|(nama, peran, draf)| {
                    let (d1, d2) = (draf.clone(), draf.clone());
                    view! {
                        <li data-testid="draf-anggota">{nama} " (" {peran} ") "
                            <button class="btn tiny" on:click=move |_| ctx.app.open_draft(Some(d1.clone()))>"Buka SKP"</button>
                            <button class="btn tiny" on:click=move |_| ctx.app.export(&d2)>"Ekspor .skp.json"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
