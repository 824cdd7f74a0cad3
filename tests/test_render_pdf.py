"""The printed report: real PDFs rendered from a hand-built `Report`, parsed back and measured.

The report here is written by hand (no sample data, no assemble stage) so each test knows what
must be on the pages: a 60-row table whose rows wrap, a 12-column landscape table, a 200-row
appendix table, an SVG chart, a signature and a placeholder.
"""

from __future__ import annotations

import datetime
import io
import re
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from lakip.assemble import document as d
from lakip.render.fetcher import PACKAGE_DIR, RepositoryFetcher
from lakip.render.pdf import render_pdf

PT_PER_CM = 72 / 2.54
A4 = (595.28, 841.89)
PACKAGE_FONTS = PACKAGE_DIR / "fonts"
WATERMARK_MIN_SIZE = 60  # pt: the DRAF letters; everything else is set far smaller
SIGN_NAME = "Drs. BUDI SANTOSO, M.Si."
ALT_TEXT = "Grafik batang capaian tiga sasaran, semuanya di atas target."
PLACEHOLDER = "Narasi sasaran 2 belum dikirim oleh Bidang Politik Dalam Negeri."

LOGO = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="240" viewBox="0 0 200 240">
  <path d="M100 8 L188 40 L188 118 C188 172 150 210 100 232 C50 210 12 172 12 118 L12 40 Z"
        fill="#1f5f8b"/>
  <rect x="54" y="146" width="92" height="28" fill="#b22222"/>
  <text x="100" y="166" text-anchor="middle" font-family="sans-serif" font-size="17"
        fill="#ffffff">CONTOH</text>
</svg>"""

# Like an editor's SVG: ids that repeat in every copy, presentation in style attributes.
CHART = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="220" viewBox="0 0 400 220">
 <g id="figure_1">
  <g id="patch_1"><rect x="0" y="0" width="400" height="220" style="fill: #ffffff"/></g>
  <g id="axes_1">
   <path d="M 40 200 L 390 200 M 40 10 L 40 200" style="fill: none; stroke: #000000"/>
   <rect id="patch_2" x="70" y="40" width="60" height="160" style="fill: #1f5f8b"/>
   <rect id="patch_3" x="170" y="70" width="60" height="130" style="fill: #3b82a0"/>
   <rect id="patch_4" x="270" y="55" width="60" height="145" style="fill: #6aa6c4"/>
  </g>
 </g>
</svg>"""

LOREM = (
    "Badan Kesatuan Bangsa dan Politik melaksanakan urusan pemerintahan di bidang kesatuan "
    "bangsa dan politik dalam negeri. Laporan ini menyajikan capaian kinerja selama satu tahun "
    "anggaran, membandingkan realisasi dengan target, dan menjelaskan penyebab keberhasilan "
    "maupun kegagalan beserta langkah perbaikan yang telah diambil."
)


def _long_table() -> d.Table:
    columns = (
        d.Column("No", "center"),
        d.Column("Indikator"),
        d.Column("Satuan", "center"),
        d.Column("Target", "right"),
        d.Column("Realisasi", "right"),
        d.Column("Capaian", "right"),
    )
    rows = tuple(
        (
            str(n),
            f"R{n}a persentase kegiatan pembinaan wawasan kebangsaan yang dilaksanakan "
            f"tepat waktu dan tepat sasaran pada tahun berjalan R{n}z",
            "%",
            "90,00",
            f"{80 + n % 20},50",
            f"{(80 + n % 20) / 0.9:.2f}".replace(".", ","),
        )
        for n in range(1, 61)
    )
    return d.Table(
        "tabel-3-1", "3.1", "Pengukuran Kinerja Tahun 2025", columns, rows, note="Sumber: data"
    )


