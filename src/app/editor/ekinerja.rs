use leptos::prelude::*;

use super::use_editor;
use crate::app::browser::{copy_text, load_list, save_list};
use crate::core::ekinerja::{urutan, Entri};

/// "Salin ke e-Kinerja": the draft in e-Kinerja's entry order, one copy button per value
/// and a tick per copied value that survives a reload.
#[component]
pub fn SalinEkinerja() -> impl IntoView {
    let ctx = use_editor();
    let key = format!("skp-drafter:disalin:{}", ctx.id.get_value());
    let key = StoredValue::new(key);
    let ticked = RwSignal::new(load_list(&key.get_value()));
    let set_tick = move |k: &str, on: bool| {
        ticked.update(|t| {
            t.retain(|x| x != k);
            if on {
                t.push(k.to_string());
            }
        });
        ticked.with_untracked(|t| save_list(&key.get_value(), t));
    };
    let entries = Memo::new(move |_| ctx.draft.with(|d| urutan(d)));
    let done = move || {
        let total = entries.with(Vec::len);
        let n =
            entries.with(|e| ticked.with(|t| e.iter().filter(|x| t.contains(&x.kunci)).count()));
        format!("{n} dari {total} nilai sudah disalin")
    };
    let row = move |e: Entri| {
        let (k1, k2, k3) = (e.kunci.clone(), e.kunci.clone(), e.kunci.clone());
        let value = e.nilai.clone();
        let k1 = StoredValue::new(k1);
        let is_ticked = move || ticked.with(|t| k1.with_value(|k| t.contains(k)));
        view! {
            <li class="salin-item" class:disalin=is_ticked data-testid="salin-item">
                <div class="salin-label">{e.label.clone()}</div>
                <div class="salin-nilai">{e.nilai.clone()}</div>
                <div class="salin-aksi">
                    <button class="btn small" data-testid="salin" on:click=move |_| { copy_text(&value); set_tick(&k2, true); }>"Salin"</button>
                    <label class="salin-tick">
                        <input type="checkbox" prop:checked=is_ticked on:change=move |ev| set_tick(&k3, event_target_checked(&ev))/>
                        " sudah"
                    </label>
                </div>
            </li>
        }
    };
    let groups = move || {
        let mut out: Vec<(String, Vec<Entri>)> = Vec::new();
        for e in entries.get() {
            match out.last_mut() {
                Some((b, list)) if *b == e.bagian => list.push(e),
                _ => out.push((e.bagian.clone(), vec![e])),
            }
        }
        out.into_iter()
            .map(|(b, list)| {
                view! {
                    <section class="salin-bagian">
                        <h3>{b}</h3>
                        <ul>{list.into_iter().map(row).collect_view()}</ul>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <section class="salin-ekinerja" data-testid="salin-ekinerja" aria-label="Salin ke e-Kinerja">
            <h2>"Salin ke e-Kinerja"</h2>
            <p class="hint">"Urutan sama dengan isian e-Kinerja. Tekan Salin, lalu tempel di e-Kinerja; tanda centang tetap ada setelah halaman dimuat ulang. "
                <strong data-testid="salin-progres">{done}</strong></p>
            {groups}
        </section>
    }
}
