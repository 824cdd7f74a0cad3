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
from lakip.forms import sheets
from lakip.forms.out import guide
from lakip.forms.rows import form_rows, pk_fingerprint
from lakip.office.workbook import RUPIAH_FORMAT
from lakip.validate.gate import load_and_validate
from test_history import first_year_agency

EPOCH = "1771200000"  # 2026-02-16 00:00 UTC
FIRST = sheets.HEADER_ROW + 1
REALISATION = {field: letter for field, letter, _ in sheets.REALISATION_COLUMNS}
BUDGET = {field: letter for field, letter, _ in sheets.BUDGET_COLUMNS}
INPUTS = [letter for field, letter, _ in sheets.REALISATION_COLUMNS if field.endswith("_input")]
NUMBER_INPUTS = ["H", "O", "P", "Q", "R"]
TEXT_INPUTS = ["I", "J"]


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


def test_the_years_before_the_repository_come_from_the_history(tmp_path):
    agency = first_year_agency(tmp_path / "agency")  # 2023 first; 2021 and 2022 in riwayat.yml
    checked = load_and_validate(agency, 2023)
    assert checked.ok
    iku01 = form_rows(checked.project, 2023, "bidang-ideologi").indicators[0]
    assert (iku01.code, iku01.previous) == ("IKU-01", (Decimal("83.10"), Decimal("83.97")))


def test_a_pk_revision_shows_its_target_and_outdates_old_forms(sample):
    before = pk_fingerprint(_rows(sample, "bidang-ideologi"))
    pk = sample / "reports/2025/pk.yml"
    revised = pk.read_text(encoding="utf-8").replace("target: 90.00", "target: 91.00") + REVISION
    pk.write_text(revised, encoding="utf-8")
    rows = _rows(sample, "bidang-ideologi")
    assert rows.indicators[0].target_text == "91,00"
    assert pk_fingerprint(rows) != before


REVISION = """\
revisi:
  - tanggal: 2025-07-15
    oleh: Dr. H. Dadang Kurniawan, S.STP., M.Si.
    alasan: Penyesuaian target setelah Perubahan APBD 2025
    perubahan:
      - kode: IKU-01
        target: 91.00
"""


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
    rows = range(FIRST, FIRST + 4)
    assert sorted(INPUTS) == sorted(NUMBER_INPUTS + TEXT_INPUTS)  # every input cell is checked
    assert set(checked) == {f"{c}{r}" for c in [*NUMBER_INPUTS, *TEXT_INPUTS] for r in rows}
    for cell, validation in checked.items():
        assert validation.allow_blank and validation.showErrorMessage
        assert validation.errorStyle == "stop"
        if cell[0] in TEXT_INPUTS:
            assert (validation.type, validation.formula1) == ("textLength", "2000"), cell
            assert "paling banyak 2000 karakter" in validation.error
            continue
        count = int(cell[1:]) != FIRST + 2  # IKU-12 (hari) is the only non-count
        assert validation.type == ("whole" if count else "decimal"), cell
        assert validation.error == (guide.COUNT_INPUT if count else guide.NUMBER_INPUT).error
    budget = _validations(book[sheets.BUDGET_SHEET])
    assert set(budget) == {f"D{FIRST}", f"E{FIRST}"}
    assert budget[f"D{FIRST}"].type == "whole" and budget[f"D{FIRST}"].formula1 == "0"
    assert budget[f"E{FIRST}"].type == "textLength"


def test_excel_limits_on_its_messages():
    texts = [guide.NUMBER_INPUT, guide.COUNT_INPUT, guide.RUPIAH_INPUT]
    texts.append(guide.Validation(*(part.format(limit=2000) for part in guide.TEXT_INPUT)))
    for text in texts:
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


def test_an_unavailable_figure_is_said_on_its_empty_cell(sample, tmp_path):
    realisation = sample / "sections/bidang-politik/2025/realisasi.yml"
    text = realisation.read_text(encoding="utf-8")
    unavailable = text.replace("realisasi: 79.34", "tidak_tersedia: BPS belum merilis IDI 2025")
    realisation.write_text(unavailable, encoding="utf-8")
    book, first = _form(sample, "bidang-politik", tmp_path / "a")
    cell = book[sheets.REALISATION_SHEET][f"H{FIRST}"]  # IKU-06
    assert cell.value is None and not cell.protection.locked
    assert cell.comment.text.startswith("Tercatat data tidak tersedia: BPS belum merilis IDI 2025.")
    assert book[sheets.REALISATION_SHEET][f"H{FIRST + 1}"].comment is None
    _, second = _form(sample, "bidang-politik", tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()


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
    assert not (
        sample / "build/formulir/narasi-2025-subbagian-umum.docx"
    ).exists()  # nothing to narrate


def test_every_reporting_unit_by_default_with_its_narrative(sample):
    out = sample / "out"
    code, stdout, stderr = run_lakip("--root", sample, "formulir", "2025", "--out", out)
    assert code == 0
    units = ["subbagian-umum", "subbagian-perencanaan", "bidang-ideologi", "bidang-politik",
             "bidang-ketahanan", "bidang-kewaspadaan"]  # fmt: skip
    assert stdout.splitlines() == [
        line
        for u in units
        for line in (
            f"formulir {u}: {out / f'formulir-2025-{u}.xlsx'}",
            f"narasi {u}: {out / f'narasi-2025-{u}.docx'}",
        )  # fmt: skip
    ]
    names = {f"formulir-2025-{u}.xlsx" for u in units} | {f"narasi-2025-{u}.docx" for u in units}
    assert {p.name for p in out.iterdir()} == names
    assert "6 formulir dan 6 dokumen narasi tahun 2025 ditulis di" in stderr


def test_untouched_forms_import_without_a_change(sample):
    """The contract with `lakip impor`: a form read back unchanged changes no byte of the data."""
    before = {p: p.read_bytes() for p in sorted((sample / "sections").rglob("*.yml"))}
    out = sample / "out"
    assert run_lakip("--root", sample, "formulir", "2025", "--out", out)[0] == 0
    code, stdout, stderr = run_lakip("--root", sample, "impor", *sorted(out.glob("*.xlsx")))
    assert code == 0, stdout + stderr
    assert stdout.strip() == "Tidak ada yang berubah: isian formulir sudah sama dengan data."
    assert {p: p.read_bytes() for p in sorted((sample / "sections").rglob("*.yml"))} == before


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
        f"{c}{r}" for c in [*NUMBER_INPUTS, *TEXT_INPUTS] for r in range(FIRST, FIRST + 4)
    }
    # LibreOffice has no "very hidden": it saves the metadata sheet as hidden (impor accepts both)
    assert again[sheets.META_SHEET].sheet_state == "hidden"
    code, stdout, stderr = run_lakip("--root", sample, "impor", saved / path.name)
    assert code == 0, stdout + stderr
    assert stdout.strip() == "Tidak ada yang berubah: isian formulir sudah sama dengan data."


CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
