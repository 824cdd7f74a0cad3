"""Turn document blocks into HTML fragments shared by the PDF template and the site pages.

One rendering of each block keeps the PDF and the site showing the same tables and charts; the
renderers add only page layout around these fragments.
"""

from __future__ import annotations

import base64
import re
from html import escape

from lakip.assemble import document as d

# A table with a class is left alone by Material (its CSS and script take `table:not([class])`
# and wrap each in a scroll box of their own): the site's `.lakip-table` is the one box that
# scrolls, with the first column kept in view (site.css).
TABLE_CLASS = "lakip-data"
_SVG_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*\?>)?\s*(<!DOCTYPE[^>]*>)?\s*", re.DOTALL)


def block_html(block: d.Block) -> str:
    """The HTML of one block; classes are the hooks both stylesheets use."""
    if isinstance(block, d.Heading):
        return f'<h{block.level} id="{escape(block.id)}">{escape(block.text)}</h{block.level}>'
    if isinstance(block, d.Paragraph):
        return f'<p class="lakip-fact">{escape(block.text)}</p>'
    if isinstance(block, d.Html):
        return f'<div class="lakip-narrative">{block.html}</div>'
    if isinstance(block, d.Placeholder):
        return f'<p class="lakip-placeholder">{escape(block.text)}</p>'
    if isinstance(block, d.Table):
        return table_html(block)
    if isinstance(block, d.Chart):
        return chart_html(block)
    if isinstance(block, d.Cards):
        return cards_html(block)
    if isinstance(block, d.Signature):
        return signature_html(block)
    raise TypeError(f"unknown block {type(block).__name__}")


def blocks_html(blocks: list[d.Block]) -> str:
    return "\n".join(block_html(block) for block in blocks)


def table_html(table: d.Table) -> str:
    wide = " lakip-wide" if table.wide else ""
    head = "".join(
        f'<th class="lakip-{c.align}" scope="col">{escape(c.title)}</th>' for c in table.columns
    )
    body = "\n".join(_row(table, row, "td") for row in table.rows)
    foot = "\n".join(_row(table, row, "th") for row in table.footer)
    note = f'<p class="lakip-table-note">{escape(table.note)}</p>' if table.note else ""
    return (
        f'<div class="lakip-table{wide}" id="{escape(table.id)}">'
        f'<table class="{TABLE_CLASS}">'
        f"<caption>Tabel {escape(table.number)} {escape(table.caption)}</caption>"
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>"
        + (f"\n<tfoot>\n{foot}\n</tfoot>" if foot else "")
        + f"</table>{note}</div>"
    )


def _row(table: d.Table, row: tuple[str, ...], cell: str) -> str:
    cells = "".join(
        f'<{cell} class="lakip-{column.align}">{escape(value)}</{cell}>'
        for column, value in zip(table.columns, row, strict=False)
    )
    return f"<tr>{cells}</tr>"


def chart_html(figure: d.Chart, inline: bool = True) -> str:
    """The chart inline for the site (styled and searchable with the page), or as an image.

    The PDF takes the image: WeasyPrint parses an SVG data URL with expat, but inline SVG with
    its pure-Python HTML parser, ~25 ms a chart (docs/performance.md). Both draw it as vectors.
    """
    alt = escape(figure.alt)
    if inline:
        chart = _SVG_PROLOGUE.sub("", figure.svg, count=1)
        chart = chart.replace("<svg", f'<svg role="img" aria-label="{alt}"', 1)
    else:
        data = base64.b64encode(figure.svg.encode("utf-8")).decode("ascii")
        chart = f'<img alt="{alt}" src="data:image/svg+xml;base64,{data}">'
    return (
        f'<figure class="lakip-figure" id="{escape(figure.id)}">{chart}'
        f"<figcaption>Gambar {escape(figure.number)} {escape(figure.caption)}</figcaption>"
        f'<p class="lakip-alt">{escape(figure.alt)}</p></figure>'
    )


def cards_html(cards: d.Cards) -> str:
    items = "".join(
        f'<div class="lakip-card"><div class="lakip-card-value">{escape(card.value)}</div>'
        f'<div class="lakip-card-label">{escape(card.label)}</div>'
        + (f'<div class="lakip-card-note">{escape(card.note)}</div>' if card.note else "")
        + "</div>"
        for card in cards.cards
    )
    return f'<div class="lakip-cards">{items}</div>'


def signature_html(sig: d.Signature) -> str:
    position = "<br>".join(escape(line) for line in sig.position)
    return (
        '<div class="lakip-signature">'
        f'<p class="lakip-sign-place">{escape(sig.place_date)}</p>'
        f'<p class="lakip-sign-position">{position}</p>'
        '<div class="lakip-sign-space"></div>'
        f'<p class="lakip-sign-name">{escape(sig.name)}</p>'
        f'<p class="lakip-sign-rank">{escape(sig.rank)}</p>'
        f'<p class="lakip-sign-nip">{escape(sig.nip)}</p>'
        "</div>"
    )
