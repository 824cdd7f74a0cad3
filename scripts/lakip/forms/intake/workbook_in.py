"""Read a filled Excel form, check it belongs here, and turn its cells into edits of the YAML.

Excel and LibreOffice both save what openpyxl reads, but not the same way: shared strings,
numbers typed as text, doubles with binary noise (85.499999999999986), and extensions openpyxl
warns about. None of that reaches the user: warnings are silenced here, noise is rounded to the
15 significant digits Excel itself shows, and text is kept as typed.

An empty input cell edits nothing: the YAML keeps what it has. A number typed as text ("85,5",
"1.912", "Rp 1.250.000", "72,4 %") is read the way an Indonesian office writes numbers, and a
warning says how it was read, so a misreading is seen before the report is built.

A form for another unit or year, or made before a PK revision, is refused with the reason; the
person gets a new one from `lakip formulir`. Rows are matched by code: a row deleted is named
(its data stays as it is), an unknown code is refused (its figures would go nowhere), and a
locked cell changed is reported with the PK's value, which stays in force.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path, PurePath

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from lakip.findings import ERROR, WARNING, Finding, LakipError, finding
from lakip.forms import sheets
from lakip.forms.rows import FormRows, form_rows, pk_fingerprint
from lakip.load.conform import number_from_text
from lakip.load.yamlfile import hidden_characters
from lakip.model import Project
from lakip.office.cells import CellValue, location, read
from lakip.validate.numbers import rupiah, shown, with_unit

EXCEL_DIGITS = 15  # significant digits Excel keeps and shows; beyond them a double is noise
MAX_ROWS = 5000  # rows read per sheet: a form has one per indicator or kegiatan
MAX_FORM_BYTES = 10 * 1024 * 1024  # a unit's form is tens of kilobytes; more is another file
_FORM_NAME = re.compile(r"^formulir-(\d{4})-(.+)$")  # formulir-<year>-<unit>
REALISATION = "realisasi"
BUDGET = "anggaran"


@dataclass(frozen=True)
class Edit:
    """Set `key` (`realisasi`, `triwulan.II`, `sumber_data`) of item `code` in file `kind`."""

    kind: str  # REALISATION or BUDGET
    code: str
    key: str
    value: Decimal | str
    cell: str  # "Realisasi!H7"


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
        size = path.stat().st_size
    except OSError as error:
        raise LakipError("form-unreadable", path=name, reason=error.strerror or "?") from error
    if size > MAX_FORM_BYTES:
        raise LakipError("form-too-large", path=name, size=size, limit=MAX_FORM_BYTES)
    try:
        with warnings.catch_warnings():
            # "Data Validation extension is not supported", "Unknown extension": Excel's x14
            # extensions and LibreOffice's additions, which openpyxl drops and the form never needs
            warnings.simplefilter("ignore")
            book = load_workbook(path, data_only=True, read_only=False)
    except (InvalidFileException, zipfile.BadZipFile, OSError) as error:
        raise LakipError("form-unreadable", path=name, reason=type(error).__name__) from error
    except Exception as error:  # noqa: BLE001 - a damaged file breaks openpyxl in many ways
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
        for name, cell in by_field.items():
            if name.endswith("_input") and "%" in (cell.number_format or ""):
                values[name] = _percent(form, values[name])
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


def _percent(form: FilledForm, cell: CellValue) -> CellValue:
    """`85,5%` typed in Excel is stored as 0.855 in a percent-formatted cell: read it as 85.5."""
    if not isinstance(cell.value, Decimal):
        return cell
    value = (cell.value * 100).normalize()
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    form.warn(cell.where, "form-percent-cell", stored=format(cell.value, "f"), read=shown(value))
    return CellValue(cell.where, value, cell.typed_as_text)


def check_form(form: FilledForm, project: Project, year: int) -> FormRows | None:
    """The PK rows the form must match, or None (with findings) when it is refused."""
    meta = form.meta
    version = meta.get(sheets.META_FORMAT, "")
    if version != sheets.FORMAT_VERSION:
        newer = version.isdigit() and int(version) > int(sheets.FORMAT_VERSION)
        code = "form-newer-format" if newer else "form-not-lakip"
        form.refuse("", code, version=version, sheet=sheets.META_SHEET)
        return None
    if meta.get(sheets.META_YEAR) != str(year):
        form.refuse("", "form-other-year", form_year=meta.get(sheets.META_YEAR, "?"), year=year)
        return None
    unit = meta.get(sheets.META_UNIT, "")
    named = _FORM_NAME.match(PurePath(form.name).stem)
    if named and named.group(2) != unit:
        form.refuse("", "form-other-unit", unit=unit, named=named.group(2))
        return None
    try:
        rows = form_rows(project, year, unit)
    except LakipError as error:
        form.refuse("", error.code, **error.params)
        return None
    if meta.get(sheets.META_PK) != pk_fingerprint(rows):
        form.refuse("", "form-outdated", made=meta.get(sheets.META_MADE, "?"), unit=unit)
        return None
    _check_rows(form, rows)
    return rows


def _check_rows(form: FilledForm, rows: FormRows) -> None:
    pairs = (
        (sheets.REALISATION_SHEET, {r.code: r for r in rows.indicators}, form.indicators),
        (sheets.BUDGET_SHEET, {k.code: k for k in rows.kegiatan}, form.kegiatan),
    )
    for sheet, expected, found in pairs:
        for code in expected:
            if code not in found:
                form.warn(sheet, "form-row-missing", code=code, sheet=sheet)
        for code, row in found.items():
            if code not in expected:
                form.refuse(row.cells["kode"].where, "form-unknown-code", code=code, sheet=sheet)
            elif sheet == sheets.REALISATION_SHEET:
                _check_targets(form, row, expected[code])
            else:
                _check_locked(form, row, "pagu", expected[code].pagu, True)


def _check_targets(form: FilledForm, row: FormRow, pk) -> None:
    numeric = pk.target is not None and not pk.target.is_range and not pk.end_only
    if numeric:
        _check_locked(form, row, "target", pk.target.low, False)
    elif _text(row.cells.get("target")) != (pk.target_text or ""):
        _report(form, row, "target", row.cells.get("target"), pk.target_text or "-")
    for quarter in sheets.QUARTERS:
        _check_locked(form, row, f"target_{quarter}", pk.quarter_targets.get(quarter), False)


def _check_locked(form: FilledForm, row: FormRow, name: str, value, money: bool) -> None:
    cell = row.cells.get(name)
    found = cell.value if cell is not None and not cell.empty else None
    if isinstance(found, str) or (found is None) != (value is None) or found != value:
        expected = "-" if value is None else rupiah(value) if money else shown(Decimal(value))
        _report(form, row, name, cell, expected)


def _report(form: FilledForm, row: FormRow, name: str, cell: CellValue | None, expected) -> None:
    where = cell.where if cell is not None else row.cells["kode"].where
    title = next(t for f, _, t in sheets.REALISATION_COLUMNS + sheets.BUDGET_COLUMNS if f == name)
    form.warn(where, "form-locked-changed", code=row.code, column=title.split(" {")[0],
              found=_text(cell) or "-", expected=expected)  # fmt: skip


def _text(cell: CellValue | None) -> str:
    if cell is None or cell.empty:
        return ""
    return str(cell.value).strip()


# form field -> YAML key, per sheet; text fields are kept as text
_REALISATION_KEYS = {
    "realisasi_input": "realisasi",
    **{f"triwulan_{q}_input": f"triwulan.{q}" for q in sheets.QUARTERS},
    "sumber_data_input": "sumber_data",
    "keterangan_input": "keterangan",
}
_BUDGET_KEYS = {"realisasi_input": "realisasi", "keterangan_input": "keterangan"}
_TEXT_KEYS = ("sumber_data", "keterangan")


def form_edits(form: FilledForm, rows: FormRows) -> list[Edit]:
    """The edits the form asks for, in the PK's order; reading problems go to `form.findings`."""
    edits: list[Edit] = []
    for indicator in rows.indicators:
        row = form.indicators.get(indicator.code)
        if row is not None:
            edits += _row_edits(form, row, REALISATION, _REALISATION_KEYS, indicator.unit, False)
    for kegiatan in rows.kegiatan:
        row = form.kegiatan.get(kegiatan.code)
        if row is not None:
            edits += _row_edits(form, row, BUDGET, _BUDGET_KEYS, "", True)
    return edits


def _row_edits(
    form: FilledForm, row: FormRow, kind: str, keys: dict[str, str], unit: str, money: bool
) -> list[Edit]:
    edits = []
    for name, key in keys.items():
        cell = row.cells.get(name)
        if cell is None or cell.empty:
            continue
        if key in _TEXT_KEYS:
            value = _as_text(cell.value)
            if hidden_characters(value, form.name):
                form.refuse(cell.where, "form-hidden-character")
                continue
        else:
            value = _as_number(form, cell, unit, money)
            if value is None:
                continue
        edits.append(Edit(kind, row.code, key, value, cell.where))
    return edits


def _as_text(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return " ".join(str(value).split())  # a line break typed with Alt+Enter becomes a space


def _as_number(form: FilledForm, cell: CellValue, unit: str, money: bool) -> Decimal | None:
    value = cell.value
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str) and (number := number_from_text(value)) is not None:
        read = rupiah(number) if money else with_unit(number, unit)
        form.warn(cell.where, "form-number-text", text=value.strip(), read=read)
        return number
    form.refuse(cell.where, "form-not-a-number", text=str(value).strip()[:80])
    return None
