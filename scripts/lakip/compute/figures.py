"""Compute a reporting year's figures from the project: capaian, categories, trends and budget.

All arithmetic is `Decimal` and nothing is rounded here: renderers round once, at display time
(`formatting`), so a figure printed in two places can never differ by a rounding step. This
module stays free of formatting and Babel because `validate` imports it to check typed capaian.
No prose either: why a capaian cannot be computed and a sasaran's efficiency are codes, worded
by the report (assemble/sentences.py) and by the command line (messages/figures.py).
"""

from __future__ import annotations

from decimal import Decimal

from lakip.compute import rules
from lakip.compute.rules import NEGATIVE, capped, category
from lakip.compute.tree import (
    BudgetFigures,
    Capaian,
    Change,
    Figures,
    IndicatorFigures,
    KegiatanFigures,
    NationalComparison,
    ProgrammeFigures,
    Progress,
    SasaranFigures,
    SummaryFigures,
    YearFigures,
)
from lakip.findings import LakipError
from lakip.model import (
    HistoryEntry,
    Indicator,
    PerjanjianKinerja,
    Programme,
    Project,
    Sasaran,
    Settings,
    Target,
)

RULE_T_OVER_R = "T/R"
RULE_R_OVER_T = "R/T"
EFFICIENT = "efficient"
FAIRLY_EFFICIENT = "fairly-efficient"
INEFFICIENT = "inefficient"
_HUNDRED = Decimal(100)
_ZERO = Decimal(0)


NO_REALISATION = Capaian(None, "capaian-no-realisation")
UNAVAILABLE = Capaian(None, "capaian-unavailable")
NO_TARGET = Capaian(None, "capaian-no-target")
ZERO_TARGET = Capaian(None, "capaian-zero-target")
ZERO_REALISATION = Capaian(None, "capaian-zero-realisation")
NOT_COMPUTABLE = (NO_REALISATION, NO_TARGET, ZERO_TARGET, ZERO_REALISATION)


def capaian(
    polarity: str, target: Target | None, realisation: Decimal | None, rule: str = "2T-R"
) -> Capaian:
    """Capaian of `realisation` against `target`; a range is met anywhere inside its bounds.

    Outside a range the nearer bound acts as the target, so falling short of "80-90" is judged
    against 80 and overshooting it against 90, with the polarity deciding which is good.
    """
    if realisation is None:
        return NO_REALISATION
    if target is None:
        return NO_TARGET
    if target.is_range and target.low <= realisation <= target.high:
        return Capaian(_HUNDRED)
    bound = target.low if realisation < target.low else target.high
    if polarity != NEGATIVE:
        return ZERO_TARGET if bound == 0 else Capaian(realisation * _HUNDRED / bound)
    if bound == 0:
        return Capaian(_HUNDRED if realisation == 0 else _ZERO)
    if rule == RULE_T_OVER_R:
        return ZERO_REALISATION if realisation == 0 else Capaian(bound * _HUNDRED / realisation)
    if rule == RULE_R_OVER_T:  # lower is better, so a better result shows below 100
        return Capaian(realisation * _HUNDRED / bound)
    return Capaian(max((2 * bound - realisation) * _HUNDRED / bound, _ZERO))


def serapan(pagu: Decimal, realisation: Decimal | None) -> Decimal | None:
    """Budget absorption in percent; None when nothing is spent yet or there is no pagu."""
    if realisation is None or pagu == 0:
        return None
    return realisation * _HUNDRED / pagu


def efficiency_label(efficiency: Decimal | None, settings: Settings) -> str | None:
    """Label capaian % minus serapan %; both thresholds are exclusive, so exactly 5 is "fairly"."""
    if efficiency is None:
        return None
    if efficiency > settings.efficient_above:
        return EFFICIENT
    if efficiency < settings.inefficient_below:
        return INEFFICIENT
    return FAIRLY_EFFICIENT


def compute(project: Project, year: int) -> Figures:
    """Every figure of `year`: the PK's indicators in Renstra order, sasaran, budget, summary."""
    pk = project.pks.get(year)
    if pk is None:
        known = ", ".join(str(y) for y in sorted(project.pks)) or "-"
        raise LakipError("year-not-found", year=year, known=known)
    settings = project.settings
    renstra = project.renstra_of(year)
    listed = [i for i in (renstra.indicators if renstra else []) if year_target(i, pk, year)[0]]
    indicators = tuple(_indicator(project, i, year) for i in listed)
    budget = _budget(project, pk)
    sasaran = tuple(
        _sasaran(s, indicators, budget.programmes, settings)
        for s in (renstra.sasaran if renstra else [])
        if any(f.indicator.sasaran == s.code for f in indicators)
    )
    return Figures(
        year, settings, indicators, sasaran, budget, _summary(indicators, budget, settings)
    )


