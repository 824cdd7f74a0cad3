"""Turn a unit's form rows into the Excel workbook its staff fill in (sheets.py is its shape).

What planning owns (codes, targets, rencana aksi, pagu) is locked by sheet protection without a
password, so nobody changes a target by accident; the cells a person fills are unlocked, light
yellow, and checked by Excel itself as they are typed: a count takes whole numbers only, rupiah
whole rupiah, anything else a number. Values are written as numbers, never as text, with the
decimals the report prints the indicator with; Excel shows them in the reader's own separators.
"""

from __future__ import annotations

import datetime

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from lakip import __version__
from lakip import formatting as fmt
from lakip.forms import sheets
from lakip.forms.out.guide import (
    COUNT_INPUT,
    GUIDE,
    INPUT_HINT,
    NO_INDICATORS,
    NO_KEGIATAN,
    NUMBER_INPUT,
    RUPIAH_INPUT,
    TEXT_INPUT,
    UNAVAILABLE_NOTE,
    Validation,
)
from lakip.forms.rows import FormRows, IndicatorRow, KegiatanRow, pk_fingerprint
from lakip.load.conform import MAX_TEXT
from lakip.office.workbook import (
    INPUT_FILL,
    RUPIAH_FORMAT,
    TEXT_FORMAT,
    UNLOCKED,
    new_workbook,
    number_format,
    write_table,
)

TITLE_FONT = Font(bold=True, size=12)
_TOP = Alignment(vertical="top")
# Column widths in characters, by letter; the title rows would mislead `fit_columns`.
REALISATION_WIDTHS = {
    "A": 10, "B": 48, "C": 10, "D": 10, "E": 12, "F": 12, "G": 12, "H": 12, "I": 36, "J": 28,
    **{letter: 11 for letter in "KLMNOPQR"},
}  # fmt: skip
GUIDE_WIDTH = 70  # characters: a portrait A4 page, printed without shrinking
BUDGET_WIDTHS = {"A": 16, "B": 60, "C": 18, "D": 18, "E": 36}
_LINE_HEIGHT = 15  # points per line of the default 11-point font
_NUMBER_LIMIT = "1000000000000000"  # Excel's data validation needs bounds; 10^15 is beyond any


def form_workbook(rows: FormRows, made: datetime.date) -> Workbook:
    """The unit's workbook: Realisasi, Anggaran, Petunjuk and the very hidden metadata sheet."""
    book = new_workbook()
    _realisation_sheet(book.create_sheet(sheets.REALISATION_SHEET), rows)
    _budget_sheet(book.create_sheet(sheets.BUDGET_SHEET), rows)
    _guide_sheet(book.create_sheet(sheets.GUIDE_SHEET), rows)
    _meta_sheet(book.create_sheet(sheets.META_SHEET), rows, made)
    # No password: the lock guards against accidents, not against a determined person, and a
    # forgotten password would lock the unit out of its own form. The structure lock keeps the
    # sheets' names, which the importer finds them by.
    book.security = WorkbookProtection(lockStructure=True)
    book.active = 0
    return book


def _realisation_sheet(sheet: Worksheet, rows: FormRows) -> None:
    names = {"n2": rows.year - 2, "n1": rows.year - 1, "year": rows.year}
    titles = [title.format(**names) for _, _, title in sheets.REALISATION_COLUMNS]
    _title_rows(
        sheet, rows, "Formulir Realisasi Kinerja", NO_INDICATORS if not rows.indicators else ""
    )
    write_table(sheet, titles, (_indicator_values(r) for r in rows.indicators),
                first_row=sheets.HEADER_ROW)  # fmt: skip
    numbers = DataValidation("decimal", operator="between", formula1=f"-{_NUMBER_LIMIT}",
                             formula2=_NUMBER_LIMIT, allow_blank=True)  # fmt: skip
    counts = DataValidation("whole", operator="between", formula1="0", formula2=_NUMBER_LIMIT,
                            allow_blank=True)  # fmt: skip
    texts = _text_check()
    _explain(numbers, NUMBER_INPUT)
    _explain(counts, COUNT_INPUT)
    for offset, row in enumerate(rows.indicators, start=sheets.HEADER_ROW + 1):
        shown = number_format(0 if row.count else row.decimals)
        for field, letter, _ in sheets.REALISATION_COLUMNS:
            cell = sheet[f"{letter}{offset}"]
            if field in _NUMERIC_FIELDS or (field == "target" and _numeric_target(row)):
                cell.number_format = shown
            if field.endswith("_input"):
                _unlock(cell)
                if field in _NUMERIC_FIELDS:
                    (counts if row.count else numbers).add(cell)
                else:
                    cell.number_format = TEXT_FORMAT
                    texts.add(cell)
        if row.unavailable:
            _unavailable_note(sheet, offset, row.unavailable)
    for validation in (numbers, counts, texts):
        if validation.sqref.ranges:
            sheet.add_data_validation(validation)
    _finish(sheet, REALISATION_WIDTHS, freeze=f"C{sheets.HEADER_ROW + 1}")


