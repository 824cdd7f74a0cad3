"""The unit's Word narrative: the template lakip writes and the document staff send back."""

from __future__ import annotations

import hashlib
import io
import shutil
import struct
import subprocess
import zlib
from datetime import UTC, datetime
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml

from helpers import run_lakip
from lakip.findings import WARNING, LakipError, format_findings
from lakip.forms.narrative_import import import_narrative
from lakip.forms.narrative_template import write_narrative_template
from lakip.forms.word.document import (
    HINT_STYLE,
    PLACEHOLDER,
    identity_from_name,
    identity_from_properties,
)
from lakip.forms.word.to_markdown import docx_to_markdown
from lakip.load.project import load_project
from lakip.validate.gate import load_and_validate
from lakip.validate.narrative_quality import TOPICS

WHEN = datetime(2026, 1, 15, 8, 30, tzinfo=UTC)
UNIT = "bidang-ideologi"


def _template(root: Path, unit: str = UNIT, name: str = "narasi.docx") -> Path:
    project, _ = load_project(root)
    path = root / "out" / name
    write_narrative_template(project, 2025, unit, path, WHEN)
    return path


def _outline(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_template_is_reproducible(sample_copy):
    first = _template(sample_copy).read_bytes()
    second = _template(sample_copy, name="again.docx").read_bytes()
    assert first == second
    later = sample_copy / "later.docx"
    project, _ = load_project(sample_copy)
    write_narrative_template(project, 2025, UNIT, later, datetime(2026, 2, 1, tzinfo=UTC))
    assert later.read_bytes() != first  # the date is in it: it is not a constant file


def test_template_carries_the_written_narrative(sample_copy):
    outline = _outline(_template(sample_copy))
    assert outline[0] == ("Title", "Narasi capaian kinerja 2025: Bidang Ideologi dan Wawasan "
                          "Kebangsaan")  # fmt: skip
    assert outline[1][0] == HINT_STYLE
    headings2 = [text for style, text in outline if style == "Heading 2"]
    assert [h.split()[0] for h in headings2] == ["IKU-01", "IKU-02"]
    # The sample's own subheadings, in its order, four per indicator.
    headings3 = [text for style, text in outline if style == "Heading 3"]
    assert headings3[:4] == ["Penyebab keberhasilan", "Upaya yang dilakukan", "Kendala",
                             "Tindak lanjut"]  # fmt: skip
    assert len(headings3) == 8
    bullets = [text for style, text in outline if style == "List Bullet"]
    assert bullets[0].startswith("Pembinaan ideologi Pancasila menjangkau seluruh 17 kecamatan")
    # Nothing was left empty in the sample, so no placeholder was needed.
    assert not [text for style, text in outline if text == PLACEHOLDER]


def test_template_of_an_empty_narrative_has_four_hinted_topics(sample_copy):
    (sample_copy / "sections" / UNIT / "2025" / "narasi.md").unlink()
    outline = _outline(_template(sample_copy))
    first = outline.index(next(item for item in outline if item[0] == "Heading 2"))
    assert outline[first + 1 : first + 9] == [
        item for topic in TOPICS for item in (("Heading 3", topic.title), (HINT_STYLE, PLACEHOLDER))
    ]


def test_template_names_its_unit_and_year(sample_copy):
    path = _template(sample_copy)
    assert identity_from_properties(docx.Document(str(path))) == (UNIT, 2025)
    assert identity_from_name("narasi-2025-bidang-ideologi (2).docx") == (UNIT, 2025)
    assert identity_from_name("narasi bidang ideologi.docx") is None


def test_template_for_a_unit_without_indicators_is_refused(sample_copy):
    with pytest.raises(LakipError) as refused:
        _template(sample_copy, unit="tidak-ada")
    assert refused.value.code == "narrative-no-indicators"


# --- A narrative written in Word -------------------------------------------------------------

IKU01 = "IKU-01 Persentase masyarakat yang memiliki pemahaman baik terhadap nilai-nilai Pancasila"
IKU02 = "IKU-02 Jumlah peserta pembinaan ideologi Pancasila dan wawasan kebangsaan"
DOCX_NAME = f"narasi-2025-{UNIT}.docx"


def _png(width: int = 40, height: int = 30, padding: int = 0) -> bytes:
    """A real grey PNG; `padding` bytes of a private chunk make it as large as a test needs."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows))
        + (chunk(b"prVt", b"\x00" * padding) if padding else b"")
        + chunk(b"IEND", b"")
    )


def _bold_and_italic(paragraph, *pieces: tuple[str, str]) -> None:
    for text, how in pieces:
        run = paragraph.add_run(text)
        run.bold, run.italic = "b" in how or None, "i" in how or None


def _hyperlink(paragraph, url: str, text: str) -> None:
    """A link as Word writes it: a w:hyperlink with an external relationship around a run."""
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _word_document() -> docx.Document:
    """The sample unit's narrative as a person writes it in Word: built-in styles throughout."""
    document = docx.Document()
    document.add_paragraph("Narasi capaian kinerja 2025", style="Title")
    document.add_heading(IKU01, level=2)
    document.add_heading("Penyebab keberhasilan", level=3)
    _bold_and_italic(
        document.add_paragraph(),
        ("Survei menjangkau ", ""), ("17 kecamatan", "b"), (" dan ", ""), ("seluruh", "i"),
        (" kelompok sasaran.", ""),
    )  # fmt: skip
    document.add_paragraph("pelajar SMA/SMK;", style="List Bullet")
    document.add_paragraph("di delapan sekolah;", style="List Bullet 2")
    document.add_paragraph("tokoh agama.", style="List Bullet")
    document.add_heading("Upaya yang dilakukan", level=3)
    document.add_paragraph("Sekolah Kebangsaan.", style="List Number")
    document.add_paragraph("Pelatihan kader PPWK.", style="List Number")
    table = document.add_table(rows=3, cols=2)
    table.style = "Table Grid"
    rows = (("Kegiatan", "Peserta"), ("Sekolah Kebangsaan", "640"), ("Dialog kebangsaan", "264"))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_heading("Kendala", level=3)
    document.add_paragraph("Jadwal sekolah bertabrakan dengan asesmen semester:")
    document.add_paragraph().add_run().add_picture(io.BytesIO(_png()))
    document.add_heading("Tindak lanjut", level=3)
    document.add_paragraph("Target 2026: 5 * 3 = 15 [usulan] <draf> & nilai_akhir _catatan_")
    paragraph = document.add_paragraph("Pedoman BPIP: ")
    _hyperlink(paragraph, "https://bpip.go.id/pedoman", "pedoman survei")
    paragraph = document.add_paragraph("Data BPS: ")
    for xml in (  # a HYPERLINK field, as older documents and pasted text hold links
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> HYPERLINK "https://purwakartakab.bps.go.id" '
        "</w:instrText>",
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>situs BPS</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
    ):
        paragraph._p.append(parse_xml(f"<w:r {nsdecls('w')}>{xml}</w:r>"))
    document.add_heading(IKU02, level=2)
    for title in ("Penyebab keberhasilan", "Upaya yang dilakukan", "Kendala", "Tindak lanjut"):
        document.add_heading(title, level=3)
        document.add_paragraph(f"Uraian {title.lower()} untuk jumlah peserta.")
    return document


def _expected_markdown(image: str) -> str:
    return f"""# Narasi capaian kinerja 2025

## {IKU01}

### Penyebab keberhasilan

Survei menjangkau **17 kecamatan** dan *seluruh* kelompok sasaran.

- pelajar SMA/SMK;
    - di delapan sekolah;
- tokoh agama.

### Upaya yang dilakukan

1. Sekolah Kebangsaan.
2. Pelatihan kader PPWK.

| Kegiatan | Peserta |
| --- | --- |
| Sekolah Kebangsaan | 640 |
| Dialog kebangsaan | 264 |

### Kendala

Jadwal sekolah bertabrakan dengan asesmen semester:

![]({image})

### Tindak lanjut

Target 2026: 5 \\* 3 = 15 \\[usulan\\] &lt;draf> & nilai_akhir \\_catatan\\_

Pedoman BPIP: [pedoman survei](https://bpip.go.id/pedoman)

Data BPS: [situs BPS](https://purwakartakab.bps.go.id)

## {IKU02}

### Penyebab keberhasilan

Uraian penyebab keberhasilan untuk jumlah peserta.

### Upaya yang dilakukan

Uraian upaya yang dilakukan untuk jumlah peserta.

### Kendala

Uraian kendala untuk jumlah peserta.

### Tindak lanjut

Uraian tindak lanjut untuk jumlah peserta.
"""


def _save(document, folder: Path, name: str = DOCX_NAME) -> Path:
    path = folder / name
    document.save(str(path))
    return path


def _narrative(root: Path) -> Path:
    return root / "sections" / UNIT / "2025" / "narasi.md"


def test_a_word_document_imports_to_narrative_markdown_that_validates(sample_copy, tmp_path):
    source = _save(_word_document(), tmp_path)
    result = import_narrative(sample_copy, source)
    assert [f for f in result.findings if f.is_error] == []
    assert result.changed
    png = _png()
    image = f"gambar/{hashlib.sha256(png).hexdigest()[:16]}.png"
    assert _narrative(sample_copy).read_text(encoding="utf-8") == _expected_markdown(image)
    assert (sample_copy / "sections" / UNIT / "2025" / image).read_bytes() == png
    assert result.images == [f"sections/{UNIT}/2025/{image}"]
    validated = load_and_validate(sample_copy, 2025)
    assert [f for f in validated.findings if f.is_error] == []


def test_importing_the_same_document_twice_changes_nothing(sample_copy, tmp_path):
    source = _save(_word_document(), tmp_path)
    import_narrative(sample_copy, source)
    files = {p: p.read_bytes() for p in (sample_copy / "sections" / UNIT).rglob("*") if p.is_file()}
    stamps = {p: p.stat().st_mtime_ns for p in files}
    again = import_narrative(sample_copy, source)
    assert not again.changed and again.images == []
    assert {p: p.read_bytes() for p in files} == files
    assert {p: p.stat().st_mtime_ns for p in files} == stamps  # not even rewritten


def test_a_picture_already_in_the_folder_keeps_its_name(sample_copy, tmp_path):
    folder = sample_copy / "sections" / UNIT / "2025" / "gambar"
    folder.mkdir()
    (folder / "jadwal.png").write_bytes(_png())
    result = import_narrative(sample_copy, _save(_word_document(), tmp_path))
    assert result.images == []
    assert "![](gambar/jadwal.png)" in _narrative(sample_copy).read_text(encoding="utf-8")
    assert sorted(p.name for p in folder.iterdir()) == ["jadwal.png"]


def test_indonesian_style_names_outline_levels_and_direct_numbering(sample_copy, tmp_path):
    """Word in Indonesian names its headings "Judul 2"; lists may be numbered directly."""
    document = docx.Document()
    heading2, heading3 = document.styles["Heading 2"], document.styles["Heading 3"]
    heading2.name, heading2.style_id = "Judul 2", "Judul2"
    heading3.name, heading3.style_id = "Judul 3", "Judul3"
    custom = document.styles.add_style("Subjudul Narasi", WD_STYLE_TYPE.PARAGRAPH)
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), "2")  # outline level 3, as Word's paragraph dialog sets it
    custom.element.get_or_add_pPr().append(outline)
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>'
        "</w:abstractNum>"
    ))  # fmt: skip
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
    ))  # fmt: skip
    document.add_paragraph(IKU01, style=heading2)
    document.add_paragraph("Penyebab keberhasilan", style=heading3)
    for text, level in (
        ("butir satu", 0),
        ("rincian a", 1),
        ("rincian b", 1),
        ("butir dua", 0),
        ("catatan", 2),
    ):
        paragraph = document.add_paragraph(text, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
        ))  # fmt: skip
    document.add_paragraph("Upaya yang dilakukan", style=custom)
    document.add_paragraph("Upaya tertulis.")
    source = _save(document, tmp_path)
    converted = docx_to_markdown(docx.Document(str(source)), source.name, lambda d, e: "x")
    assert converted.markdown == (
        f"## {IKU01}\n\n### Penyebab keberhasilan\n\n"
        "- butir satu\n    1. rincian a\n    2. rincian b\n- butir dua\n\ncatatan\n\n"
        "### Upaya yang dilakukan\n\nUpaya tertulis.\n"
    )


