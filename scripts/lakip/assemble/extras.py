"""Turn the project into what surrounds the chapters: logo, headline cards, unit pages, exports.

The logo is the one file the assembler reads itself. It is placed inline in the site and the
PDF, so it is read only from inside the repository and stripped of anything that could run.
"""

from __future__ import annotations

import base64
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lakip import formatting as fmt
from lakip import layout
from lakip.assemble import document as d
from lakip.assemble import exports as figures_report
from lakip.assemble import tables
from lakip.assemble.sentences import places
from lakip.compute.figures import category
from lakip.compute.tree import Figures
from lakip.model import Project

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
PLACEHOLDER_LOGO = (
    f'<svg xmlns="{_SVG_NS}" width="96" height="96" viewBox="0 0 96 96" role="img" '
    'aria-label="Logo belum tersedia"><rect x="0.5" y="0.5" width="95" height="95" '
    'fill="none" stroke="#c8ced6" stroke-width="1"/></svg>'
)
_MAX_LOGO_BYTES = 2 * 1024 * 1024
_ACTIVE = {"script", "foreignObject", "iframe", "object", "embed", "handler", "listener"}
_ACTIVE |= {"set", "animate", "animateMotion", "animateTransform", "discard"}
_SAFE_HREFS = ("#", "data:image/png;", "data:image/jpeg;")


def logo_svg(root: Path, rel: str) -> str:
    """The logo as inline SVG text; a PNG is wrapped, anything unusable gives a placeholder."""
    if not rel:
        return PLACEHOLDER_LOGO
    base = Path(root).resolve()
    try:
        path = (base / rel).resolve()
    except RuntimeError:  # Python 3.11's resolve() on a symbolic link that points to itself
        return PLACEHOLDER_LOGO
    if not path.is_relative_to(base) or not path.is_file():
        return PLACEHOLDER_LOGO
    if path.stat().st_size > _MAX_LOGO_BYTES:
        return PLACEHOLDER_LOGO
    data = path.read_bytes()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return _png_svg(data)
    try:
        return _clean_svg(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ET.ParseError, ValueError, RecursionError):
        return PLACEHOLDER_LOGO


def _png_svg(data: bytes) -> str:
    width, height = struct.unpack(">II", data[16:24]) if len(data) >= 24 else (100, 100)
    uri = "data:image/png;base64," + base64.b64encode(data).decode("ascii")
    return (
        f'<svg xmlns="{_SVG_NS}" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><image href="{uri}" width="{width}" '
        f'height="{height}"/></svg>'
    )


def _clean_svg(text: str) -> str:
    """Keep the drawing, drop scripts, event handlers, foreign content and outside references."""
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        raise ValueError("a logo must not declare a DTD or entities")
    tree = ET.fromstring(text)
    if _local(tree.tag) != "svg":
        raise ValueError("not an SVG document")
    for parent in tree.iter():
        for child in list(parent):
            if _active(child):
                parent.remove(child)
        for name, value in list(parent.attrib.items()):
            if _unsafe_attribute(_local(name).lower(), value):
                del parent.attrib[name]
    return _serialise(tree, top=True)


def _serialise(element: ET.Element, top: bool = False) -> str:
    """SVG text without ElementTree's `ns0:` prefixes; editor-specific namespaces are dropped.

    ElementTree's own writer takes its prefixes from a process-wide map that any other code can
    change, so the same logo could come out differently; this writer depends on nothing.
    """
    attrs = {name: value for key, value in element.attrib.items() if (name := _name(key))}
    if top:
        attrs = {"xmlns": _SVG_NS, "xmlns:xlink": _XLINK_NS, **attrs}
    opening = _name(element.tag) + "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())
    inner = escape(element.text or "") + "".join(
        _serialise(child) + escape(child.tail or "") for child in element if _name(child.tag)
    )
    return f"<{opening}>{inner}</{_name(element.tag)}>" if inner else f"<{opening}/>"


