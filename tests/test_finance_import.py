"""`lakip impor-anggaran`: the finance system's export becomes the units' realisations (issue 15).

Each export is built here the way SIPD writes one (title rows above the header on row 3, urusan,
bidang and programme rows, dotted codes, sub-kegiatan rows, money as text and as numbers, a total
row; a CSV as Excel on Windows saves it), imported into the sample whose realisations were wiped,
and the result is compared with the sample's own hand-written anggaran.yml files.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from helpers import run_lakip
from lakip.validate.gate import load_and_validate

BUDGETS = "sections/{unit}/2025/anggaran.yml"
SPLIT = "8.01.01.2.02"  # exported as two sub-kegiatan rows: 3.000.000.000 + 391.874.615
HEADERS = ["Kode Rekening", "Uraian", "Pagu", "Realisasi", "Sisa"]


def _rows(root: Path) -> list[list[object]]:
    """The export's rows, from the PK and the sample's realisations, as SIPD lays them out."""
    project = load_and_validate(root, 2025).project
    spent = {code: b.value for code, b in project.year_data(2025).budgets.items()}
    rows: list[list[object]] = [
        ["8", "URUSAN PEMERINTAHAN UMUM", None, None, None],
        ["8.01", "KESATUAN BANGSA DAN POLITIK", None, None, None],
    ]
    for number, p in enumerate(project.pks[2025].programmes):
        rows.append([p.code, p.name.upper(), int(p.pagu), None, None])
        for k in p.kegiatan:
            value = int(spent[k.code])
            if k.code == SPLIT:
                assert value == 3_391_874_615  # the sample's figure, split by hand below
                rows.append([f"{k.code}.0001", "Penyediaan Gaji", 3_000_000_000, 3_000_000_000,
                             None])  # fmt: skip
                rows.append([f"{k.code}.0002", "Koordinasi Keuangan", "486.250.000,00",
                             "391.874.615,00", None])  # fmt: skip
                continue
            # every other kegiatan alternates money as text the Indonesian way and as numbers
            typed = f"{value:,}".replace(",", ".") + ",00" if number % 2 else value
            rows.append([k.code, k.name, int(k.pagu), typed, None])
    rows.append([None, "JUMLAH", None, None, None])
    return rows


def _workbook(root: Path, path: Path, rows: list[list[object]] | None = None) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "LRA"
    sheet.append(["LAPORAN REALISASI ANGGARAN SKPD TAHUN ANGGARAN 2025"])
    sheet.append(["Badan Kesatuan Bangsa dan Politik"])
    sheet.append(HEADERS)
    for row in rows if rows is not None else _rows(root):
        sheet.append(row)
    book.save(path)
    return path


def _csv(root: Path, path: Path) -> Path:
    """As Excel on Windows saves it: cp1252, `;`, money typed with thousands dots."""
    lines = ["Laporan Realisasi Anggaran;;;;", "Kesbangpol – Purwakarta;;;;", ";".join(HEADERS)]
    for row in _rows(root):
        cells = [f"{c:,}".replace(",", ".") if isinstance(c, int) else (c or "") for c in row]
        lines.append(";".join(str(c) for c in cells))
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def _wipe(root: Path) -> dict[str, str]:
    """Set every realisation to 1000; return the hand-written files to compare with."""
    original = {}
    for path in sorted(root.glob("sections/*/2025/anggaran.yml")):
        rel = path.relative_to(root).as_posix()
        original[rel] = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^(    realisasi: )\d+", r"\g<1>1000", original[rel]),
                        encoding="utf-8")  # fmt: skip
    return original


def _budget(root: Path) -> dict:
    import json

    code, stdout, stderr = run_lakip("--root", root, "figures", "--format", "json")
    assert code == 0, stderr
    return json.loads(stdout)["budget"]


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_the_import_gives_back_the_hand_written_files(sample_copy, tmp_path, kind):
    root = sample_copy
    budget = _budget(root)
    make = _workbook if kind == "xlsx" else _csv
    export = make(root, tmp_path / f"lra.{kind}")
    original = _wipe(root)
    assert _budget(root) != budget
    code, stdout, stderr = run_lakip("--root", root, "impor-anggaran", export)
    assert code == 0, stdout + stderr
    for rel, text in original.items():
        assert (root / rel).read_text(encoding="utf-8") == text, rel  # comments, quotes, order
    assert _budget(root) == budget
    assert stdout.endswith(
        "13 kegiatan cocok dengan ekspor; 13 realisasi diperbarui di 6 berkas.\n"
    )
    assert (
        "sections/subbagian-perencanaan/2025/anggaran.yml: 8.01.01.2.02 realisasi Rp1.000 -> "
        "Rp3.391.874.615"
    ) in stdout.splitlines()
    assert "[finance-" not in stdout + stderr  # every code matched, every pagu agrees


def test_comments_are_kept_and_a_second_import_changes_nothing(sample_copy, tmp_path):
    root = sample_copy
    export = _workbook(root, tmp_path / "lra.xlsx")
    budgets = root / BUDGETS.format(unit="subbagian-umum")
    _wipe(root)
    text = budgets.read_text(encoding="utf-8").replace(
        "kegiatan:\n", "kegiatan:\n  # realisasi dari SP2D, dicocokkan dengan BKU\n", 1
    )
    budgets.write_text(text, encoding="utf-8")
    assert run_lakip("--root", root, "impor-anggaran", export)[0] == 0
    imported = budgets.read_text(encoding="utf-8")
    assert "  # realisasi dari SP2D, dicocokkan dengan BKU\n" in imported
    assert "    realisasi: 36850000\n" in imported
    before = {p: p.read_bytes() for p in root.glob("sections/*/2025/anggaran.yml")}
    code, stdout, _ = run_lakip("--root", root, "impor-anggaran", export)
    assert code == 0
    assert stdout == "13 kegiatan cocok dengan ekspor; semua realisasi sudah sama, tidak ada yang "\
        "ditulis.\n"  # fmt: skip
    assert {p: p.read_bytes() for p in before} == before


def test_what_does_not_match_is_reported_where_it_is(sample_copy, tmp_path):
    root = sample_copy
    rows = _rows(root)
    rows = [r for r in rows if r[0] != "8.01.01.2.03"]  # a PK kegiatan missing from the export
    for row in rows:
        if row[0] == "8.01.02.2.01":
            row[2] = 700_000_000  # the PK says 685.000.000
    rows.insert(5, ["8.01.99.2.01", "Kegiatan unit lain", 1_000_000, 500_000, None])
    export = _workbook(root, tmp_path / "lra.xlsx", rows)
    code, stdout, stderr = run_lakip("--root", root, "impor-anggaran", export, "--dry-run")
    assert code == 0, stderr
    lines = stdout.splitlines()
    assert (
        "lra.xlsx:9: peringatan: baris 9, kolom Kode Rekening: kode 8.01.99.2.01 bukan "
        "kegiatan atau sub kegiatan di PK; baris ini dilewati [finance-code-unknown]"
    ) in lines
    pagu_row = next(n for n, r in enumerate(rows, start=4) if r[0] == "8.01.02.2.01")
    assert (f"lra.xlsx:{pagu_row}: peringatan: baris {pagu_row}, kolom Pagu: pagu kegiatan "
            "8.01.02.2.01 di ekspor Rp700.000.000, di PK Rp685.000.000; bila anggaran berubah, "
            "ubah PK melalui revisi [finance-pagu-differs]") in lines  # fmt: skip
    pk_line = _line_of(root / "reports/2025/pk.yml", 'kode: "8.01.01.2.03"')
    assert (f"reports/2025/pk.yml:{pk_line}: peringatan: 8.01.01.2.03: kegiatan 8.01.01.2.03 "
            "dari PK tidak ada di ekspor lra.xlsx; realisasinya tidak diubah "
            "[finance-kegiatan-missing]") in lines  # fmt: skip
    assert lines[-1] == "12 kegiatan cocok dengan ekspor; 0 realisasi akan diperbarui "\
        "(--dry-run: tidak ada yang ditulis)."  # fmt: skip


def _line_of(path: Path, text: str) -> int:
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_an_unreadable_amount_writes_nothing(sample_copy, tmp_path):
    root = sample_copy
    rows = _rows(root)
    row = next(n for n, r in enumerate(rows) if r[0] == "8.01.05.2.01")
    rows[row][3] = "34O.681.300"  # a letter O typed for a zero
    export = _workbook(root, tmp_path / "lra.xlsx", rows)
    original = _wipe(root)
    wiped = {rel: (root / rel).read_bytes() for rel in original}
    code, stdout, _ = run_lakip("--root", root, "impor-anggaran", export)
    assert code == 1
    assert (f"lra.xlsx:{row + 4}: kesalahan: baris {row + 4}, kolom Realisasi: '34O.681.300' "
            "bukan jumlah rupiah (contoh: 1.250.000 atau 1250000) "
            "[finance-money-unreadable]") in stdout  # fmt: skip
    assert {rel: (root / rel).read_bytes() for rel in original} == wiped


def test_a_dry_run_writes_nothing_and_a_unit_writes_only_its_file(sample_copy, tmp_path):
    root = sample_copy
    export = _workbook(root, tmp_path / "lra.xlsx")
    original = _wipe(root)
    wiped = {rel: (root / rel).read_bytes() for rel in original}
    code, stdout, _ = run_lakip("--root", root, "impor-anggaran", export, "--dry-run")
    assert code == 0 and "13 realisasi akan diperbarui" in stdout
    assert {rel: (root / rel).read_bytes() for rel in original} == wiped
    code, stdout, _ = run_lakip("--root", root, "impor-anggaran", export, "--unit",
                                "subbagian-umum")  # fmt: skip
    assert code == 0
    assert stdout.endswith("6 kegiatan cocok dengan ekspor; 6 realisasi diperbarui di 1 berkas.\n")
    for rel in original:
        now = (root / rel).read_bytes()
        assert now == (original[rel].encode() if "subbagian-umum" in rel else wiped[rel]), rel


def test_the_profile_names_other_headers(sample_copy, tmp_path):
    root = sample_copy
    profile = root / "reports/profil.yml"
    profile.write_text(profile.read_text(encoding="utf-8").replace(
        "pengaturan:\n", "pengaturan:\n  impor_anggaran:\n    kolom_kode: No. Rekening\n"
        "    kolom_realisasi: Realisasi s.d. Desember\n    baris_judul: 3\n", 1),
        encoding="utf-8")  # fmt: skip
    book = openpyxl.load_workbook(_workbook(root, tmp_path / "lra.xlsx"))
    book.active["A3"], book.active["D3"] = "No.  Rekening", "REALISASI S.D. DESEMBER"
    book.save(tmp_path / "lra.xlsx")
    _wipe(root)
    code, stdout, stderr = run_lakip("--root", root, "impor-anggaran", tmp_path / "lra.xlsx")
    assert code == 0, stdout + stderr
    assert "13 realisasi diperbarui" in stdout
    code, _, stderr = run_lakip("--root", root, "impor-anggaran", _csv(root, tmp_path / "x.csv"))
    assert code == 2
    assert "baris judul kolom tidak ditemukan; dicari kolom kode (No. Rekening)" in stderr


def test_rupiah_as_typed():
    from lakip.forms.finance.export import Value, rupiah

    def read(raw):
        return rupiah(Value(1, "Realisasi", raw))

    assert read("1.250.000,00") == Decimal("1250000.00")
    assert read("Rp 1.250.000") == Decimal(1250000)
    assert read("1,250,000.00") == Decimal("1250000.00")
    assert read("(1.000)") == Decimal(-1000)
    assert read("1250000") == Decimal(1250000)
    assert read(Decimal("661203450")) == Decimal(661203450)
    assert read("12O") is None and read("1.2.3,4,5") is None


@pytest.mark.parametrize(
    "data", [b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), b"<html><table><tr><td>8.01"]
)
def test_an_xls_or_an_html_page_is_refused_with_the_fix(sample_copy, tmp_path, data):
    (tmp_path / "lra.xls").write_bytes(data)
    before = {p: p.read_bytes() for p in sample_copy.glob("sections/*/2025/anggaran.yml")}
    code, _, stderr = run_lakip("--root", sample_copy, "impor-anggaran", tmp_path / "lra.xls")
    assert code == 2
    assert "bukan XLSX atau CSV" in stderr and "simpan sebagai .xlsx" in stderr
    assert {p: p.read_bytes() for p in before} == before


def test_an_unknown_unit_is_a_usage_error(sample_copy, tmp_path):
    export = _workbook(sample_copy, tmp_path / "lra.xlsx")
    code, _, stderr = run_lakip("--root", sample_copy, "impor-anggaran", export, "--unit", "x")
    assert code == 2
    assert "Unit 'x' tidak dikenal. Unit yang ada: bidang-ideologi," in stderr


def test_a_utf8_csv_with_commas_and_english_amounts(sample_copy, tmp_path):
    root = sample_copy
    lines = ["\ufeffLaporan Realisasi,,,,", ",".join(HEADERS)]
    for row in _rows(root):
        cells = [f'"{c:,}.00"' if isinstance(c, int) else f'"{c}"' if c else "" for c in row]
        lines.append(",".join(cells))
    export = tmp_path / "lra.csv"
    export.write_text("\n".join(lines), encoding="utf-8")
    budget = _budget(root)
    original = _wipe(root)
    code, stdout, stderr = run_lakip("--root", root, "impor-anggaran", export)
    assert code == 0, stdout + stderr
    assert {rel: (root / rel).read_text(encoding="utf-8") for rel in original} == original
    assert _budget(root) == budget


def test_the_result_is_validated_before_anything_is_written(sample_copy, tmp_path):
    root = sample_copy
    rows = _rows(root)
    row = next(r for r in rows if r[0] == "8.01.05.2.01")
    row[3] = "(1.000)"  # a refund line with nothing else: the kegiatan's realisation is negative
    for r in rows:
        if r[0] == "8.01.02.2.01":
            r[3] = 700_000_000  # a change in another unit's file, which must not be written either
    export = _workbook(root, tmp_path / "lra.xlsx", rows)
    before = {p: p.read_bytes() for p in root.glob("sections/*/2025/anggaran.yml")}
    code, stdout, _ = run_lakip("--root", root, "impor-anggaran", export)
    assert code == 1
    assert "sections/bidang-ketahanan/2025/anggaran.yml:5: kesalahan:" in stdout
    assert "[budget-negative]" in stdout
    assert {p: p.read_bytes() for p in before} == before


def test_the_whole_regencys_export_shows_a_hundred_foreign_lines_and_a_count(sample_copy, tmp_path):
    rows = _rows(sample_copy)
    rows += [[f"1.02.01.2.{n // 100:02d}.{n % 100:04d}", "Dinas lain", 1000, 500, None]
             for n in range(1, 1501)]  # fmt: skip
    export = _workbook(sample_copy, tmp_path / "lra.xlsx", rows)
    code, stdout, stderr = run_lakip("--root", sample_copy, "impor-anggaran", export, "--dry-run")
    assert code == 0, stderr
    assert stdout.count("[finance-code-unknown]") == 100
    assert "1400" in [w for line in stdout.splitlines() if "[more-findings]" in line
                      for w in line.split()]  # fmt: skip


def test_an_export_titled_with_another_year_is_a_warning(sample_copy, tmp_path):
    export = _workbook(sample_copy, tmp_path / "lra.xlsx")
    book = openpyxl.load_workbook(export)
    book.active["A1"] = "LAPORAN REALISASI ANGGARAN SKPD TAHUN ANGGARAN 2024"
    book.save(export)
    code, stdout, _ = run_lakip("--root", sample_copy, "impor-anggaran", export, "--dry-run")
    assert code == 0
    assert ("lra.xlsx:1: peringatan: judul ekspor menyebut tahun 2024, bukan 2025: pastikan "
            "ekspornya untuk tahun laporan (--year memilih tahun lain) "
            "[finance-year-differs]") in stdout.splitlines()  # fmt: skip
