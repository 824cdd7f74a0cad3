"""The house style of the charts and the SVG canvas they are drawn on, in points.

A chart is a list of SVG elements in drawing order; the glyphs its text uses and the hatch
pattern go in `<defs>`. Every id carries a prefix made from the chart's inputs, so several charts
inlined in one HTML page never share an id unless they are the same chart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from lakip.charts import svgtext
from lakip.charts.axis import Scale
from lakip.formatting import number

PT_PER_CM = 72 / 2.54
INK = "#1f2933"
DARK = "#2b4c6f"  # realisasi: dark and solid
LIGHT = "#dde3ea"  # target, pagu: light and hatched, so the pair survives greyscale printing
GRID = "#d3d8de"
MUTED = "#6b7480"
REFERENCE = "#8a2c2c"
LINES = (  # colour, dash pattern (in line widths), marker
    ("#2b4c6f", "", "circle"),
    ("#7a5c1e", "3.7 1.6", "square"),
    ("#3f6b4a", "6.4 1.6 1 1.6", "triangle"),
    ("#555555", "1 1.65", "diamond"),
)
TICK_SIZE = 7.5
LABEL_SIZE = 8.0
VALUE_SIZE = 7.0
PAD = 4.0  # canvas edge to anything drawn
TICK = 3.5  # tick mark length, outside the axes
GAP = 2.5  # tick mark to its label
LEGEND = 12.0  # height of the legend row above the axes
NO_DATA = "Tidak ada data"

_n = svgtext.coordinate


def tick_texts(ticks: Sequence[Decimal]) -> list[str]:
    """Tick labels with as many decimals as the finest tick needs, the same for all of them.

    Ticks are exact round steps (`axis.ticks_for`), so labels with these decimals always differ:
    a Theil index axis reads 0,010 / 0,015 / 0,020, never 0,01 / 0,02 / 0,02.
    """
    places = max((max(-t.normalize().as_tuple().exponent, 0) for t in ticks), default=0)
    return [
        number(t, places) if places == 0 else number(t.quantize(Decimal(1).scaleb(-places)))
        for t in ticks
    ]


@dataclass(frozen=True)
class Box:
    """The axes' rectangle on the canvas."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def x(self, scale: Scale, value: float) -> float:
        return self.left + scale.fraction(value) * self.width

    def y(self, scale: Scale, value: float) -> float:
        return self.bottom - scale.fraction(value) * self.height


