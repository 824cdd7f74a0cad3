"""Turn the assembled report into the Markdown pages and the navigation of the website.

Everything a reader sees is decided here, independent of the site engine: which pages exist and
under which URL (`<year>/<chapter-id>`, `<year>/unit/<slug>`), the menu, and, on a draft only,
the DRAFT banner on every page and the links to edit the files behind a page. Page bodies are the
shared HTML blocks, kept as raw HTML between blank lines; only headings are Markdown, so the
theme builds a table of contents from them.

MkDocs and Material treat page titles, nav titles and the site name as HTML and print them
unescaped (`{{ nav_item.title }}`), so every title handed to MkDocs is escaped here, and each
page names its title in front matter: Material's `<title>` runs a nav title through `striptags`,
which un-escapes it, but prints `page.meta.title` as given.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape

from lakip.assemble import document as d
from lakip.render.htmlblocks import TABLE_CLASS, block_html, cards_html, chart_html

_HOME_FIGURES = 3
_PROCEDURE = "penyampaian"
_BAB_III = "bab-3"  # the chapter that prints each indicator's narrative
_PROCEDURE_TITLE = "Penandatanganan dan Penyampaian"
_SMALL_WORDS = {"dan", "di", "ke", "dari", "yang", "untuk", "atau", "pada", "dengan", "serta"}
# Python-Markdown's backslash escapes; `<` and `&` are already entities after html.escape.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()>#+\-.!|])")
# The search indexer drops tags without adding a space: "aktif</td><td>102,47%" would index as
# one word. A newline after these closing tags changes nothing on screen.
_CELL_END = re.compile(r"(</(?:td|th|tr|div|p|caption|figcaption|li)>(?=<)|<br>)")


@dataclass(frozen=True)
class Edition:
    """A signed year on the published site: its final report, its release tag, its PDF's hash."""

    report: d.Report
    tag: str
    sha256: str


def published_pages(editions: list[Edition], draft_year: int | None) -> dict[str, str]:
    """Every signed year's pages (newest first in `editions`); the home page is the newest
    year's, with a table of every year's signed report and a link to the draft, if any."""
    result: dict[str, str] = {}
    for edition in reversed(editions):
        for name, text in pages(edition.report, True).items():
            if name.startswith(f"{edition.report.year}/"):
                note = _signed_note(edition, "../" * (name.count("/") - 1))
                head, sep, body = text.partition("---\n\n")  # after the front matter
                text = f"{head}{sep}{note}\n\n{body}" if sep else f"{note}\n\n{text}"
            result[name] = text
    result["index.md"] = _home(editions[0].report, True, editions, draft_year)
    return result


def _signed_note(edition: Edition, up: str) -> str:
    """Said on every page of a signed year: a reader arriving from a search knows what it is.
    `up` leads from the page to its year's folder."""
    r = edition.report
    href = escape(f"{up}unduh/{pdf_name(r)}")
    return (
        '<p class="lakip-signed" data-search-exclude>Laporan resmi tahun '
        f"{r.year}, rilis bertanda tangan <code>{escape(edition.tag)}</code>: "
        f'<a href="{href}" download>PDF resmi</a>, SHA-256 '
        f'<code class="lakip-sha256">{escape(edition.sha256)}</code></p>'
    )


def published_nav(editions: list[Edition]) -> list:
    """Home, one section per signed year (newest first), then the newest year's guide."""
    latest = editions[0].report
    menu = [{"Beranda": "index.md"}]
    menu += [{f"Tahun {e.report.year}": _year_section(e.report)} for e in editions]
    return menu + _guide_nav(latest)


def draft_folder(year: int) -> str:
    """Where the draft of the year in progress sits on the published site, apart from it."""
    return f"draf/{year}"


