"""Staff files in and readers' files out (issue 15): the readers' workbook, the finance import.

The Excel and Word paths of the staff forms share this catalogue.
"""

CATALOGUE: dict[str, tuple[str, str]] = {
    # `lakip figures --format xlsx`
    "figures-xlsx-terminal": (
        "Buku kerja Excel tidak dicetak ke layar. Tulis ke berkas dengan --out BERKAS.xlsx, "
        "atau alihkan keluaran: lakip figures --format xlsx > tabel.xlsx",
        "An Excel workbook is not printed to a terminal. Write it to a file with "
        "--out FILE.xlsx, or redirect the output: lakip figures --format xlsx > tables.xlsx",
    ),
    "figures-out-only-xlsx": (
        "--out hanya untuk --format xlsx; format {format} dicetak ke layar (alihkan dengan >).",
        "--out is only for --format xlsx; format {format} is printed (redirect it with >).",
    ),
    "figures-xlsx-changed": (
        "{path} berubah saat ditulis (program lain menulisnya juga?); jalankan lagi.",
        "{path} changed while it was written (another program writing it?); run again.",
    ),
    "figures-xlsx-written": (
        "Buku kerja tabel kinerja ditulis: {path} ({sheets} lembar)",
        "Performance tables workbook written: {path} ({sheets} sheets)",
    ),
    # `lakip impor-anggaran`: the finance system's realisation export
    "finance-unreadable": (
        "Ekspor anggaran {path} tidak dapat dibaca: {reason}",
        "The budget export {path} cannot be read: {reason}",
    ),
    "finance-too-big": (
        "{path} lebih dari {limit} MB: bukan ekspor realisasi anggaran. Periksa berkasnya.",
        "{path} is over {limit} MB: not a budget realisation export. Check the file.",
    ),
    "finance-save-as-xlsx": (
        "{path} bukan XLSX atau CSV (berkas .xls lama atau halaman HTML). Buka di Excel atau "
        "LibreOffice, simpan sebagai .xlsx, lalu impor berkas itu.",
        "{path} is no XLSX or CSV (an old .xls or an HTML page). Open it in Excel or "
        "LibreOffice, save it as .xlsx, and import that file.",
    ),
    "finance-no-sheet": (
        "{path} tidak memiliki lembar '{sheet}' (pengaturan.impor_anggaran.lembar di "
        "reports/profil.yml). Lembar yang ada: {sheets}.",
        "{path} has no sheet '{sheet}' (pengaturan.impor_anggaran.lembar in "
        "reports/profil.yml). Its sheets: {sheets}.",
    ),
    "finance-no-header": (
        "{path}: baris judul kolom tidak ditemukan; dicari kolom kode ({codes}) dan kolom "
        "realisasi ({realisation}). Tulis judul kolom ekspor Anda di pengaturan.impor_anggaran "
        "reports/profil.yml (kolom_kode, kolom_realisasi, baris_judul).",
        "{path}: no header row found; looked for a code column ({codes}) and a realisation "
        "column ({realisation}). Write your export's headers in pengaturan.impor_anggaran of "
        "reports/profil.yml (kolom_kode, kolom_realisasi, baris_judul).",
    ),
    "finance-unknown-unit": (
        "Unit '{unit}' tidak dikenal. Unit yang ada: {known}.",
        "Unknown unit '{unit}'. The units: {known}.",
    ),
    "finance-kegiatan-missing": (
        "kegiatan {code} dari PK tidak ada di ekspor {file}; realisasinya tidak diubah",
        "kegiatan {code} of the PK is not in the export {file}; its realisation is unchanged",
    ),
    "finance-duplicate-code": (
        "baris {row}, kolom {column}: kode {code} sudah ada di baris {first}; hapus salah satunya",
        "row {row}, column {column}: code {code} is already on row {first}; remove one of them",
    ),
    "finance-code-unknown": (
        "baris {row}, kolom {column}: kode {code} bukan kegiatan atau sub kegiatan di PK; "
        "baris ini dilewati",
        "row {row}, column {column}: code {code} is no kegiatan or sub-kegiatan of the PK; "
        "the row is skipped",
    ),
    "finance-pagu-differs": (
        "baris {row}, kolom {column}: pagu kegiatan {code} di ekspor {export}, di PK {pk}; "
        "bila anggaran berubah, ubah PK melalui revisi",
        "row {row}, column {column}: the pagu of kegiatan {code} is {export} in the export and "
        "{pk} in the PK; if the budget changed, change the PK through a revision",
    ),
    "finance-money-unreadable": (
        "baris {row}, kolom {column}: '{text}' bukan jumlah rupiah (contoh: 1.250.000 atau "
        "1250000)",
        "row {row}, column {column}: '{text}' is no rupiah amount (e.g. 1.250.000 or 1250000)",
    ),
    "finance-money-fraction": (
        "baris {row}, kolom {column}: '{text}' terbaca {read}, dengan sen; realisasi ditulis "
        "dalam rupiah utuh",
        "row {row}, column {column}: '{text}' reads as {read}, with a fraction; realisations "
        "are whole rupiah",
    ),
    "finance-no-budget-file": (
        "{path} belum ada: buka tahun {year} dengan lakip new lebih dulu",
        "{path} does not exist: open the year {year} with lakip new first",
    ),
    "finance-write-changed": (
        "{path} berubah saat ditulis (program lain menulisnya juga?); jalankan lagi.",
        "{path} changed while it was written (another program writing it?); run again.",
    ),
    "finance-change": (
        "{path}: {code} realisasi {old} -> {new}",
        "{path}: {code} realisation {old} -> {new}",
    ),
    "finance-written": (
        "{matched} kegiatan cocok dengan ekspor; {changed} realisasi diperbarui di {files} berkas.",
        "{matched} kegiatan matched the export; {changed} realisations updated in {files} files.",
    ),
    "finance-dry-run": (
        "{matched} kegiatan cocok dengan ekspor; {changed} realisasi akan diperbarui "
        "(--dry-run: tidak ada yang ditulis).",
        "{matched} kegiatan matched the export; {changed} realisations would be updated "
        "(--dry-run: nothing written).",
    ),
    "finance-unchanged": (
        "{matched} kegiatan cocok dengan ekspor; semua realisasi sudah sama, tidak ada yang "
        "ditulis.",
        "{matched} kegiatan matched the export; every realisation is already the same, nothing "
        "written.",
    ),
}
