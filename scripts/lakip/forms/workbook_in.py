"""Read a filled Excel form into its metadata and its rows by code, each cell located.

Excel and LibreOffice both save what openpyxl reads, but not the same way: shared strings,
numbers typed as text, doubles with binary noise (85.499999999999986), and extensions openpyxl
warns about. None of that reaches the user: warnings are silenced here, noise is rounded to the
15 significant digits Excel itself shows, and text is kept as typed for `values` to read.
"""

from __future__ import annotations

import warnings
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from lakip.findings import ERROR, WARNING, Finding, LakipError, finding
from lakip.forms import sheets
from lakip.office.cells import CellValue, location, read

EXCEL_DIGITS = 15  # significant digits Excel keeps and shows; beyond them a double is noise
MAX_ROWS = 5000  # rows read per sheet: a form has one per indicator or kegiatan


@dataclass(frozen=True)
class FormRow:
    """One data row: its code, its row number, and its cells by field name."""

    code: str
    number: int
    cells: dict[str, CellValue]


@dataclass
class FilledForm:
    """A filled form as read: metadata, rows by code, and what was wrong with its shape."""

    name: str  # the file as the user named it, for findings
    meta: dict[str, str]
    indicators: dict[str, FormRow] = field(default_factory=dict)
    kegiatan: dict[str, FormRow] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def refuse(self, key: str, code: str, /, **params: object) -> None:
        self.findings.append(finding(self.name, 0, key, code, ERROR, **params))

    def warn(self, key: str, code: str, /, **params: object) -> None:
        self.findings.append(finding(self.name, 0, key, code, WARNING, **params))


def read_form(path: Path, name: str) -> FilledForm:
    """The form at `path`; LakipError (exit 2) when it is no readable workbook at all."""
    try:
        with warnings.catch_warnings():
            # "Data Validation extension is not supported", "Unknown extension": Excel's x14
            # extensions and LibreOffice's additions, which openpyxl drops and the form never needs
            warnings.simplefilter("ignore")
            book = load_workbook(path, data_only=True, read_only=False)
    except FileNotFoundError as error:
        raise LakipError("form-unreadable", path=name, reason="file not found") from error
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise LakipError("form-unreadable", path=name, reason=type(error).__name__) from error
    form = FilledForm(name, _meta(book))
    if not form.meta:
        form.refuse("", "form-not-lakip", sheet=sheets.META_SHEET)
        return form
    for title, columns, target in (
        (sheets.REALISATION_SHEET, sheets.REALISATION_COLUMNS, form.indicators),
        (sheets.BUDGET_SHEET, sheets.BUDGET_COLUMNS, form.kegiatan),
    ):
        if title not in book.sheetnames:
            form.refuse("", "form-sheet-missing", sheet=title)
            continue
        _rows(form, book[title], columns, target)
    return form


def _meta(book) -> dict[str, str]:
    if sheets.META_SHEET not in book.sheetnames:
        return {}
    sheet = book[sheets.META_SHEET]
    meta = {}
    for key_cell, value_cell in sheet.iter_rows(min_row=1, max_row=50, max_col=2):
        key, value = key_cell.value, value_cell.value
        if isinstance(key, str) and key.strip() in sheets.META_KEYS:
            meta[key.strip()] = "" if value is None else _meta_text(value)
    return meta


def _meta_text(value: object) -> str:
    """A metadata value as text: a year saved back as the number 2025 is still "2025"."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _rows(form: FilledForm, sheet, columns, target: dict[str, FormRow]) -> None:
    last = min(sheet.max_row, sheets.HEADER_ROW + MAX_ROWS)
    letters = {letter: name for name, letter, _ in columns}
    for cells in sheet.iter_rows(min_row=sheets.HEADER_ROW + 1, max_row=last):
        by_field = {letters[c.column_letter]: c for c in cells if c.column_letter in letters}
        kode = by_field.get("kode")
        if kode is None or kode.value is None or not str(kode.value).strip():
            if any(_filled(c) for name, c in by_field.items() if name.endswith("_input")):
                where = location(sheet.title, cells[0].row, 1)
                form.refuse(where, "form-row-without-code")
            continue
        code = str(kode.value).strip()
        if code in target:
            where = location(sheet.title, kode.row, kode.column)
            form.refuse(where, "form-duplicate-row", code=code, first=target[code].number)
            continue
        values = {name: _denoised(read(cell)) for name, cell in by_field.items()}
        target[code] = FormRow(code, kode.row, values)


def _filled(cell) -> bool:
    return cell.value is not None and str(cell.value).strip() != ""


def _denoised(cell: CellValue) -> CellValue:
    """85.49999999999999 back to 85.5: what Excel shows, 15 significant digits."""
    value = cell.value
    if not isinstance(value, Decimal) or len(value.as_tuple().digits) <= EXCEL_DIGITS:
        return cell
    rounded = value.quantize(Decimal(1).scaleb(value.adjusted() - EXCEL_DIGITS + 1)).normalize()
    if rounded == rounded.to_integral_value():
        rounded = rounded.quantize(Decimal(1))
    return CellValue(cell.where, rounded, cell.typed_as_text)