class Canvas:
    """One chart being drawn: a title, a size, and SVG elements in painting order."""

    def __init__(self, title: str, width_cm: float, height_cm: float, *inputs: object):
        self.title = title
        self.size_cm = (width_cm, height_cm)
        self.width, self.height = width_cm * PT_PER_CM, height_cm * PT_PER_CM
        digest = hashlib.sha256(repr((title, width_cm, height_cm, inputs)).encode()).hexdigest()
        self.prefix = f"c{digest[:10]}-"
        self.hatch = f"url(#{self.prefix}hatch)"
        self._painter = svgtext.Painter(self.prefix)
        self._body: list[str] = []

    def text(self, text: str, x: float, y: float, size: float, color: str = INK, **place) -> None:
        self._body.append(self._painter.text(text, x, y, size, color, **place))

    def tick_label(self, text: str, x: float, y: float, anchor: str, baseline: str, rotate=0.0):
        self.text(text, x, y, TICK_SIZE, INK, anchor=anchor, baseline=baseline, rotate=rotate)

    def line(self, x1, y1, x2, y2, color: str, width: float, dash: str = "") -> None:
        dashes = f' stroke-dasharray="{dash}"' if dash else ""
        self._body.append(
            f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" '
            f'stroke="{color}" stroke-width="{_n(width)}"{dashes}/>'
        )

    def rect(self, x, y, width, height, fill: str, stroke: str = "", stroke_width=0.6) -> None:
        outline = f' stroke="{stroke}" stroke-width="{_n(stroke_width)}"' if stroke else ""
        self._body.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}" '
            f'fill="{fill}"{outline}/>'
        )

    def polyline(self, points: Sequence[tuple[float, float] | None], style) -> None:
        """A line through the points with a marker on each; None breaks the line."""
        color, dash, marker = style
        run: list[tuple[float, float]] = []
        for point in [*points, None]:
            if point is not None:
                run.append(point)
                continue
            if len(run) > 1:
                self._body.append(
                    f'<polyline points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in run)}" '
                    f'fill="none" stroke="{color}" stroke-width="1.3" stroke-linejoin="round"'
                    + (f' stroke-dasharray="{_scaled(dash, 1.3)}"' if dash else "")
                    + "/>"
                )
            run = []
        for point in points:
            if point is not None:
                self.marker(*point, marker, color)

    def marker(self, x: float, y: float, kind: str, color: str, size: float = 4.0) -> None:
        r = size / 2
        shapes = {
            "circle": f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}"',
            "square": f'<rect x="{_n(x - r)}" y="{_n(y - r)}" width="{_n(size)}" '
            f'height="{_n(size)}"',
            "triangle": f'<polygon points="{_n(x)},{_n(y - r)} {_n(x + r)},{_n(y + r)} '
            f'{_n(x - r)},{_n(y + r)}"',
            "diamond": f'<polygon points="{_n(x)},{_n(y - r)} {_n(x + r)},{_n(y)} '
            f'{_n(x)},{_n(y + r)} {_n(x - r)},{_n(y)}"',
        }
        self._body.append(f'{shapes[kind]} fill="{color}"/>')

    def horizontal_grid(self, box: Box, scale: Scale, ticks: Sequence[Decimal]) -> None:
        """Grid lines and labelled ticks of a vertical value axis."""
        for tick, text in zip(ticks, tick_texts(ticks), strict=True):
            y = box.y(scale, float(tick))
            self.line(box.left, y, box.right, y, GRID, 0.5)
            self.line(box.left - TICK, y, box.left, y, INK, 0.6)
            self.tick_label(text, box.left - TICK - GAP, y, "end", "middle")

    def vertical_grid(self, box: Box, scale: Scale, ticks: Sequence[Decimal], label: str) -> None:
        """Grid lines and labelled ticks of a horizontal value axis, its title underneath."""
        for tick, text in zip(ticks, tick_texts(ticks), strict=True):
            x = box.x(scale, float(tick))
            self.line(x, box.top, x, box.bottom, GRID, 0.5)
            self.line(x, box.bottom, x, box.bottom + TICK, INK, 0.6)
            half = svgtext.width(text, TICK_SIZE) / 2
            if half < x < self.width - half:  # a long figure at the very edge goes unlabelled
                self.tick_label(text, x, box.bottom + TICK + GAP, "middle", "top")
        below = box.bottom + TICK + GAP + TICK_SIZE * 1.2 + 2
        self.text(
            label, (box.left + box.right) / 2, below, LABEL_SIZE, anchor="middle", baseline="top"
        )

    def spines(self, box: Box) -> None:
        """The left and bottom edges of the axes; top and right stay open."""
        self.line(box.left, box.top, box.left, box.bottom, MUTED, 0.6)
        self.line(box.left, box.bottom, box.right, box.bottom, MUTED, 0.6)

    def legend(self, left: float, top: float, entries: Sequence[tuple[str, str, object]]) -> None:
        """Swatches and names in one row above the axes: ("bar", fill) or ("line", style).

        Names are shortened to share the row; entries that still do not fit are left out (the
        figure's text alternative lists every series).
        """
        x, middle = left, top + LEGEND / 2
        share = (self.width - PAD - left) / max(len(entries), 1) - 30  # less swatch and gaps
        for name, kind, look in entries:
            name = svgtext.shortened(name, TICK_SIZE, max(share, 40))
            if x + 18 + svgtext.width(name, TICK_SIZE) > self.width - PAD:
                break
            if kind == "bar":
                self.rect(x, middle - 3.5, 10, 7, look, DARK)
                x += 10
            else:
                color, dash, marker = look
                self.line(x, middle, x + 14, middle, color, 1.3, _scaled(dash, 1.3))
                self.marker(x + 7, middle, marker, color)
                x += 14
            self.text(name, x + 4, middle, TICK_SIZE, anchor="start", baseline="middle")
            x += 4 + svgtext.width(name, TICK_SIZE) + 12

    def no_data(self) -> None:
        self._body.clear()
        self.text(
            NO_DATA,
            self.width / 2,
            self.height / 2,
            10.0,
            MUTED,
            anchor="middle",
            baseline="middle",
        )

    def svg(self) -> str:
        """The finished standalone SVG document, its `<title>` first for screen readers."""
        hatch = (
            f'<pattern id="{self.prefix}hatch" patternUnits="userSpaceOnUse" width="4" '
            f'height="4"><rect width="4" height="4" fill="{LIGHT}"/><path d="M-1 1L1 -1M0 4L4 0'
            f'M3 5L5 3" stroke="{DARK}" stroke-width="0.5"/></pattern>'
        )
        width, height = _n(self.width), _n(self.height)
        title = escape(svgtext.xml_text(self.title))
        size = f'width="{_n(self.size_cm[0])}cm" height="{_n(self.size_cm[1])}cm"'
        return (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'{size} viewBox="0 0 {width} {height}" version="1.1">'
            f"\n <title>{title}</title>\n <defs>{hatch}{self._painter.defs()}</defs>\n"
            + "\n".join(self._body)
            + "\n</svg>\n"
        )


def _scaled(dash: str, width: float) -> str:
    """A dash pattern given in line widths, in points."""
    return " ".join(_n(float(part) * width) for part in dash.split()) if dash else ""
