"""The sample's final report, built as a user would, read back as a reviewer would read it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from helpers import SAMPLE_CHAPTERS as CHAPTERS
from helpers import copy_sample
from test_render_tables import headed_tables

pytestmark = pytest.mark.slow

TOC_LINE = re.compile(r"^(.*?)\.{3,}\s*([ivxlc]+|\d+)$")


@pytest.fixture(scope="module")
def final(tmp_path_factory) -> Path:
    root = copy_sample(tmp_path_factory.mktemp("sample"), "docs", "mkdocs.yml")
    out = root / "build"
    result = subprocess.run(
        [sys.executable, "-m", "lakip", "build", "--final", "--out", str(out)],
        cwd=root,
        capture_output=True,
        text=True,
        env={"SOURCE_DATE_EPOCH": "1771556400", "PATH": "/usr/bin:/bin"},  # 20 Feb 2026
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return out


@pytest.fixture(scope="module")
def pages(final) -> list[list[str]]:
    with pdfplumber.open(next(final.glob("*.pdf"))) as pdf:
        return [(page.extract_text() or "").splitlines() for page in pdf.pages]


def test_pdf_is_named_for_agency_and_year(final):
    assert [p.name for p in final.glob("*.pdf")] == [
        "LKjIP-2025-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
    ]
    assert (final / "site/index.html").is_file()


def test_every_chapter_starts_where_the_table_of_contents_says(pages):
    toc = {}
    for lines in pages:
        if lines and lines[0].endswith("DAFTAR ISI"):
            for line in lines[1:-1]:
                match = TOC_LINE.match(line)
                if match:
                    toc.setdefault(match.group(1).strip(), match.group(2))
    starts = {}
    for lines in pages[1:]:
        header, footer = lines[0], lines[-1]
        for chapter in CHAPTERS:
            if header.endswith(chapter) and chapter not in starts:
                starts[chapter] = footer
    assert list(starts) == list(CHAPTERS)
    for chapter in CHAPTERS:
        assert toc[chapter] == starts[chapter], chapter
    assert starts["KATA PENGANTAR"] == "i" and starts["BAB I PENDAHULUAN"] == "1"


def test_figures_are_printed_the_indonesian_way(pages):
    text = "\n".join("\n".join(lines) for lines in pages)
    assert "102,47%" in text  # DOMAIN worked example: positive, 90 -> 92.22
    assert "128,74%" in text  # negative, 254 -> 181
    assert "Rp8.394.200.000" in text  # total pagu
    assert "NIP. 19750814 199803 1 002" in text
    assert "Purwakarta, 20 Februari 2026" in text
    assert not re.search(r"\b\d+\.\d\d%", text), "a percentage with a decimal point"


def test_final_report_is_pdfa_with_its_data_and_no_draft_mark(final, pages):
    assert not any("DRAF" in line for lines in pages for line in lines)
    reader = PdfReader(next(final.glob("*.pdf")))
    assert reader.metadata.title == "LKjIP 2025 Badan Kesatuan Bangsa dan Politik"
    assert reader.metadata.author == "Badan Kesatuan Bangsa dan Politik"
    assert reader.trailer["/Root"]["/Lang"] == "id"
    attached = set(reader.attachments)
    assert {"manifest.json", "reports/2025/pk.yml", "reports/renstra.yml"} <= attached
    assert "sections/bidang-ideologi/2025/realisasi.yml" in attached
    assert b"pdfaid:part" in reader.trailer["/Root"]["/Metadata"].get_object().get_data()


def test_no_table_leaves_fewer_than_three_rows_on_a_page(final):
    headed = headed_tables(next(final.glob("*.pdf")))
    tables = [pieces for _, pieces in headed]
    assert len(tables) >= 20, "the sample's tables are read back"
    split = [pieces for pieces in tables if len(pieces) > 1]
    assert split, "the sample has tables longer than a page"
    for pieces in split:
        assert all(rows >= 3 for _, rows in pieces), pieces
    renstra = next(pieces for first, pieces in headed if first == "Tujuan")  # Tabel 2.1
    assert len(renstra) > 1 and renstra[-1][1] >= 3, renstra
