"""Turn a Word narrative into narrative Markdown, remembering which paragraph each line came from.

Headings, paragraphs, bulleted and numbered lists (nested), bold and italic, simple tables,
inline pictures and hyperlinks become the Markdown `narasi.md` is written in. What the report
cannot print (merged or nested table cells, text boxes and shapes, equations, unaccepted
tracked changes, comments, embedded objects, footnotes, pictures it cannot show) is refused
with a finding naming the paragraph, counted as Word users count them, and its first words.
Text is escaped, so a `*` or `<` typed in Word stays a character and never becomes markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from docx.document import Document
from lxml import etree

from lakip.findings import Finding, finding
from lakip.forms.word.document import is_hint
from lakip.forms.word.markdown_text import (
    emphasis,
    escape,
    field_address,
    line_starts,
    link_address,
    table_row,
)
from lakip.forms.word.read import (
    NS,
    Kind,
    Styles,
    W,
    image_extension,
    is_on,
    merged,
    refusals,
    table_changed,
    text_of,
)
from lakip.load.narrative import MAX_IMAGE_BYTES

WORDS = 6  # first words that name a paragraph in a finding


@dataclass(frozen=True)
class Origin:
    paragraph: int  # 1-based, every paragraph of the body in order (those in tables too)
    words: str


@dataclass
class Converted:
    markdown: str = ""
    origins: list[Origin | None] = field(default_factory=list)  # per Markdown line
    images: dict[str, bytes] = field(default_factory=dict)  # Markdown src -> bytes
    refused: list[Finding] = field(default_factory=list)


def docx_to_markdown(
    document: Document, name: str, image_src: Callable[[bytes, str], str]
) -> Converted:
    """Convert the body of `document` (file `name`); `image_src` names a picture's file."""
    reader = _Reader(document, name, image_src)
    reader.blocks(document.element.body)
    return reader.result()


