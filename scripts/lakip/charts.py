"""Turn figures into charts: standalone SVG text, vector, text drawn as paths, same bytes anywhere.

The functions take plain values rather than model objects, so the report assembler decides what
to plot and the tests can call them directly. matplotlib is imported inside the functions because
it takes most of a second to import and most commands never draw a chart.
"""

from __future__ import annotations

import dataclasses
import io
import itertools
import math
import re
import textwrap
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from lakip.formatting import number

WIDTH_CM = 16.0  # the text column of an A4 portrait page
HEIGHT_CM = 8.5
NO_DATA = "Tidak ada data"

_FONTS = Path(__file__).parent / "fonts"
_INK = "#1f2933"
_DARK = "#2b4c6f"  # realisasi: dark and solid
_LIGHT = "#dde3ea"  # target, pagu: light and hatched, so the pair survives greyscale printing
_GRID = "#d3d8de"
_MUTED = "#6b7480"
_REFERENCE = "#8a2c2c"
_LINES = (
    ("#2b4c6f", "-", "o"),
    ("#7a5c1e", "--", "s"),
    ("#3f6b4a", "-.", "^"),
    ("#555555", ":", "D"),
)
_VALUE_LABEL = {"textcoords": "offset points", "fontsize": 7}
_METADATA = {"Date": None, "Creator": None, "Format": None, "Type": None}
_DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>\s*")
_SVG_START = re.compile(r"<svg\b[^>]*>")

Number = Decimal | int | float | None


def target_vs_realisation(
    title: str,
    labels: list[str],
    targets: list[Number],
    realisations: list[Number],
    unit_note: str = "",
) -> str:
    """Grouped bars of target and realisasi per indicator or sasaran."""

    def draw(ax) -> bool:
        drawn = _grouped_bars(ax, labels, targets, realisations, ("Target", "Realisasi"))
        if drawn and unit_note:
            ax.set_ylabel("\n".join(textwrap.wrap(unit_note, 45)))
        return drawn

    return _render(title, draw)


def capaian_bars(
    title: str, labels: list[str], capaian: list[Number], reference: Decimal | int = 100
) -> str:
    """Horizontal bars of capaian in percent, with a dashed line at the reference (100%)."""
    _same_length(labels, capaian)
    height = min(22.0, max(HEIGHT_CM, 2.5 + 0.55 * len(labels)))

    def draw(ax) -> bool:
        values = [_float(v) for v in capaian]
        present = [v for v in values if v is not None]
        if not present:
            return False
        rows = range(len(labels))
        drawn_rows = [row for row, v in zip(rows, values, strict=True) if v is not None]
        ax.barh(drawn_rows, present, height=0.6, color=_DARK)
        ref = float(reference)
        ax.axvline(ref, color=_REFERENCE, linestyle=(0, (4, 2)), linewidth=0.9, zorder=3)
        low, high = min(0.0, *present), max(ref, *present)
        span = high - low  # the margins leave room for the value labels beside the bar ends
        ax.set_xlim(low - span * 0.14 if low < 0 else 0, high + span * 0.16)
        for row, value, raw in zip(rows, values, capaian, strict=True):
            if value is None:
                ax.annotate(
                    NO_DATA.lower(), (0, row), (3, 0), va="center", color=_MUTED, **_VALUE_LABEL
                )
            else:
                left = value < 0
                ax.annotate(
                    _percent(raw),
                    (value, row),
                    (-3 if left else 3, 0),
                    ha="right" if left else "left",
                    va="center",
                    **_VALUE_LABEL,
                )
        lines = 2 if len(labels) <= 12 else 1  # a second line would run into the next row
        ax.set_yticks(list(rows), [_wrap(label, 34, lines) for label in labels], ma="right")
        ax.invert_yaxis()  # first label on top, in reading order
        ax.set_xlabel("Capaian (%)")
        ax.grid(axis="x")
        ax.grid(axis="y", visible=False)
        ax.xaxis.set_major_formatter(_number_formatter())
        return True

    return _render(title, draw, height)


