"""Staff forms: `lakip formulir` writing the units' workbooks, `lakip impor` reading them back."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "form-unknown-unit": (
        "Unit '{unit}' tidak dikenal. Unit yang ada: {known}.",
        "Unknown unit '{unit}'. The units are: {known}.",
    ),
    "form-no-duty": (
        "Unit '{unit}' tidak memiliki indikator maupun kegiatan dalam PK {year}, jadi tidak ada "
        "formulir untuknya. Unit yang melapor tahun itu: {units}.",
        "Unit '{unit}' has no indicator and no kegiatan in the PK of {year}, so there is no form "
        "for it. The units reporting that year: {units}.",
    ),
    "form-validating": ("memvalidasi data ...", "validating the data ..."),
    "form-written": ("formulir {unit}: {path}", "form of {unit}: {path}"),
    "form-done": (
        "{count} formulir tahun {year} ditulis di {folder}. Kirim setiap berkas ke unitnya; "
        "berkas yang sudah diisi dibaca kembali dengan 'lakip impor'.",
        "{count} forms of {year} written to {folder}. Send each file to its unit; filled files "
        "are read back with 'lakip impor'.",
    ),
}
