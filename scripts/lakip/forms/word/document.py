"""The shape of a unit's Word narrative: the contract between its template and its import.

A narrative document is `narasi-<year>-<unit>.docx` (`sheets.narrative_name`). Its custom
document properties `PROPERTY_UNIT` and `PROPERTY_YEAR` tie it to the unit and year (Word and
LibreOffice keep custom properties when they save; the file name is the fallback). The body
holds a title (style Title), then per indicator a Heading 2 `IKU-06 <indicator>` and the four
subsections as Heading 3. Paragraphs in the `HINT_STYLE` style whose text is one of `HINTS` are
the template's guidance: the import drops them, so an untouched one leaves its subsection empty.
A hint paragraph the person typed over keeps their text: nothing written is ever lost.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml

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
