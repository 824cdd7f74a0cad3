"""Turn the assembled `Report` into the printed PDF (A4, PermenPAN-RB 53/2014 outline).

The page layout lives in `templates/report.html` and `templates/print.css`; blocks come from
`htmlblocks.block_html`, the same fragments the site shows. This module only adds what a printed
book needs: the cover, the generated Daftar Isi / Tabel / Gambar, the DRAFT mark, PDF/A-3b with
the data files embedded for a final report, and metadata dated from the report, never the clock.
"""

from __future__ import annotations

import base64
import datetime
import io
import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lakip import layout
from lakip.assemble import document as d
from lakip.findings import WARNING, Finding, finding
from lakip.render import page_labels
from lakip.render import pdf_parts as render_parts
from lakip.render.fetcher import RepositoryFetcher
from lakip.render.pdf_html import fit_class, fitted_render, report_html
from lakip.render.templates import TEMPLATES

# The HTML cascade also reads the style attributes inside inline SVG (an editor's logo writes
# `style="fill: ..."`) and calls SVG properties unknown, though the SVG renderer applies them.
_SVG_STYLE = re.compile(
    r"Ignored `(fill|stroke|stop|clip-rule|marker|paint-order|shape-rendering|text-anchor"
    r"|dominant-baseline|vector-effect|color-interpolation|flood)[\w-]*:.*unknown property"
)
_TWICE = re.compile(r"Anchor defined twice: '(.*)'$")
_QUOTED_URL = re.compile(r"(?:at|URL) '([^']+)'")
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
) -> list[Finding]:
    """Write the report's PDF to `out_path`; return what printing noticed, as warnings.

    A final report is PDF/A-3b with the data files attached. Resources are read only through
    `fetcher` (by default a `RepositoryFetcher` on `root`): the URLs it refused and WeasyPrint's
    log messages become the returned findings. A long draft is printed in parts of about
    `part_pages` pages (pdf_parts.py).
    """
    # imported here: WeasyPrint takes 0.7 s to load, and only commands that print need it
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

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
            page = HTML(string=report_html(report), base_url=_dir_url(root), url_fetcher=fetcher)
            # Render fully, write, then let the laid-out pages go: the benchmark watches memory.
            rendered = fitted_render(page, fonts, [stylesheet], profiles)
            del page
            rendered.write_pdf(tmp_path, finisher=page_labels.pydyf_finisher, **options)
            del rendered
    os.replace(tmp_path, out_path)
    return _noticed(report, fetcher, out_path.name)


def _noticed(report: d.Report, fetcher: RepositoryFetcher, pdf_name: str) -> list[Finding]:
    """What printing noticed, as warnings located in the file that caused each, if known."""
    found = [
        finding(_source_of(report, url) or pdf_name, 0, "", "pdf-url-refused", WARNING, url=url)
        for url in dict.fromkeys(fetcher.refused)
    ]
    for chapter in report.chapters:
        for block in chapter.blocks:
            if isinstance(block, d.Table) and fit_class(block) == "lakip-fit-break":
                where = chapter.sources[0] if chapter.sources else pdf_name
                params = {"number": block.number, "caption": block.caption}
                found.append(finding(where, 0, "", "pdf-table-too-wide", WARNING, **params))
    # A table mended by a second layout (pdf_html.fitted_render) logs the same message again.
    for message in dict.fromkeys(fetcher.warnings):
        url = match[1] if (match := _QUOTED_URL.search(message)) else ""
        where = (_source_of(report, url) if url else "") or pdf_name
        shown = message.replace(url, _shortened(url)) if url else message
        shown = shown.rstrip(": ")
        found.append(finding(where, 0, "", "pdf-engine-warning", WARNING, message=shown))
    return found


def _shortened(url: str) -> str:
    """A data: URL cut to its head, so a warning about an embedded image stays one line."""
    if url.startswith("data:") and len(url) > 60:
        return f"{url[:40]}…"
    return url


def _source_of(report: d.Report, url: str) -> str:
    """The contributed file whose Markdown refers to `url`; the profile for the logo."""
    for chapter in report.chapters:
        for block in chapter.blocks:
            if isinstance(block, d.Html) and block.source and url in block.html:
                return block.source
    return layout.PROFILE if url in report.letterhead.logo_svg else ""


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
        if isinstance(b, d.Heading | d.Table | d.Chart)
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