def _wide_table() -> d.Table:
    columns = (d.Column("Kode"), d.Column("Program / Kegiatan")) + tuple(
        d.Column(title, "right")
        for title in (
            "Pagu TW I",
            "Realisasi TW I",
            "Pagu TW II",
            "Realisasi TW II",
            "Pagu TW III",
            "Realisasi TW III",
            "Pagu TW IV",
            "Realisasi TW IV",
            "Serapan",
            "Sisa",
        )
    )
    rows = tuple(
        (f"8.01.0{n}", f"Program nomor {n} urusan kesatuan bangsa dan politik")
        + tuple(_money(123_456_789 * (n + k)) for k in range(8))
        + ("97,25%", _money(1_234_567 * n))
        for n in range(1, 9)
    )
    footer = (("", "Jumlah") + ("Rp9.999.999.999",) * 8 + ("97,25%", "Rp1.234.567"),)
    return d.Table(
        "tabel-3-2", "3.2", "Realisasi Anggaran per Triwulan", columns, rows, footer, wide=True
    )


def _money(value: int) -> str:
    return "Rp" + f"{value:,}".replace(",", ".")


def _appendix_table() -> d.Table:
    columns = (d.Column("No", "center"), d.Column("Uraian"), d.Column("Nilai", "right"))
    rows = tuple((str(n), f"Uraian lampiran baris {n}", _money(n * 1000)) for n in range(1, 201))
    return d.Table("tabel-l-1", "L.1", "Rincian Kegiatan", columns, rows)


def make_report(draft: bool = True) -> d.Report:
    """A small but complete report: every kind of block, the full PermenPAN-RB outline."""
    signature = d.Signature(
        "Purwakarta, 20 Februari 2026",
        ("KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN PURWAKARTA"),
        SIGN_NAME,
        "Pembina Utama Muda (IV/c)",
        "NIP. 19790402 199810 1 001",
    )
    chart = d.Chart("gambar-3-1", "3.1", "Capaian Sasaran Strategis 2025", CHART, ALT_TEXT)
    chapters = [
        d.Chapter(
            "kata-pengantar",
            "front",
            "",
            "KATA PENGANTAR",
            [d.Paragraph(LOREM), d.Paragraph(LOREM), signature],
        ),
        d.Chapter("daftar-isi", "front", "", "DAFTAR ISI"),
        d.Chapter("daftar-tabel", "front", "", "DAFTAR TABEL"),
        d.Chapter("daftar-gambar", "front", "", "DAFTAR GAMBAR"),
        d.Chapter(
            "ikhtisar-eksekutif",
            "front",
            "",
            "IKHTISAR EKSEKUTIF",
            [d.Paragraph(LOREM)] * 6
            + [d.Cards((d.Card("Capaian rata-rata", "104,27%"), d.Card("Serapan", "97,25%")))]
            + [d.Paragraph(LOREM)] * 5,
        ),
        d.Chapter(
            "bab-1",
            "chapter",
            "I",
            "PENDAHULUAN",
            [
                d.Heading(2, "1.1 Latar Belakang", "latar-belakang"),
                d.Paragraph(LOREM),
                d.Heading(2, "1.2 Dasar Hukum", "dasar-hukum"),
                d.Html(
                    "<ul><li>Peraturan Presiden Nomor 29 Tahun 2014</li>"
                    "<li>Peraturan Menteri PANRB Nomor 53 Tahun 2014</li></ul>"
                ),
                d.Heading(3, "Tugas dan Fungsi", "tugas-fungsi"),
                d.Paragraph(LOREM),
            ],
        ),
        d.Chapter(
            "bab-2",
            "chapter",
            "II",
            "PERENCANAAN KINERJA",
            [d.Heading(2, "2.1 Rencana Strategis", "renstra"), d.Paragraph(LOREM)],
        ),
        d.Chapter(
            "bab-3",
            "chapter",
            "III",
            "AKUNTABILITAS KINERJA",
            [
                d.Heading(2, "3.1 Capaian Kinerja Organisasi", "capaian-kinerja"),
                d.Paragraph(LOREM),
                _long_table(),
                chart,
                d.Chart("gambar-3-2", "3.2", "Capaian Tahun Sebelumnya", CHART, "Sama."),
                d.Placeholder(PLACEHOLDER),
                d.Heading(2, "3.2 Realisasi Anggaran", "realisasi-anggaran"),
                d.Paragraph(LOREM),
                _wide_table(),
                d.Paragraph(LOREM),
            ],
        ),
        d.Chapter("bab-4", "chapter", "IV", "PENUTUP", [d.Paragraph(LOREM)]),
        d.Chapter(
            "lampiran",
            "appendix",
            "",
            "LAMPIRAN",
            [d.Heading(2, "Lampiran 1 Rincian Kegiatan", "lampiran-1"), _appendix_table()],
        ),
    ]
    return d.Report(
        year=2025,
        draft=draft,
        title="Laporan Kinerja Instansi Pemerintah",
        short_title="LKjIP",
        agency="BADAN KESATUAN BANGSA DAN POLITIK",
        city="Purwakarta",
        letterhead=d.Letterhead(
            government="PEMERINTAH KABUPATEN PURWAKARTA",
            agency="BADAN KESATUAN BANGSA DAN POLITIK",
            address="Jalan Contoh Nomor 1, Purwakarta 41111",
            contact="Telepon (0264) 000000 · Pos-el kesbangpol@contoh.go.id",
            logo_svg=LOGO,
        ),
        date=datetime.date(2026, 2, 20),
        repository="",
        cover_foot=("BADAN KESATUAN BANGSA DAN POLITIK", "KABUPATEN PURWAKARTA"),
        chapters=chapters,
        attachments={"manifest.json": b'{"files": 2}\n', "2025/pk.yml": b"tahun: 2025\n"},
    )


