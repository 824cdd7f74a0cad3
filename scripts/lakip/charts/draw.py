"""Turn figures into charts: standalone SVG text, vector, text drawn as paths, same bytes anywhere.

The functions take plain values rather than model objects, so the report assembler decides what
to plot and the tests can call them directly. The SVG is written by lakip, not by a plotting
library: four chart kinds in one house style do not need one, and matplotlib took ~0.8 s to
import and ~0.2 s per chart, most of lakip's own share of a build (docs/performance.md).
"""

from __future__ import annotations

import itertools
import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from lakip.charts import svgtext
from lakip.charts.axis import Scale, from_zero, ticks_for
from lakip.charts.canvas import (
    DARK,
    GAP,
    INK,
    LABEL_SIZE,
    LEGEND,
    LINES,
    MUTED,
    NO_DATA,
    PAD,
    REFERENCE,
    TICK,
    TICK_SIZE,
    VALUE_SIZE,
    Box,
    Canvas,
    tick_texts,
)
from lakip.charts.svgtext import LINE_HEIGHT
from lakip.formatting import percent

WIDTH_CM = 16.0  # the text column of an A4 portrait page
HEIGHT_CM = 8.5
_SLANT = 40.0  # degrees of the category labels that do not fit under their bars

Number = Decimal | int | float | None


def target_vs_realisation(
    title: str,
    labels: list[str],
    targets: list[Number],
    realisations: list[Number],
    unit_note: str = "",
) -> str:
    """Grouped bars of target and realisasi per indicator or sasaran."""
    chart = Canvas(title, WIDTH_CM, HEIGHT_CM, labels, targets, realisations, unit_note)
    pair, names = (targets, realisations), ("Target", "Realisasi")
    if not _grouped_bars(chart, labels, pair, names, unit_note):
        chart.no_data()
    return chart.svg()


def absorption(title: str, labels: list[str], pagu: list[Number], realisasi: list[Number]) -> str:
    """Pagu and realisasi per programme in juta Rp, each pair annotated with its serapan."""
    _same_length(labels, pagu)
    _same_length(labels, realisasi)
    chart = Canvas(title, WIDTH_CM, HEIGHT_CM, labels, pagu, realisasi)
    millions = tuple(
        [None if v is None else Decimal(v) / 1_000_000 for v in values]
        for values in (pagu, realisasi)
    )
    serapan = [
        _percent(Decimal(r) / Decimal(p) * 100) if p is not None and r is not None and p else ""
        for p, r in zip(pagu, realisasi, strict=True)
    ]
    names = ("Pagu", "Realisasi")
    if not _grouped_bars(chart, labels, millions, names, "Anggaran (juta Rp)", serapan):
        chart.no_data()
    return chart.svg()


def capaian_bars(
    title: str, labels: list[str], capaian: list[Number], reference: Decimal | int = 100
) -> str:
    """Horizontal bars of capaian in percent, with a dashed line at the reference (100%)."""
    _same_length(labels, capaian)
    height_cm = min(22.0, max(HEIGHT_CM, 2.5 + 0.55 * len(labels)))
    chart = Canvas(title, WIDTH_CM, height_cm, labels, capaian, reference)
    values = [_float(v) for v in capaian]
    present = [v for v in values if v is not None]
    if not present:
        chart.no_data()
        return chart.svg()
    ref = float(reference)
    lines = 2 if len(labels) <= 12 else 1  # a second line would run into the next row
    names = _fitted(labels, 34, lines, chart.width * 0.4, TICK_SIZE)
    left = PAD + max(svgtext.block_width(name, TICK_SIZE) for name in names) + TICK + GAP
    bottom = chart.height - PAD - (LABEL_SIZE + TICK_SIZE) * 1.2 - TICK - GAP - 2
    box = Box(left, PAD + 2, chart.width - PAD - 8, bottom)
    scale = _room_for_values(box, min(0.0, *present), max(ref, *present), values, capaian)
    chart.vertical_grid(box, scale, ticks_for(scale, most=8), "Capaian (%)")
    row = box.height / len(labels)
    zero = box.x(scale, 0.0)
    for index, (name, value, raw) in enumerate(zip(names, values, capaian, strict=True)):
        middle = box.top + row * (index + 0.5)  # first label on top, in reading order
        chart.line(box.left - TICK, middle, box.left, middle, INK, 0.6)
        chart.tick_label(name, box.left - TICK - GAP, middle, "end", "middle")
        if value is None:
            place = {"anchor": "start", "baseline": "middle"}
            chart.text(NO_DATA.lower(), zero + 3, middle, VALUE_SIZE, MUTED, **place)
            continue
        end = box.x(scale, value)
        chart.rect(min(zero, end), middle - row * 0.3, abs(end - zero), row * 0.6, DARK)
        left_side = value < 0
        place = {"anchor": "end" if left_side else "start", "baseline": "middle"}
        chart.text(_percent(raw), end + (-3 if left_side else 3), middle, VALUE_SIZE, **place)
    at = box.x(scale, ref)
    chart.line(at, box.top, at, box.bottom, REFERENCE, 0.9, "3.6 1.8")
    chart.spines(box)
    return chart.svg()


