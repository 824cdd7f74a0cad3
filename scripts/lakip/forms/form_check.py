"""Decide whether a filled form belongs here: its unit, year, PK version, rows and locked cells.

A form for another unit or year, or made before a PK revision, is refused with the reason; the
person gets a new one from `lakip formulir`. Rows are matched by code: a row deleted is named
(its data stays as it is), an unknown code is refused (its figures would go nowhere), and a
locked cell changed is reported with the PK's value, which stays in force.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import PurePath

from lakip.findings import LakipError
from lakip.forms import sheets
from lakip.forms.rows import FormRows, form_rows, pk_fingerprint
from lakip.forms.workbook_in import FilledForm, FormRow
from lakip.model import Project
from lakip.office.cells import CellValue
from lakip.validate.numbers import rupiah, shown

_FORM_NAME = re.compile(r"^formulir-(\d{4})-(.+)$")


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