@dataclass
class Page:
    """What a reader sees on one page: header, footer, body lines, and the watermark letters."""

    number: int  # 1-based, physical
    width: float
    height: float
    header: str
    footer: str
    lines: list[str]
    watermark: str
    x_extents: list[tuple[float, float, str]]  # every glyph and ruling, watermark excepted
    words: list[dict]  # pdfplumber words with x0, x1, top and fontname

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    @property
    def body(self) -> str:
        return "\n".join(self.lines)


def _pages(path: Path) -> list[Page]:
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            # The header and footer sit in the top and bottom page margins of print.css.
            top, bottom = (3, 2) if page.width > page.height else (2.5, 2.5)
            top, bottom = top * PT_PER_CM, page.height - bottom * PT_PER_CM
            text = page.filter(lambda obj: obj.get("size", 0) < WATERMARK_MIN_SIZE)
            big = [c for c in page.chars if c["size"] >= WATERMARK_MIN_SIZE]
            drawn = [(c["x0"], c["x1"], c["text"]) for c in text.chars]
            drawn += [(o["x0"], o["x1"], "rule") for o in page.rects + page.lines]
            pages.append(
                Page(
                    number=page.page_number,
                    width=float(page.width),
                    height=float(page.height),
                    header=text.within_bbox((0, 0, page.width, top)).extract_text(),
                    footer=text.within_bbox((0, bottom, page.width, page.height)).extract_text(),
                    lines=text.within_bbox((0, top, page.width, bottom))
                    .extract_text()
                    .splitlines(),
                    watermark="".join(c["text"] for c in sorted(big, key=lambda c: c["x0"])),
                    x_extents=drawn,
                    words=text.extract_words(extra_attrs=["fontname"]),
                )
            )
    return pages


@dataclass
class Rendered:
    path: Path
    report: d.Report
    fetcher: RepositoryFetcher
    pages: list[Page]


def _render(tmp: Path, draft: bool) -> Rendered:
    report = make_report(draft)
    fetcher = RepositoryFetcher(tmp)
    path = tmp / ("draft.pdf" if draft else "final.pdf")
    render_pdf(report, tmp, path, fetcher=fetcher)
    return Rendered(path, report, fetcher, _pages(path))


@pytest.fixture(scope="module")
def draft(tmp_path_factory) -> Rendered:
    return _render(tmp_path_factory.mktemp("draft"), True)


@pytest.fixture(scope="module")
def final(tmp_path_factory) -> Rendered:
    return _render(tmp_path_factory.mktemp("final"), False)