class _Reader:
    def __init__(self, document: Document, name: str, image_src) -> None:
        self.document, self.name, self.image_src = document, name, image_src
        self.styles = Styles(document)
        self.lines: list[tuple[str, Origin | None]] = []
        self.counts: list[int] = []  # the open list's item numbers, per level
        self.previous = "none"  # the kind of the last block written: none, list, text
        self.number = 0
        self.fields: list[list] = []  # open fields: [code so far, its link once shown]
        self.converted = Converted()

    def result(self) -> Converted:
        while self.lines and not self.lines[-1][0]:
            self.lines.pop()
        self.converted.markdown = "\n".join(text for text, _ in self.lines) + "\n"
        self.converted.origins = [origin for _, origin in self.lines]
        return self.converted

    def blocks(self, parent: etree._Element) -> None:
        for child in parent:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent")
                self.blocks(content if content is not None else child)
            elif child.tag == f"{W}altChunk":
                origin = self.origin(child, self.number + 1)
                self.refuse("docx-embedded-object", paragraph=origin.paragraph, words=origin.words)

    def origin(self, element: etree._Element, number: int) -> Origin:
        text = " ".join(text_of(element).split())
        words = text.split(" ")
        shown = " ".join(words[:WORDS]) + (" …" if len(words) > WORDS else "")
        return Origin(number, shown)

    def refuse(self, code: str, /, paragraph: int, **params: object) -> None:
        """A finding at `paragraph`; `params` hold its first `words` and the template's fields."""
        found = finding(self.name, paragraph, "", code, paragraph=paragraph, **params)
        self.converted.refused.append(found)

    def refuse_all(self, element: etree._Element, origin: Origin) -> bool:
        """Refuse each thing in `element` the report cannot print; whether there was any."""
        codes = refusals(element)
        for code in codes:
            self.refuse(code, paragraph=origin.paragraph, words=origin.words)
        return bool(codes)

    def paragraph(self, p: etree._Element) -> None:
        self.number += 1
        origin = self.origin(p, self.number)
        refused = self.refuse_all(p, origin)
        style = p.find("w:pPr/w:pStyle", NS)
        style_name = self.styles.name(style.get(f"{W}val") if style is not None else "")
        if refused or is_hint(style_name, text_of(p)):
            return
        kind = self.styles.kind(p)
        text = self.inline(p, origin, heading=bool(kind.heading)).strip()
        if not text:
            return
        self.write(kind, text, origin)

    def write(self, kind: Kind, text: str, origin: Origin) -> None:
        if kind.heading:
            level = min(kind.heading, 6)  # Markdown has six levels; Word's 7 to 9 join the last
            self.block("text", [f"{'#' * level} {' '.join(text.split())}"], origin)
        elif kind.list_level >= 0:
            self.item(kind, text, origin)
        elif kind.quote:
            self.block("quote", [f"> {line}" for line in text.split("\n")], origin)
        else:
            self.block("text", text.split("\n"), origin)

    def block(self, kind: str, lines: list[str], origin: Origin) -> None:
        if self.previous != "none":
            self.lines.append(("", None))
        self.lines += [(line, origin) for line in lines]
        self.previous, self.counts = kind, []

    def item(self, kind: Kind, text: str, origin: Origin) -> None:
        if self.previous != "list":
            if self.previous != "none":
                self.lines.append(("", None))
            self.counts = []
        level = min(kind.list_level, len(self.counts))  # never deeper than one below the last
        del self.counts[level + 1 :]
        while len(self.counts) <= level:
            self.counts.append(0)
        self.counts[level] += 1
        marker = f"{self.counts[level]}." if kind.ordered else "-"
        indent = "    " * level
        first, *rest = text.split("\n")
        self.lines.append((f"{indent}{marker} {first}", origin))
        self.lines += [(f"{indent}    {line}", origin) for line in rest]
        self.previous = "list"

    def table(self, tbl: etree._Element) -> None:
        rows: list[list[str]] = []
        first_number = self.number + 1
        if table_changed(tbl):
            origin = self.origin(tbl, first_number)
            self.refuse("docx-tracked-change", paragraph=origin.paragraph, words=origin.words)
        for tr in tbl.findall(f"{W}tr"):
            row = []
            for tc in tr.findall(f"{W}tc"):
                origin = self.origin(tc, self.number + 1)
                if merged(tc):
                    self.refuse("docx-merged-cells", paragraph=origin.paragraph, words=origin.words)
                if tc.find(f".//{W}tbl") is not None:
                    self.refuse("docx-nested-table", paragraph=origin.paragraph, words=origin.words)
                cell = []
                for p in tc.findall(f".//{W}p"):
                    self.number += 1
                    own = self.origin(p, self.number)
                    self.refuse_all(p, own)
                    cell.append(self.inline(p, own).strip().replace("\n", " "))
                row.append("<br>".join(part for part in cell if part).replace("|", "\\|"))
            rows.append(row)
        width = max((len(row) for row in rows), default=0)
        if not width:
            return
        origin = self.origin(tbl, first_number)
        lines = [table_row(rows[0], width), table_row(["---"] * width, width)]
        lines += [table_row(row, width) for row in rows[1:]]
        self.block("table", lines, origin)

    def inline(self, p: etree._Element, origin: Origin, heading: bool = False) -> str:
        """The paragraph's runs as Markdown: formatting merged across runs, text escaped."""
        pieces: list[tuple[str, bool, bool, str | None]] = []
        self.runs(p, pieces, None, origin)
        out, index = [], 0
        while index < len(pieces):
            text, bold, italic, link = pieces[index]
            index += 1
            while index < len(pieces) and pieces[index][1:] == (bold, italic, link):
                text += pieces[index][0]
                index += 1
            if link is None:
                out.append(emphasis(text, bold and not heading, italic and not heading))
            else:
                out.append(f"[{emphasis(text, bold, italic)}]({link_address(link)})")
        return line_starts("".join(out))

    def runs(self, parent, pieces: list, link: str | None, origin: Origin) -> None:
        for child in parent:
            tag = child.tag
            if tag == f"{W}r":
                self.run(child, pieces, self.field_link(child) or link, origin)
            elif tag == f"{W}fldSimple":
                self.runs(child, pieces, field_address(child.get(f"{W}instr", "")) or link, origin)
            elif tag == f"{W}hyperlink":
                rid = child.get(f"{{{NS['r']}}}id")
                rel = self.document.part.rels.get(rid) if rid else None
                target = rel.target_ref if rel is not None and rel.is_external else None
                self.runs(child, pieces, target, origin)
            elif tag in (f"{W}smartTag", f"{W}customXml", f"{W}sdt"):
                content = child.find(f"{W}sdtContent")
                self.runs(content if content is not None else child, pieces, link, origin)

    def field_link(self, r: etree._Element) -> str | None:
        """The address of the HYPERLINK field `r` shows the result of, if any.

        Older documents and pasted text link with a field: its code (`HYPERLINK "url"`) between
        the begin and separate marks, the text shown between separate and end.
        """
        mark = r.find(f"{W}fldChar")
        kind = mark.get(f"{W}fldCharType") if mark is not None else None
        if kind == "begin":
            self.fields.append(["", None])
        elif kind == "separate" and self.fields:
            self.fields[-1][1] = field_address(self.fields[-1][0])
        elif kind == "end" and self.fields:
            self.fields.pop()
        code = r.find(f"{W}instrText")
        if code is not None and self.fields:
            self.fields[-1][0] += code.text or ""
        return self.fields[-1][1] if self.fields else None

    def run(self, r: etree._Element, pieces: list, link: str | None, origin: Origin) -> None:
        styled_bold, styled_italic = self.styles.character_style(r)
        bold = is_on(r, "w:rPr/w:b") or styled_bold
        italic = is_on(r, "w:rPr/w:i") or styled_italic
        for child in r:
            tag = child.tag
            if tag == f"{W}t":
                pieces.append((escape(child.text or ""), bold, italic, link))
            elif tag in (f"{W}tab", f"{W}noBreakHyphen"):
                pieces.append((" " if tag == f"{W}tab" else "-", bold, italic, link))
            elif tag in (f"{W}br", f"{W}cr") and child.get(f"{W}type") in (None, "textWrapping"):
                pieces.append(("  \n", False, False, link))
            elif tag == f"{W}drawing":
                pieces.append((self.picture(child, origin), False, False, None))

    def picture(self, drawing: etree._Element, origin: Origin) -> str:
        blip = drawing.find(".//a:blip", NS)
        rid = blip.get(f"{{{NS['r']}}}embed") if blip is not None else None
        part = self.document.part.related_parts.get(rid) if rid else None
        if part is None:
            self.refuse("docx-image-linked", paragraph=origin.paragraph, words=origin.words)
            return ""
        data = part.blob
        ext = image_extension(data)
        if ext is None:
            self.refuse(
                "docx-image-format",
                paragraph=origin.paragraph,
                words=origin.words,
                kind=part.content_type,
            )
            return ""
        if len(data) > MAX_IMAGE_BYTES:
            self.refuse(
                "docx-image-too-large",
                paragraph=origin.paragraph,
                words=origin.words,
                size=len(data),
                limit=MAX_IMAGE_BYTES,
            )
            return ""
        src = self.image_src(data, ext)
        self.converted.images[src] = data
        doc_pr = drawing.find(".//wp:docPr", NS)
        alt = (doc_pr.get("descr") or doc_pr.get("title") or "") if doc_pr is not None else ""
        return f"![{escape(' '.join(alt.split()))}]({src})"
