use leptos::prelude::*;

use crate::app::state::use_app;

/// Shown when no draft is open.
#[component]
pub fn Welcome() -> impl IntoView {
    let app = use_app();
    // Opened here or by the full module (see `app::Layar`).
    let contoh_tim = use_context::<crate::app::Layar>().map(|l| l.contoh_tim);
    view! {
        <section class="welcome">
            <h2>"Selamat datang di SKP Drafter"</h2>
            <p>"Susun Sasaran Kinerja Pegawai (SKP) Anda di sini, tanpa internet. Semua draf tersimpan di browser ini; kirim draf ke rekan dengan Ekspor, terima dengan Impor."</p>
            <p>
                <button class="btn primary" on:click=move |_| app.create_draft()>"+ Buat draf baru"</button>
                " "
                <button class="btn" data-testid="buka-contoh-tim" on:click=move |_| if let Some(f) = contoh_tim { f(app) }>"Lihat contoh tim (MPPH)"</button>
            </p>
            <crate::app::kelas::PilihContoh/>
            <p class="hint">"Anda juga dapat menjatuhkan berkas .skp.json ke halaman ini untuk mengimpornya."</p>
        </section>
    }
}