def _roman(number: int) -> str:
    values = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _first_page(pages: list[Page], found, after: int = 0) -> Page:
    return next(page for page in pages if page.number > after and found(page))


def _toc_entries(pages: list[Page], chapter_label: str) -> list[tuple[str, str]]:
    """(text, printed page number) for each line of a generated list, leader dots dropped."""
    entry = re.compile(r"^(?P<text>.+?)\s*\.{3,}[\s\u00a0]*(?P<page>[ivxlc]+|\d+)$")
    entries = []
    for page in pages:
        if page.header.endswith(chapter_label):
            entries += [(m["text"], m["page"]) for line in page.lines if (m := entry.match(line))]
    return entries


@pytest.mark.slow
def test_pages_are_a4_with_a_landscape_page_for_the_wide_table(draft):
    for page in draft.pages:
        size = (page.height, page.width) if page.landscape else (page.width, page.height)
        assert size == pytest.approx(A4, abs=1), page.number
    landscape = [page for page in draft.pages if page.landscape]
    assert landscape, "the wide table needs a landscape page"
    assert "Tabel 3.2 Realisasi Anggaran per Triwulan" in landscape[0].body
    assert all("Kode" in page.body for page in landscape)
    assert not any(page.landscape for page in draft.pages if "R30a" in page.body)


@pytest.mark.slow
def test_cover_has_the_kop_title_and_no_page_number(draft):
    cover = draft.pages[0]
    text = cover.header + "\n" + cover.body + "\n" + cover.footer
    for expected in (
        "PEMERINTAH KABUPATEN PURWAKARTA",
        "LAPORAN KINERJA INSTANSI",
        "(LKjIP)",
        "TAHUN 2025",
        "KABUPATEN PURWAKARTA\n2026",  # the regency, not the town alone
    ):
        assert expected in text
    assert not re.search(r"(^|\n)([ivxlc]+|\d+)$", cover.footer or ""), cover.footer
    assert not cover.header


@pytest.mark.slow
def test_front_matter_is_numbered_in_roman_and_chapters_from_one(draft):
    pages = draft.pages[1:]
    bab_1 = _first_page(pages, lambda p: p.header.endswith("BAB I PENDAHULUAN"))
    front = [page for page in pages if page.number < bab_1.number]
    main = [page for page in pages if page.number >= bab_1.number]
    assert [page.footer for page in front] == [_roman(n) for n in range(1, len(front) + 1)]
    assert [page.footer for page in main] == [str(n) for n in range(1, len(main) + 1)]
    assert front[0].header.endswith("KATA PENGANTAR")


@pytest.mark.slow
def test_a_viewers_page_box_shows_the_printed_numbers(draft, final):
    """PDF page labels: a viewer's "page ii" is the page printed ii, in draft and PDF/A alike."""
    for rendered in (draft, final):
        labels = PdfReader(rendered.path).page_labels
        assert labels[0] == "Sampul"
        assert labels[1:] == [page.footer for page in rendered.pages[1:]]
        assert labels[1] == "i" and "1" in labels


@pytest.mark.slow
def test_chapters_start_on_a_new_page_with_a_centred_title(draft):
    for number, title in (
        ("I", "PENDAHULUAN"),
        ("II", "PERENCANAAN KINERJA"),
        ("III", "AKUNTABILITAS KINERJA"),
        ("IV", "PENUTUP"),
    ):
        label = f"BAB {number} {title}"
        page = _first_page(draft.pages, lambda p, label=label: p.header.endswith(label))
        assert page.lines[:2] == [f"BAB {number}", title], page.lines[:3]
    chapter_titles = {
        "KATA PENGANTAR",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "DAFTAR GAMBAR",
        "IKHTISAR EKSEKUTIF",
        "LAMPIRAN",
    }
    firsts = {page.lines[0] for page in draft.pages[1:] if page.lines}
    assert chapter_titles <= firsts


