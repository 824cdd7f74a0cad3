"""The lists a printed report generates for itself: Daftar Isi, Daftar Tabel, Daftar Gambar.

Their page numbers come from CSS `target-counter`, or, for a report printed in parts, from the
page numbers the parts reported (`pages`), written into each entry.
"""

from __future__ import annotations

from markupsafe import escape

from lakip.assemble import document as d

# Front-matter chapters whose content this module generates from the rest of the report.
TOC_ID, TABLES_ID, FIGURES_ID = "daftar-isi", "daftar-tabel", "daftar-gambar"
_GENERATED_TITLES = {TOC_ID: "DAFTAR ISI", TABLES_ID: "DAFTAR TABEL", FIGURES_ID: "DAFTAR GAMBAR"}
_KIND_ORDER = {"front": 0, "chapter": 1, "appendix": 2}


def book_chapters(report: d.Report) -> list[d.Chapter]:
    """Every chapter in print order, the generated lists included."""
    return sorted(_with_lists(report), key=lambda c: _KIND_ORDER.get(c.kind, 1))


def _with_lists(report: d.Report) -> list[d.Chapter]:
    """The chapters, with Daftar Isi / Tabel / Gambar added after Kata Pengantar when absent."""
    chapters = list(report.chapters)
    ids = {c.id for c in chapters}
    wanted = [TOC_ID] + ([TABLES_ID] if report.tables else [])
    wanted += [FIGURES_ID] if report.charts else []
    missing = [d.Chapter(i, "front", "", _GENERATED_TITLES[i]) for i in wanted if i not in ids]
    at = next((n + 1 for n, c in enumerate(chapters) if c.id == "kata-pengantar"), 0)
    return chapters[:at] + missing + chapters[at:]


def generated_list(chapter: d.Chapter, chapters: list[d.Chapter], pages: dict[str, int]) -> str:
    """The list HTML a generated chapter holds after its own blocks; "" for any other chapter."""
    if chapter.id == TOC_ID:
        return _toc(chapters, pages)
    if chapter.id == TABLES_ID:
        return _list_of(chapters, d.Table, "Tabel", "Tidak ada tabel.", pages)
    if chapter.id == FIGURES_ID:
        return _list_of(chapters, d.Chart, "Gambar", "Tidak ada gambar.", pages)
    return ""


def _toc(chapters: list[d.Chapter], pages: dict[str, int]) -> str:
    """Daftar Isi: every chapter and its level-2 headings, page numbers by CSS or `pages`."""
    items = []
    for chapter in chapters:
        roman = chapter.kind == "front"
        items.append(_entry(chapter.id, chapter.label, 1, roman, pages))
        for block in chapter.blocks:
            if isinstance(block, d.Heading) and block.level == 2:
                items.append(_entry(block.id, block.text, 2, roman, pages))
    return f'<ul class="lakip-toc">{"".join(items)}</ul>'


def _list_of(
    chapters: list[d.Chapter], kind: type, word: str, empty: str, pages: dict[str, int]
) -> str:
    items = [
        _entry(
            block.id, f"{word} {block.number} {block.caption}", 0, chapter.kind == "front", pages
        )
        for chapter in chapters
        for block in chapter.blocks
        if isinstance(block, kind)
    ]
    if not items:
        return f'<p class="lakip-toc-empty">{escape(empty)}</p>'
    return f'<ul class="lakip-toc">{"".join(items)}</ul>'


def _entry(anchor: str, text: str, level: int, roman: bool, pages: dict[str, int]) -> str:
    """One line of a generated list; its page number by CSS, or from `pages` when printed apart."""
    classes = f"lakip-toc-{level}" + (" lakip-roman" if roman else "")
    page = f' data-page="{pages[anchor]}"' if anchor in pages else ""
    return f'<li class="{classes}"><a href="#{escape(anchor)}"{page}>{escape(text)}</a></li>'
