"""The calculation rules in a real final build: the PDF read back prints what each rule says.

One build of the sample with one rule per indicator: a print cap for a year (IKU-01), R/T for a
year (IKU-10), an end target only with six decimals (IKU-09) and official "data tidak tersedia"
(IKU-06). Every figure below is computed by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from golden import apply_edits
from helpers import copy_sample

pytestmark = pytest.mark.slow

EDITS = {
    "reports/2025/pk.yml": {
        "replace": [
            ["  - kode: IKU-01\n    target: 90.00\n",
             "  - kode: IKU-01\n    target: 90.00\n    batas_capaian_cetak: 100\n"],
            ["  - kode: IKU-10\n    target: 6\n",
             "  - kode: IKU-10\n    target: 6\n    rumus_negatif: R/T\n"
             "    skala_kategori_negatif:\n      - {kategori: Tercapai, sampai: 100}\n"
             "      - {kategori: Tidak Tercapai, lebih_dari: 100}\n"],
            ["  - kode: IKU-09\n    target: 0.0250\n", "  - kode: IKU-09\n"],
        ]
    },
    "reports/renstra.yml": {
        "replace": [
            ["            target:\n              2023: 0.0320\n              2024: 0.0280\n"
             "              2025: 0.0250\n              2026: 0.0220\n"
             "            target_akhir: 0.0220\n",
             "            target_akhir: 0.018169\n"],
        ]
    },
    "sections/bidang-politik/2025/realisasi.yml": {
        "replace": [
            ["    realisasi: 79.34\n",
             "    tidak_tersedia: BPS belum merilis IDI 2025\n"],
        ]
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def text(tmp_path_factory) -> str:
    root = copy_sample(tmp_path_factory.mktemp("rules"), "docs", "mkdocs.yml")
    apply_edits(root, EDITS)
    out = root / "build"
    result = subprocess.run(
        [sys.executable, "-m", "lakip", "build", "--final", "--out", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        env={"SOURCE_DATE_EPOCH": "1771556400", "PATH": "/usr/bin:/bin"},
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    pdf_path: Path = next(out.glob("*.pdf"))
    with pdfplumber.open(pdf_path) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    return " ".join(" ".join(pages).split())  # lines joined: sentences wrap anywhere


def test_print_cap_for_one_year(text):
    # 92,22 / 90 x 100 = 102,466... printed 100,00% with the arithmetic named beside it
    assert "Hasil perhitungan 102,47% dicetak paling tinggi 100% sesuai batas capaian cetak" in text
    assert "mencapai 100,00% dengan kategori Sangat Tinggi" in text


def test_r_over_t_for_one_year(text):
    # negative, 6 -> 5 under R / T: 5 / 6 x 100 = 83,33 (a better result shows below 100)
    assert "mencapai 83,33% dengan kategori Tercapai" in text


def test_end_target_only_with_its_six_decimals(text):
    # (2 x 0,018169 - 0,0189) / 0,018169 x 100 = 95,9766... -> 95,98
    assert "0,018169 0,0189 95,98%" in text  # target, realisation, capaian in one row
    assert "IKU-09: tanpa target tahunan; capaian diukur terhadap target akhir Renstra" in text
    assert "sebesar 0,0189 dari target akhir Renstra 0,018169, sehingga capaian" in text
    assert "0,0182" not in text


def test_data_not_available_with_its_reason(text):
    assert "tidak tersedia (BPS belum merilis IDI 2025)" in text
    assert "tidak dimasukkan dalam rata-rata" in text