def test_an_untouched_hint_is_dropped_and_a_typed_over_one_kept(sample_copy, tmp_path):
    (_narrative(sample_copy)).unlink()
    path = _template(sample_copy, name=DOCX_NAME)
    document = docx.Document(str(path))
    hints = [p for p in document.paragraphs if p.text == PLACEHOLDER]
    assert len(hints) == 8
    hints[0].text = "Penyuluhan menjangkau 17 kecamatan."  # typed over, still styled Petunjuk
    document.save(str(path))
    result = import_narrative(sample_copy, path)
    markdown = _narrative(sample_copy).read_text(encoding="utf-8")
    assert "Penyuluhan menjangkau 17 kecamatan." in markdown
    assert PLACEHOLDER not in markdown and "Petunjuk" not in markdown
    # The untouched hints leave their subsections empty: said, located at the heading's
    # paragraph, as warnings until the final build; IKU-02 has no text at all yet.
    said = [(f.code, f.key, f.severity) for f in result.findings]
    paragraphs = [p.text for p in document.paragraphs]
    assert said == [
        ("narrative-subsection-empty", f'paragraf {n} "{title}"', WARNING)
        for n, title in ((6, "Upaya yang dilakukan"), (8, "Kendala"), (10, "Tindak lanjut"))
    ] + [("narrative-empty", 'paragraf 12 "IKU-02 Jumlah peserta pembinaan ideologi Pancasila …"',
          WARNING)]  # fmt: skip
    assert [paragraphs[n - 1] for n in (6, 8, 10)] == ["Upaya yang dilakukan", "Kendala",
                                                      "Tindak lanjut"]  # fmt: skip
    assert {f.path for f in result.findings} == {DOCX_NAME}