def pages(report: d.Report, with_pdf: bool) -> dict[str, str]:
    """Every Markdown page of the site by its path in the docs folder, which is also its URL."""
    # The home page keeps Material's own <title>, the (escaped) site name.
    pages = {"index.md": _home(report, with_pdf)}
    for chapter in report.chapters:
        pages[f"{report.year}/{chapter.id}.md"] = _titled(
            _nav_title(chapter), _chapter_page(report, chapter)
        )
    for unit in report.unit_pages:
        pages[f"{report.year}/unit/{unit.slug}.md"] = _titled(unit.name, _unit_page(report, unit))
    if report.procedure:
        pages[f"{report.year}/{_PROCEDURE}.md"] = _titled(_PROCEDURE_TITLE, _procedure_page(report))
    for name, text in report.guide.items():
        pages[f"panduan/{name}"] = text
    return pages


def site_name(report: d.Report) -> str:
    """The site's name as text; `site_name_html` is what MkDocs is given."""
    return f"{report.short_title} {report.agency}"


def site_name_html(report: d.Report) -> str:
    return escape(site_name(report))


def nav(report: d.Report) -> list:
    """Home, then one section per year; a second year adds one more section of the same shape.

    Titles are HTML, as MkDocs prints them: text from the data is escaped.
    """
    menu = [{"Beranda": "index.md"}, {f"Tahun {report.year}": _year_section(report)}]
    return menu + _guide_nav(report)


def _year_section(report: d.Report) -> list:
    year = report.year
    chapters = [{escape(_nav_title(c)): f"{year}/{c.id}.md"} for c in report.chapters]
    units = [{escape(u.name): f"{year}/unit/{u.slug}.md"} for u in report.unit_pages]
    section = chapters + ([{"Unit Kerja": units}] if units else [])
    if report.procedure:
        section.append({_PROCEDURE_TITLE: f"{year}/{_PROCEDURE}.md"})
    return section


def _guide_nav(report: d.Report) -> list:
    if not report.guide:
        return []
    return [{"Panduan": [f"panduan/{name}" for name in sorted(report.guide, key=_guide_order)]}]


def _guide_order(name: str) -> tuple[bool, str]:
    """The guide's index first, then the pages in file-name order (1-unit-kerja.md, ...)."""
    return (name != "index.md", name)


def _procedure_page(report: d.Report) -> str:
    parts = [
        _banner(report),
        _heading(1, f"Penandatanganan dan Penyampaian {report.year}", "proses"),
    ]
    for block in report.procedure:
        if isinstance(block, d.Heading):
            parts.append(_heading(block.level, block.text, block.id))
        else:
            parts.append(_spaced(block_html(block)))
    return _join(parts)


def _nav_title(chapter: d.Chapter) -> str:
    """'BAB I PENDAHULUAN' reads as 'Bab I Pendahuluan' in the menu; mixed-case titles stay."""
    title = chapter.title
    if title.isupper():
        words = title.lower().split()
        title = " ".join(
            w if (i and w in _SMALL_WORDS) else w[:1].upper() + w[1:] for i, w in enumerate(words)
        )
    return f"Bab {chapter.number} {title}" if chapter.number else title


def _home(
    report: d.Report,
    with_pdf: bool,
    editions: list[Edition] | None = None,
    draft_year: int | None = None,
) -> str:
    parts = [_banner(report), _heading(1, report.full_title, "judul")]
    kop = report.letterhead
    lines = [kop.government, kop.agency] if kop.agency else [kop.government or report.agency]
    agency = "<br>".join(escape(line) for line in lines if line)
    parts.append(f'<p class="lakip-home-agency">{agency}</p>')
    if report.cover_cards and report.cover_cards.cards:
        parts.append(_spaced(cards_html(report.cover_cards)))
    parts.extend(_home_sasaran(report))
    parts.extend(_home_indicators(report))
    figures = _home_charts(report)
    if figures:
        parts.append(_heading(2, "Capaian dalam grafik", "grafik"))
        parts.extend(_spaced(chart_html(f)) for f in figures)
    if with_pdf or report.exports:
        parts.append(_heading(2, "Unduh laporan dan data", "unduh"))
        parts.append(_downloads(report, with_pdf, editions[0] if editions else None))
    parts.append(_heading(2, "Isi laporan", "isi"))
    parts.append(_contents(report, f"{report.year}/"))
    if editions:
        parts.append(_heading(2, "Laporan resmi setiap tahun", "setiap-tahun"))
        parts.append(_editions(editions))
    if draft_year is not None:
        parts.append(_draft_link(draft_year))
    return _join(parts)