_NUMERIC_FIELDS = {
    "realisasi_n2", "realisasi_n1", "realisasi_input",
    *(f"target_{q}" for q in sheets.QUARTERS), *(f"triwulan_{q}_input" for q in sheets.QUARTERS),
}  # fmt: skip


def _unavailable_note(sheet: Worksheet, row: int, reason: str) -> None:
    """No cell holds an official "tidak tersedia": say it, with its reason, on the empty value."""
    column = sheets.column_of(sheets.REALISATION_COLUMNS, "realisasi_input")
    note = Comment(UNAVAILABLE_NOTE.format(reason=reason), "lakip")
    note.width, note.height = 260, 90  # points: the default box cuts the sentence
    sheet[f"{column}{row}"].comment = note


def _numeric_target(row: IndicatorRow) -> bool:
    """A single annual target is a number; a range or an end target is the report's text."""
    return row.target is not None and not row.target.is_range and not row.end_only


def _indicator_values(row: IndicatorRow) -> list[object]:
    values = {
        "kode": row.code,
        "indikator": row.text,
        "satuan": row.unit,
        "polaritas": row.polarity.capitalize(),
        "realisasi_n2": row.previous[0],
        "realisasi_n1": row.previous[1],
        "target": row.target.low if _numeric_target(row) else row.target_text,
        "realisasi_input": row.realisation,
        "sumber_data_input": row.data_source or None,
        "keterangan_input": row.note or None,
    }
    for quarter in sheets.QUARTERS:
        values[f"target_{quarter}"] = row.quarter_targets.get(quarter)
        values[f"triwulan_{quarter}_input"] = row.quarters.get(quarter)
    return [values[field] for field, _, _ in sheets.REALISATION_COLUMNS]


def _budget_sheet(sheet: Worksheet, rows: FormRows) -> None:
    titles = [title for _, _, title in sheets.BUDGET_COLUMNS]
    _title_rows(
        sheet, rows, "Formulir Realisasi Anggaran", NO_KEGIATAN if not rows.kegiatan else ""
    )
    write_table(sheet, titles, (_kegiatan_values(k) for k in rows.kegiatan),
                first_row=sheets.HEADER_ROW)  # fmt: skip
    rupiah = DataValidation("whole", operator="between", formula1="0", formula2=_NUMBER_LIMIT,
                            allow_blank=True)  # fmt: skip
    _explain(rupiah, RUPIAH_INPUT)
    texts = _text_check()
    pagu = sheets.column_of(sheets.BUDGET_COLUMNS, "pagu")
    spent = sheets.column_of(sheets.BUDGET_COLUMNS, "realisasi_input")
    note = sheets.column_of(sheets.BUDGET_COLUMNS, "keterangan_input")
    for offset in range(sheets.HEADER_ROW + 1, sheets.HEADER_ROW + 1 + len(rows.kegiatan)):
        sheet[f"{pagu}{offset}"].number_format = RUPIAH_FORMAT
        sheet[f"{spent}{offset}"].number_format = RUPIAH_FORMAT
        sheet[f"{note}{offset}"].number_format = TEXT_FORMAT
        _unlock(sheet[f"{spent}{offset}"])
        _unlock(sheet[f"{note}{offset}"])
        rupiah.add(sheet[f"{spent}{offset}"])
        texts.add(sheet[f"{note}{offset}"])
    for validation in (rupiah, texts):
        if validation.sqref.ranges:
            sheet.add_data_validation(validation)
    _finish(sheet, BUDGET_WIDTHS, freeze=f"C{sheets.HEADER_ROW + 1}")


def _kegiatan_values(row: KegiatanRow) -> list[object]:
    values = {
        "kode": row.code,
        "nama": row.name,
        "pagu": row.pagu,
        "realisasi_input": row.realisation,
        "keterangan_input": row.note or None,
    }
    return [values[field] for field, _, _ in sheets.BUDGET_COLUMNS]


