"""The website: its pages, banner, downloads and edit links, nothing loaded from elsewhere, and
identical bytes from identical reports. The report is built by hand, so these tests depend
neither on the sample data nor on the assemble stage."""

from __future__ import annotations

import calendar
import datetime
import gzip
import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lakip.assemble import document as d
from lakip.render.site import render_site
from lakip.render.site_pages import nav, pages

REPO = "https://git.example.go.id/kesbangpol/lakip"
AGENCY_LINK = "https://jdih.purwakartakab.go.id/peraturan/53"
PDF_BYTES = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PDF_NAME = "LKjIP-2025-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
PAGES = [
    "index.html",
    "2025/kata-pengantar.html",
    "2025/daftar-tabel.html",
    "2025/ikhtisar-eksekutif.html",
    "2025/bab-1.html",
    "2025/bab-3.html",
    "2025/lampiran.html",
    "2025/unit/bidang-politik.html",
    "2025/unit/subbagian-umum.html",
]


def _svg(first: int, second: int) -> str:
    """A hand-made chart: two bars, no text, as the figures stage would embed it."""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" width="320pt" height="160pt" '
        'viewBox="0 0 320 160">'
        f'<rect x="40" y="{160 - first}" width="90" height="{first}" fill="#3f51b5"/>'
        f'<rect x="190" y="{160 - second}" width="90" height="{second}" fill="#ff9800"/></svg>'
    )


def synthetic_report(draft: bool = True, repository: str = REPO) -> d.Report:
    """A small report with every kind of block, two unit pages and two data exports."""
    measure = d.Table(
        "tabel-3-1",
        "3.1",
        "Pengukuran kinerja sasaran 1",
        (d.Column("No", "center"), d.Column("Indikator"), d.Column("Capaian", "right")),
        (
            ("1", "Persentase ormas terverifikasi aktif", "102,47%"),
            ("2", "Jumlah konflik sosial", "128,74%"),
        ),
        footer=(("", "Rata-rata", "115,61%"),),
    )
    signature = d.Signature(
        "Purwakarta, 20 Februari 2026",
        ("Kepala Badan Kesatuan Bangsa", "dan Politik"),
        "Dr. Contoh Pejabat, M.Si.",
        "Pembina Utama Muda (IV/c)",
        "NIP. 19750814 199803 1 002",
    )
    chapters = [
        d.Chapter(
            "kata-pengantar",
            "front",
            "",
            "KATA PENGANTAR",
            [d.Paragraph("Puji syukur kami panjatkan."), signature],
            ("sections/subbagian-perencanaan/2025/kata-pengantar.md",),
        ),
        d.Chapter("daftar-tabel", "front", "", "DAFTAR TABEL"),  # the PDF fills it, not assemble
        d.Chapter(
            "ikhtisar-eksekutif",
            "front",
            "",
            "IKHTISAR EKSEKUTIF",
            [
                d.Html("<p>Ringkasan <strong>kinerja</strong> tahun ini.</p>", "ikhtisar.md"),
                d.Chart("gambar-1", "1", "Capaian IKU", _svg(120, 100), "Capaian dua IKU."),
            ],
            ("reports/2025/bab/ikhtisar.md",),
        ),
        d.Chapter(
            "bab-1",
            "chapter",
            "I",
            "PENDAHULUAN",
            [
                d.Heading(2, "A. Latar belakang", "latar-belakang"),
                d.Html(
                    f'<p>Dasar hukum: <a href="{AGENCY_LINK}">PermenPAN-RB 53/2014</a>.</p>',
                    "reports/2025/bab/bab-1.md",
                ),
            ],
            ("reports/2025/bab/bab-1.md",),
        ),
        d.Chapter(
            "bab-3",
            "chapter",
            "III",
            "AKUNTABILITAS KINERJA",
            [
                d.Heading(2, "A. Capaian *kinerja* [organisasi] #1 <2025>", "capaian"),
                measure,
                d.Chart("gambar-3-1", "3.1", "Serapan", _svg(80, 140), "Serapan anggaran."),
                d.Placeholder("Narasi sasaran 2 belum ada (Bidang Politik)."),
            ],
            ("reports/2025/pk.yml", "sections/bidang-politik/2025/realisasi.yml"),
        ),
        d.Chapter("lampiran", "appendix", "", "LAMPIRAN", [d.Paragraph("Perjanjian Kinerja.")]),
    ]
    units = [
        d.UnitPage(
            "bidang-politik",
            "Bidang Politik Dalam Negeri",
            "Siti Contoh, S.Sos.",
            (
                d.UnitIndicator(
                    "IKU-2",
                    "Persentase ormas terverifikasi aktif",
                    "90,00%",
                    "92,22%",
                    "102,47%",
                    "Sangat Tinggi",
                ),
            ),
            (
                ("sections/bidang-politik/2025/realisasi.yml", "lengkap"),
                ("sections/bidang-politik/2025/narasi.md", "belum ada"),
            ),
            ("sections/bidang-politik/2025/realisasi.yml",),
        ),
        d.UnitPage("subbagian-umum", "Subbagian Umum", "", (), ()),
    ]
    cards = d.Cards(
        (
            d.Card("Capaian rata-rata IKU", "115,61%", "2 indikator"),
            d.Card("Serapan anggaran", "91,20%"),
            d.Card("Pagu anggaran", "Rp12.463.335.063"),
        )
    )
    return d.Report(
        year=2025,
        draft=draft,
        title="Laporan Kinerja Instansi Pemerintah",
        short_title="LKjIP",
        agency="Badan Kesatuan Bangsa dan Politik",
        city="Purwakarta",
        letterhead=d.Letterhead(
            government="PEMERINTAH KABUPATEN PURWAKARTA",
            agency="BADAN KESATUAN BANGSA DAN POLITIK",
            address="Jl. Veteran No. 88, Purwakarta",
            contact="(0264) 8223456",
            logo_svg='<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
            '<circle cx="5" cy="5" r="4" fill="#1f5f8b"/></svg>',
        ),
        date=datetime.date(2026, 2, 20),
        repository=repository,
        chapters=chapters,
        cover_cards=cards,
        unit_pages=units,
        exports={
            "capaian-2025.csv": "kode;capaian\r\nIKU-2;102,47\r\n",
            "capaian-2025.json": '{"IKU-2": "102.47"}\n',
        },
    )


