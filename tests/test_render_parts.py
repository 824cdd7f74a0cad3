"""A long draft printed in parts must read, number and link like one printed whole."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pdfplumber
import pytest
from pypdf import PdfReader

from helpers import REPO
from helpers import SAMPLE_CHAPTERS as CHAPTERS
from lakip.assemble.report import assemble
from lakip.render import pdf_parts as render_parts
from lakip.render.fetcher import RepositoryFetcher
from lakip.render.pdf import render_pdf
from lakip.validate.gate import load_and_validate

pytestmark = pytest.mark.slow

PART_PAGES = 8  # the sample's ~50 main pages become six or seven parts
LIST_LINE = re.compile(r"^(.*?)\.{3,}\s*([ivxlc]+|\d+)$")
RUNNING = "LKjIP 2025 · Badan Kesatuan Bangsa dan Politik"


def _report(draft: bool = True):
    result = load_and_validate(REPO, None, False)
    date = datetime.date(2026, 2, 20)
    return assemble(result.project, result.year, draft=draft, date=date, findings=[])


@pytest.fixture(scope="module")
def printed(tmp_path_factory) -> Path:
    report = _report()
    assert not render_parts.needs_parts(report)  # the sample itself prints in one pass
    assert render_parts.needs_parts(report, PART_PAGES)
    out = tmp_path_factory.mktemp("parts") / "draft.pdf"
    fetcher = RepositoryFetcher(REPO)
    render_pdf(report, REPO, out, fetcher=fetcher, part_pages=PART_PAGES)
    assert fetcher.warnings == []  # no "No anchor" for the links between parts
    assert [p.name for p in out.parent.iterdir()] == ["draft.pdf"]  # the parts are cleaned up
    return out


@pytest.fixture(scope="module")
def pages(printed) -> list[list[str]]:
    with pdfplumber.open(printed) as pdf:  # without the big letters of the DRAF mark
        text = [page.filter(lambda o: o.get("size", 0) < 30).extract_text() for page in pdf.pages]
    return [(t or "").splitlines() for t in text]


def _listed(pages: list[list[str]], title: str) -> dict[str, str]:
    """Entry text -> printed page number, from every page of one generated list."""
    found: dict[str, str] = {}
    for lines in pages:
        if lines and lines[0].endswith(title):
            for line in lines[1:-1]:
                if match := LIST_LINE.match(line):
                    found.setdefault(match.group(1).strip(), match.group(2))
    return found


def test_the_sample_is_split_into_parts_with_a_chapter_continued(printed):
    report = _report()
    main = [c for c in report.chapters if c.kind != "front"]
    parts = render_parts.split(main, PART_PAGES)
    assert len(parts) >= 4
    assert any(continued for part in parts for _, _, continued in part)
    flat = [b for part in parts for _, blocks, _ in part for b in blocks]
    assert flat == [b for c in main for b in c.blocks]  # every block once, in order


def test_every_chapter_starts_where_the_table_of_contents_says(pages):
    toc = _listed(pages, "DAFTAR ISI")
    starts: dict[str, str] = {}
    for lines in pages[1:]:
        for chapter in CHAPTERS:
            if lines[0].endswith(chapter) and chapter not in starts:
                starts[chapter] = lines[-1]
    assert list(starts) == list(CHAPTERS)
    assert {chapter: toc[chapter] for chapter in CHAPTERS} == starts
    assert starts["KATA PENGANTAR"] == "i" and starts["BAB I PENDAHULUAN"] == "1"


def test_page_numbers_run_on_across_parts_and_every_page_has_its_running_header(pages):
    main = [lines for lines in pages[1:] if lines and lines[-1].isdigit()]  # not the cover
    assert [int(lines[-1]) for lines in main] == list(range(1, len(main) + 1))
    for lines in main:
        assert lines[0].startswith(RUNNING)
        assert any(lines[0].endswith(chapter) for chapter in CHAPTERS[5:]), lines[0]


def test_tables_and_figures_are_on_the_pages_their_lists_give(pages):
    by_number = {lines[-1]: "\n".join(lines) for lines in pages if lines}
    for title, word in (("DAFTAR TABEL", "Tabel"), ("DAFTAR GAMBAR", "Gambar")):
        listed = _listed(pages, title)
        assert len(listed) >= 5
        for entry, page in listed.items():
            label = " ".join(entry.split()[:2])  # "Tabel 3.1"
            assert label.startswith(word)
            assert label in by_number[page], (entry, page)


def test_list_links_lead_to_the_page_their_entry_gives(printed, pages):
    reader = PdfReader(printed)
    named = {
        name: reader.get_destination_page_number(dest)
        for name, dest in reader.named_destinations.items()
    }
    checked = 0
    with pdfplumber.open(printed) as pdf:
        for index, lines in enumerate(pages):
            if not (lines and lines[0].endswith(("DAFTAR ISI", "DAFTAR TABEL", "DAFTAR GAMBAR"))):
                continue
            height = float(reader.pages[index].mediabox.height)
            for annotation in reader.pages[index].get("/Annots", []):
                link = annotation.get_object()
                x1, y1, x2, y2 = (float(v) for v in link["/Rect"])
                y1, y2 = sorted((y1, y2))  # WeasyPrint writes its own links top edge first
                top, bottom = height - y2, height - y1

                def on_the_line(o, top=top, bottom=bottom):  # a char whose middle is in the link
                    return top <= (o["top"] + o["bottom"]) / 2 <= bottom and o["size"] < 30

                entry = pdf.pages[index].filter(on_the_line).extract_text()
                dest = link["/Dest"]
                target = named[dest] if isinstance(dest, str) else reader.get_page_number(dest[0])
                assert entry.split()[-1].lstrip(".") == pages[target][-1], entry
                checked += 1
    assert checked >= 40  # ten chapters, their sections, every table and figure


def test_the_outline_lists_each_chapter_once_in_order(printed):
    top = [item.title for item in PdfReader(printed).outline if not isinstance(item, list)]
    assert top == list(CHAPTERS)


def test_a_final_report_is_never_printed_in_parts():
    assert not render_parts.needs_parts(_report(draft=False), PART_PAGES)


def test_page_labels_follow_the_printed_numbers_across_parts(printed, pages):
    """The joined PDF labels its pages as one printed whole: Sampul, i, ii, ..., 1, 2, ..."""
    labels = PdfReader(printed).page_labels
    assert labels[0] == "Sampul"
    assert labels[1:] == [lines[-1] for lines in pages[1:]]
    assert labels.count("1") == 1
