"""Read a Word document's body as Word means it: block kinds by style, lists by numbering.

Word marks meaning in three places a reader must all consult: the paragraph's style (Heading 2,
or "Judul 2" when Word runs in Indonesian, or a custom style with an outline level), its own
properties (a list's `w:numPr`), and the numbering definitions (bullet or decimal, per level).
This module answers "what is this paragraph?" and "what here can the report not print?"; the
Markdown is written by `to_markdown`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docx.document import Document
from lxml import etree

from lakip.load.narrative import image_type

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wpg": "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup",
}
W = f"{{{NS['w']}}}"
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/gif": "gif"}
_HEADING = re.compile(r"^(?:heading|judul)\s*([1-9])$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list\s*(bullet|number)(?:\s*([2-9]))?$", re.IGNORECASE)
_TITLES = {"title", "judul"}
_QUOTES = {"quote", "intense quote", "kutipan", "kutipan intens"}

# What the report cannot print, found anywhere inside a paragraph: (code, XPath).
REFUSED = (
    ("docx-tracked-change", ".//w:ins|.//w:del|.//w:moveFrom|.//w:moveTo|.//w:rPrChange"
     "|.//w:pPrChange"),
    ("docx-comment", ".//w:commentReference|.//w:commentRangeStart"),
    ("docx-equation", ".//m:oMath|.//m:oMathPara"),
    ("docx-text-box", ".//w:txbxContent|.//wps:wsp|.//wpg:wgp|.//v:shape|.//v:rect|.//v:oval"
     "|.//v:line|.//v:roundrect|.//v:group"),
    ("docx-embedded-object", ".//w:object|.//o:OLEObject"
     "|.//w:drawing[not(.//pic:pic) and not(.//wps:wsp) and not(.//wpg:wgp)]"),
    ("docx-footnote", ".//w:footnoteReference|.//w:endnoteReference"),
    # text formatted as hidden: Word does not show it, the report would
    ("docx-hidden-text", ".//w:r/w:rPr/w:vanish[not(@w:val='0' or @w:val='false')]"),
)  # fmt: skip


_REFUSED_PATHS = tuple((code, etree.XPath(path, namespaces=NS)) for code, path in REFUSED)


@dataclass(frozen=True)
class Kind:
    """What a paragraph is: a heading (level), a list item (ordered, level), a quote, or text."""

    heading: int = 0  # 1-9; the document title counts as 1
    list_level: int = -1  # -1: no list item
    ordered: bool = False
    quote: bool = False


class Styles:
    """Style names, outline levels and list numbering of one document, looked up once."""

    def __init__(self, document: Document) -> None:
        self._styles: dict[str, etree._Element] = {}
        for style in document.styles.element.findall(f"{W}style"):
            self._styles[style.get(f"{W}styleId", "")] = style
        self._formats = _numbering(document)
        self._default = next(
            (
                style_id
                for style_id, style in self._styles.items()
                if style.get(f"{W}type") == "paragraph"
                and style.get(f"{W}default") in ("1", "true")
            ),
            "",
        )  # the style of a paragraph that names none

    def kind(self, paragraph: etree._Element) -> Kind:
        style_id = _val(paragraph, "w:pPr/w:pStyle") or self._default
        names = {style_id.lower(), self.name(style_id).lower()}
        if names & _TITLES:
            return Kind(heading=1)
        for name in names:
            if match := _HEADING.match(name):
                return Kind(heading=int(match.group(1)))
        outline = _val(paragraph, "w:pPr/w:outlineLvl") or self._inherited(style_id, "outlineLvl")
        if outline and outline.isdigit() and int(outline) < 9:
            return Kind(heading=int(outline) + 1)
        if names & _QUOTES:
            return Kind(quote=True)
        return self._list_kind(paragraph, style_id, names)

    def _list_kind(self, paragraph: etree._Element, style_id: str, names: set[str]) -> Kind:
        own_id, own_level = (
            _val(paragraph, "w:pPr/w:numPr/w:numId"),
            _val(paragraph, "w:pPr/w:numPr/w:ilvl"),
        )
        named = next((m for name in names if (m := _LIST_STYLE.match(name))), None)
        num_id = own_id or self._inherited(style_id, "numPr/w:numId")
        if num_id == "0" or (num_id is None and named is None):
            return Kind()
        if own_level is not None and own_level.isdigit():
            level = int(own_level)
        elif named is not None and named.group(2):
            level = int(named.group(2)) - 1
        else:
            level = int(self._inherited(style_id, "numPr/w:ilvl") or 0)
        kind = self._formats.get((num_id or "", level))
        if kind == "none":  # a level that shows no number or bullet: an indented paragraph
            return Kind()
        if kind is None:
            ordered = named is not None and named.group(1).lower() == "number"
        else:
            ordered = kind != "bullet"
        return Kind(list_level=level, ordered=ordered)

    def name(self, style_id: str) -> str:
        """The style's name as Word shows it (\"Heading 2\", \"Petunjuk\")."""
        style = self._styles.get(style_id)
        return (_val(style, "w:name") or "") if style is not None else ""

    def _inherited(self, style_id: str, prop: str) -> str | None:
        """A paragraph property of the style or the styles it is based on (Word's inheritance)."""
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._styles.get(style_id)
            if style is None:
                return None
            value = _val(style, f"w:pPr/w:{prop}")
            if value is not None:
                return value
            style_id = _val(style, "w:basedOn") or ""
        return None

    def character_style(self, run: etree._Element) -> tuple[bool, bool]:
        """(bold, italic) a run's character style gives it ("Strong", "Emphasis")."""
        style_id = _val(run, "w:rPr/w:rStyle")
        style = self._styles.get(style_id or "")
        if style is None:
            return False, False
        return is_on(style, "w:rPr/w:b"), is_on(style, "w:rPr/w:i")


