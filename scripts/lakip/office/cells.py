"""Read cells the way a person typed them, and name them the way a person finds them.

A cell's location is written as Excel writes it in a formula, `Realisasi!D7`, so a finding points
at the cell the person edited. A value typed as text ("85,5", "1.912") comes back as the text,
so the validator can read it with the Indonesian number rules and say how it was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter


@dataclass(frozen=True)
class CellValue:
    """One cell's content as typed: a number, text, a date, or nothing."""

    where: str  # "Realisasi!D7"
    value: Decimal | str | date | bool | None
    typed_as_text: bool  # the person typed text where a number may be meant

    @property
    def empty(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())


def location(sheet_title: str, row: int, column: int) -> str:
    """`Realisasi!D7`; a sheet name with spaces or punctuation is quoted as Excel quotes it."""
    plain = sheet_title.replace("_", "").isalnum()
    name = sheet_title if plain else "'" + sheet_title.replace("'", "''") + "'"
    return f"{name}!{get_column_letter(column)}{row}"


def read(cell: Cell) -> CellValue:
    """The cell's value: numbers as exact Decimals (from Excel's shortest repr), text as typed."""
    where = location(cell.parent.title, cell.row, cell.column)
    value = cell.value
    if isinstance(value, bool):
        return CellValue(where, value, False)
    if isinstance(value, int | float):
        number = _decimal(value)
        return CellValue(where, number if number is not None else str(value), number is None)
    if isinstance(value, datetime):
        return CellValue(where, value.date(), False)
    if isinstance(value, str):
        return CellValue(where, value, True)
    return CellValue(where, None if value is None else str(value), value is not None)


def _decimal(value: int | float) -> Decimal | None:
    """Excel stores 85.5 as the double nearest it; repr gives back the digits the person typed.

    None for infinity or NaN (a damaged file): the caller keeps it as text, which no number
    check accepts, rather than turning it into a number nobody typed.
    """
    try:
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None
