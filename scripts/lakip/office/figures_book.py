"""Turn a year's figures into the readers' workbook: every table of the report, one sheet each.

Bappeda and the BKAD copy the report's tables into their own spreadsheets. Each cell holds the
value exactly as the report prints it (the same rounding, through `formatting`), as an Excel
number with the printed precision, so what a reader sums is what the report shows. The rows are
read from the same `Figures` the PDF's tables are, never computed a second time.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from lakip import formatting as fmt
from lakip.assemble.sentences import efficiency_label, places, reason, unavailable
from lakip.assemble.tables import DASH
from lakip.compute.figures import NEGATIVE
from lakip.compute.tree import Figures, IndicatorFigures
from lakip.model import Target
from lakip.office.workbook import (
    HEADER_FONT,
    RUPIAH_FORMAT,
    fit_columns,
    new_workbook,
    number_format,
    save,
    workbook_bytes,
    write_table,
)

# The sheets, in order; the last says where the figures come from and how they were computed.
SHEETS = (
    "PK", "PK Anggaran", "Pengukuran", "Perbandingan", "Renstra", "Efisiensi", "Anggaran",
    "Keterangan",
)  # fmt: skip
PERCENT = number_format(2)
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


def write(figures: Figures, info: BookInfo, path: Path) -> None:
    """Write the workbook to `path` atomically, dated with the report's date."""
    save(workbook(figures, info), path, _when(info))


def to_bytes(figures: Figures, info: BookInfo) -> bytes:
    """The workbook's bytes, identical to what `write` puts in a file."""
    return workbook_bytes(workbook(figures, info), _when(info))


def workbook(figures: Figures, info: BookInfo) -> Workbook:
    """The workbook: PK, measurement, comparison, Renstra progress, efficiency, budget, notes."""
    book = new_workbook()
    year = figures.year
    tables = (
        (f"Perjanjian Kinerja Tahun {year}", *_pk(figures)),
        (f"Program, Kegiatan dan Anggaran Perjanjian Kinerja Tahun {year}", *_pk_budget(figures)),
        (f"Pengukuran Kinerja Tahun {year}", *_measurement(figures)),
        (f"Perbandingan Realisasi dan Capaian Tahun {year - 2}–{year}", *_comparison(figures)),
        ("Kemajuan terhadap Target Akhir Renstra", *_progress(figures)),
        (f"Efisiensi Penggunaan Sumber Daya Tahun {year}", *_efficiency(figures)),
        (f"Realisasi Anggaran per Program dan Kegiatan Tahun {year}", *_budget(figures)),
    )
    for name, (title, headers, rows, total) in zip(SHEETS, tables, strict=False):
        sheet = book.create_sheet(name)
        sheet.cell(row=1, column=1, value=_title(title, info)).font = _TITLE_FONT
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
    _notes(book.create_sheet(SHEETS[-1]), figures, info)
    return book


Cell = tuple[object, str | None]  # a value and its number format (None: as it is)


def _title(title: str, info: BookInfo) -> str:
    mark = " (DRAF)" if info.draft else ""
    return f"{title}: {info.agency}{mark}"


def _when(info: BookInfo) -> datetime.datetime:
    return datetime.datetime.combine(info.date, datetime.time(), datetime.UTC)


def _shown(text: str) -> Cell:
    """A number as `formatting` prints it (`1.684`, `0,0189`), back as the number it shows."""
    whole, _, decimals = text.partition(",")
    value = Decimal(whole.replace(".", "").replace("−", "-") + ("." + decimals if decimals else ""))
    return value, number_format(len(decimals))


def _measure(value: Decimal | None, decimals: int) -> Cell:
    return (DASH, None) if value is None else _shown(fmt.measure(value, decimals))


def _percent(value: Decimal | None) -> Cell:
    return (DASH, None) if value is None else (fmt.round_half_up(value, 2), PERCENT)


def _money(value: Decimal | None) -> Cell:
    return (DASH, None) if value is None else (fmt.round_half_up(value, 0), RUPIAH_FORMAT)


def _text(value: str | None) -> Cell:
    """Text as it is; a missing value (no category, no label) as the report's dash."""
    return (DASH if value is None else value), None


def _target(target: Target | None, decimals: int) -> Cell:
    """A single target as a number; a range as the report prints it (`82–88,30`), as text."""
    if target is None:
        return DASH, None
    if target.is_range:
        return fmt.target(target, decimals), None
    return _measure(target.low, decimals)


def _realised(f: IndicatorFigures) -> Cell:
    if f.unavailable:
        return _text(unavailable(f.unavailable))
    return _measure(f.realisation, places(f))


