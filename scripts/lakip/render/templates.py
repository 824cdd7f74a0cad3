"""Load lakip's Jinja templates, and turn a `Letterhead` into what their kop partial shows.

The report (`report.html`), the letters and the disposition sheet (`letter-base.html` and the
templates extending it) all include `kop-surat.html`, styled by `kop.css`, with a `kop` made here.
"""

from __future__ import annotations

import re

import jinja2
from markupsafe import Markup

from lakip.assemble.document import Letterhead
from lakip.render.fetcher import PACKAGE_DIR

TEMPLATES = PACKAGE_DIR / "templates"
# fonts.css names the shipped fonts so; an SVG's own text must use them too, not a system font.
FONT_FAMILY = "Liberation Sans Lakip"

_SVG_PROLOGUE = re.compile(r"^\s*(<\?xml[^>]*\?>)?\s*(<!DOCTYPE[^>]*>)?\s*", re.DOTALL)
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")


def environment() -> jinja2.Environment:
    """The templates folder, HTML-escaped, failing on any value a template names but lacks."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def kop(letterhead: Letterhead) -> dict:
    """The values `kop-surat.html` shows: the letterhead's lines and its logo inline."""
    return {
        "government": letterhead.government,
        "agency": letterhead.agency,
        "address": letterhead.address,
        "contact": letterhead.contact,
        "logo": inline_svg(letterhead.logo_svg),
    }


def inline_svg(svg: str) -> Markup:
    """An SVG to place inside HTML, its text (if any) set in the shipped font, not a system one."""
    if not svg.strip():
        return Markup("")
    svg = _SVG_PROLOGUE.sub("", svg, count=1)
    style = f'<style>text, tspan {{ font-family: "{FONT_FAMILY}"; }}</style>'
    return Markup(_SVG_OPEN.sub(lambda m: m.group(0) + style, svg, count=1))
