"""Tables in the printed PDF: kept whole where they fit, never a lone row on a page.

WeasyPrint has no orphans or widows for table rows; render/pdf_html.py measures the laid-out
pages and re-renders the tables that split badly. These tests read the written PDF back.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pdfplumber
import pytest

from lakip.assemble import document as d
from lakip.render.pdf import render_pdf
from lakip.render.pdf_html import MIN_ROWS
from test_render_pdf import LOREM, make_report

pytestmark = pytest.mark.slow

# (rows, paragraphs before it): short tables that land across a page break, long ones whose
# natural split would leave one or two rows on a page.
TABLES = ((8, 9), (79, 1), (8, 3), (40, 2), (8, 6), (63, 1), (8, 2))


def table_pieces(path: Path) -> list[list[tuple[int, int]]]:
    """Each printed table as its pieces: (page number, body rows) per page it is on."""
    return [pieces for _, pieces in headed_tables(path)]


def headed_tables(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    """Each printed table as its first column title and its pieces (page, body rows).

    A table continues from the previous page when it is the page's first table, has the same
    header row as the previous page's last table, and no "Tabel" caption just above it.
    """
    tables: list[tuple[str, list[tuple[int, int]]]] = []
    last_header = None
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            found = page.find_tables()
            for index, table in enumerate(found):
                cells = table.extract()
                header = cells[0]
                above = page.within_bbox((0, max(0, table.bbox[1] - 18), page.width, table.bbox[1]))
                captioned = (above.extract_text() or "").lstrip().startswith("Tabel")
                piece = (page.page_number, len(cells) - 1)
                if index == 0 and tables and header == last_header and not captioned:
                    tables[-1][1].append(piece)
                else:
                    tables.append((header[0] or "", [piece]))
            last_header = found[-1].extract()[0] if found else None
    return tables


def _table(number: int, rows: int) -> d.Table:
    columns = (d.Column("No", "center"), d.Column("Uraian"), d.Column("Nilai", "right"))
    body = tuple((f"t{number}-{n}", f"Uraian baris {n}", f"{n},00") for n in range(1, rows + 1))
    return d.Table(f"tabel-3-{number}", f"3.{number}", f"Uji {rows} baris", columns, body)


def _report() -> d.Report:
    report = make_report()
    blocks: list[d.Block] = []
    for number, (rows, paragraphs) in enumerate(TABLES, 1):
        blocks += [d.Paragraph(LOREM)] * paragraphs + [_table(number, rows)]
    chapter = d.Chapter("bab-3", "chapter", "III", "AKUNTABILITAS KINERJA", blocks)
    front = [c for c in report.chapters if c.kind == "front"]
    return dataclasses.replace(report, chapters=[*front, chapter])


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> list[list[tuple[int, int]]]:
    tmp = tmp_path_factory.mktemp("tables")
    render_pdf(_report(), tmp, tmp / "tables.pdf")
    return table_pieces(tmp / "tables.pdf")


def test_every_table_of_the_report_is_read_back(printed):
    assert [sum(rows for _, rows in pieces) for pieces in printed] == [r for r, _ in TABLES]


def test_a_table_that_fits_on_a_page_is_not_split(printed):
    for pieces, (rows, _) in zip(printed, TABLES, strict=True):
        if rows <= 8:
            assert len(pieces) == 1, f"a {rows}-row table split: {pieces}"


def test_a_long_table_keeps_at_least_three_rows_on_each_page(printed):
    long = [pieces for pieces in printed if len(pieces) > 1]
    assert len(long) >= 3, "the long tables run over several pages"
    for pieces in long:
        assert all(rows >= MIN_ROWS for _, rows in pieces), pieces


def test_a_forced_break_made_needless_by_an_earlier_fix_is_dropped(printed):
    # The 63-row table first ends with one row alone; the break that mends it is moot once the
    # short table before it is kept whole and moves it: it must not cost a page.
    for pieces in printed:
        if len(pieces) > 1:
            full = max(rows for _, rows in pieces)
            assert pieces[-2][1] + pieces[-1][1] > full, f"two pieces would share a page: {pieces}"
