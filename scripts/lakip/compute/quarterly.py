"""Turn a year's rencana aksi and quarterly realisations into the figures of a quarter's monitoring.

Both are values at the end of a quarter (`docs/data-format.md`), so the quarter's realisation is
"realisation to date" and compares directly with the plan's value for the same quarter. No I/O,
no rounding, no prose: the monitoring report words and rounds what this returns.

An indicator is monitored when the PK gives it a rencana aksi or its unit has reported any
quarter of it; a unit is late for quarter N when a monitored indicator it owns has no value for N.
An indicator is at risk of missing the year's target when, at quarter N, its realisation to date
is worse (below for a positive, above for a negative indicator; outside a range target) than:
1. the rencana aksi for quarter N, when the PK gives one;
2. else, for a cumulative indicator, the year's target, against the linear projection
   realisation × 4 / N (what the year ends at if every quarter adds as much as the average so far);
3. else the year's target itself (a level measured each quarter should already be there).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from lakip.compute.figures import year_target
from lakip.compute.rules import NEGATIVE
from lakip.model import Indicator, Project, Target

QUARTERS = ("I", "II", "III", "IV")

PLAN, PROJECTION, YEAR_TARGET = "rencana-aksi", "proyeksi", "target-tahunan"


@dataclass(frozen=True)
class QuarterIndicator:
    """One monitored indicator at the end of a quarter."""

    indicator: Indicator
    unit: str
    year_target: Target | None
    planned: Decimal | None  # the rencana aksi to the end of the quarter
    realised: Decimal | None  # the realisation to the end of the quarter; None: not reported
    projection: Decimal | None  # rule 2's projection of the year; None under rules 1 and 3
    basis: str  # which rule judged the risk: PLAN, PROJECTION or YEAR_TARGET
    at_risk: bool  # False also when nothing was reported (the unit is late instead)


@dataclass(frozen=True)
class QuarterFigures:
    year: int
    quarter: str  # "I" .. "IV"
    indicators: tuple[QuarterIndicator, ...]  # in the PK's order
    late: dict[str, tuple[str, ...]]  # unit slug -> codes with no value for the quarter

    @property
    def number(self) -> int:
        return QUARTERS.index(self.quarter) + 1

    @property
    def at_risk(self) -> tuple[QuarterIndicator, ...]:
        return tuple(item for item in self.indicators if item.at_risk)


def quarter_figures(project: Project, year: int, number: int) -> QuarterFigures:
    """The monitoring figures of quarter `number` (1 to 4) of `year`; the year must have a PK."""
    quarter = QUARTERS[number - 1]
    pk = project.pks[year]
    data = project.years.get(year)
    realisations = data.realisations if data else {}
    rows, late = [], {}
    for code in _monitored(project, year):
        indicator = project.indicator(code, year)
        unit = project.owner(code, year) or ""
        target, _ = year_target(indicator, pk, year)
        planned = pk.action_plan_of(code).get(quarter)
        reported = realisations.get(code)
        realised = reported.quarters.get(quarter) if reported else None
        projection = None
        if planned is not None:
            basis, measure, against = PLAN, realised, Target.of(planned)
        elif indicator.cumulative:
            basis, against = PROJECTION, target
            projection = realised * 4 / number if realised is not None else None
            measure = projection
        else:
            basis, measure, against = YEAR_TARGET, realised, target
        at_risk = (
            measure is not None
            and against is not None
            and _worse(measure, against, indicator.polarity == NEGATIVE)
        )
        rows.append(
            QuarterIndicator(indicator, unit, target, planned, realised, projection, basis, at_risk)
        )
        if realised is None:
            late.setdefault(unit, []).append(code)
    return QuarterFigures(year, quarter, tuple(rows), {u: tuple(c) for u, c in late.items()})


def missing_quarters(
    project: Project, year: int, today: datetime.date
) -> dict[str, dict[str, tuple[str, ...]]]:
    """Per unit, per monitored indicator, the quarters already ended by `today` with no value."""
    pk = project.pks.get(year)
    if pk is None:
        return {}
    data = project.years.get(year)
    ended = [q for q, end in zip(QUARTERS, quarter_ends(year), strict=True) if end < today]
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for code in _monitored(project, year):
        reported = data.realisations.get(code) if data else None
        gaps = tuple(q for q in ended if reported is None or q not in reported.quarters)
        if gaps:
            found.setdefault(project.owner(code, year) or "", {})[code] = gaps
    return found


def quarter_ends(year: int) -> tuple[datetime.date, ...]:
    """The last day of each quarter of `year`."""
    return (
        datetime.date(year, 3, 31),
        datetime.date(year, 6, 30),
        datetime.date(year, 9, 30),
        datetime.date(year, 12, 31),
    )


def _monitored(project: Project, year: int) -> list[str]:
    """The PK's indicators with a rencana aksi or a reported quarter, once each, in PK order."""
    pk = project.pks[year]
    data = project.years.get(year)
    codes: list[str] = []
    for item in pk.targets:
        if item.code in codes or project.indicator(item.code, year) is None:
            continue
        reported = data.realisations.get(item.code) if data else None
        if item.action_plan or (reported is not None and reported.quarters):
            codes.append(item.code)
    return codes


def _worse(value: Decimal, target: Target, negative: bool) -> bool:
    """Whether `value` falls short of `target` in the indicator's direction."""
    if target.is_range:
        return not target.low <= value <= target.high
    return value > target.high if negative else value < target.low
