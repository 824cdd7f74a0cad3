"""Turn the profile's logo file into SVG text that is safe to place inline in any document.

The logo is the one file outside the data files that lakip reads from the repository. The report's
cover, the site, the letters and the disposition sheet all place it inline, so it is read only from
inside the repository and rebuilt from an allow-list: the XML is parsed by defusedxml (no DTD, no
entities), only drawing elements and attributes are kept, and CSS (a `<style>`, a `style`
attribute, a paint like `fill="url(...)"`) is parsed by tinycss2, so an escaped `@\\69mport` or
`u\\72l(` is read as the `@import` or `url(` a browser would see. The only reference kept is one
to an element of the logo itself (`#id`), or an embedded PNG or JPEG image.
"""

from __future__ import annotations

import base64
import struct
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import tinycss2
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
PLACEHOLDER_LOGO = (
    f'<svg xmlns="{_SVG_NS}" width="96" height="96" viewBox="0 0 96 96" role="img" '
    'aria-label="Logo belum tersedia"><rect x="0.5" y="0.5" width="95" height="95" '
    'fill="none" stroke="#c8ced6" stroke-width="1"/></svg>'
)
_MAX_LOGO_BYTES = 2 * 1024 * 1024


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Drawing only: no script, foreignObject, animation (it can rewrite links), feImage or switch.
_ELEMENTS = _words(
    "svg g defs symbol use title desc a path rect circle ellipse line polyline polygon text tspan "
    "textPath linearGradient radialGradient stop clipPath mask pattern marker image style filter "
    "feGaussianBlur feOffset feBlend feColorMatrix feFlood feComposite feMerge feMergeNode "
    "feDropShadow"
)
# Text that is never read as CSS or as a reference.
_TEXT_ATTRIBUTES = _words(
    "id class role aria-label aria-labelledby aria-describedby aria-hidden lang xml:lang "
    "xml:space version d points viewBox preserveAspectRatio"
)
_ATTRIBUTES = _TEXT_ATTRIBUTES | _words(
    "x y x1 y1 x2 y2 cx cy r rx ry fx fy fr dx dy width height transform style href xlink:href "
    "fill fill-opacity fill-rule stroke stroke-width stroke-linecap stroke-linejoin "
    "stroke-miterlimit stroke-dasharray stroke-dashoffset stroke-opacity opacity clip-path "
    "clip-rule mask filter color display visibility overflow font-family font-size font-weight "
    "font-style font-variant font-stretch text-anchor dominant-baseline alignment-baseline "
    "baseline-shift letter-spacing word-spacing text-decoration writing-mode rotate textLength "
    "lengthAdjust startOffset method spacing side offset stop-color stop-opacity gradientUnits "
    "gradientTransform spreadMethod patternUnits patternContentUnits patternTransform "
    "clipPathUnits maskUnits maskContentUnits markerWidth markerHeight markerUnits refX refY "
    "orient marker-start marker-mid marker-end vector-effect paint-order shape-rendering "
    "text-rendering image-rendering color-interpolation-filters stdDeviation in in2 result "
    "mode values type operator k1 k2 k3 k4 flood-color flood-opacity filterUnits "
    "primitiveUnits"
)
# CSS functions a logo may use: colours, arithmetic, transforms; `url()` is checked on its own.
_FUNCTIONS = _words(
    "rgb rgba hsl hsla hwb lab lch oklab oklch color calc min max clamp var matrix translate "
    "translatex translatey scale scalex scaley rotate skewx skewy url"
)
_IMAGE_DATA = ("data:image/png;", "data:image/jpeg;")


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
    except (UnicodeDecodeError, ET.ParseError, DefusedXmlException, ValueError, RecursionError):
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
    """The drawing rebuilt from the allow-list; everything else is left out."""
    tree = fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    if _name(tree.tag) != "svg":
        raise ValueError("not an SVG document")
    return _serialise(tree, top=True)


def _serialise(element: ET.Element, top: bool = False) -> str:
    """SVG text of the allowed elements and attributes, without ElementTree's `ns0:` prefixes.

    ElementTree's own writer takes its prefixes from a process-wide map that any other code can
    change, so the same logo could come out differently; this writer depends on nothing.
    """
    tag = _name(element.tag)
    attrs = {}
    for key, value in element.attrib.items():
        name = _name(key)
        if name in _ATTRIBUTES and (kept := _attribute(tag, name, value)) is not None:
            attrs[name] = kept
    if top:
        attrs = {"xmlns": _SVG_NS, "xmlns:xlink": _XLINK_NS, **attrs}
    opening = tag + "".join(f" {k}={quoteattr(v)}" for k, v in attrs.items())
    if tag == "style":
        inner = escape(_stylesheet(element.text or ""))
    else:
        inner = escape(element.text or "") + "".join(
            _serialise(child) + escape(child.tail or "") for child in element if _allowed(child)
        )
    return f"<{opening}>{inner}</{tag}>" if inner else f"<{opening}/>"


def _allowed(element: ET.Element) -> bool:
    """An SVG element on the list; case counts, as it does in XML (`<SCRIPT>` is not `<a>`)."""
    return isinstance(element.tag, str) and _name(element.tag) in _ELEMENTS


def _name(qualified: str) -> str:
    """`rect`, `xlink:href`, `xml:space`; "" for a name from any other namespace."""
    if not qualified.startswith("{"):
        return qualified
    uri, local = qualified[1:].split("}", 1)
    prefixes = {_SVG_NS: "", _XLINK_NS: "xlink:", _XML_NS: "xml:"}
    return f"{prefixes[uri]}{local}" if uri in prefixes else ""


def _attribute(tag: str, name: str, value: str) -> str | None:
    """The value to keep, or None to drop the attribute."""
    if name in _TEXT_ATTRIBUTES:
        return value
    if name in ("href", "xlink:href"):
        local = value.strip().startswith("#")
        return value if local or (tag == "image" and value.startswith(_IMAGE_DATA)) else None
    if name == "style":
        return _declarations(value)
    tokens = tinycss2.parse_component_value_list(value)
    return value if _harmless(tokens) else None


def _stylesheet(css: str) -> str:
    """The style rules whose declarations are harmless; every at-rule (`@import`, `@font-face`)
    is dropped."""
    kept = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule" and _harmless(rule.prelude):
            body = _declarations(tinycss2.serialize(rule.content))
            kept.append(f"{tinycss2.serialize(rule.prelude).strip()} {{ {body} }}")
    return "\n".join(kept)


def _declarations(css: str) -> str:
    parsed = tinycss2.parse_blocks_contents(css, skip_comments=True, skip_whitespace=True)
    return "; ".join(
        f"{item.lower_name}: {tinycss2.serialize(item.value).strip()}"
        + (" !important" if item.important else "")
        for item in parsed
        if item.type == "declaration" and _harmless(item.value)
    )


def _harmless(tokens) -> bool:
    """No reference outside the logo and no function off the list, at any depth."""
    for token in tokens:
        if token.type == "url" and not token.value.strip().startswith("#"):
            return False
        if token.type in ("at-keyword", "error"):
            return False
        if token.type == "function":
            if token.lower_name not in _FUNCTIONS:
                return False
            if token.lower_name == "url" and not _local_url(token.arguments):
                return False
        inner = token.arguments if token.type == "function" else getattr(token, "content", None)
        if isinstance(inner, list) and not _harmless(inner):
            return False
    return True


def _local_url(arguments) -> bool:
    """`url("#id")` with nothing else in it."""
    values = [t for t in arguments if t.type not in ("whitespace", "comment")]
    return len(values) == 1 and values[0].type == "string" and values[0].value.startswith("#")