def _fitted(labels: Sequence[str], chars: int, lines: int, widest: float, size: float):
    """Labels wrapped at `chars` characters, or fewer when even that is wider than `widest`."""
    for shorter in range(chars, 7, -4):
        fitted = [_wrap(label, shorter, lines) for label in labels]
        if max(svgtext.block_width(text, size) for text in fitted) <= widest:
            break
    return fitted


def _room_for_values(box: Box, low: float, high: float, values, raws) -> Scale:
    """The value axis, widened so that each bar's label fits beside its end within the box."""

    def room(negative: bool) -> float:
        widths = [
            svgtext.width(_percent(raw), VALUE_SIZE) + 6
            for value, raw in zip(values, raws, strict=True)
            if value is not None and (value < 0) == negative
        ]
        return max(widths, default=0.0) / box.width

    right, left = room(False), room(True)
    total = (high - low) / max(1 - right - left, 0.25)
    return Scale(low - left * total, high + right * total)


def trend(title: str, years: list[int], series: dict[str, list[Number]]) -> str:
    """One line with markers per series over the years; a None leaves a gap in its line.

    The value axis starts at zero, like the bars': a trend is read by its height.
    """
    for values in series.values():
        _same_length(years, values)
    chart = Canvas(title, WIDTH_CM, HEIGHT_CM, years, series)
    points = [float(v) for values in series.values() for v in values if v is not None]
    if not years or not points:
        chart.no_data()
        return chart.svg()
    ticks = from_zero(points, most=6)
    scale = Scale(float(ticks[0]), float(ticks[-1]))
    left = PAD + _widest(ticks) + TICK + GAP
    box = Box(left, PAD + LEGEND + 4, chart.width - PAD - 6, _bottom(chart, TICK_SIZE * 1.2))
    chart.horizontal_grid(box, scale, ticks)
    margin = (0.08 * (years[-1] - years[0])) if len(years) > 1 else 0.5
    along = Scale(years[0] - margin, years[-1] + margin)
    for year in years:
        x = box.x(along, year)
        chart.line(x, box.bottom, x, box.bottom + TICK, INK, 0.6)
        chart.tick_label(str(year), x, box.bottom + TICK + GAP, "middle", "top")
    legend = []
    for (name, values), style in zip(series.items(), itertools.cycle(LINES), strict=False):
        chart.polyline(
            [
                None if v is None else (box.x(along, year), box.y(scale, float(v)))
                for year, v in zip(years, values, strict=True)
            ],
            style,
        )
        legend.append((name, "line", style))
    chart.spines(box)
    chart.legend(box.left, PAD, legend)
    return chart.svg()


