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
}
