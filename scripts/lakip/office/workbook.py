"""Write workbooks the way an Indonesian office reads them, with reproducible bytes.

Number formats are Excel's locale-neutral codes (`#,##0.00`): Excel and LibreOffice show them
with the reader's separators, so a computer set to Indonesian shows 1.912,50. Rupiah has no
decimals. Headers are bold on a light fill, frozen, and columns are sized to their content.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.xml.functions import tostring

from lakip.office.archive import normalised, write_atomically

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
INPUT_FILL = PatternFill("solid", fgColor="FFF7D6")  # cells a person fills in
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
UNLOCKED = Protection(locked=False)

RUPIAH_FORMAT = '"Rp"#,##0'
TEXT_FORMAT = "@"
MAX_COLUMN_WIDTH = 60


def number_format(decimals: int) -> str:
    """Excel's format code for a number printed with `decimals` places (thousands grouped)."""
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def new_workbook() -> Workbook:
    """An empty workbook (its default sheet removed)."""
    book = Workbook()
    book.remove(book.active)
    return book


def write_table(
    sheet: Worksheet,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    formats: Sequence[str | None] = (),
    first_row: int = 1,
) -> int:
    """Write a header row and data rows from `first_row`; return the last row written.

    `formats[i]` is the number format of column i (None: general). Decimals are written as
    Excel numbers, never as text, so a reader can compute with them; text is always text, never
    a formula, whatever it starts with.
    """
    for column, title in enumerate(headers, start=1):
        cell = sheet.cell(row=first_row, column=column, value=title)
        cell.data_type = "s"
        cell.font, cell.fill, cell.border, cell.alignment = HEADER_FONT, HEADER_FILL, BORDER, WRAP
    row_number = first_row
    for row_number, row in enumerate(rows, start=first_row + 1):
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(row=row_number, column=column, value=_cell_value(value))
            if cell.data_type == "f":  # openpyxl takes any text starting with `=` as a formula
                cell.data_type = "s"  # a Renstra text `=HYPERLINK(...)` stays text
            cell.border, cell.alignment = BORDER, WRAP
            if column <= len(formats) and formats[column - 1]:
                cell.number_format = formats[column - 1]
    sheet.freeze_panes = sheet.cell(row=first_row + 1, column=1)
    return row_number


def fit_columns(sheet: Worksheet, minimum: int = 6) -> None:
    """Size each column to its longest line, within bounds."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            longest = max(len(line) for line in str(cell.value).splitlines() or [""])
            widths[cell.column] = max(widths.get(cell.column, minimum), longest + 2)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(width, MAX_COLUMN_WIDTH)


def save(book: Workbook, path: Path, when: datetime | None = None) -> None:
    """Save `book` to `path` atomically, byte-identical for the same content and `when`.

    `when` (the report's date or SOURCE_DATE_EPOCH) dates the document properties and every
    ZIP member; without it they carry 1980-01-01, never the clock.
    """
    write_atomically(path, workbook_bytes(book, when))


def workbook_bytes(book: Workbook, when: datetime | None = None) -> bytes:
    """The bytes `save` writes (for a download or standard output), dated as `save` dates them."""
    stamp = (when or datetime(1980, 1, 1, tzinfo=UTC)).astimezone(UTC).replace(tzinfo=None)
    book.properties.created = stamp
    book.properties.modified = stamp
    book.properties.lastModifiedBy = None
    book.properties.creator = "lakip"
    # openpyxl dates `modified` with the clock while saving: write the properties once more.
    core = tostring(book.properties.to_tree(), xml_declaration=True, encoding="UTF-8")
    buffer = io.BytesIO()
    book.save(buffer)
    return normalised(buffer.getvalue(), when, {"docProps/core.xml": core})


def _cell_value(value: object) -> object:
    """Decimals as floats (Excel's only number type); everything else as given."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value