def build(tmp: Path, report: d.Report, name: str = "site", pdf: bool = True) -> Path:
    """Build `report` with no mkdocs.yml in the root (lakip's defaults) into tmp/name."""
    pdf_path = None
    if pdf:
        pdf_path = tmp / "laporan.pdf"
        pdf_path.write_bytes(PDF_BYTES)
    root = tmp / "repo"
    root.mkdir(exist_ok=True)
    site = tmp / name
    render_site(report, root, site, pdf_path)
    return site


@pytest.fixture(scope="module")
def draft_site(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("draft"), synthetic_report())


@pytest.fixture(scope="module")
def final_site(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("final"), synthetic_report(False, ""), pdf=False)


class _Refs(HTMLParser):
    """Every URL a page loads by itself (scripts, styles, images, frames, fonts) and its links."""

    LOADS = {"src", "srcset", "data", "poster", "href", "xlink:href"}
    NAVIGATION_RELS = {"canonical", "alternate", "next", "prev", "search"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.loads: list[str] = []
        self.anchors: list[str] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_style = tag == "style"
        if attrs.get("style"):
            self.styles.append(attrs["style"])
        if tag == "a":
            self.anchors.append(attrs.get("href") or "")
            return
        if tag == "link" and set((attrs.get("rel") or "").split()) <= self.NAVIGATION_RELS:
            return
        for name in self.LOADS & set(attrs):
            self.loads.extend(u.split()[0] for u in (attrs[name] or "").split(",") if u.strip())

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag):
        self._in_style = False


def _is_external(url: str) -> bool:
    url = url.strip().lower()
    if url.startswith("//"):
        return True
    scheme = re.match(r"^([a-z][a-z0-9+.-]*):", url)
    return bool(scheme) and scheme.group(1) not in {"data", "blob"}


def _css_urls(css: str) -> list[str]:
    urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
    return urls + re.findall(r"@import\s+(?:url\()?\s*['\"]?([^'\");\s]+)", css)