# Tracked changes to a table's structure (rows, cells, properties) sit outside its paragraphs.
_TABLE_CHANGES = etree.XPath(
    "w:tblPr/w:tblPrChange|w:tblGrid/w:tblGridChange|w:tr/w:trPr/w:ins|w:tr/w:trPr/w:del"
    "|w:tr/w:trPr/w:trPrChange|w:tr/w:tc/w:tcPr/w:cellIns|w:tr/w:tc/w:tcPr/w:cellDel"
    "|w:tr/w:tc/w:tcPr/w:cellMerge|w:tr/w:tc/w:tcPr/w:tcPrChange",
    namespaces=NS,
)


def table_changed(table: etree._Element) -> bool:
    """Whether a table's rows, cells or properties carry tracked changes not yet accepted."""
    return bool(_TABLE_CHANGES(table))


def refusals(element: etree._Element) -> list[str]:
    """The codes of what the report cannot print inside `element`, in `REFUSED` order."""
    return [code for code, path in _REFUSED_PATHS if path(element)]


def image_extension(data: bytes) -> str | None:
    """The extension of an image the report can print, from its first bytes; None otherwise."""
    return _EXTENSIONS.get(image_type(data) or "")


def text_of(element: etree._Element) -> str:
    """The visible text inside `element`, its paragraphs one space apart.

    Read from the `w:t` nodes: lxml's itertext repeats the text of python-docx's text nodes.
    """
    if element.tag != f"{W}p":
        return " ".join(text_of(p) for p in element.iter(f"{W}p"))
    return "".join(node.text or "" for node in element.iter(f"{W}t"))


def merged(cell: etree._Element) -> bool:
    span = _val(cell, "w:tcPr/w:gridSpan")
    return bool(
        (span and span != "1")
        or cell.find(f"{W}tcPr/{W}vMerge") is not None
        or cell.find(f"{W}tcPr/{W}hMerge") is not None
    )


def _numbering(document: Document) -> dict[tuple[str, int], str]:
    """(numId, level) -> the level's number format ("bullet", "decimal", ...)."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {
        node.get(f"{W}abstractNumId"): {
            int(level.get(f"{W}ilvl", "0")): _val(level, "w:numFmt") or "decimal"
            for level in node.findall(f"{W}lvl")
        }
        for node in root.findall(f"{W}abstractNum")
    }
    formats = {}
    for num in root.findall(f"{W}num"):
        levels = abstract.get(_val(num, "w:abstractNumId"), {})
        for level, fmt in levels.items():
            formats[(num.get(f"{W}numId", ""), level)] = fmt
    return formats


def _val(element: etree._Element | None, path: str) -> str | None:
    if element is None:
        return None
    found = element.find(path, NS)
    return None if found is None else found.get(f"{W}val")


def is_on(element: etree._Element, path: str) -> bool:
    """A toggle property (`w:b`, `w:i`) that is present and not switched off."""
    found = element.find(path, NS)
    return found is not None and found.get(f"{W}val", "true") not in ("0", "false", "off")