@pytest.mark.slow
def test_running_header_names_the_current_chapter(draft):
    bab_3 = _first_page(draft.pages, lambda p: p.header.endswith("BAB III AKUNTABILITAS KINERJA"))
    following = draft.pages[bab_3.number]  # the next physical page
    assert (
        following.header
        == "LKjIP 2025 · BADAN KESATUAN BANGSA DAN POLITIK BAB III AKUNTABILITAS KINERJA"
    )
    assert all(page.header.startswith("LKjIP 2025") for page in draft.pages[1:])


@pytest.mark.slow
def test_daftar_isi_page_numbers_are_where_the_headings_are(draft):
    entries = _toc_entries(draft.pages, "DAFTAR ISI")
    toc_pages = {page.number for page in draft.pages if page.header.endswith("DAFTAR ISI")}
    chapters = {c.label for c in draft.report.chapters}
    assert [text for text, _ in entries] == [
        "KATA PENGANTAR",
        "DAFTAR ISI",
        "DAFTAR TABEL",
        "DAFTAR GAMBAR",
        "IKHTISAR EKSEKUTIF",
        "BAB I PENDAHULUAN",
        "1.1 Latar Belakang",
        "1.2 Dasar Hukum",
        "BAB II PERENCANAAN KINERJA",
        "2.1 Rencana Strategis",
        "BAB III AKUNTABILITAS KINERJA",
        "3.1 Capaian Kinerja Organisasi",
        "3.2 Realisasi Anggaran",
        "BAB IV PENUTUP",
        "LAMPIRAN",
        "Lampiran 1 Rincian Kegiatan",
    ]
    for text, printed in entries:
        if text in chapters:
            page = _first_page(draft.pages, lambda p, t=text: p.header.endswith(t))
        else:
            page = _first_page(
                draft.pages, lambda p, t=text: p.number not in toc_pages and t in p.lines
            )
        assert printed == page.footer, (text, printed, page.number)
    assert dict(entries)["KATA PENGANTAR"] == "i"
    assert dict(entries)["BAB I PENDAHULUAN"] == "1"


@pytest.mark.slow
def test_daftar_tabel_and_daftar_gambar_point_at_the_captions(draft):
    tables = _toc_entries(draft.pages, "DAFTAR TABEL")
    figures = _toc_entries(draft.pages, "DAFTAR GAMBAR")
    assert [t for t, _ in tables] == [
        "Tabel 3.1 Pengukuran Kinerja Tahun 2025",
        "Tabel 3.2 Realisasi Anggaran per Triwulan",
        "Tabel L.1 Rincian Kegiatan",
    ]
    assert [t for t, _ in figures] == [
        "Gambar 3.1 Capaian Sasaran Strategis 2025",
        "Gambar 3.2 Capaian Tahun Sebelumnya",
    ]
    lists = ("DAFTAR TABEL", "DAFTAR GAMBAR")
    for caption, printed in tables + figures:
        page = _first_page(
            draft.pages,
            lambda p, c=caption: not p.header.endswith(lists) and c in p.lines,
        )
        assert printed == page.footer, (caption, page.number)


@pytest.mark.slow
def test_long_table_repeats_its_header_and_never_splits_a_row(draft):
    row_pages = {}
    for page in draft.pages:
        for n in range(1, 61):
            for end in "az":
                if f"R{n}{end} " in page.body + " " or f" R{n}{end}" in page.body:
                    row_pages.setdefault((n, end), page.number)
    assert len(row_pages) == 120, "every row's first and last word is printed"
    spanned = {row_pages[(n, "a")] for n in range(1, 61)}
    assert len(spanned) >= 3, "60 wrapped rows take several pages"
    for n in range(1, 61):
        assert row_pages[(n, "a")] == row_pages[(n, "z")], f"row {n} split across pages"
    for number in spanned:
        header_line = next(line for line in draft.pages[number - 1].lines if "Indikator" in line)
        assert header_line.split() == [
            "No",
            "Indikator",
            "Satuan",
            "Target",
            "Realisasi",
            "Capaian",
        ]