def external_references(site: Path) -> tuple[list[str], list[str]]:
    """(resources loaded from another host, external <a href> links) over the whole site."""
    loads, anchors = [], []
    for path in sorted(site.rglob("*")):
        if path.suffix in {".html", ".svg"}:
            refs = _Refs()
            refs.feed(path.read_text(encoding="utf-8"))
            rel = path.relative_to(site).as_posix()
            found = refs.loads + [u for s in refs.styles for u in _css_urls(s)]
            loads += [f"{rel}: {u}" for u in found if _is_external(u)]
            anchors += [u for u in refs.anchors if _is_external(u)]
        elif path.suffix == ".css":
            css = path.read_text(encoding="utf-8")
            loads += [f"{path.name}: {u}" for u in _css_urls(css) if _is_external(u)]
    return loads, anchors


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def test_nav_has_one_section_per_year_with_its_units():
    assert nav(synthetic_report()) == [
        {"Beranda": "index.md"},
        {
            "Tahun 2025": [
                {"Kata Pengantar": "2025/kata-pengantar.md"},
                {"Daftar Tabel": "2025/daftar-tabel.md"},
                {"Ikhtisar Eksekutif": "2025/ikhtisar-eksekutif.md"},
                {"Bab I Pendahuluan": "2025/bab-1.md"},
                {"Bab III Akuntabilitas Kinerja": "2025/bab-3.md"},
                {"Lampiran": "2025/lampiran.md"},
                {
                    "Unit Kerja": [
                        {"Bidang Politik Dalam Negeri": "2025/unit/bidang-politik.md"},
                        {"Subbagian Umum": "2025/unit/subbagian-umum.md"},
                    ]
                },
            ]
        },
    ]


def test_pages_keep_html_blocks_apart_from_markdown():
    generated = pages(synthetic_report(), with_pdf=True)
    chapter = generated["2025/bab-3.md"]
    assert "## A\\. Capaian \\*kinerja\\* \\[organisasi\\] \\#1 &lt;2025&gt; {#capaian}" in chapter
    # every raw HTML block stands alone between blank lines, so Markdown leaves it untouched
    assert '\n\n<div class="lakip-table" id="tabel-3-1">' in chapter


def test_every_page_is_built_at_its_url(draft_site):
    for page in PAGES:
        assert (draft_site / page).is_file(), page
    assert (draft_site / "search/search_index.json").is_file()
    home = (draft_site / "index.html").read_text(encoding="utf-8")
    for page in PAGES[1:]:
        assert f'href="{page}"' in home, page
    assert "Unit Kerja" in home and "Tahun 2025" in home


def test_headings_and_tables_render_as_written(draft_site):
    html = (draft_site / "2025/bab-3.html").read_text(encoding="utf-8")
    heading = re.search(r'<h2 id="capaian">(.*?)<a class="headerlink"', html).group(1)
    assert unescape(_text(heading)) == "A. Capaian *kinerja* [organisasi] #1 <2025>"
    assert "<caption>Tabel 3.1 Pengukuran kinerja sasaran 1</caption>" in html
    assert '<h1 id="bab-3">BAB III AKUNTABILITAS KINERJA' in html
    unit = (draft_site / "2025/unit/bidang-politik.html").read_text(encoding="utf-8")
    assert "Persentase ormas terverifikasi aktif" in unit
    assert '<span class="lakip-state lakip-state-belum-ada">belum ada</span>' in unit
    empty = (draft_site / "2025/unit/subbagian-umum.html").read_text(encoding="utf-8")
    assert "Belum ada indikator untuk unit ini." in empty


def test_list_of_tables_links_each_table_on_its_page(draft_site):
    html = (draft_site / "2025/daftar-tabel.html").read_text(encoding="utf-8")
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', html) == [
        ("bab-3.html#tabel-3-1", "Tabel 3.1 Pengukuran kinerja sasaran 1")
    ]


def test_home_has_cards_charts_and_downloads(draft_site):
    html = (draft_site / "index.html").read_text(encoding="utf-8")
    assert html.count('class="lakip-card"') == 3
    assert "Rp12.463.335.063" in html
    assert html.count('<figure class="lakip-figure"') == 2
    downloads = re.findall(r'<a href="([^"]+)" download>', html)
    assert downloads == [
        f"2025/unduh/{PDF_NAME}",
        "2025/unduh/capaian-2025.csv",
        "2025/unduh/capaian-2025.json",
    ]
    assert (draft_site / downloads[0]).read_bytes() == PDF_BYTES
    report = synthetic_report()
    for name, text in report.exports.items():
        assert (draft_site / "2025/unduh" / name).read_bytes() == text.encode("utf-8")


def test_draft_banner_is_on_every_page_of_a_draft_only(draft_site, final_site):
    for page in PAGES:
        assert 'class="lakip-draft"' in (draft_site / page).read_text(encoding="utf-8"), page
        assert "lakip-draft" not in (final_site / page).read_text(encoding="utf-8"), page


