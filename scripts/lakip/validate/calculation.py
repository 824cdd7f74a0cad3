"""Check the calculation rules and the values they judge: scales, copied capaian, missing data.

The rules (formula, caps, category scale) come from profil.yml, the Renstra and the PK
(`compute.rules`); these checks make sure a scale grades every value, that a rule does not
grade backwards, and that what a unit typed agrees with what the report will print.
"""

from __future__ import annotations

from collections.abc import Iterator

from lakip import formatting as fmt
from lakip.compute import rules as figure_rules
from lakip.compute.figures import RULE_R_OVER_T, capaian
from lakip.findings import ERROR, WARNING, Finding, finding
from lakip.messages import Both, phrase
from lakip.model import Indicator, Loc, PerjanjianKinerja, Project, Realisation, Rules, Target
from lakip.validate import numbers


def _at(loc: Loc, code: str, severity: str = ERROR, /, **params: object) -> Finding:
    return finding(loc.path, loc.line, loc.key, code, severity, **params)


def r_over_t_scale(
    project: Project, pk: PerjanjianKinerja, loc: Loc, indicator: Indicator | None
) -> Iterator[Finding]:
    """R/T puts a better result below 100: a scale reading high as good would grade it worse."""
    if indicator is None or indicator.polarity != figure_rules.NEGATIVE:
        return
    settings = figure_rules.for_indicator(project.settings, indicator, pk)
    if settings.negative_rule == RULE_R_OVER_T and settings.negative_categories is None:
        yield _at(loc, "r-over-t-without-negative-scale", WARNING, code=indicator.code)


def scales(rules: Rules) -> Iterator[Finding]:
    """A scale with a hole leaves some capaian without a category: say where the hole is."""
    written = (rules.categories, rules.negative_categories)
    for bands, loc in zip(written, rules.scale_locs, strict=True):
        hole = None if bands is None or loc is None else figure_rules.gap(bands)
        if hole is None:
            continue
        low, high = (None if v is None else fmt.number(v) for v in hole)
        if low is None:
            where = Both(f"di bawah {high}", f"below {high}")
        elif high is None:
            where = Both(f"di atas {low}", f"above {low}")
        else:
            where = Both(f"antara {low} dan {high}", f"between {low} and {high}")
        yield _at(loc, "category-scale-gap", values=where)


def unavailable(item: Realisation) -> Iterator[Finding]:
    """ "Data tidak tersedia" needs its reason, and cannot stand beside a figure."""
    if item.unavailable is None:
        return
    where = item.value_locs.get("tidak_tersedia", item.loc)
    if not item.unavailable.strip():
        yield _at(where, "unavailable-no-reason", code=item.code)
    elif item.value is not None:
        value = numbers.shown(item.value)
        yield _at(where, "unavailable-with-value", code=item.code, value=value)


def typed_capaian(
    project: Project, item: Realisation, target: Target, year: int
) -> Iterator[Finding]:
    """A copied capaian, checked at the precision it was typed with, after the print cap.

    An agency that prints 100 where the arithmetic gives 103,75 copies 100; one that prints one
    decimal copies 103,8: both are what the report prints, so neither is a mismatch.
    """
    indicator = project.indicator(item.code, year)
    settings = figure_rules.for_indicator(project.settings, indicator, project.pks.get(year))
    computed = capaian(indicator.polarity, target, item.value, settings.negative_rule)
    where = item.value_locs.get("capaian", item.loc)
    if computed.value is None:
        reason = phrase(computed.reason)
        yield _at(where, "capaian-not-computable", code=item.code, reason=reason)
        return
    typed = item.typed_capaian
    places = max(-typed.as_tuple().exponent, 0) if isinstance(typed.as_tuple().exponent, int) else 0
    rounded = fmt.round_half_up(figure_rules.printed(computed.value, settings), places)
    if rounded != typed:
        shown = numbers.shown
        yield _at(where, "capaian-mismatch", typed=shown(typed), computed=shown(rounded))