def trend(title: str, years: list[int], series: dict[str, list[Number]]) -> str:
    """One line with markers per series over the years; a None leaves a gap in its line."""
    for values in series.values():
        _same_length(years, values)

    def draw(ax) -> bool:
        if not years or all(v is None for values in series.values() for v in values):
            return False
        for (name, values), (color, style, marker) in zip(
            series.items(), itertools.cycle(_LINES), strict=False
        ):
            ys = [math.nan if v is None else float(v) for v in values]
            ax.plot(years, ys, color=color, ls=style, marker=marker, ms=4, lw=1.3, label=name)
        ax.set_xticks(years, [str(year) for year in years])
        ax.set_xmargin(0.08 if len(years) > 1 else 0.5)
        ax.yaxis.set_major_formatter(_number_formatter())
        _legend(ax, len(series))
        return True

    return _render(title, draw)


def absorption(title: str, labels: list[str], pagu: list[Number], realisasi: list[Number]) -> str:
    """Pagu and realisasi per programme in juta Rp, each pair annotated with its serapan."""

    def draw(ax) -> bool:
        millions = [
            [None if v is None else Decimal(v) / 1_000_000 for v in vs] for vs in (pagu, realisasi)
        ]
        if not _grouped_bars(ax, labels, *millions, ("Pagu", "Realisasi")):
            return False
        ax.set_ylabel("Anggaran (juta Rp)")
        for x, (p, r) in enumerate(zip(pagu, realisasi, strict=True)):
            if p is None or r is None or not Decimal(p):
                continue
            top = max(_float(p), _float(r), 0.0) / 1_000_000
            serapan = _percent(Decimal(r) / Decimal(p) * 100)
            ax.annotate(serapan, (x, top), (0, 3), ha="center", va="bottom", **_VALUE_LABEL)
        ax.set_ymargin(0.12)  # room for the serapan labels above the tallest bar
        return True

    return _render(title, draw)


def _render(title: str, draw: Callable[..., bool], height_cm: float = HEIGHT_CM) -> str:
    """Run `draw` on a fresh axes inside the house style and return the finished SVG text."""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context():
        matplotlib.rcdefaults()  # a user's matplotlibrc or style must not reach the report
        matplotlib.rcParams.update(_style())
        # A bare Figure is never registered with pyplot, so nothing stays open after return.
        fig = Figure(figsize=(WIDTH_CM / 2.54, height_cm / 2.54), layout="constrained")
        ax = fig.add_subplot()
        if not draw(ax):
            ax.clear()
            ax.set_axis_off()
            ax.text(
                0.5,
                0.5,
                NO_DATA,
                ha="center",
                va="center",
                transform=ax.transAxes,
                fontsize=10,
                color=_MUTED,
            )
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata=_METADATA)
    return _finish(out.getvalue(), title)


def _style() -> dict:
    return {
        "svg.fonttype": "path",
        "svg.hashsalt": "lakip",  # clip-path and pattern ids come from this instead of uuid4
        "font.family": _font_families(),
        "font.size": 8,
        "xtick.labelsize": 7.5,
        "ytick.labelsize": 7.5,
        "legend.fontsize": 7.5,
        "text.parse_math": False,  # labels come from data; a "$" must stay a dollar sign
        "text.color": _INK,
        "axes.labelcolor": _INK,
        "axes.edgecolor": _MUTED,
        "axes.linewidth": 0.6,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.axisbelow": True,
        "axes.grid": True,
        "axes.grid.axis": "y",
        "grid.color": _GRID,
        "grid.linewidth": 0.5,
        "xtick.color": _INK,
        "ytick.color": _INK,
        "hatch.linewidth": 0.5,
        "legend.frameon": False,
    }


