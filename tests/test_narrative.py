"""Narrative: Markdown to sanitised HTML, hostile input removed and reported, text kept."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assemble_fixture import HOSTILE, PNG
from lakip.load.headings import Heading, headings, sections
from lakip.load.narrative import Source, split, to_html

UNIT = "sections/bidang-politik"


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    for rel in (
        f"{UNIT}/2025/gambar/grafik.png",
        "sections/bidang-ketahanan/2025/gambar/grafik.png",
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(PNG)
    return tmp_path


def _source(root: Path, prefix: str = "narasi-iku-01--", shift: int = 1) -> Source:
    return Source(root, f"{UNIT}/2025/narasi.md", 12, UNIT, prefix, "IKU-01", shift)


def test_hostile_markdown_is_cleaned_and_text_kept(root: Path) -> None:
    html, found = to_html(HOSTILE, _source(root))
    lowered = html.lower()
    for hostile in (
        "<script",
        "alert",
        "onerror",
        "onclick",
        "javascript:",
        "<iframe",
        "<object",
        "<embed",
        "<svg",
        "<style",
        "style=",
        "evil.example",
        "file:",
        "/etc/passwd",
        "bidang-ketahanan",
        "x.png",
    ):
        assert hostile not in lowered, hostile
    assert "Pembinaan ormas berjalan <strong>rutin</strong> di 17 kecamatan." in html
    assert "Teks tetap ada" in html
    assert "Klik di sini" in html  # the unsafe link loses its href, not its words
    assert '<a href="https://purwakartakab.go.id" rel="noopener noreferrer">situs resmi</a>' in html
    assert "<li>Verifikasi lapangan ke sekretariat ormas.</li>" in html
    images = re.findall(r"<img [^>]*>", html)
    assert len(images) == 1
    assert 'src="data:image/png;base64,' in images[0] and 'alt="grafik ormas"' in images[0]
    codes = sorted(f.code for f in found)
    assert codes == [
        "narrative-html-removed",
        *["narrative-image-dropped"] * 4,
        "narrative-link-removed",
    ]
    assert {(f.path, f.line, f.key, f.severity) for f in found} == {
        (f"{UNIT}/2025/narasi.md", 12, "IKU-01", "warning")
    }
    removed = next(f for f in found if f.code == "narrative-html-removed")
    assert "<script>" in removed.message("id") and "onerror=" in removed.message("id")
    dropped = {dict(f.params)["src"] for f in found if f.code == "narrative-image-dropped"}
    assert dropped == {
        "x.png",
        "https://evil.example/track.png",
        "file:///etc/passwd",
        "../../bidang-ketahanan/2025/gambar/grafik.png",
    }


def test_headings_shift_below_lakip_headings_with_prefixed_unique_ids(root: Path) -> None:
    text = "### Kendala\n\nSatu.\n\n### Kendala\n\n#### Rinci\n\n# Judul besar\n\n"
    text += "<h2 id='daftar-isi'>x</h2>"
    html, found = to_html(text, _source(root))
    assert found == []
    assert '<h4 id="narasi-iku-01--kendala">Kendala</h4>' in html
    assert '<h4 id="narasi-iku-01--kendala_1">Kendala</h4>' in html
    assert '<h5 id="narasi-iku-01--rinci">Rinci</h5>' in html
    assert '<h4 id="narasi-iku-01--judul-besar">Judul besar</h4>' in html
    assert "<h4>x</h4>" in html  # an author's raw id cannot take a lakip anchor
    assert not re.search(r"<h[123]\b", html)


def test_tables_keep_alignment_without_style(root: Path) -> None:
    html, _ = to_html("| a | b |\n|:-:|--:|\n| 1 | 2 |", _source(root))
    assert '<th align="center">a</th>' in html and '<td align="right">2</td>' in html
    assert "style" not in html


def test_class_values_restricted_to_the_allowlist(root: Path) -> None:
    html, _ = to_html('<p class="text-center evil">Tengah</p>', _source(root))
    assert html == '<p class="text-center">Tengah</p>'


@pytest.mark.parametrize(
    "src",
    [
        "gambar/../../../../etc/passwd",
        "/etc/passwd",
        "//evil.example/x.png",
        "data:image/png;base64,AAAA",
    ],
)
def test_image_paths_outside_the_unit_are_refused(root: Path, src: str) -> None:
    html, found = to_html(f"![x]({src})", _source(root))
    assert "<img" not in html
    assert [f.code for f in found] == ["narrative-image-dropped"]


def test_image_that_is_not_an_image_is_refused(root: Path) -> None:
    (root / UNIT / "2025/gambar/palsu.png").write_text("<svg onload='x'/>")
    html, found = to_html("![x](gambar/palsu.png)", _source(root))
    assert "<img" not in html
    assert "bukan berkas PNG" in found[0].message("id")


def test_symlink_out_of_the_unit_is_refused(root: Path) -> None:
    link = root / UNIT / "2025/gambar/link.png"
    link.symlink_to(root / "sections/bidang-ketahanan/2025/gambar/grafik.png")
    html, found = to_html("![x](gambar/link.png)", _source(root))
    assert "<img" not in html and found[0].code == "narrative-image-dropped"


def test_split_maps_the_top_two_levels_to_lakip_headings() -> None:
    parts = split("Pembuka.\n\n# A\n\nisi\n\n## B\n\n```\n# bukan judul\n```\n\n### C\n\nrinci")
    assert [(p.level, p.title, p.line) for p in parts] == [(0, "", 1), (2, "A", 3), (3, "B", 7)]
    assert "# bukan judul" in parts[2].body and "### C" in parts[2].body
    assert {p.shift for p in parts} == {1}
    parts = split("## Latar Belakang\n\nteks\n\n### Rinci\n\nx")
    assert [(p.level, p.title, p.shift) for p in parts] == [
        (2, "Latar Belakang", 0),
        (3, "Rinci", 0),
    ]


def test_headings_follow_the_block_structure() -> None:
    text = "\r\n".join(
        [
            "# Judul ##",  # 1: closing marks are no part of the title
            "   ## Tiga spasi",  # 2: up to three spaces of indentation
            "    ## kode",  # 3: four spaces make indented code
            "<!--",  # 4-6: a comment, however long
            "## dalam komentar",
            "-->",
            "",
            "```",  # 8-11: a fence closes only with its own marks
            "## dalam kode",
            "~~~",
            "```",
            "> ## dalam kutipan",  # 12: a quote's heading is the quote's
            "- ## dalam daftar",  # 13: likewise a list item's
            "",
            "Bergaris",  # 15-17: a setext heading, two lines of text and its underline
            "bawah",
            "---",
            "##",  # 18: empty
            "#tanpa spasi",  # 19: no heading in CommonMark
        ]
    )
    assert headings(text) == [
        Heading(1, "Judul", 1),
        Heading(2, "Tiga spasi", 2),
        Heading(2, "Bergaris bawah", 15, 3),
        Heading(2, "", 18),
    ]


def test_sections_cut_at_the_chosen_headings_with_their_lines() -> None:
    text = "pembuka\n## A\nisi a\n### a1\nSetext\n===\nisi b\n"
    found = headings(text)
    cut = sections(text, [h for h in found if h.level <= 1 or h.title == "A"])
    assert [(s.heading.title if s.heading else None, s.line, s.start, s.body) for s in cut] == [
        (None, 1, 1, "pembuka"),
        ("A", 2, 3, "isi a\n### a1"),
        ("Setext", 5, 7, "isi b\n"),
    ]


def test_headings_take_linear_time_on_hostile_markdown() -> None:
    import time

    for text in ("[" * 200_000, "`" * 200_000, "*_" * 100_000, "<a>" * 60_000, "> " * 50_000):
        start = time.perf_counter()
        assert headings(text) == []
        assert time.perf_counter() - start < 1.0, text[:10]
