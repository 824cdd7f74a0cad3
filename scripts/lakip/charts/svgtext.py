"""Text for the charts, measured and drawn as glyph outlines from the shipped fonts.

Drawing text as paths makes a chart look the same in WeasyPrint, in every browser and on every
machine, whatever fonts are installed. Each glyph is defined once per chart (`<defs>`) and placed
with `<use>`; Liberation Sans draws it, and DejaVu Sans any character Liberation lacks. The
measurements are the ones the layout uses, so labels are placed from the same advances they are
drawn with.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

_FONTS = Path(__file__).parent.parent / "fonts"
_FAMILIES = (
    ("LiberationSans", _FONTS / "LiberationSans-Regular.ttf"),
    ("DejaVuSans", _FONTS / "DejaVuSans.ttf"),
)
EM = 2048  # the unit glyphs are placed in: Liberation's and DejaVu's units per em
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
LINE_HEIGHT = 1.2  # of the font size, between the baselines of a multi-line label
CAP_HEIGHT = 0.716  # of the font size (Liberation Sans: 1409/2048 units), to centre digits


@dataclass(frozen=True)
class _Font:
    name: str
    units: int
    cmap: dict[int, str]
    advances: dict[str, int]
    kerning: dict[tuple[str, str], int]
    glyphs: object  # fontTools glyph set, drawn lazily


@functools.cache
def _font(index: int) -> _Font:
    """Load one shipped font, when first needed: the fallback only for a label that needs it."""
    from fontTools.ttLib import TTFont

    name, path = _FAMILIES[index]
    font = TTFont(path, lazy=True)
    kerning: dict[tuple[str, str], int] = {}
    if "kern" in font:
        for table in font["kern"].kernTables:
            kerning.update(getattr(table, "kernTable", {}))
    advances = {glyph: metric[0] for glyph, metric in font["hmtx"].metrics.items()}
    cmap = font.getBestCmap()
    return _Font(name, font["head"].unitsPerEm, cmap, advances, kerning, font.getGlyphSet())


@functools.cache
def _glyph(char: str) -> tuple[_Font, str]:
    """The first shipped font that has the character; `.notdef` (a box) of the first otherwise."""
    for index in range(len(_FAMILIES)):
        font = _font(index)
        name = font.cmap.get(ord(char))
        if name is not None:
            return font, name
    return _font(0), ".notdef"


def width(text: str, size: float) -> float:
    """Advance width of one line of `text` at `size` points, kerning included."""
    total = 0.0
    previous: tuple[_Font, str] | None = None
    for char in text:
        font, name = _glyph(char)
        advance = font.advances.get(name, 0)
        if previous is not None and previous[0] is font:
            advance += font.kerning.get((previous[1], name), 0)
        total += advance * size / font.units
        previous = (font, name)
    return total


def shortened(text: str, size: float, widest: float) -> str:
    """`text`, cut and ended with an ellipsis where it would be wider than `widest`."""
    if width(text, size) <= widest:
        return text
    while text and width(text + "…", size) > widest:
        text = text[:-1]
    return text.rstrip() + "…"


def block_width(text: str, size: float) -> float:
    """Width of a multi-line label: its widest line."""
    return max((width(line, size) for line in text.split("\n")), default=0.0)


def block_height(text: str, size: float) -> float:
    """From the first line's cap height to the last line's baseline."""
    return size * (CAP_HEIGHT + LINE_HEIGHT * text.count("\n"))


@dataclass
class Painter:
    """Collects the glyph outlines a chart uses while its text is placed."""

    prefix: str = ""
    _defs: dict[str, str] = field(default_factory=dict)

    def text(
        self,
        text: str,
        x: float,
        y: float,
        size: float,
        color: str,
        anchor: str = "start",
        baseline: str = "alphabetic",
        rotate: float = 0.0,
    ) -> str:
        """SVG for `text` at (x, y); `anchor` is start, middle or end, `baseline` alphabetic,
        middle or top; a rotation turns the whole label about (x, y)."""
        lines = text.split("\n")
        height = block_height(text, size)
        first = {
            "alphabetic": 0.0,
            "top": size * CAP_HEIGHT,
            "middle": size * CAP_HEIGHT - height / 2,
        }[baseline]
        turn = f" rotate({coordinate(rotate)})" if rotate else ""
        parts = [f'<g fill="{color}" data-text={quoteattr(xml_text(text))}>']
        for number, line in enumerate(lines):
            shift = {"start": 0.0, "middle": width(line, size) / 2, "end": width(line, size)}
            dy = first + number * size * LINE_HEIGHT
            k = coordinate(size / EM, 6)  # glyphs are in font units, y up
            parts.append(
                f'<g transform="translate({coordinate(x)} {coordinate(y)}){turn} '
                f'translate({coordinate(-shift[anchor])} {coordinate(dy)}) scale({k} -{k})">'
            )
            parts.extend(self._line(line))
            parts.append("</g>")
        parts.append("</g>")
        return "".join(parts)

    def _line(self, line: str):
        """One `<use>` per visible glyph, placed by advance and kerning in font units."""
        pen_x = 0.0
        previous: tuple[_Font, str] | None = None
        for char in line:
            font, name = _glyph(char)
            if previous is not None and previous[0] is font:
                pen_x += font.kerning.get((previous[1], name), 0) * EM / font.units
            if not char.isspace():
                at = f' x="{coordinate(pen_x, 1)}"' if pen_x else ""
                yield f'<use xlink:href="#{self._define(font, name)}"{at}/>'
            pen_x += font.advances.get(name, 0) * EM / font.units
            previous = (font, name)

    def _define(self, font: _Font, name: str) -> str:
        ref = f"{self.prefix}{font.name}-{_safe(name)}"
        if ref not in self._defs:
            from fontTools.pens.svgPathPen import SVGPathPen

            pen = SVGPathPen(font.glyphs)
            if font.units == EM:
                font.glyphs[name].draw(pen)
            else:
                from fontTools.pens.transformPen import TransformPen

                scale = EM / font.units
                font.glyphs[name].draw(TransformPen(pen, (scale, 0, 0, scale, 0, 0)))
            self._defs[ref] = f'<path id="{ref}" d="{pen.getCommands()}"/>'
        return ref

    def defs(self) -> str:
        """The `<path>` of every glyph drawn so far, in first-use order."""
        return "".join(self._defs.values())


def xml_text(text: str) -> str:
    """The text without the characters XML 1.0 cannot hold (control characters, lone surrogates).

    Validation refuses them in data files; a chart must still never be unparsable SVG.
    """
    return _NOT_XML.sub("", text)


def _safe(name: str) -> str:
    """Glyph names may hold dots (`.notdef`, `uni00A0.sc`); ids keep letters, digits and `-`."""
    return "".join(c if c.isalnum() else f"_{ord(c):x}" for c in name)


def coordinate(value: float, places: int = 2) -> str:
    """No trailing zeros and never `-0`, so that the same chart always gives the same bytes."""
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