def _home_sasaran(report: d.Report) -> list[str]:
    """A card per sasaran strategis: its mean capaian and category."""
    if not report.sasaran_cards or not report.sasaran_cards.cards:
        return []
    return [
        _heading(2, "Sasaran strategis", "sasaran"),
        _spaced(
            cards_html(report.sasaran_cards).replace("lakip-cards", "lakip-cards lakip-sasaran", 1)
        ),
    ]


def _home_indicators(report: d.Report) -> list[str]:
    """Every IKU of the year in one table, linked to its measurement in Bab III."""
    if not report.home_indicators:
        return []
    rows = [
        (i.code, i.text, i.sasaran, i.capaian, i.category, i.trend) for i in report.home_indicators
    ]
    head = ("Kode", "Indikator", "Sasaran", "Capaian", "Kategori", "Tren")
    return [
        _heading(2, "Indikator kinerja utama", "iku"),
        _table(head, rows, "lllrll"),
    ]


def _editions(editions: list[Edition]) -> str:
    """One row per signed year: its pages, its release, its PDF and the PDF's SHA-256."""
    rows = []
    for e in editions:
        r = e.report
        first = next((c.id for c in r.chapters if c.id != "daftar-isi"), "")
        pdf = escape(download_path(r, pdf_name(r)))
        rows.append(
            (
                f'<a href="{r.year}/{escape(first)}.html">Tahun {r.year}</a>',
                f"<code>{escape(e.tag)}</code>",
                f'<a href="{pdf}" download>{escape(pdf_name(r))}</a>',
                f'<code class="lakip-sha256">{escape(e.sha256)}</code>',
            )
        )
    head = ("Tahun", "Rilis bertanda tangan", "PDF resmi", "SHA-256 PDF")
    return _table(head, rows, "llll", raw=True)


def _draft_link(year: int) -> str:
    href = escape(f"{draft_folder(year)}/index.html")
    return (
        '<p class="lakip-draft-link" data-search-exclude><strong>DRAF</strong> '
        f"Laporan tahun {year} masih disusun dan belum ditandatangani: "
        f'<a href="{href}">lihat draf {year}</a> (terpisah dari laporan resmi di atas).</p>'
    )


def _home_charts(report: d.Report) -> list[d.Chart]:
    """The first charts of the executive summary and Bab III, where the year's results are."""
    summary = [
        b
        for c in report.chapters
        if c.id.startswith("ikhtisar") or c.number == "III"
        for b in c.blocks
        if isinstance(b, d.Chart)
    ]
    return (summary or report.charts)[:_HOME_FIGURES]


def download_path(report: d.Report, name: str) -> str:
    """Where a downloadable file (the PDF, a data export) sits in the site."""
    return f"{report.year}/unduh/{name}"


def pdf_name(report: d.Report) -> str:
    return f"{report.file_stem}.pdf"


def _downloads(report: d.Report, with_pdf: bool, edition: Edition | None = None) -> str:
    """Links relative to the home page, which sits at the site root."""
    items = []
    if with_pdf:
        href = escape(download_path(report, pdf_name(report)))
        if edition is None:
            items.append(f'<li><a href="{href}" download>Laporan lengkap (PDF)</a></li>')
        else:
            items.append(
                f'<li><a href="{href}" download>Laporan resmi (PDF, {escape(edition.tag)})</a>, '
                f'SHA-256 <code class="lakip-sha256">{escape(edition.sha256)}</code></li>'
            )
    for name in sorted(report.exports):
        kind = name.rsplit(".", 1)[-1].upper()
        href = escape(download_path(report, name))
        items.append(f'<li><a href="{href}" download>{escape(name)}</a> ({escape(kind)})</li>')
    return f'<ul class="lakip-downloads">{"".join(items)}</ul>'


