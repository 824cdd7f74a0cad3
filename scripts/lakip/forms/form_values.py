"""Turn a checked form's input cells into edits of the unit's YAML, each tied to its cell.

An empty cell edits nothing: the YAML keeps what it has. A number typed as text ("85,5",
"1.912", "Rp 1.250.000", "72,4 %") is read the way an Indonesian office writes numbers, and a
warning says how it was read, so a misreading is seen before the report is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from lakip.forms import sheets
from lakip.forms.rows import FormRows
from lakip.forms.workbook_in import FilledForm, FormRow
from lakip.load.conform import number_from_text
from lakip.office.cells import CellValue
from lakip.validate.numbers import rupiah, with_unit

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
