"""The records `figures.compute` returns: one year's figures as a tree the renderers read.

Every number is the unrounded `Decimal`; `None` marks a figure that cannot be computed (a missing
realisation, a pagu of 0), so a renderer prints a dash instead of a made-up zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from lakip.model import Indicator, Kegiatan, Programme, Sasaran, Settings, Target


@dataclass(frozen=True)
class Capaian:
    """A capaian in percent, or why it cannot be computed: `value` None and `reason` a code."""

    value: Decimal | None
    reason: str | None = None


@dataclass(frozen=True)
class YearFigures:
    """One year of an indicator's history, measured against that year's own target."""

    year: int
    target: Target | None
    realisation: Decimal | None
    capaian: Capaian  # as printed: the print cap applied
    computed: Capaian | None = None  # the arithmetic before the print cap
    unavailable: str | None = None  # the official reason there is no figure ("tidak tersedia")
    against_end: bool = False  # no annual target: measured against the Renstra end target
    from_history: bool = False  # published figures from reports/riwayat.yml, not computed data


@dataclass(frozen=True)
class Change:
    """This year's realisation against the previous year's; `improved` follows the polarity."""

    previous_year: int
    difference: Decimal | None
    improved: bool | None


@dataclass(frozen=True)
class Progress:
    """This year's realisation against the Renstra end target; `gap` is 0 once it is reached."""

    end_target: Target
    capaian: Capaian
    gap: Decimal | None


@dataclass(frozen=True)
class NationalComparison:
    standard: Decimal
    source: str
    difference: Decimal | None
    meets: bool | None


@dataclass(frozen=True)
class IndicatorFigures:
    """One indicator's year: `capaian` as printed (print cap applied), `computed` before it.

    `capped` is what averages use (the average cap applied to `computed`); `settings` are the
    rules this indicator follows this year, resolved from profil.yml, the Renstra and the PK.
    """

    indicator: Indicator
    target: Target | None
    realisation: Decimal | None
    capaian: Capaian
    capped: Decimal | None
    category: str | None
    rule: str
    history: tuple[YearFigures, ...]
    change: Change | None
    progress: Progress | None
    national: NationalComparison | None
    unit: str
    data_source: str
    computed: Capaian | None = None
    settings: Settings | None = None
    unavailable: str | None = None
    against_end: bool = False


@dataclass(frozen=True)
class KegiatanFigures:
    kegiatan: Kegiatan
    pagu: Decimal
    realisation: Decimal | None
    serapan: Decimal | None
    remaining: Decimal | None


@dataclass(frozen=True)
class ProgrammeFigures:
    """A programme's sums; `realisation` is None while any of its kegiatan lacks one."""

    programme: Programme
    kegiatan: tuple[KegiatanFigures, ...]
    pagu: Decimal
    realisation: Decimal | None
    serapan: Decimal | None
    remaining: Decimal | None


@dataclass(frozen=True)
class SasaranFigures:
    """A sasaran's mean capaian and the budget of the programmes that support it."""

    sasaran: Sasaran
    indicators: tuple[IndicatorFigures, ...]
    capaian: Decimal | None
    category: str | None
    programmes: tuple[ProgrammeFigures, ...]
    pagu: Decimal
    realisation: Decimal | None
    serapan: Decimal | None
    efficiency: Decimal | None
    efficiency_label: str | None


@dataclass(frozen=True)
class BudgetFigures:
    programmes: tuple[ProgrammeFigures, ...]
    pagu: Decimal
    realisation: Decimal | None
    serapan: Decimal | None
    remaining: Decimal | None


@dataclass(frozen=True)
class SummaryFigures:
    """Indicator counts per category in scale order, and the year's headline means."""

    categories: dict[str, int]
    not_computable: int
    capaian: Decimal | None
    serapan: Decimal | None
    unavailable: int = 0  # official "data tidak tersedia", apart from `not_computable`
    caps: tuple = ()  # the distinct average caps indicators follow (a Decimal, or None: no cap)


@dataclass(frozen=True)
class Figures:
    year: int
    settings: Settings
    indicators: tuple[IndicatorFigures, ...]
    sasaran: tuple[SasaranFigures, ...]
    budget: BudgetFigures
    summary: SummaryFigures