def _chapter_page(report: d.Report, chapter: d.Chapter) -> str:
    # the edit links under the title, not beside it: a float squeezed the title on a phone
    parts = [_banner(report), _heading(1, chapter.label, chapter.id)]
    parts.append(_edit_links(report, chapter.sources))
    if not chapter.blocks and chapter.id in _LISTS:
        parts.append(_LISTS[chapter.id](report))
    for block in chapter.blocks:
        if isinstance(block, d.Heading):
            parts.append(_heading(block.level, block.text, block.id))
        elif isinstance(block, d.Html):
            parts.append(block_html(block))
        else:
            parts.append(_spaced(block_html(block)))
    return _join(parts)


def _contents(report: d.Report, folder: str = "") -> str:
    """Links to the chapters; `folder` leads from the page that lists them to the year's pages."""
    return "\n".join(
        f"- [{_md_text(_nav_title(c))}]({folder}{c.id}.md)"
        for c in report.chapters
        if c.id != "daftar-isi"
    )


def _list_of(kind: type, word: str):
    """The list of tables or figures, linking each to its anchor on its chapter page."""

    def listing(report: d.Report) -> str:
        return "\n".join(
            f"- [{_md_text(f'{word} {b.number} {b.caption}')}]({c.id}.md#{b.id})"
            for c in report.chapters
            for b in c.blocks
            if isinstance(b, kind)
        )

    return listing


# The PDF fills these front-matter chapters with page numbers; on the site they list links.
_LISTS = {
    "daftar-isi": _contents,
    "daftar-tabel": _list_of(d.Table, "Tabel"),
    "daftar-gambar": _list_of(d.Chart, "Gambar"),
}


def _unit_page(report: d.Report, unit: d.UnitPage) -> str:
    parts = [_banner(report), _heading(1, unit.name, unit.slug), _edit_links(report, unit.sources)]
    if unit.head:
        parts.append(f'<p class="lakip-unit-head">Kepala: {escape(unit.head)}</p>')
    parts.append(_heading(2, "Indikator kinerja", "indikator"))
    if unit.indicators:
        rows = [
            (i.code, i.text, i.target, i.realisation, i.capaian, i.category)
            for i in unit.indicators
        ]
        head = ("Kode", "Indikator", "Target", "Realisasi", "Capaian", "Kategori")
        parts.append(_table(head, rows, "llrrrl"))
    else:
        parts.append('<p class="lakip-placeholder">Belum ada indikator untuk unit ini.</p>')
    parts.extend(_unit_narratives(unit))
    parts.extend(_unit_budget(unit))
    if report.draft:  # repository paths are for the authors, not the readers of the final
        parts.extend(_unit_files(unit))
    return _join(parts)


def _unit_narratives(unit: d.UnitPage) -> list[str]:
    """The unit's analysis as Bab III prints it, each part with a link to it there."""
    if not unit.narratives:
        return []
    parts = [_heading(2, "Narasi capaian", "narasi")]
    for part in unit.narratives:
        parts.append(_heading(3, part.title, f"unit-{part.anchor}"))
        parts.extend(block_html(block) for block in part.blocks)
        link = escape(f"../{_BAB_III}.html#{part.anchor}")  # raw HTML: MkDocs leaves it
        parts.append(f'<p class="lakip-unit-source"><a href="{link}">Lihat di Bab III</a></p>')
    return parts