def _indicator(project: Project, indicator: Indicator, year: int) -> IndicatorFigures:
    settings = rules.for_indicator(project.settings, indicator, project.pks.get(year))
    history = tuple(
        _year(project, indicator, y)
        for y in (year - 2, year - 1, year)
        if y in project.years or y in project.pks or _in_history(project, indicator, y)
    )
    now = history[-1]
    computed = now.computed
    found = project.year_data(year).realisations.get(indicator.code)
    return IndicatorFigures(
        indicator=indicator,
        target=now.target,
        realisation=now.realisation,
        capaian=now.capaian,
        capped=capped(computed.value, settings),
        category=category(computed.value, settings, indicator.polarity),
        rule=settings.negative_rule,
        history=history,
        change=_change(indicator, history),
        progress=_progress(indicator, now.realisation, settings.negative_rule),
        national=_national(indicator, now.realisation),
        unit=project.owner(indicator.code, year),
        data_source=(found.data_source if found else "") or indicator.data_source,
        computed=computed,
        settings=settings,
        unavailable=now.unavailable,
        against_end=now.against_end,
    )


def _year(project: Project, indicator: Indicator, year: int) -> YearFigures:
    """A year's figure against that year's PK target, or its Renstra's when no PK is on file.

    Each year follows its own rules: an agency may switch the negative formula between years. An
    earlier year is measured against the target of the period that covered it, which need not be
    the period of the reported year; a year before the repository is taken as it was published.
    """
    pk = project.pks.get(year)
    settings = rules.for_indicator(project.settings, indicator, pk)
    own = (project.indicator(indicator.code, year) if project.period(year) else None) or indicator
    if pk is None and _in_history(project, indicator, year):
        entry = project.history[year].entries[indicator.code]
        return _published(year, entry, own.targets.get(year), indicator, settings)
    target, against_end = year_target(own, pk, year)
    found = project.year_data(year).realisations.get(indicator.code)
    realisation = found.value if found else None
    unavailable = found.unavailable_reason if found and realisation is None else None
    computed = capaian(indicator.polarity, target, realisation, settings.negative_rule)
    if unavailable:
        computed = UNAVAILABLE
    shown = Capaian(rules.printed(computed.value, settings), computed.reason)
    return YearFigures(year, target, realisation, shown, computed, unavailable, against_end)


def year_target(
    indicator: Indicator, pk: PerjanjianKinerja | None, year: int
) -> tuple[Target | None, bool]:
    """The target a year is measured against, and whether it is the Renstra's end target.

    A PK may list an indicator with no annual target (the RPJMD gives only an end target): its
    realisation is then measured against the end target, and the report says so.
    """
    if pk is None:
        return indicator.targets.get(year), False
    found = pk.target_of(indicator.code)
    if found is None and pk.end_only(indicator.code) and indicator.end_target is not None:
        return indicator.end_target, True
    return found, False


def _in_history(project: Project, indicator: Indicator, year: int) -> bool:
    """Whether reports/riwayat.yml gives `indicator` for `year`, a year the repository has no PK."""
    past = project.history.get(year)
    return year not in project.pks and past is not None and indicator.code in past.entries


def _published(
    year: int, entry: HistoryEntry, planned: Target | None, indicator: Indicator, settings
) -> YearFigures:
    """A year before the repository as it was published: its own capaian, if given, unchanged."""
    target = entry.target or planned
    if entry.published_capaian is not None:
        computed = shown = Capaian(entry.published_capaian)
    else:
        computed = capaian(indicator.polarity, target, entry.value, settings.negative_rule)
        shown = Capaian(rules.printed(computed.value, settings), computed.reason)
    return YearFigures(year, target, entry.value, shown, computed, from_history=True)


def _better(indicator: Indicator, difference: Decimal) -> bool:
    """Whether `difference` (new minus old) is a move in the good direction."""
    return difference < 0 if indicator.polarity == NEGATIVE else difference > 0


