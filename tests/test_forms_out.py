"""`lakip formulir`: the units' Excel forms, read back as a person's Excel would show them."""

from __future__ import annotations

import csv
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from helpers import run_lakip
from lakip.forms import guide, sheets
from lakip.forms.rows import form_rows, pk_fingerprint
from lakip.office.workbook import RUPIAH_FORMAT
from lakip.validate.gate import load_and_validate

EPOCH = "1771200000"  # 2026-02-16 00:00 UTC
FIRST = sheets.HEADER_ROW + 1
REALISATION = {field: letter for field, letter, _ in sheets.REALISATION_COLUMNS}
BUDGET = {field: letter for field, letter, _ in sheets.BUDGET_COLUMNS}
INPUTS = [letter for field, letter, _ in sheets.REALISATION_COLUMNS if field.endswith("_input")]
NUMBER_INPUTS = ["H", "O", "P", "Q", "R"]


@pytest.fixture
def sample(sample_copy, monkeypatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    return sample_copy


def _form(root: Path, unit: str, out: Path | None = None):
    out = out or root / "build" / "formulir"
    code, stdout, stderr = run_lakip(
        "--root", root, "formulir", "2025", "--unit", unit, "--out", out
    )
    assert code == 0, stderr
    path = out / f"formulir-2025-{unit}.xlsx"
    assert f"formulir {unit}: {path}" in stdout
    return load_workbook(path), path


def _rows(root: Path, unit: str):
    validated = load_and_validate(root, 2025)
    assert validated.ok
    return form_rows(validated.project, 2025, unit)


def test_the_rows_of_a_unit(sample):
    rows = _rows(sample, "bidang-politik")
    assert [r.code for r in rows.indicators] == ["IKU-06", "IKU-07", "IKU-08", "IKU-09"]
    iku08, iku09 = rows.indicators[2], rows.indicators[3]
    assert iku08.target_text == "70,00"
    assert iku08.previous == (Decimal("61.22"), Decimal("66.13"))
    assert iku08.quarter_targets == {"I": 17.5, "II": 35, "III": 60, "IV": 70}
    assert iku08.quarters["II"] == Decimal("39.70")  # already in realisasi.yml: pre-filled
    assert (iku09.target_text, iku09.decimals, iku09.polarity) == ("0,0250", 4, "negatif")
    assert [(k.code, k.pagu) for k in rows.kegiatan] == [
        ("8.01.03.2.01", Decimal(742500000)),
        ("8.01.04.2.01", Decimal(398750000)),
    ]
    range_target = _rows(sample, "subbagian-umum").indicators[0]
    assert (range_target.code, range_target.target_text) == ("IKU-16", "82,00–88,30")
    count = _rows(sample, "bidang-kewaspadaan").indicators[0]
    assert (count.code, count.unit, count.count) == ("IKU-10", "kasus", True)


def test_an_end_target_only_indicator_is_labelled(sample):
    pk = sample / "reports/2025/pk.yml"
    plan = "    target: 80.00\n    rencana_aksi: {I: 20.00, II: 40.00, III: 60.00, IV: 80.00}\n"
    pk.write_text(pk.read_text(encoding="utf-8").replace(plan, ""), encoding="utf-8")
    row = _rows(sample, "subbagian-umum").indicators[1]
    assert (row.code, row.end_only, row.target_text) == ("IKU-17", True, "85,00 (target akhir)")
    book, _ = _form(sample, "subbagian-umum")
    assert book[sheets.REALISATION_SHEET][f"G{FIRST + 1}"].value == "85,00 (target akhir)"


def test_the_workbook_shows_the_rows(sample):
    book, _ = _form(sample, "bidang-politik")
    assert book.sheetnames == [sheets.REALISATION_SHEET, sheets.BUDGET_SHEET, sheets.GUIDE_SHEET,
                               sheets.META_SHEET]  # fmt: skip
    sheet = book[sheets.REALISATION_SHEET]
    assert sheet["A1"].value == "Formulir Realisasi Kinerja Tahun 2025"
    assert "Bidang Politik Dalam Negeri" in sheet["A2"].value
    assert (
        sheet["A3"].value
        == "Perjanjian Kinerja Nomor 800/012/Kesbangpol/2025 tanggal 14 Januari 2025"
    )
    header = [c.value for c in sheet[sheets.HEADER_ROW]]
    assert header[4:8] == ["Realisasi 2023", "Realisasi 2024", "Target 2025", "Realisasi 2025"]
    assert sheet.freeze_panes == f"C{FIRST}"
    codes = [sheet[f"A{r}"].value for r in range(FIRST, sheet.max_row + 1)]
    assert codes == ["IKU-06", "IKU-07", "IKU-08", "IKU-09"]
    iku08 = FIRST + 2
    assert [sheet[f"{c}{iku08}"].value for c in "KLMN"] == [17.5, 35, 60, 70]
    assert [sheet[f"{c}{iku08}"].value for c in "EFGH"] == [61.22, 66.13, 70, 72.4]
    assert sheet[f"G{iku08}"].number_format == "#,##0.00"
    assert sheet[f"D{iku08}"].value == "Positif"
    assert sheet[f"G{FIRST + 3}"].number_format == "#,##0.0000"  # IKU-09: 0,0250
    assert sheet[f"I{iku08}"].value.startswith("Basis data ormas 2025")
    budget = book[sheets.BUDGET_SHEET]
    assert [budget[f"A{r}"].value for r in (FIRST, FIRST + 1)] == ["8.01.03.2.01", "8.01.04.2.01"]
    assert budget[f"C{FIRST}"].value == 742500000
    assert budget[f"C{FIRST}"].number_format == RUPIAH_FORMAT
    assert budget[f"D{FIRST}"].value == 689137800


def test_targets_are_locked_and_inputs_open(sample):
    book, _ = _form(sample, "bidang-politik")
    assert book.security.lockStructure
    sheet = book[sheets.REALISATION_SHEET]
    assert sheet.protection.sheet and not sheet.protection.password
    for row in range(FIRST, FIRST + 4):
        for field, letter, _ in sheets.REALISATION_COLUMNS:
            cell = sheet[f"{letter}{row}"]
            assert cell.protection.locked is not field.endswith("_input"), cell.coordinate
            assert (cell.fill.fgColor.rgb == "00FFF7D6") is field.endswith("_input")
    assert sheet["A1"].protection.locked and sheet[f"G{sheets.HEADER_ROW}"].protection.locked
    budget = book[sheets.BUDGET_SHEET]
    assert budget.protection.sheet
    assert budget[f"C{FIRST}"].protection.locked
    assert not budget[f"D{FIRST}"].protection.locked
    assert not budget[f"E{FIRST}"].protection.locked


def _validations(sheet) -> dict[str, object]:
    """Each checked cell and its check (ranges a program may have merged taken apart)."""
    return {
        f"{get_column_letter(column)}{row}": validation
        for validation in sheet.data_validations.dataValidation
        for cells in validation.sqref.ranges
        for row, column in cells.cells
    }


def test_excel_checks_the_input_cells(sample):
    book, _ = _form(sample, "bidang-kewaspadaan")  # IKU-10, -11, -13 count kasus/kejadian
    sheet = book[sheets.REALISATION_SHEET]
    checked = _validations(sheet)
    expected = {f"{c}{r}" for c in NUMBER_INPUTS for r in range(FIRST, FIRST + 4)}
    assert set(checked) == expected  # no check on text cells, none on locked ones
    for cell, validation in checked.items():
        count = int(cell[1:]) != FIRST + 2  # IKU-12 (hari) is the only non-count
        assert validation.type == ("whole" if count else "decimal"), cell
        assert validation.allow_blank and validation.showErrorMessage
        assert validation.errorStyle == "stop"
        assert validation.error == (guide.COUNT_INPUT if count else guide.NUMBER_INPUT).error
    budget = _validations(book[sheets.BUDGET_SHEET])
    assert set(budget) == {f"D{FIRST}"}
    assert budget[f"D{FIRST}"].type == "whole" and budget[f"D{FIRST}"].formula1 == "0"


def test_excel_limits_on_its_messages():
    for text in (guide.NUMBER_INPUT, guide.COUNT_INPUT, guide.RUPIAH_INPUT):
        assert len(text.prompt_title) <= 32 and len(text.error_title) <= 32
        assert len(text.prompt) <= 255 and len(text.error) <= 255


def test_same_data_same_bytes_and_the_metadata(sample, tmp_path):
    _, first = _form(sample, "bidang-ideologi", tmp_path / "a")
    book, second = _form(sample, "bidang-ideologi", tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()
    meta = book[sheets.META_SHEET]
    assert meta.sheet_state == "veryHidden" and meta.protection.sheet
    values = {meta[f"A{r}"].value: meta[f"B{r}"].value for r in range(1, meta.max_row + 1)}
    assert list(values) == list(sheets.META_KEYS)
    assert values[sheets.META_UNIT] == "bidang-ideologi"
    assert values[sheets.META_YEAR] == "2025"
    assert values[sheets.META_MADE] == "2026-02-16"  # SOURCE_DATE_EPOCH, not the clock
    assert values[sheets.META_PK] == pk_fingerprint(_rows(sample, "bidang-ideologi"))


def test_the_fingerprint_follows_the_locked_content_only(sample):
    before = pk_fingerprint(_rows(sample, "bidang-ideologi"))
    assert len(before) == 16
    realisation = sample / "sections/bidang-ideologi/2025/realisasi.yml"
    text = realisation.read_text(encoding="utf-8")
    realisation.write_text(text.replace("realisasi: 92.22", "realisasi: 91.5"), encoding="utf-8")
    pk = sample / "reports/2025/pk.yml"
    written = pk.read_text(encoding="utf-8")
    pk.write_text(written.replace("target: 90.00", "target: 90"), encoding="utf-8")
    assert pk_fingerprint(_rows(sample, "bidang-ideologi")) == before
    pk.write_text(written.replace("target: 90.00", "target: 91.00"), encoding="utf-8")
    assert pk_fingerprint(_rows(sample, "bidang-ideologi")) != before
    pk.write_text(written.replace("pagu: 685000000", "pagu: 685000001"), encoding="utf-8")
    assert pk_fingerprint(_rows(sample, "bidang-ideologi")) != before
    pk.write_text(written.replace("{I: 300, II: 700", "{I: 300, II: 701"), encoding="utf-8")
    assert pk_fingerprint(_rows(sample, "bidang-ideologi")) != before


def test_a_unit_with_no_indicators_gets_the_budget_sheet(sample):
    renstra = sample / "reports/renstra.yml"
    text = renstra.read_text(encoding="utf-8")
    moved = text.replace(
        "penanggung_jawab: subbagian-umum", "penanggung_jawab: subbagian-perencanaan"
    )
    renstra.write_text(moved, encoding="utf-8")
    for year in ("2023", "2024", "2025"):  # its indicators' data moves with them
        for name in ("realisasi.yml", "narasi.md"):
            (sample / "sections/subbagian-umum" / year / name).unlink(missing_ok=True)
    book, _ = _form(sample, "subbagian-umum")
    sheet = book[sheets.REALISATION_SHEET]
    assert sheet.max_row == sheets.HEADER_ROW
    assert sheet["A4"].value == guide.NO_INDICATORS
    assert not _validations(sheet)
    budget = book[sheets.BUDGET_SHEET]
    assert budget.max_row == sheets.HEADER_ROW + 6
    assert budget["A4"].value == guide.INPUT_HINT


def test_every_reporting_unit_by_default(sample):
    out = sample / "out"
    code, stdout, _ = run_lakip("--root", sample, "formulir", "2025", "--out", out)
    assert code == 0
    units = ["subbagian-umum", "subbagian-perencanaan", "bidang-ideologi", "bidang-politik",
             "bidang-ketahanan", "bidang-kewaspadaan"]  # fmt: skip
    assert stdout.splitlines() == [
        f"formulir {u}: {out / f'formulir-2025-{u}.xlsx'}" for u in units
    ]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"formulir-2025-{u}.xlsx" for u in units)


def test_a_project_with_findings_gets_them_and_no_form(sample):
    realisation = sample / "sections/bidang-ideologi/2025/realisasi.yml"
    text = realisation.read_text(encoding="utf-8")
    realisation.write_text(text.replace("realisasi: 1684", "realisasi: banyak"), encoding="utf-8")
    out = sample / "out"
    code, stdout, stderr = run_lakip("--root", sample, "formulir", "2025", "--out", out)
    assert code == 1
    assert "sections/bidang-ideologi/2025/realisasi.yml" in stderr
    assert stdout == "" and not out.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["2025", "--unit", "nope"], "Unit 'nope' tidak dikenal. Unit yang ada: bidang-ideologi,"),
        (["2031"], "Tahun 2031 tidak ada di reports/. Tahun yang ada: 2023, 2024, 2025."),
    ],
)
def test_an_unknown_unit_or_year_is_refused(sample, args, expected):
    out = sample / "out"
    code, stdout, stderr = run_lakip("--root", sample, "formulir", *args, "--out", out)
    assert code == 2
    assert expected in stderr
    assert stdout == "" and not out.exists()