def _name(qualified: str) -> str:
    """`rect`, `xlink:href`, `xml:space`; "" for a name from any other namespace."""
    if not qualified.startswith("{"):
        return qualified
    uri, local = qualified[1:].split("}", 1)
    prefixes = {_SVG_NS: "", _XLINK_NS: "xlink:", _XML_NS: "xml:"}
    return f"{prefixes[uri]}{local}" if uri in prefixes else ""


def _active(element: ET.Element) -> bool:
    """Scripts, foreign content, animations that can rewrite links, and CSS that fetches."""
    if not isinstance(element.tag, str):
        return True
    # Case-blind: inlined into HTML, an SVG's <SCRIPT> becomes a running <script>.
    name = _local(element.tag).lower()
    if name in {active.lower() for active in _ACTIVE}:
        return True
    return name == "style" and _remote_css(element.text or "")


def _unsafe_attribute(local: str, value: str) -> bool:
    if local.startswith("on"):
        return True
    if local == "style":
        return _remote_css(value)
    return local == "href" and not value.startswith(_SAFE_HREFS)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _remote_css(css: str) -> bool:
    lowered = css.lower()
    return "url(" in lowered or "@import" in lowered or "expression(" in lowered


def cover_cards(figures: Figures) -> d.Cards:
    """The year's headline figures, for the cover of the site and the Ikhtisar Eksekutif."""
    summary, budget = figures.summary, figures.budget
    top = figures.settings.categories[0].name
    count = len(figures.indicators)
    mean_category = category(summary.capaian, figures.settings)
    return d.Cards(
        (
            d.Card(
                "Indikator kinerja utama", str(count), f"{len(figures.sasaran)} sasaran strategis"
            ),
            d.Card("Rata-rata capaian", tables.pct(summary.capaian), mean_category or ""),
            d.Card(
                f"Indikator kategori {top}",
                str(summary.categories.get(top, 0)),
                f"dari {count} indikator",
            ),
            d.Card("Serapan anggaran", tables.pct(budget.serapan), _spent(budget)),
        )
    )


def _spent(budget) -> str:
    if budget.realisation is None:
        return f"realisasi belum lengkap; pagu {fmt.money(budget.pagu)}"
    return f"{fmt.money(budget.realisation)} dari pagu {fmt.money(budget.pagu)}"


def unit_pages(project: Project, figures: Figures) -> list[d.UnitPage]:
    """Per unit: its indicators this year and which of its files have arrived."""
    year = figures.year
    submitted = project.year_data(year).submitted_units
    pk = project.pks.get(year)
    executing = {k.unit for k in pk.kegiatan} if pk else set()
    pages = []
    for unit in sorted(project.units.values(), key=lambda u: (u.order, u.slug)):
        own = [f for f in figures.indicators if f.indicator.owner == unit.slug]
        arrived = submitted.get(unit.slug, set())
        expected = {layout.REALISATION_FILE, layout.NARRATIVE_FILE} if own else set()
        expected |= {layout.BUDGET_FILE} if unit.slug in executing else set()
        base = layout.unit_year(unit.slug, year)
        files = tuple(
            (f"{base}/{name}", "lengkap" if name in arrived else "belum ada")
            for name in layout.SECTION_YEAR_FILES
            if name in expected | arrived
        )
        indicators = tuple(
            d.UnitIndicator(
                f.indicator.code,
                f.indicator.text,
                tables.target(f.target, places(f)),
                tables.num(f.realisation, places(f)),
                tables.pct(f.capaian.value),
                f.category or tables.DASH,
            )
            for f in own
        )
        known = set(project.files)
        paths = [layout.unit_file(unit.slug), *(f"{base}/{n}" for n in sorted(arrived))]
        pages.append(
            d.UnitPage(
                unit.slug,
                unit.name,
                unit.head.name,
                indicators,
                files,
                tuple(p for p in paths if p in known),
            )
        )
    return pages


def exports(figures: Figures) -> dict[str, str]:
    """Machine-readable tables (dot decimals, unrounded values beside the printed ones)."""
    year = figures.year
    return {
        f"capaian-{year}.csv": figures_report.render(figures, "csv", "id"),
        f"capaian-{year}.json": figures_report.render(figures, "json", "id"),
    }
