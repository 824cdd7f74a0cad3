"""The Excel primitives: reproducible bytes, located cells, values as typed."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from lakip.office import cells, workbook


def _book(value: object):
    book = workbook.new_workbook()
    sheet = book.create_sheet("Realisasi")
    workbook.write_table(sheet, ["Kode", "Nilai"], [["IKU-01", value]], [None, "#,##0.00"])
    return book


def test_same_content_same_bytes_and_no_clock(tmp_path):
    when = datetime(2026, 1, 31, 8, 0, tzinfo=UTC)
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    workbook.save(_book(Decimal("92.22")), first, when)
    workbook.save(_book(Decimal("92.22")), second, when)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 1, 31, 8, 0, 0)}
    assert load_workbook(first).properties.modified == datetime(2026, 1, 31, 8, 0)


def test_a_failed_save_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workbook, "normalised", broken)
    with pytest.raises(OSError):
        workbook.save(_book(1), target)
    assert list(tmp_path.iterdir()) == []


def test_numbers_come_back_as_typed_and_text_stays_text(tmp_path):
    path = tmp_path / "f.xlsx"
    book = _book(Decimal("85.5"))
    book["Realisasi"]["C2"] = "1.912"
    workbook.save(book, path)
    sheet = load_workbook(path)["Realisasi"]
    number, text = cells.read(sheet["B2"]), cells.read(sheet["C2"])
    assert (number.value, number.typed_as_text, number.where) == (
        Decimal("85.5"),
        False,
        "Realisasi!B2",
    )
    assert (text.value, text.typed_as_text, text.where) == ("1.912", True, "Realisasi!C2")
    assert cells.read(sheet["D9"]).empty


def test_sheet_names_are_quoted_as_excel_quotes_them():
    assert cells.location("Realisasi", 7, 4) == "Realisasi!D7"
    assert cells.location("Data Dukung", 1, 28) == "'Data Dukung'!AB1"
    assert cells.location("Rekap'25", 2, 1) == "'Rekap''25'!A2"