def _font_families() -> list[str]:
    """Register the shipped Liberation Sans, and matplotlib's own DejaVu Sans as glyph fallback.

    `fontManager.addfont` would register them under their real names, and a lookup by name picks
    an installed copy first (Debian's fonts-liberation 1.x is common), so the glyphs would vary by
    machine. Registered under names of our own, only these two files can ever match.
    """
    import matplotlib
    from matplotlib import font_manager, ft2font

    candidates = [
        ("lakip Liberation Sans", _FONTS / "LiberationSans-Regular.ttf"),
        ("lakip DejaVu Sans", Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf"),
    ]
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    families = []
    for family, path in candidates:
        if not path.is_file():
            continue
        if family not in known:
            entry = font_manager.ttfFontProperty(ft2font.FT2Font(str(path)))
            font_manager.fontManager.ttflist.append(dataclasses.replace(entry, name=family))
        families.append(family)
    return families


def _finish(svg: str, title: str) -> str:
    """Drop the DOCTYPE (it points at w3.org); name the chart in a `<title>` for screen readers."""
    svg = _DOCTYPE.sub("", svg, count=1)
    start = _SVG_START.search(svg)
    if start is None:
        raise ValueError("matplotlib returned no <svg> element")
    return f"{svg[: start.end()]}\n <title>{escape(title)}</title>{svg[start.end() :]}"


def _grouped_bars(ax, labels, first, second, names: tuple[str, str]) -> bool:
    """Two bars per label, light-hatched then dark; False when there is nothing to draw."""
    _same_length(labels, first)
    _same_length(labels, second)
    width = 0.38
    drawn = False
    styles = ({"color": _LIGHT, "hatch": "////"}, {"color": _DARK})
    for offset, values, name, style in zip(
        (-width / 2, width / 2), (first, second), names, styles, strict=True
    ):
        points = [(x + offset, _float(v)) for x, v in enumerate(values) if v is not None]
        drawn = drawn or bool(points)
        ax.bar(
            [x for x, _ in points],
            [y for _, y in points],
            width,
            label=name,
            edgecolor=_DARK,
            linewidth=0.6,
            **style,
        )
    if not drawn:
        return False
    _category_ticks(ax, labels)
    ax.yaxis.set_major_formatter(_number_formatter())
    _legend(ax, 2)
    return True


def _category_ticks(ax, labels: Sequence[str]) -> None:
    """Keep long labels readable: wrap them under their bars, or slant one line when too many."""
    room = max(6, int(14.5 / max(len(labels), 1) / 0.14))  # ~0.14 cm per character at 7.5 pt
    wrapped = [_wrap(label, room, 3) for label in labels]
    if all(len(line) <= room for label in wrapped for line in label.split("\n")):
        ax.set_xticks(range(len(labels)), wrapped)
    else:
        ax.set_xticks(
            range(len(labels)),
            [_wrap(label, 28, 1) for label in labels],
            rotation=40,
            ha="right",
            rotation_mode="anchor",
        )


def _legend(ax, entries: int) -> None:
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.01), ncols=min(entries, 4), borderaxespad=0)


def _wrap(label: str, width: int, lines: int) -> str:
    """Wrap at spaces only (codes like IKU-01 stay whole), ellipsising after `lines` lines."""
    parts = textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1].rstrip(" ,.;:") + "…"
    return "\n".join(parts)


def _number_formatter():
    from matplotlib.ticker import FuncFormatter

    # Tick values are binary floats; going through repr of a rounded float avoids 0,30000000004.
    return FuncFormatter(lambda x, _pos: number(Decimal(repr(round(float(x), 6))), 2))


def _percent(value: Number) -> str:
    """`94,3%`: one decimal is enough on a chart; the tables carry the two-decimal figure."""
    return f"{number(Decimal(value), 1)}%"


def _float(value: Number) -> float | None:
    return None if value is None else float(value)


def _same_length(labels: Sequence, values: Sequence) -> None:
    if len(labels) != len(values):
        raise ValueError(f"{len(labels)} labels but {len(values)} values")
