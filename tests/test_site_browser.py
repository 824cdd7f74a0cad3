"""The built site in a real browser, served over HTTP on 127.0.0.1: the home page shows its
figures, search works offline, the PDF downloads, and no request leaves the machine; the
sample's own site at a laptop's and a phone's width keeps its tables and titles readable."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import local_url
from helpers import served
from test_render_site import build, synthetic_report

pytestmark = pytest.mark.browser

SCREENSHOT = Path("/tmp/lakip-site-home.png")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("browser"), synthetic_report())


@pytest.fixture(scope="module")
def site_url(site):
    """The synthetic report's site on a free port of 127.0.0.1, stopped after the tests."""
    with served(site) as url:
        yield url


def test_home_shows_cards_and_charts(page, site_url):
    page.goto(site_url)
    cards = page.locator(".lakip-card")
    assert cards.count() == 3
    assert "115,61%" in cards.first.inner_text()
    chart = page.locator("figure.lakip-figure svg").first
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box is not None and box["width"] > 50 and box["height"] > 20
    assert page.locator(".lakip-draft").is_visible()
    page.screenshot(path=str(SCREENSHOT), full_page=True)


def test_search_finds_an_indicator_on_its_chapter_page(page, site_url):
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("terverifikasi")
    result = page.locator(".md-search-result__item a").first
    result.wait_for(state="attached", timeout=15_000)
    paths = {
        urlsplit(a.get_attribute("href")).path for a in page.locator(".md-search-result a").all()
    }
    assert "/2025/bab-3.html" in paths


def test_pdf_link_downloads_the_report(page, site_url):
    page.goto(site_url)
    with page.expect_download() as info:
        page.get_by_text("Laporan lengkap (PDF)").click()
    download = info.value
    assert download.suggested_filename.endswith(".pdf")
    assert Path(download.path()).read_bytes()[:4] == b"%PDF"


def test_chapter_and_unit_pages_open_from_the_home_page(page, site_url):
    page.goto(site_url)
    page.locator("article a", has_text="Bab III Akuntabilitas Kinerja").click()
    page.wait_for_url("**/2025/bab-3.html")
    assert page.locator("#tabel-3-1 tbody tr").count() == 2
    figure = page.locator("#tabel-3-1 td.lakip-right").first
    assert figure.evaluate("cell => getComputedStyle(cell).textAlign") == "right"
    page.goto(site_url + "2025/unit/bidang-politik.html")
    assert page.locator("article table").first.is_visible()


def test_the_soft_copy_works_from_the_file_system(page, site):
    """The SOP archives a soft copy: opened from a USB stick (file://), the menu opens pages,
    not folder listings, and search finds an indicator on its chapter page."""
    page.goto((site / "index.html").as_uri())
    assert page.locator(".lakip-card").count() == 3
    page.locator("article a", has_text="Bab III Akuntabilitas Kinerja").click()
    page.wait_for_url("**/2025/bab-3.html")
    assert page.locator("#tabel-3-1 tbody tr").count() == 2
    menu = [a.get_attribute("href") for a in page.locator("nav.md-nav a.md-nav__link[href]").all()]
    assert menu and not [href for href in menu if href.endswith("/")], menu
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("terverifikasi")
    # the chapter page is among the results (the list of tables may name the word too, and the
    # worker may list either first)
    result = page.locator('.md-search-result__item a[href*="bab-3.html"]').first
    result.wait_for(state="attached", timeout=15_000)
    result.click()
    page.wait_for_url("**/2025/bab-3.html*")
    assert page.url.startswith("file://")


# --- Readers first: the sample's own site at a laptop's and a phone's width ---------------------

VIEWPORTS = {"laptop": (1366, 768), "phone": (390, 844)}