def test_edit_links_point_at_the_files_behind_each_page(draft_site, final_site):
    def edit_links(site: Path, page: str) -> list[str]:
        html = (site / page).read_text(encoding="utf-8")
        return re.findall(r'href="(https://[^"]+/edit/main/[^"]+)"', html)

    assert edit_links(draft_site, "2025/bab-3.html") == [
        f"{REPO}/edit/main/reports/2025/pk.yml",
        f"{REPO}/edit/main/sections/bidang-politik/2025/realisasi.yml",
    ]
    assert edit_links(draft_site, "2025/unit/bidang-politik.html") == [
        f"{REPO}/edit/main/sections/bidang-politik/2025/realisasi.yml"
    ]
    assert edit_links(draft_site, "2025/lampiran.html") == []  # no sources
    for page in PAGES:
        assert edit_links(final_site, page) == [], page  # no repository


def test_a_final_build_shows_no_edit_link_and_no_repository_path(tmp_path):
    """The published final is read by citizens: even with a repository in the profile, no page
    (nor the search index) links to the forge or names a file in the repository."""
    site = build(tmp_path, synthetic_report(False, REPO))
    texts = {
        p: p.read_text(encoding="utf-8")
        for p in site.rglob("*")
        if p.suffix in {".html", ".json", ".js"}
    }
    assert texts
    for path, text in texts.items():
        assert REPO not in text, path
        assert "lakip-edit" not in text, path
        assert "sections/bidang-politik" not in text, path
        assert "reports/2025/" not in text, path
    unit = (site / "2025/unit/bidang-politik.html").read_text(encoding="utf-8")
    assert "Persentase ormas terverifikasi aktif" in unit  # the indicators stay


def test_final_site_without_pdf_offers_only_the_data(final_site):
    html = (final_site / "index.html").read_text(encoding="utf-8")
    assert ".pdf" not in html
    assert not list(final_site.rglob("*.pdf"))
    assert (final_site / "2025/unduh/capaian-2025.csv").is_file()


@pytest.mark.parametrize("which", ["draft_site", "final_site"])
def test_nothing_is_loaded_from_another_host(which, request):
    site = request.getfixturevalue(which)
    loads, anchors = external_references(site)
    assert loads == []
    allowed = {AGENCY_LINK} | {u for u in anchors if u.startswith(f"{REPO}/edit/main/")}
    assert set(anchors) <= allowed  # lakip adds no outside link but the edit links
    assert not any(re.search(r"fonts\.g(oogle|static)", p.read_text()) for p in _texts(site))


def _texts(site: Path) -> list[Path]:
    return [p for p in site.rglob("*") if p.suffix in {".html", ".css"}]


def test_search_index_keeps_table_words_apart(draft_site):
    index = json.loads((draft_site / "search/search_index.json").read_text(encoding="utf-8"))
    section = next(doc for doc in index["docs"] if doc["location"] == "2025/bab-3.html#capaian")
    assert "Persentase ormas terverifikasi aktif 102,47%" in section["text"]
    assert all("Laporan ini belum final" not in doc["text"] for doc in index["docs"])


@pytest.mark.slow
def test_two_builds_are_identical_byte_for_byte(tmp_path, monkeypatch):
    first = build(tmp_path, synthetic_report(), "one")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # the report's date wins
    second = build(tmp_path, synthetic_report(), "two")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for rel in files:
        assert (first / rel).read_bytes() == (second / rel).read_bytes(), rel
    with gzip.open(first / "sitemap.xml.gz") as gz:
        gz.read()
        assert gz.mtime == calendar.timegm(datetime.date(2026, 2, 20).timetuple())


def test_agency_theme_settings_apply_but_cannot_reach_outside(tmp_path, capsys):
    root = tmp_path / "repo"
    root.mkdir()
    (root / "mkdocs.yml").write_text(
        "site_name: Situs\n"
        "theme:\n  name: material\n  palette:\n    primary: red\n  font: false\n"
        "copyright: Hak cipta <b>Dinas</b> & co\n",
        encoding="utf-8",
    )
    assert render_site(synthetic_report(), root, tmp_path / "site", None) == []
    html = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert 'data-md-color-primary="red"' in html
    assert "Hak cipta &lt;b&gt;Dinas&lt;/b&gt; &amp; co" in html
    assert external_references(tmp_path / "site")[0] == []
    assert capsys.readouterr() == ("", "")  # MkDocs' log is captured, not printed