def test_template_round_trip_gives_back_the_narrative(sample_copy):
    """Template from the sample's narrative, imported unchanged: the same Markdown.

    The one documented difference: the document's title comes back as a `#` title line,
    which the report does not print (a narrative's `#` lines are titles, as `lakip new` writes).
    """
    before = _narrative(sample_copy).read_text(encoding="utf-8")
    path = _template(sample_copy, name=DOCX_NAME)
    result = import_narrative(sample_copy, path)
    assert result.ok, result.findings
    after = _narrative(sample_copy).read_text(encoding="utf-8")
    title = "# Narasi capaian kinerja 2025: Bidang Ideologi dan Wawasan Kebangsaan\n\n"
    assert after == title + before


# --- What the report cannot print ------------------------------------------------------------

TROUBLE = "Paragraf bermasalah di sini untuk diuji sekali lagi."
TROUBLE_WORDS = "Paragraf bermasalah di sini untuk diuji …"


def _base() -> tuple[docx.Document, object]:
    """Paragraph 1 and 2 are headings; paragraph 3 is the one each case spoils."""
    document = docx.Document()
    document.add_heading(IKU01, level=2)
    document.add_heading("Penyebab keberhasilan", level=3)
    return document, document.add_paragraph(TROUBLE)


def _append(paragraph, xml: str) -> None:
    paragraph._p.append(parse_xml(xml))


