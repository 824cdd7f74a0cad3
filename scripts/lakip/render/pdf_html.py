"""Turn the assembled `Report` into the HTML document the printer lays out.

The page layout lives in `templates/report.html` and `templates/print.css`; blocks come from
`htmlblocks.block_html`, the same fragments the site shows. Both the one-pass print (`pdf`) and the
print in parts (`pdf_parts`) take their HTML from here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from markupsafe import Markup

from lakip.assemble import document as d
from lakip.render.fetcher import PACKAGE_DIR
from lakip.render.htmlblocks import block_html, chart_html
from lakip.render.print_lists import book_chapters, generated_list
from lakip.render.templates import environment, kop
from lakip.render.wordbreak import breakable

# Widths in pt of the text area, portrait and landscape: A4 less the @page margins of print.css.
_CM = 72 / 2.54
_CONTENT_WIDTH = {False: 595.28 - (3 + 2.5) * _CM, True: 841.89 - (2 + 2) * _CM}
# Table type sizes in pt, largest first; the first is print.css's default.
_FIT_SIZES = (9.5, 8.5, 7.5, 6.5)
_CELL_PADDING_EM = 2 * 0.42  # left + right padding of a cell, as in print.css
_CELL_BORDER = 0.5


def report_html(report: d.Report) -> str:
    """The whole report as one HTML document: front matter, then the main matter."""
    chapters = book_chapters(report)
    views = [chapter_view(chapter, chapters) for chapter in chapters]
    matters = [
        ("front", [v for v in views if v["kind"] == "front"]),
        ("main", [v for v in views if v["kind"] != "front"]),
    ]
    return page_html(report, matters)


def running_title(report: d.Report) -> str:
    return f"{report.short_title} {report.year} · {report.agency}"


def page_html(report: d.Report, matters: list[tuple[str, list[dict]]], cover: bool = True) -> str:
    """The HTML document of the given chapter views, with the cover unless it is left out."""
    meta = {
        "title": (
            f"{report.full_title} {report.agency}"
            if report.quarter
            else f"{report.short_title} {report.year} {report.agency}"
        ),
        "author": report.agency,
        "keywords": ", ".join(
            [report.short_title, "LAKIP", "laporan kinerja", str(report.year), report.agency]
        ),
        "date": f"{report.date.isoformat()}T00:00:00Z",
        "running": running_title(report),
    }
    html = (
        environment()
        .get_template("report.html")
        .render(report=report, meta=meta, kop=kop(report.letterhead), matters=matters, cover=cover)
    )
    return breakable(html)  # a 9,000-character word would stall WeasyPrint's line breaking


def chapter_view(
    chapter: d.Chapter,
    chapters: list[d.Chapter],
    *,
    blocks: list[d.Block] | None = None,
    pages: dict[str, int] | None = None,
    continued: bool = False,
    running: str = "",
) -> dict:
    """What the template needs of a chapter, or of a run of its `blocks` when printed in parts.

    `pages` gives the printed page of anchors in other parts, for the generated lists; a
    `continued` chapter goes on from the previous part, without its title; `running` sets the
    running header where no cover or title before it did.
    """
    body = "\n".join(_blocks(chapter.blocks if blocks is None else blocks))
    body += generated_list(chapter, chapters, pages or {})
    return {
        "id": chapter.id,
        "kind": chapter.kind,
        "number": chapter.number,
        "title": chapter.title,
        "label": chapter.label,
        "body": Markup(body),
        "continued": continued,
        "running": running,
    }


def _blocks(blocks: list[d.Block]) -> list[str]:
    """Block HTML, with headings that lead into a landscape table moved onto its page.

    Otherwise a heading would end a portrait page on its own, and the table start the next.
    """
    out: list[str] = []
    pending: list[str] = []
    for block in blocks:
        if isinstance(block, d.Heading):
            pending.append(block_html(block))
            continue
        html = _block(block)
        if pending and isinstance(block, d.Table) and block.wide:
            html = f'<div class="lakip-wide">{"".join(pending)}{html}</div>'
        else:
            out += pending
        pending = []
        out.append(html)
    return out + pending


def _block(block: d.Block) -> str:
    if isinstance(block, d.Table) and (fit := fit_class(block)):
        return f'<div class="{fit}">{block_html(block)}</div>'
    if isinstance(block, d.Chart):
        return chart_html(block, inline=False)
    return block_html(block)


def fit_class(table: d.Table) -> str:
    """The class that shrinks a table's type until its longest words fit across the page.

    WeasyPrint cannot break an amount like Rp1.234.567.890, so a table whose columns' longest
    tokens add up to more than the page is set smaller; past the smallest size, tokens may break.
    """
    width = _CONTENT_WIDTH[table.wide]
    for size in _FIT_SIZES:
        if _min_width(table, size) <= width:
            return "" if size == _FIT_SIZES[0] else f"lakip-fit-{round(size * 10)}"
    return "lakip-fit-break"


def _min_width(table: d.Table, size: float) -> float:
    total = 0.0
    for i, column in enumerate(table.columns):
        ems = [_ems(column.title, True)]
        ems += [_ems(row[i], False) for row in table.rows if i < len(row)]
        ems += [_ems(row[i], True) for row in table.footer if i < len(row)]
        total += (max(ems) + _CELL_PADDING_EM) * size + _CELL_BORDER
    return total


def _ems(text: str, bold: bool) -> float:
    """Width in em of the longest unbreakable word of `text` in Liberation Sans."""
    advance = _advances(bold)
    return max((sum(advance(ch) for ch in word) for word in text.split()), default=0.0)


@functools.cache
def _advances(bold: bool) -> Callable[[str], float]:
    from fontTools.ttLib import TTFont

    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    with TTFont(PACKAGE_DIR / "fonts" / name) as font:
        metrics, units = font["hmtx"].metrics, font["head"].unitsPerEm
        widths = {code: metrics[glyph][0] / units for code, glyph in font.getBestCmap().items()}
    fallback = metrics[".notdef"][0] / units
    return lambda ch: widths.get(ord(ch), fallback)


# A table's last page (or first) keeps at least this many body rows: WeasyPrint has no row
# orphans or widows, so the printer measures the laid-out pages and re-renders with a fix.
MIN_ROWS = 3


def table_fixes(document, fixes: dict[str, str]) -> dict[str, str]:
    """The CSS rules, by table id, that mend the tables a laid-out `document` split badly.

    A table that would fit on one page yet was split is kept whole (`break-inside: avoid`); a
    longer one whose first or last page holds fewer than `MIN_ROWS` body rows gets a forced
    break that moves rows over. Measured on the pages, not guessed: no bad split, no second
    render. `fixes` are the rules this layout was made with: each is kept, except a forced
    row break that an earlier fix made needless (its last two pieces now fit on one page).
    """
    pieces: dict[str, list[tuple[float, int, float, float]]] = {}
    for page in document.pages:
        box = page._page_box
        for table_id, height, rows, head in _table_pieces(box):
            pieces.setdefault(table_id, []).append((height, rows, head, box.height))
    wanted = dict(fixes)
    for table_id, parts in pieces.items():
        if table_id in fixes:
            if _ROW_BREAK in fixes[table_id] and _needless(parts):
                del wanted[table_id]
            continue
        if fix := _fix(f"#{table_id}", parts):
            wanted[table_id] = fix
    return wanted


_ROW_BREAK = "tbody > tr:nth-child"


def _fix(selector: str, parts: list[tuple[float, int, float, float]]) -> str:
    if len(parts) < 2:
        return ""
    whole = sum(p[0] for p in parts) - sum(p[2] for p in parts[1:])
    counts = [p[1] for p in parts]
    if whole <= min(p[3] for p in parts):
        return f"{selector} {{ break-inside: avoid }}"
    if counts[0] < MIN_ROWS:
        return f"{selector} {{ break-before: page }}"
    if counts[-1] < MIN_ROWS and counts[-2] + counts[-1] >= 2 * MIN_ROWS:
        row = sum(counts) - MIN_ROWS + 1  # 1-based: the first row of the new last page
        return f"{selector} {_ROW_BREAK}({row}) {{ break-before: page }}"
    return ""


def _needless(parts: list[tuple[float, int, float, float]]) -> bool:
    """Whether the last two pieces of a table with a forced row break would share a page."""
    if len(parts) < 2:
        return True
    (before, _, _, room), (last, _, head, _) = parts[-2], parts[-1]
    return before + last - head <= room


def _table_pieces(page_box):
    """(id, height, body rows, repeated header height) of each report table on a page."""
    from weasyprint.formatting_structure import boxes

    stack = [page_box]
    while stack:
        box = stack.pop()
        element = getattr(box, "element", None)
        classes = (element.get("class") or "").split() if element is not None else []
        if (
            "lakip-table" in classes
            and isinstance(box, boxes.BlockBox)
            and box.element_tag == "div"
        ):
            # A piece that ends at a page break is stretched to the page's foot: its height is
            # measured to the bottom of what it holds (caption, rows, the note under it).
            rows, head, bottom = 0, 0.0, box.position_y
            inner = [box]
            while inner:
                child = inner.pop()
                if isinstance(child, boxes.TableRowGroupBox | boxes.TableCaptionBox) or (
                    child is not box
                    and isinstance(child, boxes.BlockBox)
                    and child.element_tag == "p"
                ):
                    bottom = max(bottom, child.position_y + child.margin_height())
                if isinstance(child, boxes.TableRowGroupBox):
                    if child.is_header:
                        head += child.margin_height()
                    elif not child.is_footer:
                        rows += sum(isinstance(r, boxes.TableRowBox) for r in child.children)
                    continue
                inner.extend(getattr(child, "children", []))
            yield element.get("id"), bottom - box.position_y, rows, head
            continue
        stack.extend(getattr(box, "children", []))


# Each fix can move later tables; a few passes settle them, and a table fixed once keeps its fix.
_FIX_PASSES = 3


def fitted_render(page, fonts, stylesheets: list, profiles: dict | None = None):
    """The laid-out `page`, re-rendered with `table_fixes` only while a table split badly."""
    from weasyprint import CSS

    def render(fixes: dict[str, str]):
        extra = [CSS(string="\n".join(fixes[k] for k in sorted(fixes)), font_config=fonts)]
        return page.render(
            font_config=fonts,
            color_profiles=profiles or {},
            stylesheets=stylesheets + (extra if fixes else []),
        )

    fixes: dict[str, str] = {}
    document = render(fixes)
    for _ in range(_FIX_PASSES):
        wanted = table_fixes(document, fixes)
        if wanted == fixes:
            break
        fixes = wanted
        document = render(fixes)
    return document
