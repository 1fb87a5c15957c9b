//! The shipped examples: one complete SKP per kind of post a class meets, and "latihan"
//! drafts full of the mistakes people really make, for participants to fix. The files live
//! in `public/examples/` and are fetched when picked (the service worker keeps them offline),
//! so they cost the app's first load nothing.

/// One example on the welcome page's picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contoh {
    /// File name under `examples/`.
    pub berkas: &'static str,
    pub judul: &'static str,
    /// One line: who it is for and what it shows.
    pub keterangan: &'static str,
    /// A latihan draft has mistakes on purpose.
    pub latihan: bool,
}

pub const DAFTAR: &[Contoh] = &[
    Contoh {
        berkas: "contoh-skp-jpt-2027.skp.json",
        judul: "SKP JPT Pratama",
        keterangan: "Kepala Badan: empat perspektif, Ekspektasi Khusus Pimpinan, lampiran lengkap.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-kepala-upt-2027.skp.json",
        judul: "Pimpinan Unit Kerja Mandiri",
        keterangan: "Kepala UPT (administrator) dengan formulir empat perspektif.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-administrator-ketua-tim-2027.skp.json",
        judul: "Administrator, ketua tim kerja",
        keterangan: "Kepala Bidang: RHK atasan dari SKP JPT Kepala Dinas.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-ja-pelaksana-2027.skp.json",
        judul: "JA pelaksana",
        keterangan: "Pengadministrasi Perkantoran: RHK atasan dari Kepala Subbagian.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-jf-guru-2027.skp.json",
        judul: "JF Guru",
        keterangan: "Guru Ahli Pertama SMP: pembelajaran, penilaian, pengembangan keprofesian.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-jf-perawat-2027.skp.json",
        judul: "JF Perawat",
        keterangan: "Perawat Ahli Pertama di ruang rawat inap RSUD.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-jf-widyaiswara-2027.skp.json",
        judul: "JF Widyaiswara",
        keterangan: "Widyaiswara Ahli Muda BPSDM: pembelajaran, kurikulum, evaluasi.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-pppk-2027.skp.json",
        judul: "PPPK",
        keterangan: "Pranata Komputer Ahli Pertama dengan NI PPPK.",
        latihan: false,
    },
    Contoh {
        berkas: "contoh-kualitatif-2027.skp.json",
        judul: "Pendekatan kualitatif",
        keterangan: "Analis Kebijakan: ukuran keberhasilan naratif, tanpa target angka.",
        latihan: false,
    },
    Contoh {
        berkas: "latihan-ja-jf-2027.skp.json",
        judul: "Latihan: SKP JF",
        keterangan:
            "Penyuluh Pertanian dengan kesalahan yang sering terjadi: temukan dan perbaiki.",
        latihan: true,
    },
    Contoh {
        berkas: "latihan-jpt-2027.skp.json",
        judul: "Latihan: SKP JPT",
        keterangan: "Kepala Dinas: bahasa aktivitas, satu perspektif saja, tanpa lampiran.",
        latihan: true,
    },
];

/// The example a file name names.
pub fn cari(berkas: &str) -> Option<&'static Contoh> {
    DAFTAR.iter().find(|c| c.berkas == berkas)
}
