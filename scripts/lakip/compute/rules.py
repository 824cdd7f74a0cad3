"""Resolve the calculation rules an indicator follows in a year, and apply them to a capaian.

Agencies publish different rules (the negative formula, a cap on the printed capaian, a cap for
averages and categories, the category scale), and set them for the whole report (profil.yml), for
one indicator (the Renstra) or for one indicator in one year (pk.yml): the most specific wins.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from lakip.model import (
    CategoryBand,
    Indicator,
    PerjanjianKinerja,
    Rules,
    Settings,
)

NEGATIVE = "negatif"
PRINTED_PLACES = 2  # a capaian prints as `103,75%`: categories read it at that precision
_D = Decimal


def for_indicator(
    settings: Settings, indicator: Indicator, pk: PerjanjianKinerja | None
) -> Settings:
    """The rules `indicator` follows in the year of `pk`: the PK's, the Renstra's, the report's."""
    own = replace(indicator.rules, negative_rule=indicator.negative_rule)
    year = pk.rules_of(indicator.code) if pk else Rules()
    return settings.over(own).over(year)


def printed(value: Decimal | None, settings: Settings) -> Decimal | None:
    """The capaian as tables and sentences print it: cut at the print cap, if one is set."""
    if value is None or settings.print_cap is None:
        return value
    return min(value, settings.print_cap)


def capped(value: Decimal | None, settings: Settings) -> Decimal | None:
    """The value as averages see it: cut at the cap, if one is set."""
    if value is None or settings.cap is None:
        return value
    return min(value, settings.cap)


def scale(settings: Settings, polarity: str = "positif") -> tuple[CategoryBand, ...]:
    """The category scale of an indicator of `polarity`."""
    if polarity == NEGATIVE and settings.negative_categories is not None:
        return settings.negative_categories
    return settings.categories


def category(value: Decimal | None, settings: Settings, polarity: str = "positif") -> str | None:
    """The first band that holds the value as printed (both caps applied, two decimals).

    Two capaian that print the same, `90,00%`, always get the same category: a reader checks
    the category against the printed figure, not against digits the report does not show.
    """
    value = capped(printed(value, settings), settings)
    if value is None:
        return None
    shown = value.quantize(_D(1).scaleb(-PRINTED_PLACES), rounding=ROUND_HALF_UP)
    return next((band.name for band in scale(settings, polarity) if band.holds(shown)), None)


def gap(bands: tuple[CategoryBand, ...]) -> tuple[Decimal | None, Decimal | None] | None:
    """The first stretch of values no band holds, as (from, to) with None for infinity; or None.

    Bands may come in any order (a negative scale lists "up to 100" first): they are sorted by
    their lower bound and walked from minus infinity, each one having to start where the values
    covered so far end.
    """

    def lower(band: CategoryBand) -> tuple[Decimal | None, bool]:
        if band.at_least is not None:
            return band.at_least, True
        return band.above, False

    def upper(band: CategoryBand) -> tuple[Decimal | None, bool]:
        if band.up_to is not None:
            return band.up_to, True
        return band.below, False

    ordered = sorted(bands, key=lambda b: (lower(b)[0] is not None, lower(b)[0] or 0))
    if lower(ordered[0])[0] is not None:
        return None, lower(ordered[0])[0]
    reach, reach_included = upper(ordered[0])
    for band in ordered[1:]:
        if reach is None:
            return None
        low, low_included = lower(band)
        touching = low == reach and (reach_included or low_included)
        if (low is not None and low > reach) or (low == reach and not touching):
            return reach, low
        high, high_included = upper(band)
        if high is None or high > reach or (high == reach and high_included):
            reach, reach_included = high, high_included
    return None if reach is None else (reach, None)
