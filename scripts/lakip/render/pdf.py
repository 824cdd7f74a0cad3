"""Turn the assembled `Report` into the printed PDF (A4, PermenPAN-RB 53/2014 outline).

The page layout lives in `templates/report.html` and `templates/print.css`; blocks come from
`htmlblocks.block_html`, the same fragments the site shows. This module only adds what a printed
book needs: the cover, the generated Daftar Isi / Tabel / Gambar, the DRAFT mark, PDF/A-3b with
the data files embedded for a final report, and metadata dated from the report, never the clock.
"""

from __future__ import annotations

import base64
import datetime
import functools
import io
import logging
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2
from markupsafe import Markup

from lakip.assemble import document as d
from lakip.render.fetcher import PACKAGE_DIR, RepositoryFetcher
from lakip.render.htmlblocks import block_html, figure_html
from lakip.render.print_lists import book_chapters, generated_list

TEMPLATES = PACKAGE_DIR / "templates"

# Widths in pt of the text area, portrait and landscape: A4 less the @page margins of print.css.
_CM = 72 / 2.54
_CONTENT_WIDTH = {False: 595.28 - (3 + 2.5) * _CM, True: 841.89 - (2 + 2) * _CM}
# Table type sizes in pt, largest first; the first is print.css's default.
_FIT_SIZES = (9.5, 8.5, 7.5, 6.5)
_CELL_PADDING_EM = 2 * 0.42  # left + right padding of a cell, as in print.css
_CELL_BORDER = 0.5

_SVG_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*\?>)?\s*(<!DOCTYPE[^>]*>)?\s*", re.DOTALL)
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")
# The HTML cascade also reads the style attributes inside inline SVG (an editor's logo writes
# `style="fill: ..."`) and calls SVG properties unknown, though the SVG renderer applies them.
_SVG_STYLE = re.compile(
    r"Ignored `(fill|stroke|stop|clip-rule|marker|paint-order|shape-rendering|text-anchor"
    r"|dominant-baseline|vector-effect|color-interpolation|flood)[\w-]*:.*unknown property"
)
_TWICE = re.compile(r"Anchor defined twice: '(.*)'$")
_NO_ANCHOR = re.compile(r"No anchor #(.*) for internal URI reference$")
_MIME_TYPES = {
    ".yml": "application/yaml",
    ".yaml": "application/yaml",
    ".json": "application/json",
    ".csv": "text/csv",
    ".md": "text/markdown",
    ".txt": "text/plain",
}


def render_pdf(
    report: d.Report,
    root: Path,
    out_path: Path,
    *,
    fetcher: RepositoryFetcher | None = None,
    part_pages: int | None = None,
) -> None:
    """Write the report's PDF to `out_path` (PDF/A-3b with attachments unless a draft).

    Resources are read only through `fetcher` (by default a `RepositoryFetcher` on `root`); pass
    one to read its `refused` and `warnings` lists afterwards. A long draft is printed in parts
    of about `part_pages` pages (render_parts.py).
    """
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    from lakip.render import pdf_parts as render_parts

    fetcher = fetcher or RepositoryFetcher(root)
    part_pages = part_pages or render_parts.PART_PAGES
    options: dict = {}
    profiles: dict = {}
    if not report.draft:
        profiles = _srgb_profile()
        options["pdf_variant"] = "pdf/a-3b"
        options["output_intent"] = next(iter(profiles))
        options["attachments"] = _attachments(report, fetcher)
    tmp_path = out_path.with_name(out_path.name + ".tmp")
    in_parts = render_parts.needs_parts(report, part_pages)
    with _captured_logs(fetcher, report, in_parts):
        fonts = FontConfiguration()
        stylesheet = CSS(
            filename=str(TEMPLATES / "print.css"), url_fetcher=fetcher, font_config=fonts
        )
        if in_parts:
            args = (report, _dir_url(root), tmp_path, fetcher, stylesheet, fonts, part_pages)
            render_parts.render(*args)
        else:
            page = HTML(string=_html(report), base_url=_dir_url(root), url_fetcher=fetcher)
            # Render fully, write, then let the laid-out pages go: the benchmark watches memory.
            rendered = page.render(
                font_config=fonts, color_profiles=profiles, stylesheets=[stylesheet]
            )
            del page
            rendered.write_pdf(tmp_path, **options)
            del rendered
    os.replace(tmp_path, out_path)
    fetcher.warnings += [
        f"Table {t.number} ({t.id}) is too wide for its page even in 6.5 pt type; "
        "its longest words are broken (make it wide, or split it)"
        for t in report.tables
        if _fit_class(t) == "lakip-fit-break"
    ]