@pytest.mark.slow
def test_nothing_is_printed_outside_the_text_area(draft):
    appendix_pages = [page for page in draft.pages if "Uraian lampiran baris 200" in page.body]
    assert appendix_pages, "the 200-row table is printed to its last row"
    for page in draft.pages:
        left, right = (2, 2) if page.landscape else (3, 2.5)
        low, high = left * PT_PER_CM - 1, page.width - right * PT_PER_CM + 1
        outside = [(x0, x1, what) for x0, x1, what in page.x_extents if x0 < low or x1 > high]
        assert not outside, (page.number, outside[:5])


@pytest.mark.slow
def test_numbers_are_right_aligned_and_the_wide_table_is_whole(draft):
    landscape = [page for page in draft.pages if page.landscape]
    text = "\n".join(page.body for page in landscape)
    for code in (f"8.01.0{n}" for n in range(1, 9)):
        assert code in text
    assert "Rp1.358.024.679" in text, "amounts are printed unbroken"
    cells = [x for x in landscape[0].x_extents if x[2] == "%"]
    assert cells, "the Serapan column is printed"
    ends = {round(x1) for _, x1, _ in cells}
    assert len(ends) == 1, "right-aligned cells end at the same x"


@pytest.mark.slow
def test_figure_placeholder_and_signature(draft):
    text = "\n".join(page.body for page in draft.pages)
    assert "Gambar 3.1 Capaian Sasaran Strategis 2025" in text
    assert ALT_TEXT not in text, "the text alternative is not printed"
    assert PLACEHOLDER in text
    sign_page = _first_page(draft.pages, lambda p: SIGN_NAME in p.lines)
    assert sign_page.header.endswith("KATA PENGANTAR")
    lines = sign_page.lines
    at = lines.index("Purwakarta, 20 Februari 2026")
    assert lines[at + 1 :] == [
        "KEPALA BADAN KESATUAN BANGSA",  # the position, wrapped in the right half
        "DAN POLITIK",
        "KABUPATEN PURWAKARTA",
        SIGN_NAME,
        "Pembina Utama Muda (IV/c)",
        "NIP. 19790402 199810 1 001",
    ]
    name = [w for w in sign_page.words if w["text"] in SIGN_NAME.split()]
    assert len(name) == 4 and all("Bold" in w["fontname"] for w in name), "name in bold"
    assert min(w["x0"] for w in name) > sign_page.width / 2, "signature on the right half"
    underline = [
        (x0, x1) for x0, x1, what in sign_page.x_extents if what == "rule" and x1 - x0 > 100
    ]
    assert any(
        x0 <= min(w["x0"] for w in name) + 1 and x1 >= max(w["x1"] for w in name) - 1
        for x0, x1 in underline
    ), "name underlined"


@pytest.mark.slow
def test_draft_is_marked_on_every_page_and_final_on_none(draft, final):
    assert [page.watermark for page in draft.pages] == ["DRAF"] * len(draft.pages)
    assert all(not page.watermark for page in final.pages)
    assert not any("DRAF" in page.body + page.header for page in final.pages)
    assert len(final.pages) == len(draft.pages)


@pytest.mark.slow
def test_final_is_pdf_a_3b_with_the_data_files_and_metadata(final):
    reader = PdfReader(final.path)
    attachments = {name: content[0] for name, content in reader.attachments.items()}
    assert attachments == final.report.attachments
    xmp = reader.xmp_metadata.stream.get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="B"' in xmp
    assert reader.metadata.title == "LKjIP 2025 BADAN KESATUAN BANGSA DAN POLITIK"
    assert reader.metadata.author == "BADAN KESATUAN BANGSA DAN POLITIK"
    assert reader.metadata["/CreationDate"] == "D:20260220000000Z"
    assert reader.trailer["/Root"]["/Lang"] == "id"
    assert reader.trailer["/Root"]["/AF"], "PDF/A-3 associates the embedded files"
    (intent,) = reader.trailer["/Root"]["/OutputIntents"]
    assert intent.get_object()["/S"] == "/GTS_PDFA1"


