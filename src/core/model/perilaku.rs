use serde::{Deserialize, Serialize};

/// One of the seven BerAKHLAK core values of PERILAKU KERJA.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PerilakuNilai {
    BerorientasiPelayanan,
    Akuntabel,
    Kompeten,
    Harmonis,
    Loyal,
    Adaptif,
    Kolaboratif,
}

/// A BerAKHLAK value with its three fixed behaviours, as the regulation's form prints them.
pub struct NilaiBerakhlak {
    pub nilai: PerilakuNilai,
    pub label: &'static str,
    pub perilaku: [&'static str; 3],
}

/// The seven values in the form's order.
pub const BERAKHLAK: [NilaiBerakhlak; 7] = [
    NilaiBerakhlak {
        nilai: PerilakuNilai::BerorientasiPelayanan,
        label: "Berorientasi Pelayanan",
        perilaku: [
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ],
    },
    NilaiBerakhlak {
        nilai: PerilakuNilai::Akuntabel,
        label: "Akuntabel",
        perilaku: [
            "Melaksanakan tugas dengan jujur, bertanggungjawab, cermat, disiplin dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggungjawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ],
    },
    NilaiBerakhlak {
        nilai: PerilakuNilai::Kompeten,
        label: "Kompeten",
        perilaku: [
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ],
    },
    NilaiBerakhlak {
        nilai: PerilakuNilai::Harmonis,
        label: "Harmonis",
        perilaku: [
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ],
    },
    NilaiBerakhlak {
        nilai: PerilakuNilai::Loyal,
        label: "Loyal",
        perilaku: [
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ],
    },
    NilaiBerakhlak {
        nilai: PerilakuNilai::Adaptif,
        label: "Adaptif",
        perilaku: [
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ],
    },
    NilaiBerakhlak {
        nilai: PerilakuNilai::Kolaboratif,
        label: "Kolaboratif",
        perilaku: [
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumberdaya untuk tujuan bersama",
        ],
    },
];

/// PERILAKU KERJA: the leader's Ekspektasi Khusus Pimpinan for each BerAKHLAK value
/// (empty where the leader set none). The behaviours themselves are fixed: [`BERAKHLAK`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Perilaku {
    pub berorientasi_pelayanan: String,
    pub akuntabel: String,
    pub kompeten: String,
    pub harmonis: String,
    pub loyal: String,
    pub adaptif: String,
    pub kolaboratif: String,
}

impl PerilakuNilai {
    pub fn code(self) -> &'static str {
        match self {
            PerilakuNilai::BerorientasiPelayanan => "berorientasi_pelayanan",
            PerilakuNilai::Akuntabel => "akuntabel",
            PerilakuNilai::Kompeten => "kompeten",
            PerilakuNilai::Harmonis => "harmonis",
            PerilakuNilai::Loyal => "loyal",
            PerilakuNilai::Adaptif => "adaptif",
            PerilakuNilai::Kolaboratif => "kolaboratif",
        }
    }
}

impl Perilaku {
    /// Ekspektasi Khusus Pimpinan for one value.
    pub fn ekspektasi(&self, nilai: PerilakuNilai) -> &str {
        match nilai {
            PerilakuNilai::BerorientasiPelayanan => &self.berorientasi_pelayanan,
            PerilakuNilai::Akuntabel => &self.akuntabel,
            PerilakuNilai::Kompeten => &self.kompeten,
            PerilakuNilai::Harmonis => &self.harmonis,
            PerilakuNilai::Loyal => &self.loyal,
            PerilakuNilai::Adaptif => &self.adaptif,
            PerilakuNilai::Kolaboratif => &self.kolaboratif,
        }
    }
    pub fn ekspektasi_mut(&mut self, nilai: PerilakuNilai) -> &mut String {
        match nilai {
            PerilakuNilai::BerorientasiPelayanan => &mut self.berorientasi_pelayanan,
            PerilakuNilai::Akuntabel => &mut self.akuntabel,
            PerilakuNilai::Kompeten => &mut self.kompeten,
            PerilakuNilai::Harmonis => &mut self.harmonis,
            PerilakuNilai::Loyal => &mut self.loyal,
            PerilakuNilai::Adaptif => &mut self.adaptif,
            PerilakuNilai::Kolaboratif => &mut self.kolaboratif,
        }
    }
}
