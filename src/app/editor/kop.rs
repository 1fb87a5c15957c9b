use leptos::prelude::*;

use super::{use_editor, TextField};
use crate::core::edit::DraftEdit;
use crate::core::field::FieldKey;
use crate::core::model::{JenisJabatan, Pendekatan};

/// The form's heading and header: title lines, nama draf, instansi, periode, pendekatan,
/// jenis jabatan.
#[component]
pub fn Kop() -> impl IntoView {
    let ctx = use_editor();
    let d = ctx.draft;
    let pendekatan = Memo::new(move |_| d.with(|d| d.header.pendekatan));
    let jenis = Memo::new(move |_| d.with(|d| d.header.jenis_jabatan));
    view! {
        <section class="kop">
            <div class="judul">
                <div>"SASARAN KINERJA PEGAWAI"</div>
                <div>{move || format!("PENDEKATAN HASIL KERJA {}", crate::core::huruf::besar(pendekatan.get().label()))}</div>
                <div>{move || jenis.get().judul_form()}</div>
            </div>
            <div class="kop-grid">
                <TextField label="Nama draf" field=FieldKey::NamaDraf
                    value=Signal::derive(move || d.with(|d| d.nama_draf.clone()))
                    on_input=move |v| ctx.edit(DraftEdit::NamaDraf(v))/>
                <TextField label="Instansi / unit" field=FieldKey::Instansi placeholder="Nama instansi atau unit kerja"
                    value=Signal::derive(move || d.with(|d| d.header.instansi.clone()))
                    on_input=move |v| ctx.edit(DraftEdit::Instansi(v))/>
                <TextField label="Periode penilaian: mulai" field=FieldKey::PeriodeMulai input_type="date"
                    value=Signal::derive(move || d.with(|d| d.header.periode.mulai.clone()))
                    on_input=move |v| ctx.edit(DraftEdit::PeriodeMulai(v))/>
                <TextField label="Periode penilaian: selesai" field=FieldKey::PeriodeSelesai input_type="date"
                    value=Signal::derive(move || d.with(|d| d.header.periode.selesai.clone()))
                    on_input=move |v| ctx.edit(DraftEdit::PeriodeSelesai(v))/>
                <TextField label="Tempat penandatanganan" field=FieldKey::TempatTtd placeholder="mis. Bandung"
                    value=Signal::derive(move || d.with(|d| d.header.penandatanganan.tempat.clone()))
                    on_input=move |v| ctx.edit(DraftEdit::TempatTtd(v))/>
                <TextField label="Tanggal penandatanganan" field=FieldKey::TanggalTtd input_type="date"
                    value=Signal::derive(move || d.with(|d| d.header.penandatanganan.tanggal.clone()))
                    on_input=move |v| ctx.edit(DraftEdit::TanggalTtd(v))/>
                <label class="field">
                    <span class="field-label">"Pendekatan"</span>
                    <select data-field="header/pendekatan" on:change=move |ev| {
                        if let Some(p) = Pendekatan::from_code(&event_target_value(&ev)) { ctx.edit(DraftEdit::Pendekatan(p)) }
                    }>
                        {Pendekatan::ALL.map(|p| view! { <option value=p.code() selected=move || pendekatan.get() == p>{p.label()}</option> })}
                    </select>
                </label>
                <label class="field">
                    <span class="field-label">"Jenis jabatan"</span>
                    <select data-field="header/jenis_jabatan" on:change=move |ev| {
                        if let Some(j) = JenisJabatan::from_code(&event_target_value(&ev)) { ctx.edit(DraftEdit::JenisJabatan(j)) }
                    }>
                        {JenisJabatan::ALL.map(|j| view! { <option value=j.code() selected=move || jenis.get() == j>{j.label()}</option> })}
                    </select>
                </label>
            </div>
        </section>
    }
}
