"""Describe every data file kind once: the source of the JSON Schemas, the docs and the checks.

A spec is a small tree of field types. `conform` walks a YAML node against it; `to_json_schema`
turns it into the schema that editors use. Keeping both in one description means the editor, the
docs and `lakip validate` can never disagree about what a key means.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lakip.model import ISSUER_KINDS, SCALE_PRESETS

CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
YEAR_PATTERN = r"^(19|20)[0-9]{2}$"
QUARTERS = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class Str:
    doc: str = ""
    pattern: str | None = None
    example: str | None = None


@dataclass(frozen=True)
class Number:
    """A decimal number; YAML floats are re-read from their text so no binary rounding slips in."""

    doc: str = ""
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Int:
    doc: str = ""
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class Date:
    doc: str = ""


@dataclass(frozen=True)
class Bool:
    doc: str = ""


@dataclass(frozen=True)
class Enum:
    values: tuple[str, ...]
    doc: str = ""


@dataclass(frozen=True)
class List:
    item: Spec
    doc: str = ""
    min_items: int = 0


@dataclass(frozen=True)
class Map:
    """A mapping whose keys follow a pattern (years, quarters) and whose values share one type."""

    value: Spec
    key_pattern: str
    key_doc: str
    doc: str = ""


@dataclass(frozen=True)
class Object:
    fields: dict[str, Spec]
    required: tuple[str, ...] = ()
    doc: str = ""


@dataclass(frozen=True)
class OneOf:
    """A value that may take one of several shapes; the first shape whose YAML kind fits wins."""

    options: tuple[Spec, ...]
    doc: str = ""
    type_name: str = "angka atau {min, maks}"


Spec = Str | Number | Int | Date | Bool | Enum | List | Map | Object | OneOf


@dataclass(frozen=True)
class FileKind:
    name: str
    title: str
    glob: str
    spec: Object
    doc: str = ""
    examples: tuple[str, ...] = field(default=())


def _obj(doc: str, required: tuple[str, ...] = (), **fields: Spec) -> Object:
    return Object(fields=fields, required=required, doc=doc)


_PERSON = _obj(
    "Pejabat: nama, jabatan, pangkat/golongan dan NIP.",
    ("nama",),
    nama=Str("Nama lengkap beserta gelar."),
    jabatan=Str("Jabatan, misalnya 'Kepala Bidang Ideologi dan Wawasan Kebangsaan'."),
    pangkat=Str("Pangkat, misalnya 'Pembina Utama Muda'."),
    golongan=Str("Golongan/ruang, misalnya 'IV/c'.", pattern=r"^(I|II|III|IV)/[a-e]$"),
    nip=Str("NIP 18 digit tanpa spasi, ditulis sebagai teks.", pattern=r"^[0-9]{18}$"),
    akun=List(Str("Akun Git hosting (tanpa @).", pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$")),
)

_TARGET = OneOf(
    (
        Number("Target tunggal."),
        _obj(
            "Target rentang: capaian 100 bila realisasi di dalam rentang.",
            ("min", "maks"),
            min=Number("Batas bawah."),
            maks=Number("Batas atas."),
        ),
    ),
    doc="Angka, atau rentang {min, maks}.",
)

_QUARTERLY = Map(
    Number("Nilai pada akhir triwulan."),
    key_pattern=r"^(I|II|III|IV)$",
    key_doc="Triwulan: I, II, III atau IV.",
    doc="Nilai per triwulan (opsional).",
)

NEGATIVE_RULES = ("2T-R", "T/R", "R/T")

_BAND = _obj(
    "Pita kategori, dari yang tertinggi. Batas bawah: lebih_dari (tidak termasuk) atau minimal "
    "(termasuk); batas atas: sampai (termasuk) atau kurang_dari (tidak termasuk); tanpa batas "
    "berarti terbuka.",
    ("kategori",),
    kategori=Str("Nama kategori."),
    lebih_dari=Number("Capaian harus lebih dari nilai ini."),
    minimal=Number("Capaian paling sedikit nilai ini."),
    sampai=Number("Capaian paling tinggi nilai ini."),
    kurang_dari=Number("Capaian harus kurang dari nilai ini."),
)


def _scale(doc: str) -> OneOf:
    return OneOf(
        (
            Enum(tuple(SCALE_PRESETS), "Nama skala bawaan."),
            List(_BAND, min_items=1),
        ),
        doc=doc,
        type_name="nama skala bawaan atau daftar pita",
    )


# The calculation rules a report sets in profil.yml, an indicator in the Renstra and a year's
# PK entry: the most specific level that sets a rule wins (PK, then Renstra, then profil).
RULE_FIELDS: dict[str, Spec] = dict(
    rumus_negatif=Enum(
        NEGATIVE_RULES, "Rumus capaian polaritas negatif: 2T-R (baku), T/R atau R/T."
    ),
    batas_capaian=Int("Batas atas capaian untuk rata-rata dan kategori.", 100, 1000),
    batas_capaian_cetak=Int(
        "Batas atas capaian yang dicetak di tabel dan kalimat (misalnya 100).", 100, 1000
    ),
    skala_kategori=_scale("Skala kategori capaian: nama skala bawaan atau daftar pita."),
    skala_kategori_negatif=_scale(
        "Skala kategori khusus indikator polaritas negatif (misalnya untuk rumus R/T)."
    ),
)

PROFILE = FileKind(
    name="profil",
    title="Profil instansi",
    glob="reports/profil.yml",
    doc="Identitas instansi, kepala, penerima laporan dan pengaturan perhitungan.",
    spec=_obj(
        "Profil instansi.",
        ("instansi", "kepala", "penerima"),
        judul=Str("Judul laporan, misalnya 'Laporan Kinerja Instansi Pemerintah'."),
        judul_singkat=Str("Singkatan judul: LKjIP, LAKIP, LKIP."),
        instansi=_obj(
            "Identitas instansi untuk kop dan sampul.",
            ("nama", "pemerintah", "alamat", "kota"),
            nama=Str("Nama lengkap instansi."),
            singkatan=Str("Singkatan, misalnya 'Kesbangpol'."),
            jenis=Enum(
                ISSUER_KINDS,
                "Siapa yang melapor: perangkat daerah (baku), pemerintah daerah itu sendiri "
                "(ditandatangani Bupati/Wali Kota), atau instansi vertikal/independen "
                "(KPU, BPS, kantor kementerian; tanpa 'PEMERINTAH ...' di kop).",
            ),
            induk=Str(
                "Instansi vertikal: baris hierarki di atas nama di kop, misalnya "
                "'Kementerian Agama Republik Indonesia'."
            ),
            pemerintah=Str(
                "Pemerintah daerah, misalnya 'Kabupaten Purwakarta'; instansi vertikal: "
                "wilayah kerjanya."
            ),
            kota=Str("Kota tempat penandatanganan."),
            alamat=Str("Alamat kantor."),
            telepon=Str("Nomor telepon."),
            email=Str("Alamat surel."),
            situs=Str("Alamat situs web."),
            logo=Str("Berkas logo (SVG atau PNG) relatif terhadap akar repositori."),
            repositori=Str(
                "URL repositori (https://...) untuk tautan 'sunting halaman ini'.",
                pattern=r"^https?://[^\s<>\"'`]+$",
            ),
        ),
        kepala=_PERSON,
        perencanaan=Str("Slug unit perencanaan (pemilik reports/).", pattern=SLUG_PATTERN),
        sekretariat=Str(
            "Slug unit sekretariat (Ka TU): pemilik register arsip, ekspedisi dan tanda terima "
            "(reports/<tahun>/register/) dan CODEOWNERS yang dibuat ulang. Bila kosong: unit "
            "perencanaan.",
            pattern=SLUG_PATTERN,
        ),
        inspektorat=_obj(
            "Inspektorat (APIP) yang mereviu LKjIP: hanya akun-akun ini yang boleh mengubah "
            "reports/<tahun>/reviu/reviu.yml. Diubah hanya oleh kepala.",
            ("akun",),
            nama=Str("Nama instansi, misalnya 'Inspektorat Kabupaten Purwakarta'."),
            akun=List(
                Str("Akun Git hosting reviewer (tanpa @).", pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$"),
                min_items=1,
            ),
        ),
        penerima=List(
            _obj(
                "Penerima laporan (tanda terima per penerima).",
                ("kode", "nama"),
                kode=Str("Kode singkat, misalnya 'bappeda'.", pattern=SLUG_PATTERN),
                nama=Str("Nama lengkap penerima."),
                alamat=Str("Alamat penerima."),
            ),
            min_items=1,
        ),
        pengaturan=_obj(
            "Pengaturan perhitungan; bila kosong dipakai nilai baku.",
            **RULE_FIELDS,
            satuan_cacah=List(
                Str("Satuan yang selalu bilangan bulat, misalnya 'orang'."),
                doc="Satuan yang dihitung dengan bilangan bulat; bila ada, menggantikan daftar "
                "baku (orang, kegiatan, dokumen, kasus, ...). Pecahan pada satuan ini adalah "
                "kesalahan.",
            ),
            skala_efisiensi=_obj(
                "Ambang efisiensi (capaian % dikurangi serapan %).",
                efisien_lebih_dari=Number("Efisien bila selisih lebih dari nilai ini."),
                tidak_efisien_kurang_dari=Number("Tidak efisien bila selisih kurang dari ini."),
            ),
            impor_anggaran=_obj(
                "Letak kolom dalam ekspor realisasi anggaran sistem keuangan daerah (SIPD, "
                "aplikasi BKAD) untuk `lakip impor-anggaran`; kolom dicari menurut judulnya, "
                "tanpa membedakan huruf besar dan spasi. Bila kosong dipakai judul yang lazim.",
                lembar=Str("Nama lembar di berkas XLSX; bawaan: lembar pertama."),
                baris_judul=Int(
                    "Nomor baris judul kolom; bawaan: dicari di 30 baris pertama.", 1, 1000
                ),
                kolom_kode=Str(
                    "Judul kolom kode (sub) kegiatan; bawaan: 'Kode Rekening', 'Kode', "
                    "'Kode Sub Kegiatan' atau 'Kode Kegiatan'."
                ),
                kolom_nama=Str("Judul kolom nama kegiatan; bawaan: 'Uraian', 'Nama', ..."),
                kolom_pagu=Str(
                    "Judul kolom pagu; bawaan: 'Pagu', 'Anggaran', 'Pagu Anggaran', ..."
                ),
                kolom_realisasi=Str(
                    "Judul kolom realisasi; bawaan: 'Realisasi', 'Realisasi Anggaran', ..."
                ),
            ),
            wajib_reviu=Bool(
                "Bila true, 'lakip release' menolak selama reviu Inspektorat tahun itu belum "
                "disimpulkan (simpulan di reports/<tahun>/reviu/reviu.yml)."
            ),
        ),
    ),
)

_INDICATOR = _obj(
    "Indikator kinerja utama.",
    ("kode", "uraian", "satuan", "polaritas", "penanggung_jawab"),
    kode=Str("Kode unik indikator, misalnya 'IKU-01'.", pattern=CODE_PATTERN),
    uraian=Str("Rumusan indikator."),
    satuan=Str("Satuan, misalnya '%', 'indeks', 'kasus'."),
    polaritas=Enum(("positif", "negatif"), "positif: makin tinggi makin baik."),
    sifat=Enum(("kumulatif", "non_kumulatif"), "Kumulatif: nilai triwulan tidak boleh turun."),
    **RULE_FIELDS,
    baseline=_obj(
        "Kondisi awal.", ("tahun", "nilai"), tahun=Int("Tahun baseline."), nilai=Number("Nilai.")
    ),
    target=Map(
        _TARGET,
        YEAR_PATTERN,
        "Tahun.",
        "Target per tahun Renstra; boleh tidak ditulis bila hanya ada target_akhir.",
    ),
    target_akhir=_TARGET,
    penanggung_jawab=Str("Slug unit yang bertanggung jawab.", pattern=SLUG_PATTERN),
    desimal=Int(
        "Jumlah desimal semua nilai indikator ini di laporan; bila kosong, tiap nilai dicetak "
        "dengan desimal seperti diketik.",
        0,
        6,
    ),
    sumber_data=Str("Sumber data."),
    formula=Str("Cara menghitung indikator."),
    standar_nasional=_obj(
        "Pembanding nasional bila ada.",
        ("nilai",),
        nilai=Number("Nilai standar."),
        sumber=Str("Sumber standar."),
    ),
)

RENSTRA = FileKind(
    name="renstra",
    title="Renstra",
    glob="reports/renstra.yml",
    doc="Rencana strategis lima tahun: tujuan, sasaran, indikator dan target per tahun.",
    spec=_obj(
        "Renstra.",
        ("periode", "tujuan"),
        periode=_obj(
            "Periode Renstra.",
            ("awal", "akhir"),
            awal=Int("Tahun awal.", 2000, 2100),
            akhir=Int("Tahun akhir.", 2000, 2100),
        ),
        dokumen=Str("Nomor dan tanggal penetapan Renstra."),
        visi=Str("Visi."),
        misi=List(Str("Misi.")),
        tujuan=List(
            _obj(
                "Tujuan.",
                ("kode", "uraian", "sasaran"),
                kode=Str("Kode tujuan, misalnya 'T1'.", pattern=CODE_PATTERN),
                uraian=Str("Rumusan tujuan."),
                sasaran=List(
                    _obj(
                        "Sasaran strategis.",
                        ("kode", "uraian", "indikator"),
                        kode=Str("Kode sasaran, misalnya 'S1'.", pattern=CODE_PATTERN),
                        uraian=Str("Rumusan sasaran."),
                        indikator=List(_INDICATOR, min_items=1),
                    ),
                    min_items=1,
                ),
            ),
        ),
    ),
)

_ACTION_PLAN = Map(
    Number("Target sampai akhir triwulan."),
    key_pattern=r"^(I|II|III|IV)$",
    key_doc="Triwulan: I, II, III atau IV.",
    doc="Rencana aksi: target sampai akhir tiap triwulan, dibaca seperti "
    "'triwulan' di realisasi.yml (kumulatif: jumlah sampai triwulan itu; "
    "triwulan IV sama dengan target tahun ini).",
)

_REVISION = _obj(
    "Revisi PK yang tercatat.",
    ("tanggal", "oleh", "alasan", "perubahan"),
    tanggal=Date("Tanggal revisi."),
    oleh=Str("Pejabat yang menyetujui revisi."),
    alasan=Str("Alasan revisi."),
    perubahan=List(
        _obj(
            "Target atau rencana aksi yang berubah (sekurang-kurangnya salah satu).",
            ("kode",),
            kode=Str("Kode indikator.", pattern=CODE_PATTERN),
            target=_TARGET,
            rencana_aksi=_ACTION_PLAN,
        ),
        min_items=1,
    ),
)

PK = FileKind(
    name="pk",
    title="Perjanjian Kinerja",
    glob="reports/<tahun>/pk.yml",
    doc="Perjanjian Kinerja satu tahun: indikator dan target, program, kegiatan dan pagu.",
    spec=_obj(
        "Perjanjian Kinerja.",
        ("tahun", "indikator", "program"),
        tahun=Int("Tahun PK; harus sama dengan folder.", 2000, 2100),
        nomor=Str("Nomor dokumen PK."),
        tanggal=Date("Tanggal penandatanganan PK."),
        indikator=List(
            _obj(
                "Indikator dan target tahun ini.",
                ("kode",),
                kode=Str("Kode indikator dari Renstra.", pattern=CODE_PATTERN),
                target=OneOf(
                    _TARGET.options,
                    doc="Target tahun ini; tanpa target, capaian diukur terhadap target_akhir "
                    "Renstra (ditandai demikian).",
                ),
                rencana_aksi=_ACTION_PLAN,
                **RULE_FIELDS,
            ),
        ),
        program=List(
            _obj(
                "Program (kode Permendagri 90/2019).",
                ("kode", "nama", "kegiatan"),
                kode=Str("Kode program, misalnya '8.01.02'.", pattern=CODE_PATTERN),
                nama=Str("Nama program."),
                sasaran=List(Str("Kode sasaran yang didukung.", pattern=CODE_PATTERN)),
                kegiatan=List(
                    _obj(
                        "Kegiatan.",
                        ("kode", "nama", "pagu", "pelaksana"),
                        kode=Str("Kode kegiatan, misalnya '8.01.02.2.01'.", pattern=CODE_PATTERN),
                        nama=Str("Nama kegiatan."),
                        pagu=Number("Pagu anggaran (rupiah).", minimum=0),
                        pelaksana=Str("Slug unit pelaksana.", pattern=SLUG_PATTERN),
                    ),
                    min_items=1,
                ),
            ),
        ),
        revisi=List(_REVISION),
    ),
)

UNIT = FileKind(
    name="unit",
    title="Metadata unit",
    glob="sections/<unit>/unit.yml",
    doc="Nama unit, kepalanya dan akun anggotanya (untuk CODEOWNERS).",
    spec=_obj(
        "Unit organisasi (Seksi/Bidang/Subbagian).",
        ("nama", "jenis", "kepala"),
        nama=Str("Nama unit."),
        jenis=Str("Jenis unit: Sekretariat, Subbagian, Bidang, Seksi, ..."),
        urutan=Int("Urutan tampil di laporan.", 0, 999),
        kepala=_PERSON,
        anggota=List(Str("Akun Git hosting anggota (tanpa @).", pattern=r"^[A-Za-z0-9-]+$")),
    ),
)

REALISATION = FileKind(
    name="realisasi",
    title="Realisasi indikator",
    glob="sections/<unit>/<tahun>/realisasi.yml",
    doc="Realisasi indikator yang menjadi tanggung jawab unit. Target tidak ditulis di sini.",
    spec=_obj(
        "Realisasi indikator satu unit satu tahun.",
        ("tahun", "indikator"),
        tahun=Int("Tahun laporan; harus sama dengan folder.", 2000, 2100),
        indikator=List(
            _obj(
                "Realisasi satu indikator.",
                ("kode",),
                kode=Str("Kode indikator dari PK.", pattern=CODE_PATTERN),
                realisasi=Number("Realisasi tahunan (kosongkan bila belum ada)."),
                tidak_tersedia=Str(
                    "Alasan resmi data tidak tersedia (misalnya 'BPS belum merilis data 2025'); "
                    "ganti realisasi, dikecualikan dari rata-rata."
                ),
                triwulan=_QUARTERLY,
                capaian=Number("Capaian (%) bila diketik; diperiksa terhadap hasil hitung."),
                sumber_data=Str("Sumber data realisasi."),
                keterangan=Str("Catatan singkat."),
            )
        ),
    ),
)

BUDGET = FileKind(
    name="anggaran",
    title="Realisasi anggaran",
    glob="sections/<unit>/<tahun>/anggaran.yml",
    doc="Realisasi anggaran kegiatan yang dilaksanakan unit. Pagu tidak ditulis di sini.",
    spec=_obj(
        "Realisasi anggaran satu unit satu tahun.",
        ("tahun", "kegiatan"),
        tahun=Int("Tahun laporan; harus sama dengan folder.", 2000, 2100),
        kegiatan=List(
            _obj(
                "Realisasi satu kegiatan.",
                ("kode",),
                kode=Str("Kode kegiatan dari PK.", pattern=CODE_PATTERN),
                realisasi=Number("Realisasi anggaran (rupiah)."),
                triwulan=_QUARTERLY,
                keterangan=Str("Catatan singkat."),
            )
        ),
    ),
)

LETTER = FileKind(
    name="surat",
    title="Surat permintaan laporan",
    glob="reports/<tahun>/surat.yml",
    doc="Surat masuk yang memulai penyusunan laporan satu tahun (langkah 1 SOP).",
    spec=_obj(
        "Surat masuk.",
        ("tahun", "nomor", "tanggal"),
        tahun=Int("Tahun laporan.", 2000, 2100),
        nomor=Str("Nomor surat."),
        tanggal=Date("Tanggal surat."),
        diterima=Date(
            "Tanggal surat diterima instansi: awal langkah 1 SOP (bawaan: tanggal surat)."
        ),
        perihal=Str("Perihal surat."),
        pengirim=Str("Pengirim surat."),
        tenggat=Date("Batas waktu penyampaian data oleh unit."),
    ),
)

HISTORY = FileKind(
    name="riwayat",
    title="Riwayat kinerja",
    glob="reports/riwayat.yml",
    doc="Angka tahun-tahun sebelum repositori (dari LKjIP yang telah terbit), untuk tabel "
    "perbandingan dan grafik. Diisi perencanaan; hanya untuk tahun yang tidak memiliki PK.",
    spec=_obj(
        "Riwayat kinerja.",
        ("riwayat",),
        riwayat=List(
            _obj(
                "Angka satu tahun sebelum repositori.",
                ("tahun", "indikator"),
                tahun=Int("Tahun; tidak boleh memiliki reports/<tahun>/pk.yml.", 2000, 2100),
                sumber=Str("Dari mana angkanya, misalnya 'LKjIP 2024 yang telah terbit'."),
                indikator=List(
                    _obj(
                        "Angka satu indikator pada tahun itu.",
                        ("kode", "realisasi"),
                        kode=Str("Kode indikator Renstra.", pattern=CODE_PATTERN),
                        target=_TARGET,
                        realisasi=Number("Realisasi tahun itu, seperti yang diterbitkan."),
                        capaian=Number(
                            "Capaian (%) seperti yang diterbitkan: dicetak apa adanya, tidak "
                            "dihitung ulang (kosongkan agar dihitung)."
                        ),
                    )
                ),
            )
        ),
    ),
)

_VERSION = Str("Versi laporan (tag rilis), misalnya 'lakip-2025-v1'.")

REGISTER_ENTRIES: dict[str, Object] = {
    "arsip": _obj(
        "Salinan cetak yang diarsipkan (langkah 5 SOP).",
        ("tanggal", "lokasi", "rangkap", "oleh", "versi"),
        tanggal=Date("Tanggal pengarsipan."),
        lokasi=Str("Tempat penyimpanan."),
        rangkap=Int("Jumlah rangkap.", 1, 1000),
        oleh=Str("Petugas yang mengarsipkan."),
        versi=_VERSION,
        catatan=Str("Catatan."),
    ),
    "ekspedisi": _obj(
        "Pengiriman laporan kepada penerima (langkah 6 SOP, buku ekspedisi).",
        ("tanggal", "penerima", "nomor_surat", "versi"),
        tanggal=Date("Tanggal pengiriman."),
        penerima=Str("Kode penerima dari profil.yml.", pattern=SLUG_PATTERN),
        nomor_surat=Str("Nomor surat pengantar."),
        versi=_VERSION,
    ),
    "tanda-terima": _obj(
        "Tanda terima yang kembali dari penerima.",
        ("tanggal", "penerima", "oleh", "versi"),
        tanggal=Date("Tanggal diterima."),
        penerima=Str("Kode penerima dari profil.yml.", pattern=SLUG_PATTERN),
        oleh=Str("Nama yang menerima."),
        versi=_VERSION,
        catatan=Str("Catatan."),
    ),
}

VERDICT = _obj(
    "Simpulan reviewer atas satu butir daftar uji. Entri lama tidak diubah: revisi ditulis "
    "sebagai entri baru untuk kode yang sama, yang terbaru berlaku.",
    ("kode", "simpulan", "tanggal"),
    kode=Str("Kode butir daftar uji reviu, misalnya 'analisis-penyebab'.", pattern=SLUG_PATTERN),
    simpulan=Enum(("memenuhi", "tidak-memenuhi"), "Simpulan reviewer atas butir ini."),
    catatan=Str("Catatan reviewer; wajib dijawab instansi bila simpulannya tidak-memenuhi."),
    tanggal=Date("Tanggal simpulan atau catatan."),
)

ANSWER = _obj(
    "Jawaban instansi atas catatan reviewer pada satu butir.",
    ("kode", "tanggal", "jawaban"),
    kode=Str("Kode butir yang dijawab (seperti di reviu.yml).", pattern=SLUG_PATTERN),
    tanggal=Date("Tanggal jawaban."),
    jawaban=Str("Jawaban atau tindak lanjut instansi."),
)

CONCLUSION = _obj(
    "Reviu selesai: halaman Pernyataan Telah Direviu dicetak di laporan final.",
    ("tanggal",),
    tanggal=Date("Tanggal pernyataan; tidak sebelum simpulan butir mana pun."),
    nomor=Str("Nomor surat pernyataan (opsional)."),
    tempat=Str("Tempat penandatanganan; bila kosong: kota instansi di profil.yml."),
)

REVIEW = FileKind(
    name="reviu",
    title="Reviu Inspektorat",
    glob="reports/<tahun>/reviu/reviu.yml",
    doc="Catatan reviu LKjIP oleh Inspektorat: tim, simpulan per butir, dan simpulan akhir. "
    "Hanya akun Inspektorat (inspektorat.akun di profil.yml) yang boleh mengubahnya.",
    spec=_obj(
        "Reviu LKjIP satu tahun.",
        ("tahun", "inspektur"),
        tahun=Int("Tahun laporan; harus sama dengan folder.", 2000, 2100),
        inspektur=_PERSON,
        reviewer=List(
            _obj(
                "Anggota tim reviu.",
                ("nama",),
                nama=Str("Nama lengkap beserta gelar."),
                nip=Str("NIP 18 digit tanpa spasi, ditulis sebagai teks.", pattern=r"^[0-9]{18}$"),
                peran=Str("Peran dalam tim, misalnya 'Ketua Tim' atau 'Anggota Tim'."),
            )
        ),
        butir=List(VERDICT),
        simpulan=CONCLUSION,
    ),
)

ANSWERS = FileKind(
    name="tanggapan",
    title="Tanggapan atas reviu",
    glob="reports/<tahun>/reviu/tanggapan.yml",
    doc="Jawaban instansi atas catatan reviu, diisi perencanaan atau sekretariat; setiap "
    "jawaban dalam perubahan (pull request) sendiri, entri lama tidak diubah.",
    spec=_obj(
        "Tanggapan instansi satu tahun.",
        ("tahun", "tanggapan"),
        tahun=Int("Tahun laporan; harus sama dengan folder.", 2000, 2100),
        tanggapan=List(ANSWER),
    ),
)

FILE_KINDS: dict[str, FileKind] = {
    kind.name: kind
    for kind in (
        PROFILE,
        RENSTRA,
        PK,
        LETTER,
        UNIT,
        REALISATION,
        BUDGET,
        HISTORY,
        REVIEW,
        ANSWERS,
    )
}
