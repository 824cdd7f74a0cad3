"""The logo sanitiser reads CSS and XML as a browser would: escapes and quoting do not hide a
fetch, and what it keeps is a drawing that references only itself."""

from __future__ import annotations

from pathlib import Path

import pytest
import tinycss2
from defusedxml.ElementTree import fromstring

from lakip.load.logo import PLACEHOLDER_LOGO, logo_svg

SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'
HOST = "contoh.invalid"


def _clean(tmp_path: Path, body: str) -> str:
    (tmp_path / "logo.svg").write_text(SVG.format(body), encoding="utf-8")
    return logo_svg(tmp_path, "logo.svg")


@pytest.mark.parametrize(
    "hostile",
    [
        rf'<style>@\69mport "http://{HOST}/a.css";</style>',
        rf"<style>@\69mport url(http://{HOST}/a.css);</style>",
        rf"<style>rect {{ fill: u\72l(http://{HOST}/x) }}</style>",
        rf"<style>rect {{ fill: \75\72\6c(http://{HOST}/x) }}</style>",
        f"<style>@font-face {{ font-family: x; src: url(http://{HOST}/f.woff) }}</style>",
        f"<style>@media all {{ rect {{ fill: url(http://{HOST}/x) }} }}</style>",
        f'<style>rect {{ background: image-set("http://{HOST}/x.png" 1x) }}</style>',
        f'<rect fill="url(http://{HOST}/x)"/>',
        f"<rect fill=\"url('http://{HOST}/x')\"/>",
        rf'<rect fill="u\72l(http://{HOST}/x)"/>',
        f'<rect fill="URL(http://{HOST}/x) red"/>',
        rf'<rect style="fill: u\72l(http://{HOST}/x)"/>',
        f'<rect style="mask: var(--m, url(http://{HOST}/m))"/>',
        f'<rect cursor="url(http://{HOST}/c.cur), auto"/>',
        f'<use xlink:href="http://{HOST}/a.svg#x"/>',
        f'<use href=" http://{HOST}/a.svg#x"/>',
        f'<image href="http://{HOST}/a.png"/>',
        f'<feImage href="http://{HOST}/a.png"/>',
        f'<a href="javascript:fetch(\'//{HOST}\')"><circle r="1"/></a>',
        f'<set attributeName="href" to="http://{HOST}/"/>',
    ],
)
def test_no_reference_outside_the_logo_survives(tmp_path: Path, hostile: str) -> None:
    cleaned = _clean(tmp_path, f'<circle r="4"/>{hostile}')
    assert "<circle" in cleaned
    assert HOST not in cleaned
    assert "javascript" not in cleaned and "@" not in cleaned


def test_the_drawing_and_its_own_references_are_kept(tmp_path: Path) -> None:
    body = (
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#123456"/></linearGradient>'
        '<clipPath id="c"><rect width="5" height="5"/></clipPath></defs>'
        "<style>.a > rect { fill: rgb(1, 2, 3); stroke: url(#g) }</style>"
        '<g class="a" transform="translate(1 2) rotate(3)" clip-path="url(#c)">'
        '<rect fill="url(#g)" style="stroke-width: calc(1px + 2px)"/>'
        '<use xlink:href="#c"/><text font-family="Liberation Sans">A &amp; B</text></g>'
    )
    cleaned = _clean(tmp_path, body)
    for kept in (
        'fill="url(#g)"',
        'clip-path="url(#c)"',
        'xlink:href="#c"',
        'transform="translate(1 2) rotate(3)"',
        "stroke-width: calc(1px + 2px)",
        ".a &gt; rect { fill: rgb(1, 2, 3); stroke: url(#g) }",
        "A &amp; B",
        'stop-color="#123456"',
    ):
        assert kept in cleaned
    fromstring(cleaned)  # well-formed
    (tmp_path / "again.svg").write_text(cleaned, encoding="utf-8")
    assert logo_svg(tmp_path, "again.svg") == cleaned  # a second pass changes nothing


def test_the_kept_css_has_no_outside_url_at_any_depth(tmp_path: Path) -> None:
    cleaned = _clean(
        tmp_path,
        rf"<style>rect {{ fill: red; stroke: u\72l(//{HOST}/s) }} circle {{ fill: blue }}</style>",
    )
    style = fromstring(cleaned).find("{http://www.w3.org/2000/svg}style").text
    rules = tinycss2.parse_stylesheet(style, skip_whitespace=True)
    assert [tinycss2.serialize(r.prelude).strip() for r in rules] == ["rect", "circle"]
    assert "stroke" not in style and "fill: red" in style


@pytest.mark.parametrize(
    "document",
    [
        '<!DOCTYPE svg [<!ENTITY a "b">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
        '<!DOCTYPE svg SYSTEM "http://contoh.invalid/x.dtd"><svg/>',
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>',
        "<svg><unclosed></svg>",
        "<html/>",
    ],
)
def test_a_dtd_entities_or_no_svg_give_the_placeholder(tmp_path: Path, document: str) -> None:
    (tmp_path / "logo.svg").write_text(document, encoding="utf-8")
    assert logo_svg(tmp_path, "logo.svg") == PLACEHOLDER_LOGO