def _change(indicator: Indicator, history: tuple[YearFigures, ...]) -> Change | None:
    if len(history) < 2 or history[-2].year != history[-1].year - 1:
        return None
    before, now = history[-2].realisation, history[-1].realisation
    if before is None or now is None:
        return Change(history[-2].year, None, None)
    difference = now - before
    return Change(history[-2].year, difference, _better(indicator, difference))


def _progress(indicator: Indicator, realisation: Decimal | None, rule: str) -> Progress | None:
    end = indicator.end_target
    if end is None:
        return None
    reached = capaian(indicator.polarity, end, realisation, rule)
    if realisation is None:
        return Progress(end, reached, None)
    gap = realisation - end.high if indicator.polarity == NEGATIVE else end.low - realisation
    return Progress(end, reached, max(gap, _ZERO))


def _national(indicator: Indicator, realisation: Decimal | None) -> NationalComparison | None:
    standard = indicator.national_standard
    if standard is None:
        return None
    if realisation is None:
        return NationalComparison(standard, indicator.national_source, None, None)
    difference = realisation - standard
    meets = difference == 0 or _better(indicator, difference)
    return NationalComparison(standard, indicator.national_source, difference, meets)


def _sums(pagu: Decimal, realisation: Decimal | None) -> dict:
    remaining = None if realisation is None else pagu - realisation
    return dict(
        pagu=pagu,
        realisation=realisation,
        serapan=serapan(pagu, realisation),
        remaining=remaining,
    )


def _total(values: list[Decimal | None]) -> Decimal | None:
    """A sum that stays None while any part is missing, so a total never silently omits a line."""
    if any(v is None for v in values):
        return None
    return sum(values, _ZERO)


def _budget(project: Project, pk: PerjanjianKinerja) -> BudgetFigures:
    spent = project.year_data(pk.year).budgets
    programmes = tuple(_programme(p, spent) for p in pk.programmes)
    pagu = sum((p.pagu for p in programmes), _ZERO)
    return BudgetFigures(programmes, **_sums(pagu, _total([p.realisation for p in programmes])))


def _programme(programme: Programme, spent: dict) -> ProgrammeFigures:
    kegiatan = tuple(
        KegiatanFigures(k, **_sums(k.pagu, spent[k.code].value if k.code in spent else None))
        for k in programme.kegiatan
    )
    total = _total([k.realisation for k in kegiatan])
    return ProgrammeFigures(programme, kegiatan, **_sums(programme.pagu, total))


def _mean(values: list[Decimal]) -> Decimal | None:
    return sum(values, _ZERO) / len(values) if values else None


def _sasaran(
    sasaran: Sasaran,
    indicators: tuple[IndicatorFigures, ...],
    programmes: tuple[ProgrammeFigures, ...],
    settings: Settings,
) -> SasaranFigures:
    own = tuple(f for f in indicators if f.indicator.sasaran == sasaran.code)
    mean = _mean([f.capped for f in own if f.capped is not None])
    support = tuple(p for p in programmes if sasaran.code in p.programme.sasaran)
    pagu = sum((p.pagu for p in support), _ZERO)
    realisation = _total([p.realisation for p in support])
    absorbed = serapan(pagu, realisation)
    efficiency = None if mean is None or absorbed is None else mean - absorbed
    return SasaranFigures(
        sasaran=sasaran,
        indicators=own,
        capaian=mean,
        category=category(mean, settings),
        programmes=support,
        pagu=pagu,
        realisation=realisation,
        serapan=absorbed,
        efficiency=efficiency,
        efficiency_label=efficiency_label(efficiency, settings),
    )


def _summary(
    indicators: tuple[IndicatorFigures, ...], budget: BudgetFigures, settings: Settings
) -> SummaryFigures:
    counts = {band.name: 0 for band in settings.categories}
    for f in indicators:  # an indicator with its own scale adds its own names, in order met
        if f.category is not None:
            counts[f.category] = counts.get(f.category, 0) + 1
    return SummaryFigures(
        categories=counts,
        not_computable=sum(1 for f in indicators if f.capaian.value is None and not f.unavailable),
        unavailable=sum(1 for f in indicators if f.unavailable),
        caps=tuple(dict.fromkeys(f.settings.cap for f in indicators if f.settings)),
        capaian=_mean([f.capped for f in indicators if f.capped is not None]),
        serapan=budget.serapan,
    )
