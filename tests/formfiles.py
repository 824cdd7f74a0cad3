"""Excel forms for the import tests: written by `lakip formulir`'s own code, then filled,
edited or re-saved the way a person, Excel or LibreOffice Calc does it."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from lakip.forms.workbook_out import form_workbook
from openpyxl import load_workbook

from lakip.forms import sheets
from lakip.forms.rows import FormRows, form_rows
from lakip.load.project import load_project
from lakip.office.workbook import save


def rows_of(root: Path, year: int, unit: str) -> FormRows:
    project, _ = load_project(root)
    return form_rows(project, year, unit)


def write_form(root: Path, year: int, unit: str, folder: Path) -> Path:
    """The form `lakip formulir` writes for `unit`, pre-filled from the current data."""
    book = form_workbook(rows_of(root, year, unit), datetime.date(year + 1, 1, 10))
    path = folder / sheets.form_name(year, unit)
    save(book, path)
    return path


def fill(path: Path, sheet: str, code: str, **cells: object) -> None:
    """Type values into the row of `code`: `fill(p, "Realisasi", "IKU-02", H="1.912")`."""
    book = load_workbook(path)
    target = book[sheet]
    row = find_row(target, code)
    for letter, value in cells.items():
        target[f"{letter}{row}"] = value
    book.save(path)


def find_row(sheet, code: str) -> int:
    for number in range(sheets.HEADER_ROW + 1, sheet.max_row + 1):
        if sheet[f"A{number}"].value == code:
            return number
    raise AssertionError(f"{code} not on {sheet.title}")


def delete_row(path: Path, sheet: str, code: str) -> None:
    book = load_workbook(path)
    target = book[sheet]
    target.delete_rows(find_row(target, code))
    book.save(path)


def set_meta(path: Path, key: str, value: str) -> None:
    book = load_workbook(path)
    meta = book[sheets.META_SHEET]
    meta.cell(sheets.META_KEYS.index(key) + 1, 2, value)
    book.save(path)


def excel_like(path: Path, noise: dict[str, str]) -> None:
    """Rewrite the sheet XML the way Excel saves it: numbers with binary noise (`noise` maps
    a value as written to its noisy text) and an x14 data-validation extension."""
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info.filename) for info in source.infolist()}
    extension = (
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/'
        '2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>'
        "Petunjuk!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>J6:J9</xm:sqref>"
        "</x14:dataValidation></x14:dataValidations></ext></extLst>"
    )
    for name, data in members.items():
        if re.match(r"xl/worksheets/sheet\d+\.xml", name):
            text = data.decode("utf-8")
            for plain, noisy in noise.items():
                text = text.replace(f"<v>{plain}</v>", f"<v>{noisy}</v>")
            members[name] = text.replace("</worksheet>", extension + "</worksheet>").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in members.items():
            target.writestr(name, data)


def libreoffice_saved(path: Path, work: Path) -> Path:
    """`path` opened and saved again by headless LibreOffice Calc (its own profile)."""
    out = work / "lo-out"
    out.mkdir(exist_ok=True)
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        [shutil.which("soffice") or "soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    saved = out / path.name
    assert saved.is_file()
    return saved
