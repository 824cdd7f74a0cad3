"""Turn the profile's logo file into SVG text that is safe to place inline in any document.

The logo is the one file outside the data files that lakip reads from the repository. The report's
cover, the site, the letters and the disposition sheet all place it inline, so it is read only from
inside the repository and stripped of anything that could run or fetch.
"""

from __future__ import annotations

import base64
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

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
        if not path.is_relative_to(base) or not path.is_file():
            return PLACEHOLDER_LOGO
        if path.stat().st_size > _MAX_LOGO_BYTES:
            return PLACEHOLDER_LOGO
        data = path.read_bytes()
    # A link that points to itself (RuntimeError in Python 3.11), a name longer than the system
    # allows or an unreadable file (OSError), a null character (ValueError): no logo to show
    except (RuntimeError, OSError, ValueError):
        return PLACEHOLDER_LOGO
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