_NS = nsdecls("w", "m", "r") + (
    ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def _tracked_insert(document, paragraph):
    _append(paragraph, f'<w:ins {_NS} w:id="1" w:author="Staf" w:date="2026-01-05T09:00:00Z">'
                       "<w:r><w:t>tambahan</w:t></w:r></w:ins>")  # fmt: skip


def _tracked_delete(document, paragraph):
    _append(paragraph, f'<w:del {_NS} w:id="2" w:author="Staf" w:date="2026-01-05T09:00:00Z">'
                       "<w:r><w:delText>lama</w:delText></w:r></w:del>")  # fmt: skip


def _comment(document, paragraph):
    document.add_comment(runs=[paragraph.runs[0]], text="Angkanya benar?", author="Kepala")


def _equation(document, paragraph):
    _append(paragraph, f"<m:oMath {_NS}><m:r><m:t>x=1</m:t></m:r></m:oMath>")


def _text_box(document, paragraph):
    _append(paragraph, f"<w:r {_NS}><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r>"
                       "<w:t>isi kotak</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape>"
                       "</w:pict></w:r>")  # fmt: skip


def _embedded(document, paragraph):
    _append(paragraph, f'<w:r {_NS}><w:object><o:OLEObject ProgID="Excel.Sheet.12"/></w:object>'
                       "</w:r>")  # fmt: skip


def _footnote(document, paragraph):
    _append(paragraph, f'<w:r {_NS}><w:footnoteReference w:id="1"/></w:r>')


def _hidden(document, paragraph):
    paragraph.add_run(" catatan pribadi").font.hidden = True


def _merged(document, paragraph):
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Gabungan"
    table.cell(1, 0).text = "a"


def _nested(document, paragraph):
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Luar"
    table.cell(0, 0).add_table(rows=1, cols=1).cell(0, 0).text = "Dalam"


def _tracked_row(document, paragraph):
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "Baris lama"
    table.cell(1, 0).text = "Baris baru"
    row = table.rows[1]._tr
    row.insert(0, parse_xml(f'<w:trPr {_NS}><w:ins w:id="3" w:author="Staf" '
                            'w:date="2026-01-05T09:00:00Z"/></w:trPr>'))  # fmt: skip


def _picture(paragraph, data: bytes):
    return paragraph.add_run().add_picture(io.BytesIO(data))


def _linked_picture(document, paragraph):
    shape = _picture(paragraph, _png())
    blip = shape._inline.graphic.graphicData.pic.blipFill.blip
    rid = paragraph.part.relate_to("file:///C:/gambar/grafik.png", RT.IMAGE, is_external=True)
    del blip.attrib[qn("r:embed")]
    blip.set(qn("r:link"), rid)


def _bmp() -> bytes:
    """A 1x1 24-bit Windows bitmap: Word accepts it, the report does not."""
    pixels = b"\x80\x80\x80\x00"
    header = struct.pack("<IiiHHIIiiII", 40, 1, 1, 1, 24, 0, len(pixels), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + 40 + len(pixels), 0, 0, 54) + header + pixels


def _bitmap(document, paragraph):
    _picture(paragraph, _bmp())


def _huge_picture(document, paragraph):
    _picture(paragraph, _png(padding=1_100_000))


# case: (spoil the document, the code, the paragraph and the first words it is found at)
AT_THE_PARAGRAPH = (3, TROUBLE_WORDS)
REFUSALS = {
    "tracked-insert": (_tracked_insert, "docx-tracked-change", AT_THE_PARAGRAPH),
    "tracked-delete": (_tracked_delete, "docx-tracked-change", AT_THE_PARAGRAPH),
    "comment": (_comment, "docx-comment", AT_THE_PARAGRAPH),
    "equation": (_equation, "docx-equation", AT_THE_PARAGRAPH),
    "text-box": (_text_box, "docx-text-box", AT_THE_PARAGRAPH),
    "embedded-object": (_embedded, "docx-embedded-object", AT_THE_PARAGRAPH),
    "footnote": (_footnote, "docx-footnote", AT_THE_PARAGRAPH),
    "hidden-text": (_hidden, "docx-hidden-text", AT_THE_PARAGRAPH),
    "tracked-row": (_tracked_row, "docx-tracked-change", (4, "Baris lama Baris baru")),
    "merged-cells": (_merged, "docx-merged-cells", (4, "Gabungan")),
    "nested-table": (_nested, "docx-nested-table", (4, "Luar Dalam")),
    "linked-picture": (_linked_picture, "docx-image-linked", AT_THE_PARAGRAPH),
    "bitmap": (_bitmap, "docx-image-format", AT_THE_PARAGRAPH),
    "huge-picture": (_huge_picture, "docx-image-too-large", AT_THE_PARAGRAPH),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_what_the_report_cannot_print_is_refused_and_nothing_written(case, sample_copy, tmp_path):
    spoil, code, (paragraph_number, words) = REFUSALS[case]
    document, paragraph = _base()
    spoil(document, paragraph)
    before = _narrative(sample_copy).read_bytes()
    result = import_narrative(sample_copy, _save(document, tmp_path))
    assert [(f.code, f.line, f.severity) for f in result.findings] == [
        (code, paragraph_number, "error")
    ]
    assert dict(result.findings[0].params)["words"] == words
    assert not result.ok and not result.changed
    assert _narrative(sample_copy).read_bytes() == before
    assert not (sample_copy / "sections" / UNIT / "2025" / "gambar").exists()


def test_a_refusal_names_the_paragraph_and_says_what_to_do(sample_copy, tmp_path):
    document, paragraph = _base()
    _comment(document, paragraph)
    result = import_narrative(sample_copy, _save(document, tmp_path))
    assert format_findings(result.findings, "text", "id") == (
        f'{DOCX_NAME}:3: kesalahan: Paragraf 3 ("{TROUBLE_WORDS}"): ada komentar. Komentar tidak '
        "dicetak: selesaikan lalu hapus (Tinjau > Hapus Semua Komentar), atau pindahkan isinya "
        "ke teks. [docx-comment]"
    )


def test_a_validation_error_is_located_in_the_document_and_nothing_written(sample_copy, tmp_path):
    document, paragraph = _base()
    link = document.add_paragraph("Klik ")
    _hyperlink(link, "javascript:alert(1)", "di sini")
    before = _narrative(sample_copy).read_bytes()
    result = import_narrative(sample_copy, _save(document, tmp_path))
    errors = [(f.code, f.line, f.key) for f in result.findings if f.is_error]
    assert errors == [("narrative-unsafe", 4, 'paragraf 4 "Klik di sini"')]
    assert _narrative(sample_copy).read_bytes() == before


def test_a_document_is_refused_for_another_unit_or_year(sample_copy, tmp_path):
    path = _template(sample_copy, name=DOCX_NAME)
    renamed = tmp_path / "narasi-2025-bidang-politik.docx"
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(LakipError) as refused:
        import_narrative(sample_copy, renamed)
    assert refused.value.code == "docx-identity-mismatch"
    document, _ = _base()
    with pytest.raises(LakipError) as refused:
        import_narrative(sample_copy, _save(document, tmp_path, "narasi-2019-bidang-ideologi.docx"))
    assert refused.value.code == "year-not-found"
    with pytest.raises(LakipError) as refused:
        import_narrative(sample_copy, _save(document, tmp_path, "narasi bidang.docx"))
    assert refused.value.code == "docx-identity-unknown"
    with pytest.raises(LakipError) as refused:
        import_narrative(sample_copy, _save(document, tmp_path, "narasi-2025-tidak-ada.docx"))
    assert refused.value.code == "narrative-no-indicators"
    with pytest.raises(LakipError) as refused:
        import_narrative(sample_copy, path, expected_year=2024)
    assert refused.value.code == "docx-other-year"
    broken = tmp_path / DOCX_NAME
    broken.write_bytes(b"PK\x03\x04 bukan dokumen")
    with pytest.raises(LakipError) as refused:
        import_narrative(sample_copy, broken)
    assert refused.value.code == "docx-unreadable"


def test_lakip_impor_writes_and_says_so_only_when_written(sample_copy, tmp_path, monkeypatch):
    source = _save(_word_document(), tmp_path)
    monkeypatch.chdir(sample_copy)
    before = _narrative(sample_copy).read_bytes()
    code, out, err = run_lakip("impor", source, "--dry-run")
    assert code == 0, err
    assert f"Akan ditulis (--dry-run): sections/{UNIT}/2025/narasi.md" in err
    assert _narrative(sample_copy).read_bytes() == before
    assert not (sample_copy / "sections" / UNIT / "2025" / "gambar").exists()
    code, out, err = run_lakip("impor", source)
    assert code == 0, err
    assert f"{DOCX_NAME}: ditulis ke sections/{UNIT}/2025/narasi.md (1 gambar baru)" in err
    code, out, err = run_lakip("impor", source, "--lang", "en")
    assert code == 0
    assert f"{DOCX_NAME}: sections/{UNIT}/2025/narasi.md already matches this document" in err
    document, paragraph = _base()
    _equation(document, paragraph)
    code, out, err = run_lakip("impor", _save(document, tmp_path))
    assert code == 1
    assert f"{DOCX_NAME}: tidak ada yang ditulis" in err
    assert "[docx-equation]" in out


# --- The printed report and LibreOffice -------------------------------------------------------


@pytest.mark.slow
def test_an_imported_word_narrative_is_printed_in_the_report(sample_copy, tmp_path):
    from lakip.pipeline import build

    result = import_narrative(sample_copy, _save(_word_document(), tmp_path))
    assert result.ok, result.findings
    built = build(sample_copy, tmp_path / "out")
    assert built.ok, [f for f in built.findings if f.is_error]
    with pdfplumber.open(built.pdf) as pdf:
        text = " ".join(" ".join((page.extract_text() or "") for page in pdf.pages).split())
        sizes = {tuple(image["srcsize"]) for page in pdf.pages for image in page.images}
    assert "Survei menjangkau 17 kecamatan dan seluruh kelompok sasaran." in text
    assert "Kegiatan Peserta Sekolah Kebangsaan 640 Dialog kebangsaan 264" in text
    assert "Target 2026: 5 * 3 = 15 [usulan] <draf> & nilai_akhir _catatan_" in text
    assert (40, 30) in sizes  # the inline picture, embedded as the PNG it was


def _soffice(tmp_path: Path, target: str, source: Path) -> Path:
    """Convert `source` with headless LibreOffice in its own profile; the converted file."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (scripts/system-deps.sh installs it)")
    profile = (tmp_path / "lo-profile").as_uri()
    out = tmp_path / "converted"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
         "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    converted = out / f"{source.stem}.{target.split(':')[0]}"
    assert done.returncode == 0 and converted.is_file(), done.stdout + done.stderr
    return converted


@pytest.mark.slow
def test_libreoffice_writer_opens_the_template(sample_copy, tmp_path):
    pdf_path = _soffice(tmp_path, "pdf", _template(sample_copy, name=DOCX_NAME))
    with pdfplumber.open(pdf_path) as pdf:
        text = " ".join(" ".join((page.extract_text() or "") for page in pdf.pages).split())
    assert "Narasi capaian kinerja 2025: Bidang Ideologi dan Wawasan Kebangsaan" in text
    assert IKU01 in text and IKU02 in text
    assert text.count("Tindak lanjut") == 2


@pytest.mark.slow
def test_a_document_saved_by_libreoffice_imports_like_the_original(sample_copy, tmp_path):
    """LibreOffice rewrites styles, numbering and properties in its own way when it saves."""
    original = _template(sample_copy, name=DOCX_NAME)
    saved = _soffice(tmp_path, "docx:MS Word 2007 XML", original)
    renamed = tmp_path / "dari-libreoffice.docx"  # the unit and year must come from within
    renamed.write_bytes(saved.read_bytes())
    assert renamed.read_bytes() != original.read_bytes()
    result = import_narrative(sample_copy, renamed)
    assert result.ok and result.changed, result.findings
    first = _narrative(sample_copy).read_text(encoding="utf-8")
    again = import_narrative(sample_copy, original)
    assert not again.changed  # the original gives the very same narasi.md
    assert first.count("\n- ") == 24 and first.count("### ") == 8


def test_a_document_without_indicator_headings_is_refused(sample_copy, tmp_path):
    """Typed without heading styles, it would replace the narrative with loose text."""
    document = docx.Document()
    bold = document.add_paragraph().add_run(IKU01)  # looks like a heading, is not one
    bold.bold = True
    document.add_paragraph("Penyebab keberhasilan: pembinaan menjangkau 17 kecamatan.")
    before = _narrative(sample_copy).read_bytes()
    result = import_narrative(sample_copy, _save(document, tmp_path))
    assert [(f.code, f.line, dict(f.params)) for f in result.findings] == [
        ("docx-no-indicator-headings", 0, {"codes": "IKU-01, IKU-02"})
    ]
    assert _narrative(sample_copy).read_bytes() == before


def test_a_narrative_picture_goes_into_the_template_and_comes_back_by_its_name(sample_copy):
    folder = sample_copy / "sections" / UNIT / "2025"
    (folder / "gambar").mkdir()
    (folder / "gambar" / "grafik survei.png").write_bytes(_png())
    narrative = _narrative(sample_copy)
    text = narrative.read_text(encoding="utf-8").replace(
        "### Upaya yang dilakukan\n",
        "### Upaya yang dilakukan\n\n![Grafik](gambar/grafik%20survei.png)\n",
        1,
    )
    narrative.write_text(text, encoding="utf-8")
    path = _template(sample_copy, name=DOCX_NAME)
    shapes = docx.Document(str(path)).inline_shapes
    assert len(shapes) == 1 and shapes[0]._inline.docPr.get("descr") == "Grafik"
    result = import_narrative(sample_copy, path)
    assert result.ok and result.images == []
    after = narrative.read_text(encoding="utf-8")
    assert "![Grafik](gambar/grafik%20survei.png)" in after


def test_everything_a_narrative_may_hold_survives_the_round_trip(sample_copy, tmp_path):
    """Word, Markdown, the template, Markdown again: lists nested and numbered, emphasis, a
    table, a picture, links and escaped marks come back unchanged (the title is the template's).
    """
    import_narrative(sample_copy, _save(_word_document(), tmp_path))
    first = _narrative(sample_copy).read_text(encoding="utf-8")
    result = import_narrative(sample_copy, _template(sample_copy, name=DOCX_NAME))
    assert result.ok and result.images == [], result.findings
    title = "# Narasi capaian kinerja 2025: Bidang Ideologi dan Wawasan Kebangsaan\n"
    assert _narrative(sample_copy).read_text(encoding="utf-8") == title + first.split("\n", 1)[1]


def test_content_controls_and_smart_tags_keep_their_text(tmp_path):
    """Word wraps text in content controls (w:sdt) and smart tags; the text inside counts."""
    document = docx.Document()
    document.add_heading(IKU01, level=2)
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Dalam kontrol isi,</w:t>"
        "</w:r><w:smartTag w:uri=\"urn:x\" w:element=\"place\"><w:r><w:t> di Purwakarta</w:t>"
        "</w:r></w:smartTag><w:r><w:t>.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    ))  # fmt: skip
    source = _save(document, tmp_path)
    converted = docx_to_markdown(docx.Document(str(source)), source.name, lambda d, e: "x")
    assert converted.markdown == f"## {IKU01}\n\nDalam kontrol isi, di Purwakarta.\n"
    assert [o.paragraph if o else None for o in converted.origins] == [1, None, 2]


def test_a_part_under_no_owned_indicator_is_carried_not_lost(sample_copy):
    """A part for an unknown code stays in the document, so importing it loses nothing."""
    narrative = _narrative(sample_copy)
    narrative.write_text(
        narrative.read_text(encoding="utf-8") + "\n## IKU-99 Indikator lama\n\nTeks lama.\n",
        encoding="utf-8",
    )
    before = narrative.read_bytes()
    path = _template(sample_copy, name=DOCX_NAME)
    outline = _outline(path)
    assert ("Heading 2", "IKU-99 Indikator lama") in outline and ("Normal", "Teks lama.") in outline
    result = import_narrative(sample_copy, path)
    errors = [(f.code, f.key) for f in result.findings if f.is_error]
    number = outline.index(("Heading 2", "IKU-99 Indikator lama")) + 1
    assert errors == [("narrative-unknown-code", f'paragraf {number} "IKU-99 Indikator lama"')]
    assert narrative.read_bytes() == before


def test_text_before_the_first_indicator_is_carried_not_lost(sample_copy):
    narrative = _narrative(sample_copy)
    narrative.write_text(
        "# Narasi lama\n\nCatatan umum unit.\n\n" + narrative.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    path = _template(sample_copy, name=DOCX_NAME)
    outline = _outline(path)
    assert outline[2] == ("Normal", "Catatan umum unit.")
    assert ("Normal", "Narasi lama") not in outline and ("Heading 1", "Narasi lama") not in outline
    result = import_narrative(sample_copy, path)
    assert result.ok
    text = narrative.read_text(encoding="utf-8")
    assert text.startswith("# Narasi capaian kinerja 2025: Bidang Ideologi dan Wawasan Kebangsaan"
                           "\n\nCatatan umum unit.\n\n## IKU-01 ")  # fmt: skip
    assert [f.code for f in result.findings] == ["narrative-preamble"]  # as it was: a warning