@pytest.fixture(scope="module")
def sample_sites(tmp_path_factory) -> dict[str, Path]:
    """The sample built as draft and as `lakip build --final`: real Bab III tables."""
    from helpers import copy_sample, run_lakip

    root = copy_sample(tmp_path_factory.mktemp("sample") / "repo")
    sites = {}
    for kind, flags in (("draft", ()), ("final", ("--final",))):
        out = root.parent / kind
        code, _, err = run_lakip("build", "--root", root, "--out", out, *flags)
        assert code == 0, err
        sites[kind] = out / "site"
    return sites


@pytest.fixture
def sized(browser, request):
    """A page of the given viewport (a key of VIEWPORTS); the sites are opened from file://."""
    width, height = VIEWPORTS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    context.route(lambda url: not local_url(url), lambda route: route.abort("internetdisconnected"))
    yield context.new_page()
    context.close()


# Per table: is every cell reachable inside its scroll box, is that box inside the page, and
# after scrolling to the far right, is each row's first cell still at the box's left edge, on top?
_TABLES = """() => [...document.querySelectorAll('.lakip-table')].map((box, index) => {
  const table = box.querySelector('table');
  const inside = box.getBoundingClientRect();
  const page = document.querySelector('article').getBoundingClientRect();
  const result = {
    id: box.id || `table ${index + 1}`,
    reachable: table.getBoundingClientRect().width <= box.scrollWidth + 1,
    in_page: inside.left >= page.left - 1 && inside.right <= page.right + 1,
    scrolls: box.scrollWidth > box.clientWidth,
  };
  box.scrollLeft = box.scrollWidth;
  const edge = box.getBoundingClientRect().left;
  result.first_kept = [...table.querySelectorAll('tbody tr')].every(row => {
    const cell = row.firstElementChild;
    window.scrollBy(0, cell.getBoundingClientRect().top - window.innerHeight / 2);
    const r = cell.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + 2, r.top + Math.min(r.height, 8) / 2);
    return Math.abs(r.left - edge) <= 1.5 && hit !== null && cell.contains(hit);
  });
  box.scrollLeft = 0;
  return result;
})"""

# The lines each word of the page title is drawn on: a word on two lines was broken inside.
_TITLE_WORDS = """() => {
  const h1 = document.querySelector('article h1');
  const text = h1.firstChild;
  const broken = [];
  for (const match of text.data.matchAll(/\\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
    if (tops.size > 1) broken.push(match[0]);
  }
  return {title: text.data, broken};
}"""


@pytest.mark.slow
@pytest.mark.parametrize("sized", list(VIEWPORTS), indirect=True)
@pytest.mark.parametrize(
    ("page_path", "least"),
    [("2025/bab-3.html", 30), ("index.html", 1), ("2025/unit/bidang-politik.html", 3)],
)
def test_tables_fit_or_scroll_with_the_first_column_kept(sized, sample_sites, page_path, least):
    """Bab III at 1366 px lost its last columns; the home and unit pages have tables too."""
    sized.goto((sample_sites["draft"] / page_path).as_uri())
    tables = sized.evaluate(_TABLES)
    assert len(tables) >= least
    assert [t["id"] for t in tables if not t["reachable"]] == []  # a column cut off
    assert [t["id"] for t in tables if not t["in_page"]] == []
    assert [t["id"] for t in tables if t["scrolls"] and not t["first_kept"]] == []
    width = sized.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
    assert width[0] <= width[1]  # the page itself never scrolls sideways
    if sized.viewport_size["width"] < 500:
        assert all(t["scrolls"] for t in tables)  # the phone case is really exercised


@pytest.mark.slow
@pytest.mark.parametrize("sized", list(VIEWPORTS), indirect=True)
@pytest.mark.parametrize("page_path", ["2025/bab-3.html", "2025/unit/bidang-ideologi.html"])
def test_page_titles_break_between_words_only(sized, sample_sites, page_path):
    """A phone broke "AKUNTABILITAS" as "AKUNTABI / LITAS" beside the edit box of the draft."""
    sized.goto((sample_sites["draft"] / page_path).as_uri())
    title = sized.evaluate(_TITLE_WORDS)
    assert title["title"].strip() and title["broken"] == [], title