@pytest.mark.slow
def test_draft_has_metadata_but_no_attachments(draft):
    reader = PdfReader(draft.path)
    assert not reader.attachments
    assert reader.metadata.title == "LKjIP 2025 BADAN KESATUAN BANGSA DAN POLITIK"
    assert reader.trailer["/Root"]["/Lang"] == "id"
    assert reader.xmp_metadata is None


@pytest.mark.slow
def test_only_the_shipped_liberation_fonts_are_embedded(draft, final):
    with TTFont(PACKAGE_FONTS / "LiberationSans-Regular.ttf") as font:
        shipped = font["name"].getDebugName(5)
    for rendered in (draft, final):
        fonts = _fonts(PdfReader(rendered.path))
        assert fonts, "text is set in embedded fonts"
        for base_font, family, version in fonts:
            assert "Liberation" in base_font
            assert family == "Liberation Sans", base_font
            assert version == shipped, (base_font, version)


def _fonts(reader: PdfReader) -> set[tuple[str, str, str]]:
    """(BaseFont, family, version) of every font of every page and form, from the font program."""
    found, seen = set(), set()

    def walk(resources) -> None:
        resources = resources.get_object() if resources is not None else None
        if not resources or id(resources) in seen:
            return
        seen.add(id(resources))
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts") or [font]:
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
                assert program is not None, f"{font['/BaseFont']} is not embedded"
                names = TTFont(io.BytesIO(program.get_object().get_data()))["name"]
                found.add((str(font["/BaseFont"]), names.getDebugName(1), names.getDebugName(5)))
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))
        for pattern in (resources.get("/Pattern") or {}).values():
            walk(pattern.get_object().get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return found


@pytest.mark.slow
def test_render_is_quiet_and_fetches_nothing_it_refuses(draft, final):
    for rendered in (draft, final):
        assert rendered.fetcher.refused == []
        assert rendered.fetcher.warnings == []


def test_a_clash_among_the_reports_own_anchors_is_reported(tmp_path):
    report = make_report()
    report.chapters = [
        d.Chapter(
            "bab-1",
            "chapter",
            "I",
            "PENDAHULUAN",
            [d.Heading(2, "1.1 Satu", "sama"), d.Heading(2, "1.2 Dua", "sama")],
        )
    ]
    fetcher = RepositoryFetcher(tmp_path)
    render_pdf(report, tmp_path, tmp_path / "x.pdf", fetcher=fetcher)
    assert fetcher.warnings == ["Anchor defined twice: 'sama'"]


def test_a_table_too_wide_even_for_small_type_still_stays_on_the_page(tmp_path):
    columns = tuple(d.Column(f"Kolom {n}", "right") for n in range(12))
    rows = tuple(tuple(_money(1_111_111_111 * (n + 1)) for _ in columns) for n in range(3))
    report = make_report()
    report.chapters = [
        d.Chapter(
            "bab-1",
            "chapter",
            "I",
            "PENDAHULUAN",
            [d.Table("tabel-1-1", "1.1", "Tabel Sempit", columns, rows)],  # portrait on purpose
        )
    ]
    found = render_pdf(report, tmp_path, tmp_path / "x.pdf")
    assert [(f.path, f.code, dict(f.params)["number"]) for f in found] == [
        ("x.pdf", "pdf-table-too-wide", "1.1")
    ]
    assert "Tabel 1.1 (Tabel Sempit) terlalu lebar" in found[0].message("id")
    pages = _pages(tmp_path / "x.pdf")
    for page in pages:
        low, high = 3 * PT_PER_CM - 1, page.width - 2.5 * PT_PER_CM + 1
        assert all(low <= x0 and x1 <= high for x0, x1, _ in page.x_extents), page.number
    assert "Kolom 11" in "\n".join(page.body for page in pages)


@pytest.mark.slow
def test_two_renders_are_byte_identical(draft, final, tmp_path):
    for rendered in (draft, final):
        again = tmp_path / rendered.path.name
        render_pdf(make_report(rendered.report.draft), tmp_path, again)
        assert again.read_bytes() == rendered.path.read_bytes()
    assert not list(tmp_path.glob("*.tmp")), "the temporary file was moved into place"
