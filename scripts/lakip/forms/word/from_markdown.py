"""Turn a narrative's Markdown into Word paragraphs, so a re-issued template carries the text.

The reverse of `to_markdown`, for what narratives hold: headings, paragraphs, bulleted and
numbered lists (nested), bold and italic, simple tables, links and the unit's own images. Word's
built-in styles carry the meaning (Heading 3, List Bullet 2, List Number, Quote, Table Grid), so
the import reads it back by style. HTML comments (the scaffold's hint) are left out; other raw
HTML is kept as visible text, so nothing the section wrote disappears unseen.
"""

from __future__ import annotations

import io

from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from markdown_it import MarkdownIt
from markdown_it.token import Token

from lakip.load.narrative import Source, image_data

MAX_PICTURE_WIDTH = Cm(15)
MAX_LIST_LEVEL = 3  # Word's built-in list styles: List Bullet, List Bullet 2, List Bullet 3
LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)
# Grid lines, and a bold header row from the style itself: no bold in the runs, which the
# import would read back as `**...**` in the header cells.
TABLE_STYLE = "Light Grid"


def add_markdown(document: Document, text: str, images: Source) -> None:
    """Append `text` to the end of `document`; `images` says where its pictures are found."""
    parser = MarkdownIt("commonmark").enable("table")
    _Writer(document, images).blocks(parser.parse(text))


class _Writer:
    def __init__(self, document: Document, images: Source) -> None:
        self.document, self.images = document, images
        self.lists: list[str] = []  # "bullet" or "number", outermost first
        self.quote = 0

    def blocks(self, tokens: list[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "bullet_list_open":
                self.lists.append("bullet")
            elif kind == "ordered_list_open":
                self.lists.append("number")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
            elif kind == "heading_open":
                level = int(token.tag[1])
                self.inline(
                    self.document.add_paragraph(style=f"Heading {level}"), tokens[index + 1]
                )
            elif kind == "paragraph_open":
                self.inline(self.document.add_paragraph(style=self.style()), tokens[index + 1])
            elif kind == "table_open":
                end = next(i for i in range(index, len(tokens)) if tokens[i].type == "table_close")
                self.table(tokens[index:end])
                index = end
            elif kind in ("code_block", "fence"):
                for line in token.content.rstrip("\n").split("\n"):
                    self.document.add_paragraph(line, style=self.style())
            elif kind == "html_block" and not token.content.lstrip().startswith("<!--"):
                self.document.add_paragraph(token.content.strip(), style=self.style())
            index += 1

    def style(self) -> str:
        if self.lists:
            name = "List Bullet" if self.lists[-1] == "bullet" else "List Number"
            level = min(len(self.lists), MAX_LIST_LEVEL)
            return name if level == 1 else f"{name} {level}"
        return "Quote" if self.quote else "Normal"

    def table(self, tokens: list[Token]) -> None:
        rows: list[list[Token]] = []
        for token in tokens:
            if token.type == "tr_open":
                rows.append([])
            elif token.type == "inline" and rows:
                rows[-1].append(token)
        width = max((len(row) for row in rows), default=0)
        if not width:
            return
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = TABLE_STYLE
        for row_index, row in enumerate(rows):
            for column, inline in enumerate(row):
                cell: _Cell = table.cell(row_index, column)
                self.inline(cell.paragraphs[0], inline)

    def inline(self, paragraph: Paragraph, token: Token) -> None:
        strong = em = 0
        link: str | None = None
        for child in token.children or []:
            kind = child.type
            if kind == "strong_open":
                strong += 1
            elif kind == "strong_close":
                strong -= 1
            elif kind == "em_open":
                em += 1
            elif kind == "em_close":
                em -= 1
            elif kind == "link_open":
                link = str(child.attrs.get("href", ""))
                paragraph = _open_link(paragraph, link)
            elif kind == "link_close":
                link = None
            elif kind in ("text", "code_inline") or (
                kind == "html_inline" and not child.content.startswith("<!--")
            ):
                run = paragraph.add_run(child.content)
                run.bold, run.italic = bool(strong) or None, bool(em) or None
                if kind == "code_inline":
                    run.font.name = "Courier New"
                if link is not None:
                    _link_run(paragraph, run)
            elif kind == "softbreak":
                paragraph.add_run(" ")
            elif kind == "hardbreak":
                paragraph.add_run().add_break(WD_BREAK.LINE)
            elif kind == "image":
                self.picture(paragraph, child)

    def picture(self, paragraph: Paragraph, token: Token) -> None:
        src = str(token.attrs.get("src", ""))
        data = image_data(src, self.images)
        if data is None:  # the report would not print it either: keep what was written, visible
            paragraph.add_run(f"![{token.content}]({src})")
            return
        shape = paragraph.add_run().add_picture(io.BytesIO(data))
        if shape.width > MAX_PICTURE_WIDTH:
            shape.height = int(shape.height * MAX_PICTURE_WIDTH / shape.width)
            shape.width = MAX_PICTURE_WIDTH
        if token.content:
            doc_pr = shape._inline.docPr  # noqa: SLF001 - python-docx has no API for alt text
            doc_pr.set("descr", token.content)


def _open_link(paragraph: Paragraph, url: str) -> Paragraph:
    """Start a `w:hyperlink` to `url`; runs added while it is open move into it."""
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True))
    paragraph._p.append(hyperlink)  # noqa: SLF001 - python-docx cannot write hyperlinks
    return paragraph


def _link_run(paragraph: Paragraph, run) -> None:
    """Move `run` into the paragraph's last hyperlink and colour it as Word does."""
    run.font.underline = True
    run.font.color.rgb = LINK_COLOUR
    hyperlinks = paragraph._p.findall(qn("w:hyperlink"))  # noqa: SLF001
    hyperlinks[-1].append(run._r)  # noqa: SLF001