@pytest.mark.slow
@pytest.mark.parametrize("sized", ["laptop"], indirect=True)
def test_the_final_build_has_no_edit_link(sized, sample_sites):
    draft, final = sample_sites["draft"], sample_sites["final"]
    sized.goto((draft / "2025/bab-3.html").as_uri())
    assert sized.locator(".lakip-edit a").count() > 0  # the sample names its repository
    for page_path in ("2025/bab-3.html", "2025/unit/bidang-ideologi.html", "index.html"):
        sized.goto((final / page_path).as_uri())
        assert sized.locator("article h1").count() == 1
        assert sized.locator(".lakip-edit, a[href*='/edit/']").count() == 0, page_path
        text = sized.locator("article").inner_text()
        assert "sections/" not in text and "reports/" not in text, page_path


def _sample_iku_codes() -> list[str]:
    import yaml

    from helpers import REPO

    pk = yaml.safe_load((REPO / "reports/2025/pk.yml").read_text(encoding="utf-8"))
    return [entry["kode"] for entry in pk["indikator"]]


@pytest.mark.slow
@pytest.mark.parametrize("sized", list(VIEWPORTS), indirect=True)
def test_the_home_page_lists_every_iku_and_a_card_per_sasaran(sized, sample_sites):
    sized.goto((sample_sites["final"] / "index.html").as_uri())
    table = sized.locator("#iku ~ .lakip-table table").first
    rows = table.locator("tbody tr")
    codes = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    assert codes == _sample_iku_codes()  # every IKU of the PK, in its order
    head = [th.inner_text() for th in table.locator("thead th").all()]
    assert head == ["Kode", "Indikator", "Sasaran", "Capaian", "Kategori", "Tren"]
    first = [td.inner_text() for td in rows.first.locator("td").all()]
    # IKU-01: realisasi 92,22 against 90 (102,47%), up from 88,91 in 2024
    assert first[3:5] == ["102,47%", "Sangat Tinggi"]
    assert first[5].startswith("▲ membaik sejak 2024")
    cards = sized.locator(".lakip-sasaran .lakip-card")
    assert [c.inner_text().split("\n")[1][:3] for c in cards.all()] == [
        f"S{n} " for n in range(1, 7)
    ]
    assert sized.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")


@pytest.mark.slow
@pytest.mark.parametrize("sized", ["laptop"], indirect=True)
def test_a_unit_page_shows_its_indicators_with_narrative_and_budget(sized, sample_sites):
    sized.goto((sample_sites["final"] / "2025/unit/bidang-ideologi.html").as_uri())
    codes = sized.locator("#indikator ~ .lakip-table tbody tr td:first-child")
    assert [c.inner_text() for c in codes.all()][:2] == ["IKU-01", "IKU-02"]
    narrative = sized.locator("#narasi ~ .lakip-narrative").first
    assert "Penyebab keberhasilan" in narrative.inner_text()
    sized.locator("a", has_text="Lihat di Bab III").first.click()
    sized.wait_for_url("**/2025/bab-3.html#narasi-iku-01")
    sized.go_back()
    budget = sized.locator("#anggaran ~ .lakip-table tbody tr").first
    cells = [td.inner_text() for td in budget.locator("td").all()]
    assert cells[0] == "8.01.02.2.01" and cells[2:] == ["Rp685.000.000", "Rp661.203.450", "96,53%"]
    # two kegiatan add up: 742.500.000 + 398.750.000 of pagu, 92,93% of it spent
    sized.goto((sample_sites["final"] / "2025/unit/bidang-politik.html").as_uri())
    total = sized.locator("#anggaran ~ .lakip-table tbody tr").last
    cells = [td.inner_text().strip() for td in total.locator("td").all()]
    assert cells == ["", "Jumlah", "Rp1.141.250.000", "Rp1.060.620.400", "92,93%"]