def _unit_budget(unit: d.UnitPage) -> list[str]:
    """The kegiatan the unit carries out: pagu, realisasi and serapan."""
    if not unit.budget:
        return []
    lines = [*unit.budget, *([unit.budget_total] if unit.budget_total else [])]
    rows = [(b.code, b.name, b.pagu, b.realisation, b.serapan) for b in lines]
    head = ("Kode", "Kegiatan", "Pagu", "Realisasi", "Serapan")
    return [_heading(2, "Anggaran", "anggaran"), _table(head, rows, "llrrr")]


def _unit_files(unit: d.UnitPage) -> list[str]:
    """Which of the unit's files have arrived: the draft's checklist, with their paths."""
    parts = [_heading(2, "Berkas laporan", "berkas")]
    if unit.files:
        rows = [(f"<code>{escape(p)}</code>", _state(s)) for p, s in unit.files]
        parts.append(_table(("Berkas", "Status"), rows, "ll", raw=True))
    else:
        parts.append('<p class="lakip-placeholder">Belum ada berkas.</p>')
    return parts


def _state(state: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", state.lower()).strip("-")
    return f'<span class="lakip-state lakip-state-{slug}">{escape(state)}</span>'


def _table(head: tuple[str, ...], rows: list, aligns: str, raw: bool = False) -> str:
    """A plain table styled like the report's tables; `raw` cells are already HTML."""
    align = {"l": "left", "r": "right", "c": "center"}
    th = "".join(
        f'<th class="lakip-{align[a]}" scope="col">{escape(h)}</th>'
        for h, a in zip(head, aligns, strict=True)
    )
    body = "\n".join(
        "<tr>"
        + "".join(
            f'<td class="lakip-{align[a]}">{v if raw else escape(v)}</td>'
            for v, a in zip(row, aligns, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    return _spaced(
        f'<div class="lakip-table lakip-keyed"><table class="{TABLE_CLASS}">'
        f"<thead><tr>{th}</tr></thead>\n<tbody>\n{body}\n</tbody></table></div>"
    )


def _banner(report: d.Report) -> str:
    if not report.draft:
        return ""
    return (
        '<div class="lakip-draft" role="note" data-search-exclude><strong>DRAF</strong> '
        "Laporan ini belum final dan belum ditandatangani; isi dan angka masih dapat berubah."
        "</div>"
    )


def _edit_links(report: d.Report, sources: tuple[str, ...]) -> str:
    """Links to the files behind a page on the forge; the page itself is generated.

    Only on a draft: the final is the agency's published word, read by citizens, not authors.
    """
    if not report.draft:
        return ""
    base = report.repository.rstrip("/")
    # validate refuses any other scheme; a javascript: base would run on a click
    if not base.startswith(("https://", "http://")) or not sources:
        return ""
    links = [
        f'<a href="{escape(base)}/edit/main/{escape(s.lstrip("/"))}">{escape(s)}</a>'
        for s in sources
    ]
    if len(links) == 1:
        return (
            f'<p class="lakip-edit" data-search-exclude>Sunting sumber halaman ini: {links[0]}</p>'
        )
    items = "".join(f"<li>{link}</li>" for link in links)
    return (
        '<details class="lakip-edit" data-search-exclude>'
        f"<summary>Sunting sumber halaman ini ({len(links)} berkas)</summary>"
        f"<ul>{items}</ul></details>"
    )


def _heading(level: int, text: str, anchor: str) -> str:
    """A Markdown heading, so the theme lists it in the page's table of contents."""
    return f"{'#' * level} {_md_text(text)} {{#{anchor}}}"


def _md_text(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", escape(text, quote=False))


def _titled(title: str, page: str) -> str:
    """The page with its title, escaped, in front matter (JSON is YAML, and quotes every byte)."""
    return f"---\ntitle: {json.dumps(escape(title))}\n---\n\n{page}"


def _spaced(html: str) -> str:
    return _CELL_END.sub("\\1\n", html)


def _join(parts: list[str]) -> str:
    """Blank lines between blocks make Python-Markdown pass each HTML block through untouched."""
    return "\n\n".join(p for p in parts if p) + "\n"
