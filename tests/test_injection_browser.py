"""Markup typed into the data is shown as text, never run: the site in Chromium and the PDF.

Every free-text field of every data file of the sample (found from the specs in `load/spec.py`,
so a new field is covered without editing this test) gets a payload appended that would open an
element, close the page's `<title>` and run a script if anything printed it unescaped. The real
`lakip build` then writes the PDF and the site: every page is opened in headless Chromium, and the
PDF's text is read back with pdfplumber.
"""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
import yaml

from helpers import copy_sample, run_lakip, served
from lakip.load import spec as specs

pytestmark = [pytest.mark.slow, pytest.mark.browser]

# Opens an element, leaves an attribute, closes <title>, runs a script, if printed raw.
PAYLOAD = '<i class="xss-probe">x</i>"\' </title><script>window.xss=1</script>'
# A path, not text: the logo is a file name (tests/test_logo.py); the repository's URL has a
# pattern, so it is not free text either.
NOT_TEXT = {"logo"}
# Remote CSS hidden behind CSS escapes and a paint server: the published logo.svg keeps none.
HOSTILE_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    '<style>@\\69mport "http://contoh.invalid/a.css";'
    " rect { fill: u\\72l(http://contoh.invalid/b) }"
    '</style><rect width="10" height="10" fill="url(http://contoh.invalid/c)"/></svg>'
)


def _inject(value, spec):
    """`value` with the payload appended to every string its spec lets be free text."""
    if isinstance(spec, specs.OneOf):
        fitting = [o for o in spec.options if _fits(value, o)]
        return _inject(value, fitting[0]) if fitting else value
    if isinstance(spec, specs.Object) and isinstance(value, dict):
        return {k: v if k in NOT_TEXT else _inject(v, spec.fields.get(k)) for k, v in value.items()}
    if isinstance(spec, specs.List) and isinstance(value, list):
        return [_inject(v, spec.item) for v in value]
    if isinstance(spec, specs.Map) and isinstance(value, dict):
        return {k: _inject(v, spec.value) for k, v in value.items()}
    if isinstance(spec, specs.Str) and spec.pattern is None and isinstance(value, str):
        return f"{value} {PAYLOAD}"
    return value


def _fits(value, spec) -> bool:
    kinds = {specs.Object: dict, specs.Map: dict, specs.List: list, specs.Str: str}
    return isinstance(value, kinds.get(type(spec), ()))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The injected sample's PDF and site, built by `lakip build` as a section would."""
    root = copy_sample(tmp_path_factory.mktemp("injected"), "mkdocs.yml")
    injected = 0
    for kind in specs.FILE_KINDS.values():
        pattern = kind.glob.replace("<unit>", "*").replace("<tahun>", "*")
        for path in sorted(root.glob(pattern)):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            path.write_text(
                yaml.safe_dump(_inject(data, kind.spec), allow_unicode=True, sort_keys=False),
                encoding="utf-8",
            )
            injected += 1
    assert injected >= 20  # profile, renstra, PKs, units, realisations, budgets
    (root / "reports" / "logo.svg").write_text(HOSTILE_LOGO, encoding="utf-8")
    out = root / "build"
    code, stdout, stderr = run_lakip("build", "--root", root, "--out", out)
    assert code == 0, stdout + stderr
    return next(out.glob("*.pdf")), out / "site"


@pytest.fixture(scope="module")
def site_url(built):
    with served(built[1]) as url:
        yield url


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_page_shows_the_markup_as_text(page, site_url, built):  # noqa: F811
    pages = sorted(
        p.relative_to(built[1]).as_posix()
        for p in built[1].rglob("*.html")
        if "assets" not in p.parts and p.name != "404.html"
    )
    assert len(pages) >= 15  # home, chapters, lists, units
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for rel in pages:
        url = site_url + rel
        page.goto(url)
        state = page.evaluate(
            "() => ({probes: document.querySelectorAll('.xss-probe').length,"
            " ran: window.xss !== undefined, title: document.title,"
            " text: document.body.innerText})"
        )
        assert state["probes"] == 0 and not state["ran"], f"markup injected on {url}"
        # The agency's name is in the header of every page, as the literal text typed.
        assert _flat(PAYLOAD) in _flat(state["text"]), url
        assert PAYLOAD in state["title"], url
    assert dialogs == []


def test_unit_names_in_the_menu_are_text(page, site_url):  # noqa: F811
    page.goto(site_url + "2025/unit/bidang-politik.html")
    link = page.locator("nav.md-nav--primary a[href$='bidang-ideologi.html']").first
    assert link.text_content().strip().endswith(PAYLOAD)
    assert page.locator("nav .xss-probe").count() == 0


def test_search_results_show_the_markup_as_text(page, site_url):  # noqa: F811
    page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Ideologi")
    page.locator(".md-search-result__item a").first.wait_for(state="attached", timeout=15_000)
    assert page.locator(".md-search-result .xss-probe").count() == 0
    assert page.evaluate("() => window.xss") is None
    assert "xss-probe" in page.locator(".md-search-result").inner_text()


def test_the_published_logo_fetches_nothing(built):
    logo = (built[1] / "assets" / "lakip" / "logo.svg").read_text(encoding="utf-8")
    assert "<rect" in logo
    assert "contoh.invalid" not in logo and "@" not in logo


def test_the_pdf_prints_the_markup_as_text(built):
    with pdfplumber.open(built[0]) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
        title = pdf.metadata.get("Title", "")
    flat = _flat(text)
    # The cover's agency, a unit's name and a sasaran each print the payload whole.
    assert flat.count(_flat(PAYLOAD)) >= 10
    assert PAYLOAD in title