def test_settings_off_the_list_are_located_findings_and_keep_the_old_site(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    (root / "mkdocs.yml").write_text(
        "theme: material\n"
        "repo_url: https://github.com/contoh/lakip\n"
        "theme_typo: 1\n"
        "extra:\n  analytics:\n    provider: google\n",
        encoding="utf-8",
    )
    site = tmp_path / "site"
    site.mkdir()
    (site / "old.html").write_text("lama", encoding="utf-8")
    found = render_site(synthetic_report(), root, site, None)
    assert [(f.path, f.line, f.key, f.code, f.is_error) for f in found] == [
        ("mkdocs.yml", 2, "repo_url", "site-setting-refused", True),
        ("mkdocs.yml", 3, "theme_typo", "site-setting-refused", True),
        ("mkdocs.yml", 5, "extra.analytics", "site-setting-refused", True),
    ]
    assert "theme_typo" in found[1].message("id")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo", "site"]  # no staging left
    assert [p.name for p in site.iterdir()] == ["old.html"]


def test_a_broken_theme_setting_is_reported_not_raised_from_mkdocs(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    (root / "mkdocs.yml").write_text("theme:\n  name: tidak-ada\n", encoding="utf-8")
    found = render_site(synthetic_report(), root, tmp_path / "site", None)
    assert [(f.path, f.line, f.key, f.code) for f in found] == [
        ("mkdocs.yml", 2, "theme.name", "site-setting-value")
    ]
    assert "material" in found[0].message("en")
    assert not (tmp_path / "site").exists()


def test_a_theme_folder_gives_styles_and_images_but_no_templates(tmp_path):
    root = tmp_path / "repo"
    (root / "tema" / "css").mkdir(parents=True)
    (root / "tema" / "css" / "dinas.css").write_text(
        ".md-header { background: #123456 }", encoding="utf-8"
    )
    (root / "mkdocs.yml").write_text(
        "theme:\n  name: material\n  custom_dir: tema\nextra_css:\n  - css/dinas.css\n",
        encoding="utf-8",
    )
    assert render_site(synthetic_report(), root, tmp_path / "site", None) == []
    html = (tmp_path / "site/index.html").read_text(encoding="utf-8")
    assert 'href="css/dinas.css"' in html and (tmp_path / "site/css/dinas.css").is_file()
    # A template is Jinja, which can reach Python: it is refused, and nothing is built.
    (root / "tema" / "main.html").write_text(
        "{% extends 'base.html' %}{{ cycler.__init__.__globals__.os.system('touch x') }}",
        encoding="utf-8",
    )
    found = render_site(synthetic_report(), root, tmp_path / "site2", None)
    assert [(f.line, f.key, f.code) for f in found] == [(3, "theme.custom_dir", "site-theme-file")]
    assert "tema/main.html" in found[0].message("en")
    assert not (tmp_path / "site2").exists()


def test_procedure_and_guide_pages_join_the_menu(tmp_path):
    report = synthetic_report()
    report.procedure = [
        d.Heading(2, "Penandatanganan", "penandatanganan"),
        d.Paragraph("Laporan tahun 2025 belum ditandatangani (belum dirilis)."),
    ]
    report.guide = {
        "2-perencanaan.md": "# Perencanaan\n",
        "index.md": "# Panduan\n\n!!! note\n    Baca dulu.\n\n```sh\nlakip validate\n```\n",
        "1-unit-kerja.md": "# Unit kerja\n\nLihat [panduan](index.md).\n",
    }
    menu = nav(report)
    assert menu[1]["Tahun 2025"][-1] == {"Penandatanganan dan Penyampaian": "2025/penyampaian.md"}
    assert menu[2] == {
        "Panduan": ["panduan/index.md", "panduan/1-unit-kerja.md", "panduan/2-perencanaan.md"]
    }
    site = build(tmp_path, report)
    guide = (site / "panduan/index.html").read_text(encoding="utf-8")
    assert 'class="admonition note"' in guide
    assert '<code class="language-sh">lakip validate' in guide
    assert "belum dirilis" in (site / "2025/penyampaian.html").read_text(encoding="utf-8")


def test_the_guide_shows_its_pictures(tmp_path):
    report = synthetic_report()
    report.guide = {"1-unit-kerja.md": "# Unit kerja\n\n![Lembar Realisasi](img/formulir.png)\n"}
    picture = b"\x89PNG\r\n\x1a\n" + bytes(range(64))  # MkDocs copies it, never decodes it
    report.guide_images = {"img/formulir.png": picture}
    (tmp_path / "repo").mkdir()
    site = tmp_path / "site"
    # without the picture MkDocs warns of a link it cannot resolve, which fails the build
    assert render_site(report, tmp_path / "repo", site, None) == []
    assert (site / "panduan/img/formulir.png").read_bytes() == picture
    page = (site / "panduan/1-unit-kerja.html").read_text(encoding="utf-8")
    assert '<img alt="Lembar Realisasi" src="img/formulir.png"' in page


def test_published_site_is_readable_by_a_web_server(tmp_path):
    site = build(tmp_path, synthetic_report())
    assert site.stat().st_mode & 0o777 == 0o755
