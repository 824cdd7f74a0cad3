"""Print a long draft in parts and join them, so that no more than one part is laid out at a time.

WeasyPrint lays out a whole document before it writes any of it: about 1.4 MB of memory a page
(1.6 GB for the thousand pages of an agency sixteen times the sample), and its layout time grows
faster than the page count. A draft whose main matter would run past `PART_PAGES` pages is printed
instead as:

1. the main matter in parts of about `PART_PAGES` pages, split before a level-2 heading, each
   part's page numbers going on from the last and its running header set at its start;
2. the front matter last, with the page numbers the parts reported written into the Daftar Isi,
   Tabel and Gambar (CSS `target-counter` cannot see into another document);
3. the parts joined with pypdf in reading order, their outlines kept, and every link into another
   part added back as a link to the page and point of its anchor.

A final report is always printed in one pass: its PDF/A-3b conformance and attachments are
WeasyPrint's, and are not rebuilt here.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lakip.assemble import document as d
from lakip.render import page_labels
from lakip.render.fetcher import RepositoryFetcher
from lakip.render.pdf_html import chapter_view, fitted_render, page_html, running_title
from lakip.render.print_lists import book_chapters

PART_PAGES = 150
_PT_PER_PX = 0.75  # WeasyPrint lays out in CSS pixels and writes PDF points


@dataclass
class _Printed:
    """One part written to a PDF file, with what the join needs from its layout."""

    path: Path
    pages: int
    anchors: dict[str, tuple[int, float, float]] = field(default_factory=dict)  # page, x, y
    links: list[tuple[int, tuple[float, float, float, float], str]] = field(default_factory=list)
    # level, label, page, x, y of each bookmark (heading) in the part
    bookmarks: list[tuple[int, str, int, float, float]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)  # of each page, in points
    kinds: list[str] = field(default_factory=list)  # the CSS named page of each page


def estimated_pages(blocks: list[d.Block]) -> float:
    """A rough page count of blocks, enough to tell a long report and to size its parts."""
    total = 0.0
    for block in blocks:
        if isinstance(block, d.Table):
            total += 0.15 + 0.05 * len(block.rows)
        elif isinstance(block, d.Chart):
            total += 0.5
        elif isinstance(block, d.Html | d.Paragraph | d.Placeholder):
            total += 0.02 + len(getattr(block, "html", "") or getattr(block, "text", "")) / 3000
        else:
            total += 0.05
    return total


def needs_parts(report: d.Report, part_pages: int = PART_PAGES) -> bool:
    main = [b for c in report.chapters if c.kind != "front" for b in c.blocks]
    return report.draft and estimated_pages(main) > part_pages * 1.5


def split(chapters: list[d.Chapter], part_pages: int) -> list[list[tuple[d.Chapter, list, bool]]]:
    """Parts of (chapter, blocks, continued) runs, cut before level-2 headings only."""
    parts: list[list[tuple[d.Chapter, list, bool]]] = [[]]
    size = 0.0
    for chapter in chapters:
        for index, section in enumerate(_sections(chapter.blocks)):
            weight = estimated_pages(section)
            if parts[-1] and size + weight > part_pages:
                parts.append([])
                size = 0.0
            last = parts[-1][-1] if parts[-1] else None
            if last is not None and last[0] is chapter:
                last[1].extend(section)
            else:
                parts[-1].append((chapter, list(section), index > 0))
            size += weight
    return [part for part in parts if part]


def _sections(blocks: list[d.Block]) -> list[list[d.Block]]:
    sections: list[list[d.Block]] = [[]]
    for block in blocks:
        if isinstance(block, d.Heading) and block.level == 2 and sections[-1]:
            sections.append([])
        sections[-1].append(block)
    return sections


def render(
    report: d.Report,
    root_url: str,
    out_path: Path,
    fetcher: RepositoryFetcher,
    stylesheet,
    fonts,
    part_pages: int = PART_PAGES,
) -> None:
    """Write the draft PDF of `report` to `out_path`, laying out one part at a time."""
    chapters = book_chapters(report)
    main = [c for c in chapters if c.kind != "front"]
    front = [c for c in chapters if c.kind == "front"]
    running = running_title(report)
    with tempfile.TemporaryDirectory(prefix=".lakip-parts-", dir=out_path.parent) as tmp:
        printer = _Printer(report, root_url, fetcher, stylesheet, fonts, Path(tmp))
        printed: list[_Printed] = []
        pages: dict[str, int] = {}
        first_page = 1
        for part in split(main, part_pages):
            views = [
                chapter_view(c, chapters, blocks=blocks, continued=continued, running=running)
                for c, blocks, continued in part
            ]
            restart = f"@page :nth(1 of main) {{ counter-reset: page {first_page} }}"
            done = printer.print([("main", views)], cover=False, extra_css=restart)
            pages.update({name: first_page + at[0] for name, at in done.anchors.items()})
            first_page += done.pages
            printed.append(done)
        views = [chapter_view(c, chapters, pages=pages) for c in front]
        printed.insert(0, printer.print([("front", views)], cover=True))
        _join(printed, out_path, fetcher)


@dataclass
class _Printer:
    """Prints one part at a time to a numbered PDF in `folder`, keeping what the join needs."""

    report: d.Report
    root_url: str
    fetcher: RepositoryFetcher
    stylesheet: object
    fonts: object
    folder: Path
    count: int = 0

    def print(self, matters: list, cover: bool, extra_css: str = "") -> _Printed:
        from weasyprint import CSS, HTML

        sheets = [self.stylesheet]
        if extra_css:
            sheets.append(CSS(string=extra_css, font_config=self.fonts))
        page = HTML(
            string=page_html(self.report, matters, cover=cover),
            base_url=self.root_url,
            url_fetcher=self.fetcher,
        )
        document = fitted_render(page, self.fonts, sheets)
        del page
        self.count += 1
        printed = _Printed(self.folder / f"{self.count}.pdf", len(document.pages))
        printed.kinds = page_labels.page_kinds(document)
        for index, laid_out in enumerate(document.pages):
            printed.heights.append(laid_out.height * _PT_PER_PX)
            for name, (x, y, _, _) in laid_out.anchors.items():
                printed.anchors.setdefault(name, (index, x * _PT_PER_PX, y * _PT_PER_PX))
            for level, label, (x, y), _ in laid_out.bookmarks:
                printed.bookmarks.append((level, label, index, x * _PT_PER_PX, y * _PT_PER_PX))
        for index, laid_out in enumerate(document.pages):
            for kind, target, rect, _ in laid_out.links:
                if kind == "internal" and target not in printed.anchors:
                    printed.links.append((index, tuple(v * _PT_PER_PX for v in rect), target))
        document.write_pdf(printed.path)
        del document  # Python's own collector frees the cyclic boxes: at 16x, 377 MiB peak
        return printed


def _join(printed: list[_Printed], out_path: Path, fetcher: RepositoryFetcher) -> None:
    """One PDF of the parts in order; links between parts point at their anchors' pages."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit

    writer = PdfWriter()
    offsets, offset = [], 0
    for part in printed:
        offsets.append(offset)
        writer.append(str(part.path), import_outline=False)
        offset += part.pages
    anchors = {}
    for part, start in zip(printed, offsets, strict=True):
        for name, (index, x, y) in part.anchors.items():
            anchors.setdefault(name, (start + index, x, part.heights[index] - y))
    for part, start in zip(printed, offsets, strict=True):
        for index, (x1, y1, x2, y2), target in part.links:
            if target not in anchors:
                fetcher.warnings.append(f"No anchor #{target} for internal URI reference")
                continue
            page, x, top = anchors[target]
            height = part.heights[index]
            writer.add_annotation(
                page_number=start + index,
                annotation=Link(
                    rect=(x1, height - y2, x2, height - y1),
                    target_page_index=page,
                    fit=Fit.xyz(left=x, top=top),
                    border=[0, 0, 0],
                ),
            )
    _outline(writer, printed, offsets)
    page_labels.add_with_pypdf(writer, [kind for part in printed for kind in part.kinds])
    writer.add_metadata(PdfReader(str(printed[0].path)).metadata or {})
    with open(out_path, "wb") as stream:
        writer.write(stream)


def _outline(writer, printed: list[_Printed], offsets: list[int]) -> None:
    """The bookmarks of every part nested by level across parts, as one document would have them.

    A part that continues a chapter starts with its level-2 headings; nested part by part they
    would each become a chapter of their own.
    """
    from pypdf.generic import Fit

    open_items: list[tuple[int, object]] = []
    for part, start in zip(printed, offsets, strict=True):
        for level, label, index, x, y in part.bookmarks:
            while open_items and open_items[-1][0] >= level:
                open_items.pop()
            parent = open_items[-1][1] if open_items else None
            top = part.heights[index] - y
            item = writer.add_outline_item(
                title=label, page_number=start + index, parent=parent, fit=Fit.xyz(left=x, top=top)
            )
            open_items.append((level, item))
