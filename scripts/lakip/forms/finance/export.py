"""Read the finance system's realisation export (XLSX or CSV) into located rows.

SIPD and the BKAD's applications export a table with a title above the header, codes with or
without dots, and money as numbers or as text typed the Indonesian way ("1.250.000,00"); a CSV
saved by Excel on Windows is cp1252 with `;`. Each value keeps where it was ("baris 14, kolom
Realisasi") so a finding points at the cell the person sees. Nothing here knows the PK.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lakip.findings import LakipError
from lakip.model import FinanceImport
from lakip.office import cells

HEADER_SEARCH = 30  # rows searched for the header when the profile names none
MAX_BYTES = 20 * 1024 * 1024  # a finance export is kilobytes; a bigger file is the wrong one
_SPACES = re.compile(r"\s+")
_CODE_NOISE = re.compile(r"[\s.'’]")
_INDONESIAN = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$|^[0-9]+,[0-9]+$")
_ENGLISH = re.compile(r"^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")
_PLAIN = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_CSV_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class Value:
    """One cell: where it is, its header, and its content as typed (a number or the text)."""

    row: int
    column: str  # the header as the export writes it
    raw: Decimal | str | None

    @property
    def empty(self) -> bool:
        return self.raw is None or (isinstance(self.raw, str) and not self.raw.strip())

    @property
    def text(self) -> str:
        return "" if self.raw is None else str(self.raw).strip()


@dataclass(frozen=True)
class Line:
    """A data row: its code, name, pagu (when the export has the column) and realisation."""

    row: int
    code: Value
    name: Value | None
    pagu: Value | None
    realisation: Value


@dataclass(frozen=True)
class Export:
    name: str  # the file's name, for messages
    lines: tuple[Line, ...]
    has_pagu: bool
    years: frozenset[int] = frozenset()  # the years the title rows above the header name


def read_export(path: Path, mapping: FinanceImport) -> Export:
    """The export's data rows; a file that cannot be read or has no header is refused (exit 2)."""
    try:
        data = path.read_bytes()[: MAX_BYTES + 1]
    except OSError as error:
        raise LakipError("finance-unreadable", path=str(path), reason=error.strerror) from error
    if len(data) > MAX_BYTES:
        raise LakipError("finance-too-big", path=str(path), limit=MAX_BYTES // (1024 * 1024))
    if data.startswith(b"\xd0\xcf\x11\xe0") or re.match(rb"\s*<", data[:512]):
        # Excel 97 (.xls), or the HTML table some applications save under an .xls name
        raise LakipError("finance-save-as-xlsx", path=str(path))
    if data.startswith(b"PK\x03\x04"):
        grid = _xlsx_grid(path, data, mapping.sheet)
    else:
        grid = _csv_grid(path, data, mapping)
    return _table(path.name, grid, mapping)


def rupiah(value: Value) -> Decimal | None:
    """The amount a cell holds: a number, or text such as `1.250.000,00`, `Rp 1.250.000`,
    `1,250,000.00` or `(1.000)`; None when it reads as no amount at all."""
    if isinstance(value.raw, Decimal):
        return value.raw
    text = _SPACES.sub("", value.text.replace("\u00a0", ""))
    text = re.sub(r"^rp\.?", "", text, flags=re.IGNORECASE)
    negative = text.startswith("(") and text.endswith(")") or text.startswith("-")
    text = text.strip("()").lstrip("-")
    if _INDONESIAN.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif _ENGLISH.match(text):
        text = text.replace(",", "")
    elif not _PLAIN.match(text):
        return None
    try:
        amount = Decimal(text)
    except InvalidOperation:
        return None
    return -amount if negative else amount


def normal_code(text: str) -> str:
    """A code without dots, spaces or a typed apostrophe: `8.01.02.2.01` and `8010220 1` meet."""
    return _CODE_NOISE.sub("", text)


def _xlsx_grid(path: Path, data: bytes, sheet: str) -> list[list[Decimal | str | None]]:
    from openpyxl import load_workbook  # only when a workbook is imported

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise LakipError("finance-unreadable", path=str(path), reason=str(error)[:200]) from error
    try:
        if sheet and sheet not in book.sheetnames:
            raise LakipError("finance-no-sheet", path=str(path), sheet=sheet,
                             sheets=", ".join(book.sheetnames))  # fmt: skip
        rows = (book[sheet] if sheet else book.worksheets[0]).iter_rows()
        return [[cells.read(cell).value if _real(cell) else None for cell in row] for row in rows]
    finally:
        book.close()


def _real(cell) -> bool:
    return getattr(cell, "value", None) is not None


def _csv_grid(path: Path, data: bytes, mapping: FinanceImport) -> list[list[str]]:
    """The CSV's cells; UTF-8 (with or without BOM), else cp1252; the delimiter that finds the
    header wins."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    for delimiter in _CSV_DELIMITERS:
        grid = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        if _header_row(grid, mapping) is not None:
            return grid
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def _key(text: object) -> str:
    return _SPACES.sub(" ", str(text or "")).strip().casefold()


def _find(headers: list, names: tuple[str, ...]) -> int | None:
    wanted = [_key(name) for name in names]
    keys = [_key(h) for h in headers]
    for name in wanted:  # the first name of the list that the header has wins
        if name in keys:
            return keys.index(name)
    return None


def _header_row(grid: list[list], mapping: FinanceImport) -> int | None:
    """The index of the header row: the profile's, or the first naming code and realisation."""
    if mapping.header_row:
        index = mapping.header_row - 1
        return index if index < len(grid) else None
    for index, row in enumerate(grid[:HEADER_SEARCH]):
        if _find(row, mapping.code) is not None and _find(row, mapping.realisation) is not None:
            return index
    return None


def _table(name: str, grid: list[list], mapping: FinanceImport) -> Export:
    index = _header_row(grid, mapping)
    headers = grid[index] if index is not None else []
    code, real = _find(headers, mapping.code), _find(headers, mapping.realisation)
    if index is None or code is None or real is None:
        raise LakipError(
            "finance-no-header",
            path=name,
            codes=" / ".join(mapping.code),
            realisation=" / ".join(mapping.realisation),
        )
    title, pagu = _find(headers, mapping.name), _find(headers, mapping.pagu)

    def at(row: list, number: int, column: int | None) -> Value | None:
        if column is None:
            return None
        raw = row[column] if column < len(row) else None
        return Value(number, str(headers[column]).strip(), raw)

    lines = []
    for number, row in enumerate(grid[index + 1 :], start=index + 2):
        line = Line(number, at(row, number, code), at(row, number, title), at(row, number, pagu),
                    at(row, number, real))  # fmt: skip
        if not line.code.empty:  # a total, a blank or a signature line has no code
            lines.append(line)
    above = " ".join(str(cell) for row in grid[:index] for cell in row if cell is not None)
    years = frozenset(int(y) for y in re.findall(r"\b(20[0-9]{2})\b", above))
    return Export(name, tuple(lines), pagu is not None, years)