def test_a_unit_with_nothing_to_report_is_refused(sample):
    unit = sample / "sections/bidang-baru"
    unit.mkdir()
    (unit / "unit.yml").write_text(UNIT_WITHOUT_DUTY, encoding="utf-8")
    out = sample / "out"
    code, _, stderr = run_lakip("--root", sample, "formulir", "2025", "--unit", "bidang-baru",
                                "--out", out)  # fmt: skip
    assert code == 2, stderr
    assert "Unit 'bidang-baru' tidak memiliki indikator maupun kegiatan dalam PK 2025" in stderr
    assert "Unit yang melapor tahun itu: subbagian-umum, subbagian-perencanaan," in stderr
    assert not out.exists()


UNIT_WITHOUT_DUTY = """\
nama: Bidang Baru
jenis: Bidang
urutan: 9
kepala:
  nama: Contoh Kepala, S.IP.
  jabatan: Kepala Bidang Baru
  pangkat: Pembina
  golongan: IV/a
  nip: "198001012005011001"
anggota: []
"""


@pytest.mark.slow
def test_libreoffice_opens_the_form(sample, tmp_path):
    _, path = _form(sample, "bidang-politik")
    profile = f"-env:UserInstallation=file://{tmp_path}/lo-profile"
    saved = tmp_path / "saved"
    for target, folder in (("pdf", tmp_path), (CSV_FILTER, tmp_path), ("xlsx", saved)):
        done = subprocess.run(
            ["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(folder),
             str(path)],
            capture_output=True, text=True, timeout=180, check=False,
        )  # fmt: skip
        assert done.returncode == 0 and "Error" not in done.stderr, done.stderr
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / f"{path.stem}.pdf").pages)
    assert "Formulir Realisasi Kinerja Tahun 2025" in text and "Rp742,500,000" in text
    with open(tmp_path / f"{path.stem}-Realisasi.csv", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[sheets.HEADER_ROW][:8] == ["IKU-06", "Indeks Demokrasi Indonesia (IDI) Kabupaten "
                                            "Purwakarta", "indeks", "Positif", "77.92", "78.61",
                                            "79", "79.34"]  # fmt: skip
    with open(tmp_path / f"{path.stem}-_lakip.csv", encoding="utf-8") as handle:
        assert dict(csv.reader(handle))["unit"] == "bidang-politik"
    # Saved again by LibreOffice, the form keeps what it understood: the lock, the checks, the
    # hidden metadata (a file it had to repair would lose them).
    again = load_workbook(saved / path.name)
    sheet = again[sheets.REALISATION_SHEET]
    assert sheet.protection.sheet and not sheet[f"H{FIRST}"].protection.locked
    assert set(_validations(sheet)) == {
        f"{c}{r}" for c in NUMBER_INPUTS for r in range(FIRST, FIRST + 4)
    }
    # LibreOffice has no "very hidden": it saves the metadata sheet as hidden (impor accepts both)
    assert again[sheets.META_SHEET].sheet_state == "hidden"


CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
