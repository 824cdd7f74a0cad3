"""A word too long for WeasyPrint's line breaking is broken before printing, never hyphenated.

A 9,000-character word in a narrative took a build past ten minutes (WeasyPrint tries every
hyphenation point and reshapes the rest of the word each time). `render.wordbreak` gives such
words break opportunities and turns hyphenation off for them; the PDF then holds the word
exactly, split over lines, inside the page.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pdfplumber
import pytest

from lakip.assemble import document as d
from lakip.render.pdf import render_pdf
from lakip.render.wordbreak import CSS_CLASS, LONGEST_WORD, PIECE, breakable
from test_render_pdf import PT_PER_CM, WATERMARK_MIN_SIZE, make_report

WORD = ("pembinaanideologi" * 100)[:1500]  # hyphenatable, the slow case; fits on one page
URL = "https://contoh.go.id/laporan/2025/lampiran-kinerja-badan-kesatuan-bangsa.pdf?versi=2"


def _text(html: str) -> str:
    return re.sub(r"<[^>]*>", "", html)


def test_short_words_and_markup_are_left_alone():
    html = (
        '<p class="a" title="' + "t" * 80 + '">pertanggungjawabannya &amp; 1.234.567,89</p>'
        "<style>.x{background:url(" + "s" * 80 + ")}</style>"
        '<svg><path d="' + "M1 " * 40 + '"/><text>' + "v" * 80 + "</text></svg>"
        "<!-- " + "c" * 80 + " --><title>" + "h" * 80 + "</title>"
        '<img src="data:image/png;base64,' + "A" * 500 + '">'
    )
    assert breakable(html) == html


def test_a_long_word_gets_a_break_at_least_every_piece_and_keeps_its_text():
    html = f"<p>Awal {'x' * 95} akhir &amp; {URL}</p>"
    out = breakable(html)
    assert _text(out) == _text(html)
    words = re.findall(rf'<span class="{CSS_CLASS}">(.*?)</span>', out)
    assert len(words) == 2
    for word in words:
        assert all(0 < len(piece) <= PIECE for piece in word.split("<wbr>"))
    assert words[1].split("<wbr>")[:3] == ["https://", "contoh.", "go.id/"]


def test_entities_are_never_cut():
    word = "&amp;" * 30 + "&#x41;" * 30 + "&nbsp;" * 30
    out = breakable(f"<p>{word}</p>")
    assert _text(out) == word
    pieces = re.sub(r"</?span[^>]*>", "", out.removeprefix("<p>").removesuffix("</p>"))
    for piece in pieces.split("<wbr>"):
        assert re.fullmatch(r"(?:&amp;|&#x41;|&nbsp;)+", piece), piece


def test_the_limit_is_above_real_words():
    assert len("pertanggungjawabannya") * 1.5 <= LONGEST_WORD
    assert breakable("<p>" + "a" * LONGEST_WORD + "</p>") == "<p>" + "a" * LONGEST_WORD + "</p>"


@pytest.mark.slow
def test_the_printed_report_holds_a_long_word_and_url_whole_inside_the_page(tmp_path: Path):
    report = make_report(draft=True)
    chapters = list(report.chapters)
    index = next(i for i, c in enumerate(chapters) if c.kind == "chapter")
    block = d.Html(f"<p>Kata panjang: {WORD} selesai.</p><p>Sumber: {URL}</p>")
    chapters[index] = dataclasses.replace(chapters[index], blocks=[block, *chapters[index].blocks])
    report = dataclasses.replace(report, chapters=chapters)
    path = tmp_path / "laporan.pdf"
    render_pdf(report, tmp_path, path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    squeezed = re.sub(r"\s", "", text)  # the word spans lines, justified: spacing varies
    assert f"Katapanjang:{WORD}selesai." in squeezed  # no hyphen added, nothing lost
    assert f"Sumber:{URL}" in squeezed
    with pdfplumber.open(path) as pdf:  # the right margin is 2.5 cm; the watermark is larger
        pages = [p for p in pdf.pages if "pembinaan" in (p.extract_text() or "")]
        assert pages
        for page in pages:
            text_chars = [c for c in page.chars if c["size"] < WATERMARK_MIN_SIZE]
            assert all(c["x1"] <= page.width - 2 * PT_PER_CM for c in text_chars), page
