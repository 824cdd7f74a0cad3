"""Staff forms: `lakip formulir` writing the units' workbooks, `lakip impor` reading them back."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "form-unknown-unit": (
        "Unit '{unit}' tidak dikenal. Unit yang ada: {known}.",
        "Unknown unit '{unit}'. The units are: {known}.",
    ),
    "yaml-edit-path": (
        "Jalur '{path}' tidak sah (contoh: indikator[kode=IKU-08].realisasi). Ini kesalahan "
        "lakip; laporkan.",
        "The path '{path}' is invalid (example: indikator[kode=IKU-08].realisasi). This is a "
        "lakip bug; please report it.",
    ),
    "yaml-edit-syntax": (
        "Berkas YAML tidak dapat dibaca ({error}), jadi tidak diubah. Perbaiki dulu dengan "
        "lakip validate.",
        "The YAML file cannot be read ({error}), so it is left unchanged. Fix it first with "
        "lakip validate.",
    ),
    "yaml-edit-shape": (
        "Bentuk data di '{path}' bukan yang diharapkan (pemetaan atau daftar), jadi berkas tidak "
        "diubah. Periksa berkas itu dengan lakip validate.",
        "The data at '{path}' is not of the expected shape (a mapping or a list), so the file "
        "is left unchanged. Check it with lakip validate.",
    ),
    "yaml-edit-missing": (
        "'{path}' tidak ada di berkas, jadi berkas tidak diubah.",
        "'{path}' is not in the file, so the file is left unchanged.",
    ),
    "yaml-edit-last-key": (
        "'{path}' adalah satu-satunya kunci di tempatnya dan tidak dapat dihapus sendiri.",
        "'{path}' is the only key in its place and cannot be removed on its own.",
    ),
    "yaml-edit-value": (
        "Nilai '{value}' tidak dapat ditulis ke YAML.",
        "The value '{value}' cannot be written to YAML.",
    ),
    "yaml-edit-guard": (
        "Perubahan pada '{path}' tidak menghasilkan data yang dimaksud, jadi berkas tidak diubah. "
        "Ini kesalahan lakip; laporkan bersama berkasnya.",
        "The change at '{path}' did not give the intended data, so the file is left unchanged. "
        "This is a lakip bug; please report it with the file.",
    ),
}