def _pk(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    sasaran = {s.sasaran.code: s.sasaran.text for s in figures.sasaran}
    rows = [
        [
            _text(f.indicator.sasaran),
            _text(sasaran.get(f.indicator.sasaran)),
            _text(f.indicator.code),
            _text(f.indicator.text),
            _text(f.indicator.unit),
            _target(f.target, places(f)),
            _text("target akhir Renstra" if f.against_end else ""),
        ]
        for f in figures.indicators
    ]
    headers = ["Kode Sasaran", "Sasaran Strategis", "Kode", "Indikator Kinerja", "Satuan"]
    return [*headers, "Target", "Keterangan"], rows, False


def _pk_budget(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = []
    for p in figures.budget.programmes:
        rows.append([_text(p.programme.code), _text(p.programme.name), _money(p.pagu)])
        rows += [[_text(k.kegiatan.code), _text(k.kegiatan.name), _money(k.pagu)]
                 for k in p.kegiatan]  # fmt: skip
    rows.append([_text(""), _text("Jumlah"), _money(figures.budget.pagu)])
    return ["Kode", "Program / Kegiatan", "Anggaran"], rows, True


def _measurement(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = [
        [
            _text(f.indicator.code),
            _text(f.indicator.text),
            _text(f.indicator.unit),
            _target(f.target, places(f)),
            _realised(f),
            _text("tidak tersedia") if f.unavailable else _percent(f.capaian.value),
            _text(f.category),
            _text(_why(f)),
        ]
        for f in figures.indicators
    ]
    headers = ["Kode", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    return [*headers, "Kategori", "Keterangan"], rows, False


def _why(f: IndicatorFigures) -> str:
    if f.capaian.value is None and not f.unavailable:
        return f"capaian tidak dapat dihitung karena {reason(f.capaian)}"
    return "diukur terhadap target akhir Renstra" if f.against_end else ""


def _comparison(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    years = [figures.year - 2, figures.year - 1, figures.year]
    rows = []
    for f in figures.indicators:
        by_year = {h.year: h for h in f.history}
        cells = [_text(f.indicator.code), _text(f.indicator.text), _text(f.indicator.unit)]
        for y in years:
            h = by_year.get(y)
            if h and h.unavailable:
                cells += [_text(unavailable(h.unavailable)), _text("tidak tersedia")]
                continue
            cells += [
                _measure(h.realisation if h else None, places(f)),
                _percent(h.capaian.value if h else None),
            ]
        rows.append(cells)
    headers = ["Kode", "Indikator Kinerja", "Satuan"]
    for y in years:
        headers += [f"Realisasi {y}", f"Capaian {y} (%)"]
    return headers, rows, False


def _progress(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = []
    for f in figures.indicators:
        p, n = f.progress, places(f)
        rows.append(
            [
                _text(f.indicator.code),
                _text(f.indicator.text),
                _text(f.indicator.unit),
                _target(p.end_target if p else None, n),
                _realised(f),
                _percent(p.capaian.value if p else None),
                _measure(p.gap if p else None, n),
            ]
        )
    headers = ["Kode", "Indikator Kinerja", "Satuan", "Target Akhir"]
    headers += [f"Realisasi {figures.year}", "Capaian terhadap Target Akhir (%)", "Kekurangan"]
    return headers, rows, False


def _efficiency(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = [
        [
            _text(s.sasaran.code),
            _text(s.sasaran.text),
            _percent(s.capaian),
            _text(s.category),
            _money(s.pagu),
            _money(s.realisation),
            _percent(s.serapan),
            (DASH, None) if s.efficiency is None else (fmt.round_half_up(s.efficiency), PERCENT),
            _text(efficiency_label(s.efficiency_label)),
        ]
        for s in figures.sasaran
    ]
    headers = ["Kode", "Sasaran Strategis", "Rata-rata Capaian (%)", "Kategori", "Pagu"]
    headers += ["Realisasi", "Serapan (%)", "Selisih (poin)", "Kategori Efisiensi"]
    return headers, rows, False


def _budget(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = []
    for p in figures.budget.programmes:
        rows.append(_money_row(p.programme.code, p.programme.name, p))
        rows += [_money_row(k.kegiatan.code, k.kegiatan.name, k) for k in p.kegiatan]
    rows.append(_money_row("", "Jumlah", figures.budget))
    headers = ["Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Serapan (%)", "Sisa"]
    return headers, rows, True


def _money_row(code: str, name: str, line) -> list[Cell]:
    return [
        _text(code),
        _text(name),
        _money(line.pagu),
        _money(line.realisation),
        _percent(line.serapan),
        _money(line.remaining),
    ]


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
    sheet.cell(row=1, column=1, value=_title("Keterangan", info)).font = _TITLE_FONT
    write_table(sheet, ["Hal", "Keterangan"], rows, first_row=_FIRST_ROW)
    fit_columns(sheet)