def _html(report: d.Report) -> str:
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
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    meta = {
        "title": f"{report.short_title} {report.year} {report.agency}",
        "author": report.agency,
        "keywords": ", ".join(
            [report.short_title, "LAKIP", "laporan kinerja", str(report.year), report.agency]
        ),
        "date": f"{report.date.isoformat()}T00:00:00Z",
        "running": running_title(report),
    }
    return env.get_template("report.html").render(
        report=report, meta=meta, logo=_logo(report.logo_svg), matters=matters, cover=cover
    )


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
    if isinstance(block, d.Table) and (fit := _fit_class(block)):
        return f'<div class="{fit}">{block_html(block)}</div>'
    if isinstance(block, d.Figure):
        return figure_html(block, inline=False)
    return block_html(block)


def _fit_class(table: d.Table) -> str:
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


def _logo(svg: str) -> Markup:
    """The logo inline, its text (if any) set in the shipped sans font, not a system one."""
    if not svg.strip():
        return Markup("")
    svg = _SVG_PROLOGUE.sub("", svg, count=1)
    style = '<style>text, tspan { font-family: "Liberation Sans Lakip"; }</style>'
    return Markup(_SVG_OPEN.sub(lambda m: m.group(0) + style, svg, count=1))


def _attachments(report: d.Report, fetcher: RepositoryFetcher) -> list:
    from weasyprint import Attachment

    moment = datetime.datetime(report.date.year, report.date.month, report.date.day)

    # A data: URL pins the MIME type, which WeasyPrint would otherwise guess from the machine.
    return [
        Attachment(
            url=f"data:{_MIME_TYPES.get(Path(name).suffix, 'application/octet-stream')};base64,"
            + base64.b64encode(content).decode("ascii"),
            url_fetcher=fetcher,
            name=name,
            description=name,
            created=moment,
            modified=moment,
            # The YAML files are what the report is made from; the manifest only describes them.
            relationship="Source" if Path(name).suffix in (".yml", ".yaml") else "Supplement",
        )
        for name, content in sorted(report.attachments.items())
    ]


def _srgb_profile() -> dict:
    """WeasyPrint's own sRGB output intent for PDF/A, read here and closed.

    With `output_intent="srgb"` WeasyPrint 70 opens the ICC file and never closes it (a
    ResourceWarning on every final build); naming our copy of the same profile avoids that.
    """
    from importlib.resources import files

    from weasyprint.css import ColorProfile

    icc = (files("weasyprint.pdf") / "sRGB2014.icc").read_bytes()
    components = (["r"], ["g"], ["b"])
    return {
        "lakip-srgb": ColorProfile(
            io.BytesIO(icc), "sRGB2014.icc", "relative-colorimetric", components
        )
    }


def _dir_url(root: Path) -> str:
    return Path(root).resolve().as_uri() + "/"


@contextmanager
def _captured_logs(fetcher: RepositoryFetcher, report: d.Report, in_parts: bool) -> Iterator[None]:
    """Keep WeasyPrint's log messages for the build instead of printing them.

    Printed in parts, a link into another part is added when the parts are joined, so WeasyPrint's
    "No anchor" for it is left out; the join reports an anchor that is in no part.
    """
    logger = logging.getLogger("weasyprint")
    anchors = {c.id for c in report.chapters} | {
        b.id
        for c in report.chapters
        for b in c.blocks
        if isinstance(b, d.Heading | d.Table | d.Figure)
    }
    handler = _ListHandler(fetcher, anchors, in_parts)
    saved = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.propagate = saved[1]


class _ListHandler(logging.Handler):
    def __init__(self, fetcher: RepositoryFetcher, anchors: set[str], in_parts: bool) -> None:
        super().__init__(logging.WARNING)
        self.fetcher, self.anchors, self.in_parts = fetcher, anchors, in_parts

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        # A refusal is already listed by the fetcher; WeasyPrint's line about it adds nothing.
        if any(url in message for url in self.fetcher.refused) or _SVG_STYLE.match(message):
            return
        # An SVG drawn twice (the same chart, a logo) repeats its internal ids; each SVG
        # resolves its own, so only a clash among the report's anchors matters.
        if (twice := _TWICE.match(message)) and twice[1] not in self.anchors:
            return
        if self.in_parts and _NO_ANCHOR.match(message):
            return
        self.fetcher.warnings.append(message)
