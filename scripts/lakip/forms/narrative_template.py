"""Turn a unit's indicators, and the narrative it has written so far, into a Word document.

Staff write the Bab III analysis in Word. The document, `narasi-<year>-<unit>.docx`
(`sheets.narrative_name`), is the contract with `narrative_import`: its custom document
properties `PROPERTY_UNIT` and `PROPERTY_YEAR` name the unit and year (Word and LibreOffice keep
them when they save; the file name is the fallback). The body holds a title (style Title), then
per indicator the unit owns in the year's PK a Heading 2 `IKU-06 <indicator>` and under it the
four subsections `validate --final` asks for as Heading 3. Paragraphs in the `HINT_STYLE` style
whose text is one of `HINTS` are the template's guidance, which the import drops, so an
untouched one leaves its subsection empty; a hint paragraph the person typed over keeps their
text. Text already in the unit's `narasi.md` is carried over, so a document issued again is
pre-filled and nothing is typed twice.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml
from docx.shared import Pt, RGBColor

from lakip import layout
from lakip.findings import LakipError
from lakip.forms.markdown_docx import Images, add_markdown
from lakip.load.headings import headings, sections
from lakip.model import Duty, Project
from lakip.office.archive import ZIP_EPOCH, normalised, write_atomically
from lakip.validate.narrative_quality import TOPICS

HINT_STYLE = "Petunjuk"
PROPERTY_UNIT = "lakip-unit"
PROPERTY_YEAR = "lakip-tahun"

INSTRUCTION = (
    "Petunjuk: tulis narasi di bawah setiap subjudul, di tempat paragraf petunjuk bercetak miring "
    "abu-abu (hapus atau timpa paragraf itu). Jangan mengubah atau menghapus judul indikator dan "
    "subjudulnya. Boleh memakai daftar berbutir atau bernomor, huruf tebal atau miring, tabel "
    "sederhana (tanpa sel gabungan) dan gambar PNG atau JPEG (paling besar 1 MiB) yang disisipkan "
    "sejajar teks. Kotak teks, bentuk, persamaan, komentar dan perubahan terlacak (track changes) "
    "tidak dapat dicetak: terima atau hapus sebelum mengirim."
)
PLACEHOLDER = "Tulis di sini. (Paragraf petunjuk ini diabaikan saat impor.)"
HINTS = frozenset({INSTRUCTION, PLACEHOLDER})

_CUSTOM_PART = "/docProps/custom.xml"
_CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format identifier every custom property carries (the one Word writes).
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
_NAME = re.compile(r"^narasi-((?:19|20)[0-9]{2})-([a-z0-9][a-z0-9-]*)$")


def is_hint(style_name: str, text: str) -> bool:
    """Whether a paragraph is the template's untouched guidance."""
    return style_name == HINT_STYLE and " ".join(text.split()) in HINTS


def set_identity(document: Document, unit: str, year: int) -> None:
    """Record the unit and year as custom document properties (docProps/custom.xml)."""
    properties = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(
            ((PROPERTY_UNIT, unit), (PROPERTY_YEAR, str(year))), start=2
        )
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{properties}</Properties>'
    )
    package = document.part.package
    part = Part(PackURI(_CUSTOM_PART), _CUSTOM_TYPE, xml.encode("utf-8"), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def identity_from_name(file_name: str) -> tuple[str, int] | None:
    """(unit, year) from `narasi-<year>-<unit>.docx`, a copy's " (1)" suffix allowed."""
    stem = file_name.rsplit(".", 1)[0]
    stem = re.sub(r"\s*\(\d+\)$", "", stem)
    match = _NAME.match(stem)
    return (match.group(2), int(match.group(1))) if match else None


def identity_from_properties(document: Document) -> tuple[str | None, int | None]:
    """(unit, year) from the custom document properties; None for what is not there."""
    try:
        part = document.part.package.part_related_by(RT.CUSTOM_PROPERTIES)
    except KeyError:
        return None, None
    try:
        root = parse_xml(part.blob)
    except Exception:  # noqa: BLE001 - a damaged properties part is no identity, not a crash
        return None, None
    values = {
        node.get("name"): "".join(child.text or "" for child in node).strip()
        for node in root
        if node.tag == f"{{{_CUSTOM_NS}}}property"
    }
    year = values.get(PROPERTY_YEAR, "")
    return values.get(PROPERTY_UNIT) or None, int(year) if year.isdigit() else None


HINT_COLOUR = RGBColor(0x76, 0x76, 0x76)


def write_narrative_template(
    project: Project, year: int, unit: str, path: Path, when: datetime | None = None
) -> None:
    """Write the unit's narrative document for `year` to `path`, byte-identical for one `when`."""
    duty = project.duties(year).get(unit)
    if duty is None or not duty.indicators:
        raise LakipError("narrative-no-indicators", unit=unit, year=year)
    document = docx.Document()
    _add_hint_style(document)
    _set_properties(document, duty, year, when)
    set_identity(document, unit, year)
    document.add_paragraph(_title(duty, year), style="Title")
    document.add_paragraph(INSTRUCTION, style=HINT_STYLE)
    written = project.year_data(year).narratives
    images = Images(Path(project.root), layout.unit_year(unit, year), layout.unit_folder(unit))
    for indicator in duty.indicators:
        document.add_paragraph(f"{indicator.code} {' '.join(indicator.text.split())}", "Heading 2")
        part = written.get(indicator.code)
        _add_part(document, part.markdown if part and part.unit == unit else "", images)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomically(path, normalised(buffer.getvalue(), when))


def _title(duty: Duty, year: int) -> str:
    return f"Narasi capaian kinerja {year}: {' '.join(duty.unit.name.split())}"


def _add_part(document: Document, markdown: str, images: Images) -> None:
    """The part's text with every topic present, a hint under each subsection with no text."""
    found = [h for h in headings(markdown) if h.level >= 3]
    top = min((h.level for h in found), default=3)
    preamble, *subsections = sections(markdown, [h for h in found if h.level == top])
    add_markdown(document, preamble.body, images)
    titles = []
    for section in subsections:
        titles.append(section.heading.title)
        document.add_paragraph(section.heading.title, style=f"Heading {top}")
        _add_body(document, section.body, images)
    for topic in TOPICS:
        if not any(word in title.lower() for title in titles for word in topic.words):
            document.add_paragraph(topic.title, style=f"Heading {top}")
            _add_body(document, "", images)


def _add_body(document: Document, markdown: str, images: Images) -> None:
    before = len(document.paragraphs) + len(document.tables)
    add_markdown(document, markdown, images)
    if len(document.paragraphs) + len(document.tables) == before:
        document.add_paragraph(PLACEHOLDER, style=HINT_STYLE)


def _add_hint_style(document: Document) -> None:
    style = document.styles.add_style(HINT_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.italic = True
    style.font.size = Pt(10)
    style.font.color.rgb = HINT_COLOUR


def _set_properties(document: Document, duty: Duty, year: int, when: datetime | None) -> None:
    """Dates from `when`, never the clock, so the same narrative gives the same bytes."""
    stamp = (when or ZIP_EPOCH).astimezone(UTC).replace(tzinfo=None)
    properties = document.core_properties
    properties.title = _title(duty, year)
    properties.author = "lakip"
    properties.last_modified_by = "lakip"
    properties.created = properties.modified = properties.last_printed = stamp
    properties.revision = 1