def _grouped_bars(
    chart: Canvas,
    labels: Sequence[str],
    pair: tuple[Sequence[Number], Sequence[Number]],
    names: tuple[str, str],
    ylabel: str,
    notes: Sequence[str] = (),
) -> bool:
    """Two bars per label, light-hatched then dark, on an axis from zero; False when empty."""
    for values in pair:
        _same_length(labels, values)
    drawn = [_float(v) for values in pair for v in values if v is not None]
    if not drawn:
        return False
    # room for the serapan labels above the tallest bar
    ticks = from_zero(drawn, most=6, headroom=0.12 if any(notes) else 0.0)
    scale = Scale(float(ticks[0]), float(ticks[-1]))
    ylabel_room = LABEL_SIZE * (1 + LINE_HEIGHT) + 6 if ylabel else 0.0  # two lines at most
    left = PAD + ylabel_room + _widest(ticks) + TICK + GAP
    for _ in range(3):  # slanted labels may need room on the left, which narrows their slots
        below = _categories(labels, (chart.width - PAD - left) / len(labels))
        left = max(left, PAD + below.overhang)
    box = Box(left, PAD + LEGEND + 4, chart.width - PAD, _bottom(chart, below.height))
    chart.horizontal_grid(box, scale, ticks)
    if ylabel:
        ylabel = _fitted([ylabel], 45, 2, box.height, LABEL_SIZE)[0]
        middle = (box.top + box.bottom) / 2
        place = {"anchor": "middle", "baseline": "top", "rotate": -90.0}
        chart.text(ylabel, PAD, middle, LABEL_SIZE, **place)
    slot = box.width / len(labels)
    fills = (chart.hatch, DARK)
    for index, label in enumerate(below.texts):
        centre = box.left + slot * (index + 0.5)
        chart.line(centre, box.bottom, centre, box.bottom + TICK, INK, 0.6)
        anchor = "end" if below.rotate else "middle"
        top = box.bottom + TICK + GAP
        chart.tick_label(label, centre, top, anchor, "top", -below.rotate)
        heights = [_float(values[index]) for values in pair]
        for side, value, fill in zip((-1, 0), heights, fills, strict=True):
            if value is not None:
                y0, y1 = sorted((box.y(scale, value), box.y(scale, 0.0)))
                chart.rect(centre + side * slot * 0.38, y0, slot * 0.38, y1 - y0, fill, DARK)
        if notes and notes[index]:
            tallest = max(0.0, *(h or 0.0 for h in heights))
            half = svgtext.width(notes[index], VALUE_SIZE) / 2  # kept on the canvas at its edges
            x = min(max(centre, half + 1), chart.width - half - 1)
            place = {"anchor": "middle", "baseline": "alphabetic"}
            chart.text(notes[index], x, box.y(scale, tallest) - 3, VALUE_SIZE, **place)
    chart.spines(box)
    chart.legend(box.left, PAD, [(n, "bar", f) for n, f in zip(names, fills, strict=True)])
    return True


@dataclass(frozen=True)
class _Below:
    """Category labels under their bars, and the room they take."""

    texts: list[str]
    rotate: float  # degrees, anticlockwise: the text rises to the right, ending at its tick
    height: float
    overhang: float  # how far the slanted labels reach left of the axes' left edge


def _categories(labels: Sequence[str], slot: float) -> _Below:
    """Wrap long labels under their bars, or slant them on one line when they do not fit."""
    chars = max(6, int(slot / (TICK_SIZE * 0.5)))  # ~0.5 em per character of Liberation Sans
    wrapped = [_wrap(label, chars, 3) for label in labels]
    if all(svgtext.block_width(text, TICK_SIZE) <= slot for text in wrapped):
        height = max(svgtext.block_height(text, TICK_SIZE) for text in wrapped)
        return _Below(wrapped, 0.0, height + 2, 0.0)
    sin, cos = math.sin(math.radians(_SLANT)), math.cos(math.radians(_SLANT))
    slanted = _fitted(labels, 28, 1, 70 / sin, TICK_SIZE)  # at most 70 pt below the axes
    widths = [svgtext.width(text, TICK_SIZE) for text in slanted]
    overhang = max(w * cos + TICK_SIZE * sin - slot * (i + 0.5) for i, w in enumerate(widths))
    return _Below(slanted, _SLANT, max(widths) * sin + TICK_SIZE * cos + 2, overhang)


def _bottom(chart: Canvas, below: float) -> float:
    """The axes' bottom edge, leaving room under it for ticks and labels `below` high."""
    return chart.height - PAD - below - TICK - GAP


def _widest(ticks: Sequence[Decimal]) -> float:
    return max(svgtext.width(text, TICK_SIZE) for text in tick_texts(ticks))


def _wrap(label: str, width: int, lines: int) -> str:
    """Wrap at spaces only (codes like IKU-01 stay whole), ellipsising after `lines` lines.

    A word longer than a line (a pasted URL) is cut short too, so no label outgrows the chart.
    """
    parts = textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False)
    parts = [part if len(part) <= width else part[: width - 1] + "…" for part in parts]
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1].rstrip(" ,.;:…") + "…"
    return "\n".join(parts)


def _percent(value: Number) -> str:
    """`94,31%`: the decimals of the tables, so a figure reads the same on a chart and beside it."""
    return percent(Decimal(value))


def _float(value: Number) -> float | None:
    return None if value is None else float(value)


def _same_length(labels: Sequence, values: Sequence) -> None:
    if len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels but {len(values)} values")
