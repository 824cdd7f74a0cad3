"""Value axes for the charts: the range to show and round tick values within it.

Ticks are computed as `Decimal` steps of 1, 2, 2.5 or 5 times a power of ten, so a label is
`0,3`, never the `0,30000000000000004` that stepping a float would print.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

_STEPS = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


@dataclass(frozen=True)
class Scale:
    """A linear axis from `low` to `high`, as shown (a value outside lies beyond the axes)."""

    low: float
    high: float

    def fraction(self, value: float) -> float:
        span = self.high - self.low
        return 0.5 if span == 0 else (value - self.low) / span


def value_range(values: list[float]) -> tuple[float, float]:
    """Smallest and largest value, pulled apart when equal so that the axis has a length."""
    low, high = min(values), max(values)
    if low == high:
        spread = abs(low) * 0.1 or 1.0
        return (low - spread, high + spread) if low < 0 else (max(low - spread, 0.0), high + spread)
    return low, high


def ticks_for(scale: Scale, most: int = 7, cover: bool = False) -> list[Decimal]:
    """At most `most` round ticks inside the scale, or, with `cover`, extending to enclose it."""
    low, high = Decimal(repr(scale.low)), Decimal(repr(scale.high))
    raw = (high - low) / most
    if raw <= 0:
        return [low]
    power = Decimal(10) ** math.floor(math.log10(raw))
    step = next(s * power for s in _STEPS if s * power >= raw)
    if cover:
        first = (low / step).to_integral_value(rounding="ROUND_FLOOR")
        last = (high / step).to_integral_value(rounding="ROUND_CEILING")
    else:
        first = (low / step).to_integral_value(rounding="ROUND_CEILING")
        last = (high / step).to_integral_value(rounding="ROUND_FLOOR")
    return [(step * k).normalize() + 0 for k in range(int(first), int(last) + 1)]


def from_zero(values: list[float], most: int = 6, headroom: float = 0.0) -> list[Decimal]:
    """Round ticks of an axis that starts at zero (or ends there, for negative values).

    A bar's or a line's height is read against the zero line: an axis from 90 to 102,5 shows a
    drop of five points as a fall to a third. `headroom` (a fraction of the span) leaves room
    above the highest value, e.g. for labels. The axis runs from the first tick to the last.
    """
    low, high = value_range([0.0, *values])
    high += (high - low) * headroom
    return ticks_for(Scale(low, high), most=most, cover=True)