def _guide_sheet(sheet: Worksheet, rows: FormRows) -> None:
    name = sheets.form_name(rows.year, rows.unit)
    lines = [line.format(year=rows.year, unit=rows.unit_name, file=name) for line in GUIDE]
    for number, line in enumerate(lines, start=1):
        cell = sheet.cell(row=number, column=1, value=line or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if number == 1 or (line and not line.startswith(("-", " ")) and line.endswith(":")):
            cell.font = TITLE_FONT if number == 1 else Font(bold=True)
    sheet.column_dimensions["A"].width = GUIDE_WIDTH
    _fit_rows(sheet, {"A": GUIDE_WIDTH}, first_row=1)
    _page_setup(sheet, "portrait")
    sheet.protection.sheet = True


def _meta_sheet(sheet: Worksheet, rows: FormRows, made: datetime.date) -> None:
    """Key in A, value in B, every value as text (the year too), in `sheets.META_KEYS` order."""
    values = {
        sheets.META_FORMAT: sheets.FORMAT_VERSION,
        sheets.META_UNIT: rows.unit,
        sheets.META_YEAR: str(rows.year),
        sheets.META_PK: pk_fingerprint(rows),
        sheets.META_MADE: made.isoformat(),
        sheets.META_LAKIP: __version__,
    }
    for number, key in enumerate(sheets.META_KEYS, start=1):
        sheet.cell(row=number, column=1, value=key)
        sheet.cell(row=number, column=2, value=values[key]).number_format = TEXT_FORMAT
    sheet.sheet_state = "veryHidden"
    sheet.protection.sheet = True


def _title_rows(sheet: Worksheet, rows: FormRows, title: str, empty_note: str) -> None:
    """Rows 1 to HEADER_ROW - 1: what the form is, for whom, under which PK, and what to fill."""
    signed = ""
    if rows.pk_date:
        signed = " tanggal " + fmt.date_long(datetime.date.fromisoformat(rows.pk_date))
    lines = (
        f"{title} Tahun {rows.year}",
        f"{rows.agency} — {rows.unit_name}",
        f"Perjanjian Kinerja Nomor {rows.pk_number}{signed}",
        empty_note or INPUT_HINT,
    )
    for number, line in enumerate(lines[: sheets.HEADER_ROW - 1], start=1):
        cell = sheet.cell(row=number, column=1, value=line)
        cell.alignment = _TOP
        if number == 1:
            cell.font = TITLE_FONT


def _finish(sheet: Worksheet, widths: dict[str, int], freeze: str) -> None:
    """Widths, the frozen header and codes, printing on landscape pages, and the lock."""
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    _fit_rows(sheet, widths, first_row=sheets.HEADER_ROW)
    sheet.freeze_panes = freeze
    sheet.print_title_rows = f"{sheets.HEADER_ROW}:{sheets.HEADER_ROW}"
    _page_setup(sheet, "landscape")
    protection = sheet.protection
    protection.sheet = True
    # Widths and heights stay the person's to change: a long source of data needs room.
    protection.formatColumns = protection.formatRows = False


def _page_setup(sheet: Worksheet, orientation: str) -> None:
    """A4, as wide as the page: a form is printed to be signed or filed as often as not."""
    sheet.page_setup.orientation = orientation
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _fit_rows(sheet: Worksheet, widths: dict[str, int], first_row: int) -> None:
    """Heights for wrapped text from `first_row` down: neither Excel nor LibreOffice grows a row
    of a file they did not lay out, so a long indicator would hide its second line."""
    for row in sheet.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if isinstance(cell.value, str) and cell.column_letter in widths:
                per_line = max(widths[cell.column_letter] - 2, 1)
                lines = max(lines, -(-len(cell.value) // per_line))  # ceiling division
        sheet.row_dimensions[row[0].row].height = _LINE_HEIGHT * lines


def _unlock(cell) -> None:
    cell.protection = UNLOCKED
    cell.fill = INPUT_FILL


def _text_check() -> DataValidation:
    """The length `load` allows a text value (sumber_data, keterangan), checked as it is typed."""
    check = DataValidation("textLength", operator="lessThanOrEqual", formula1=str(MAX_TEXT),
                           allow_blank=True)  # fmt: skip
    _explain(check, Validation(*(part.format(limit=MAX_TEXT) for part in TEXT_INPUT)))
    return check


def _explain(validation: DataValidation, text: Validation) -> None:
    """Excel's input message and its refusal, in Indonesian."""
    validation.promptTitle, validation.prompt = text.prompt_title, text.prompt
    validation.errorTitle, validation.error = text.error_title, text.error
    validation.showInputMessage = validation.showErrorMessage = True
    validation.errorStyle = "stop"
