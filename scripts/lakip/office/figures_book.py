"""Turn a year's figures into the readers' workbook: every table of the report, one sheet each.

Bappeda and the BKAD copy the report's tables into their own spreadsheets. Each cell holds the
value exactly as the report prints it (the same rounding, through `formatting`), as an Excel
number with the printed precision, so what a reader sums is what the report shows. The rows are
read from the same `Figures` the PDF's tables are, never computed a second time.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Font

from lakip import formatting as fmt
from lakip.assemble.tables import DASH
from lakip.compute.figures import NEGATIVE
from lakip.compute.tree import Figures
from lakip.office.figures_tables import tables
from lakip.office.workbook import (
    HEADER_FONT,
    fit_columns,
    new_workbook,
    workbook_bytes,
    write_table,
)

# The sheets, in order; the last says where the figures come from and how they were computed.
SHEETS = (
    "PK", "PK Anggaran", "Pengukuran", "Perbandingan", "Renstra", "Standar Nasional",
    "Efisiensi", "Anggaran", "Keterangan",
)  # fmt: skip
_TITLE_FONT = Font(bold=True, size=12)
_FIRST_ROW = 3  # the title on row 1, a blank row, then the header
_RULES = {
    "2T-R": "(2 × Target − Realisasi) / Target × 100, paling rendah 0",
    "T/R": "Target / Realisasi × 100",
    "R/T": "Realisasi / Target × 100 (capaian di bawah 100% berarti lebih baik)",
}


@dataclass(frozen=True)
class BookInfo:
    """What the title rows and the Keterangan sheet say about where the figures come from."""

    agency: str
    year: int
    draft: bool
    date: datetime.date
    source: str = ""  # the repository's address, or ""
    commit: str = ""  # the commit the figures were computed from, or ""


def file_name(year: int) -> str:
    """The download's name on the site, beside `capaian-YYYY.csv`."""
    return f"tabel-kinerja-{year}.xlsx"


def to_bytes(figures: Figures, info: BookInfo) -> bytes:
    """The workbook's bytes, dated with the report's date: the same figures give the same bytes."""
    return workbook_bytes(workbook(figures, info), _when(info))


def workbook(figures: Figures, info: BookInfo) -> Workbook:
    """The workbook: a sheet per table of the report (`figures_tables`), then the notes."""
    book = new_workbook()
    for name, title, headers, rows, total in tables(figures):
        sheet = book.create_sheet(name)
        values = [[value for value, _ in row] for row in rows]
        last = write_table(sheet, headers, values, first_row=_FIRST_ROW)
        for row_number, row in enumerate(rows, start=_FIRST_ROW + 1):
            for column, (_, number) in enumerate(row, start=1):
                if number:
                    sheet.cell(row=row_number, column=column).number_format = number
        if total:
            for cell in sheet[last]:
                cell.font = HEADER_FONT
        fit_columns(sheet)
        _put_title(sheet, _title(title, info))
    _notes(book.create_sheet(SHEETS[-1]), figures, info)
    return book


def _title(title: str, info: BookInfo) -> str:
    mark = " (DRAF)" if info.draft else ""
    return f"{title}: {info.agency}{mark}"


def _put_title(sheet, title: str) -> None:
    """The title over the table, after the columns are sized: it runs on across empty cells."""
    cell = sheet.cell(row=1, column=1, value=title)
    cell.font, cell.data_type = _TITLE_FONT, "s"


def _when(info: BookInfo) -> datetime.datetime:
    return datetime.datetime.combine(info.date, datetime.time(), datetime.UTC)


def _notes(sheet, figures: Figures, info: BookInfo) -> None:
    """Where the figures come from and how they were computed, for a reader who checks them."""
    settings = figures.settings
    negative = _RULES.get(settings.negative_rule, settings.negative_rule)
    above, below = fmt.decimal2(settings.efficient_above), fmt.decimal2(settings.inefficient_below)
    cap = "tanpa batas" if settings.cap is None else f"paling tinggi {fmt.decimal2(settings.cap)}%"
    bands = ", ".join(band.name for band in settings.categories)
    rows = [
        ("Instansi", info.agency),
        ("Tahun", str(info.year)),
        ("Status", "DRAF (belum final)" if info.draft else "Final"),
        ("Tanggal data", fmt.date_long(info.date)),
        ("Sumber", info.source or DASH),
        ("Commit", info.commit or DASH),
        ("Capaian, polaritas positif", "Realisasi / Target × 100"),
        ("Capaian, polaritas negatif", negative),
        ("Rata-rata capaian sasaran", f"rata-rata capaian indikatornya ({cap} per indikator)"),
        ("Kategori capaian", bands),
        ("Serapan anggaran", "Realisasi / Pagu × 100"),
        ("Efisiensi", f"Rata-rata capaian − Serapan: di atas {above} efisien, "
         f"{below} sampai {above} cukup efisien, di bawah {below} tidak efisien"),
        ("Pembulatan", "setiap nilai dibulatkan seperti tercetak dalam laporan (setengah ke atas); "
         f"nilai tepat ada di capaian-{info.year}.json"),
        ("Indikator polaritas negatif", ", ".join(
            f.indicator.code for f in figures.indicators if f.indicator.polarity == NEGATIVE
        ) or DASH),
    ]  # fmt: skip
    write_table(sheet, ["Hal", "Keterangan"], rows, first_row=_FIRST_ROW)
    fit_columns(sheet)
    _put_title(sheet, _title("Keterangan", info))
