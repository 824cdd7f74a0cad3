"""Catch numbers typed the Indonesian way that YAML read as something else.

In a data file `1.912` is one point nine one two, never one thousand nine hundred and twelve: YAML
reads the dot as a decimal point and the value passes every type check. What the reading means
decides how sure we are that it is wrong. A count of people or a rupiah amount with a fraction is
certainly misread (an error). Exactly three decimals after a dot where the thousands reading lies
nearer the target, a capaian or serapan below 1%, or a capaian far above the indicator's history
is only implausible (a warning). Each message says how the value was read, in the report's
format, and what to type instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from lakip import formatting as fmt
from lakip.compute import rules as figure_rules
from lakip.compute.figures import NEGATIVE, capaian
from lakip.findings import ERROR, WARNING, Finding, finding
from lakip.messages import Both
from lakip.model import Indicator, Loc, Project, Target

# `1.912` or `672.450`: what a thousands dot looks like once YAML has read it as a decimal point
_THOUSANDS_READING = re.compile(r"^-?[1-9][0-9]{0,2}\.[0-9]{3}$")
_ONE_PERCENT = Decimal(1)
HISTORY_FACTOR = 10  # a capaian this many times the best earlier one is a misplaced separator


def shown(value: Decimal) -> Both:
    """A number as read, in the report's format (`1,39`, `1.912`) and in English (`1.39`)."""
    return Both(fmt.number(value), fmt.number(value, locale=fmt.ENGLISH))


def rupiah(value: Decimal) -> Both:
    """A rupiah amount as the report prints it: `Rp750.125.000` (`Rp750,125,000` in English)."""
    return Both(fmt.money(value), fmt.money(value, fmt.ENGLISH))


def shown_target(target: Target) -> Both:
    """A target as read: `90`, or a range `82,5–88,3`."""
    if not target.is_range:
        return shown(target.low)
    low, high = shown(target.low), shown(target.high)
    return Both(f"{low.id}–{high.id}", f"{low.en}–{high.en}")


def number_readings(project: Project) -> Iterator[Finding]:
    """Every misread or implausible number in the Renstra, the PKs and the sections' data."""
    flagged: set[tuple[str, int]] = set()  # values with a finding: no plausibility warning too
    for item in _checked(project):
        flagged.add((item.path, item.line))
        yield item
    yield from _implausible_results(project, flagged)


def _checked(project: Project) -> Iterator[Finding]:
    settings = project.settings
    for renstra in project.renstras:
        for indicator in renstra.indicators:
            context = _IndicatorContext(indicator, settings.is_count(indicator.unit))
            numbers = [("baseline.nilai", indicator.baseline, _BASELINE)]
            numbers += [("standar_nasional.nilai", indicator.national_standard, _NATIONAL)]
            numbers += [(f"target.{y}", t, _TARGET_YEAR) for y, t in indicator.targets.items()]
            numbers += [("target_akhir", indicator.end_target, _END_TARGET)]
            for name, value, label in numbers:
                loc = indicator.value_locs.get(name)
                if loc is not None and value is not None:
                    year = name.removeprefix("target.")
                    what = label(indicator.code, year)
                    yield from context.check(loc, value, what, context.plan_reference(name))
    for pk in project.pks.values():
        changes = [change for revision in pk.revisions for change in revision.changes]
        for item in [*pk.targets, *changes]:
            indicator = project.indicator(item.code, pk.year)
            loc = item.value_locs.get("target")
            if indicator is None:
                continue
            context = _IndicatorContext(indicator, settings.is_count(indicator.unit))
            if loc is not None and item.target is not None:
                what = _PK_TARGET(item.code, pk.year)
                yield from context.check(loc, item.target, what, context.plan_reference(""))
            reference = item.target or pk.target_of(item.code)
            if reference is None:
                continue
            for quarter, value in item.action_plan.items():  # read like the year's target
                at = item.value_locs.get(f"rencana_aksi.{quarter}")
                if at is not None:
                    what = _ACTION_PLAN(item.code, quarter)
                    yield from context.check(at, value, what, reference.low)
        for kegiatan in pk.kegiatan:
            loc = kegiatan.value_locs.get("pagu")
            if loc is not None and kegiatan.pagu_known:
                yield from _rupiah(loc, kegiatan.pagu, _PAGU(kegiatan.code))
    for data in project.years.values():
        pk = project.pks.get(data.year)
        for item in data.realisations.values():
            indicator = project.indicator(item.code, data.year)
            if indicator is None:
                continue
            context = _IndicatorContext(indicator, settings.is_count(indicator.unit))
            target = pk.target_of(item.code) if pk else None
            for name, value in _typed(item):
                label = _label_of(name, item.code, _REALISATION)
                reference = target.low if target else None
                yield from context.check(item.value_locs[name], value, label, reference)
        for item in data.budgets.values():
            for name, value in _typed(item):
                label = _label_of(name, item.code, _SPENT)
                yield from _rupiah(item.value_locs[name], value, label)


def _label_of(name: str, code: str, annual) -> Both:
    """`Triwulan III IKU-02` for `triwulan.III`, else the annual value's label."""
    if name.startswith("triwulan."):
        return _QUARTER(code, name.removeprefix("triwulan."))
    return annual(code)


def _typed(item) -> list[tuple[str, Decimal]]:
    """(key, value) of a realisation's annual and quarterly values, for those with a line."""
    pairs = [("realisasi", item.value)]
    pairs += [(f"triwulan.{q}", value) for q, value in item.quarters.items()]
    return [(n, v) for n, v in pairs if v is not None and n in item.value_locs]


class _IndicatorContext:
    """One indicator's unit, and how finely its values are typed when nothing else tells."""

    def __init__(self, indicator: Indicator, count: bool) -> None:
        self.indicator = indicator
        self.count = count
        # a value with three or more decimals that cannot be a thousands dot (0.025, 1.2345)
        # shows the indicator is measured that finely; `1.912` beside it is then believable
        values = [indicator.baseline, indicator.national_standard, indicator.end_target]
        values += indicator.targets.values()
        self.fine = any(
            _places(v) >= 3 and not _THOUSANDS_READING.match(format(v, "f"))
            for v in _decimals(values)
        )

    def plan_reference(self, name: str) -> Decimal | None:
        """What a planned value is compared with: the baseline, or for the baseline the end."""
        indicator = self.indicator
        if name != "baseline.nilai" and indicator.baseline:
            return indicator.baseline
        return indicator.end_target.low if indicator.end_target else None

    def check(
        self, loc: Loc, value: Decimal | Target, what: Both, reference: Decimal | None
    ) -> Iterator[Finding]:
        """Findings on one typed value; `reference` is what it should be near (the target)."""
        for number in _decimals([value]):  # both ends of a range
            yield from self._one(loc, number, what, reference)

    def _one(
        self, loc: Loc, value: Decimal, what: Both, reference: Decimal | None
    ) -> Iterator[Finding]:
        text = format(value, "f")
        thousands = bool(_THOUSANDS_READING.match(text))
        unit = self.indicator.unit
        if self.count and (thousands or value != value.to_integral_value()):
            yield _at(loc, "count-fraction", ERROR, what=what, read=with_unit(value, unit),
                      unit=unit, hint=_hint(text, thousands))  # fmt: skip
        elif thousands and self._thousands_likelier(value, reference):
            fixed = text.replace(".", "")
            yield _at(loc, "three-decimals", WARNING, what=what, read=with_unit(value, unit),
                      words=_words(int(fixed)), fixed=fixed)  # fmt: skip

    def _thousands_likelier(self, value: Decimal, reference: Decimal | None) -> bool:
        """Whether `1.912` more likely meant 1912, judged against what it should be near.

        The thousands reading is the likelier one when it lies nearer the reference on a ratio
        scale: 1912 is nearer a target of 1600 than 1,912 is, while 76,450 is nearer 76 than
        76450 is. Without a reference, the indicator's own precision decides.
        """
        if reference:
            return abs(reference) ** 2 > 1000 * value**2
        return not self.fine


def misread_rupiah(value: Decimal) -> bool:
    """Whether a rupiah amount has a fraction or a thousands dot: it cannot be what was meant."""
    return bool(_THOUSANDS_READING.match(format(value, "f"))) or value != int(value)


def _rupiah(loc: Loc, value: Decimal, what: Both) -> Iterator[Finding]:
    text = format(value, "f")
    thousands = bool(_THOUSANDS_READING.match(text))
    if misread_rupiah(value):
        read = Both(f"Rp{fmt.number(value)}", f"Rp{fmt.number(value, locale=fmt.ENGLISH)}")
        yield _at(loc, "rupiah-fraction", ERROR, what=what, read=read,
                  hint=_hint(text, thousands, money=True))  # fmt: skip


def _implausible_results(project: Project, flagged: set[tuple[str, int]]) -> Iterator[Finding]:
    """Capaian and serapan below 1%, and capaian far above the indicator's earlier years."""
    settings = project.settings
    best: dict[str, tuple[Decimal, int]] = {}  # indicator -> best capaian so far, and its year
    for year in sorted(project.years):
        pk = project.pks.get(year)
        if pk is None:
            continue
        data = project.years[year]
        for code, item in sorted(data.realisations.items()):
            indicator = project.indicator(code, year)
            target = pk.target_of(code)
            loc = item.value_locs.get("realisasi")
            if indicator is None or target is None or item.value is None or loc is None:
                continue
            rule = figure_rules.for_indicator(settings, indicator, pk).negative_rule  # PK > Renstra
            value = capaian(indicator.polarity, target, item.value, rule).value
            if value is None:
                continue
            previous = best.get(code)
            if (loc.path, loc.line) in flagged or item.value <= 0:
                continue  # a misread value is no history to measure the next years by
            params = {"code": code, "capaian": fmt.percent(value),
                      "target": with_unit(shown_target(target), indicator.unit),
                      "realisation": with_unit(item.value, indicator.unit)}  # fmt: skip
            # a misread thousands dot shrinks a realisation: only a positive polarity then
            # falls below 1% (a negative one's capaian rises, and 0 is its honest floor)
            if value < _ONE_PERCENT and indicator.polarity != NEGATIVE:
                yield _at(loc, "capaian-below-one-percent", WARNING, **params)
                continue
            if previous and previous[0] > 0 and value > previous[0] * HISTORY_FACTOR:
                yield _at(loc, "capaian-far-above-history", WARNING, **params, year=year,
                          best=fmt.percent(previous[0]), best_year=previous[1])  # fmt: skip
            elif previous is None or value > previous[0]:
                best[code] = (value, year)
        for item in data.budgets.values():
            planned = pk.kegiatan_of(item.code)
            loc = item.value_locs.get("realisasi")
            if planned is None or not planned.pagu_known or planned.pagu <= 0 or loc is None:
                continue
            if item.value is None or item.value <= 0 or (loc.path, loc.line) in flagged:
                continue
            serapan = item.value * 100 / planned.pagu
            pagu_loc = planned.value_locs.get("pagu")
            if pagu_loc is not None and (pagu_loc.path, pagu_loc.line) in flagged:
                continue
            if serapan < _ONE_PERCENT:
                yield _at(loc, "serapan-below-one-percent", WARNING, code=item.code,
                          serapan=fmt.percent(serapan), realisasi=rupiah(item.value),
                          pagu=rupiah(planned.pagu))  # fmt: skip


def _decimals(values: list) -> list[Decimal]:
    """The numbers among `values`: both ends of a range target, nothing for a missing one."""
    found = []
    for value in values:
        if isinstance(value, Target):
            found += [value.low] if not value.is_range else [value.low, value.high]
        elif value is not None:
            found.append(value)
    return found


def _places(value: Decimal) -> int:
    return max(-value.as_tuple().exponent, 0)


def with_unit(value: Decimal | Both, unit: str) -> Both:
    """`1,912 orang`, `0,5%`: the value as read, with its unit as the report prints it."""
    number = value if isinstance(value, Both) else shown(value)
    space = "" if unit == "%" else " "
    return Both(f"{number.id}{space}{unit}".strip(), f"{number.en}{space}{unit}".strip())


def _hint(text: str, thousands: bool, money: bool = False) -> Both:
    """What to type: the whole number a thousands dot meant, or a plain reminder."""
    if thousands:
        fixed = text.replace(".", "")
        words = _words(int(fixed))
        rp = Both(" rupiah", " rupiah") if money else Both("", "")
        return Both(
            f"Untuk {words.id}{rp.id} tulis {fixed}: di berkas data titik adalah tanda desimal, "
            "bukan pemisah ribuan.",
            f"For {words.en}{rp.en} write {fixed}: in data files a dot is the decimal point, "
            "not a thousands separator.",
        )
    if money:
        return Both(
            "Tulis jumlah rupiah tanpa pecahan dan tanpa pemisah ribuan.",
            "Write rupiah amounts without a fraction or thousands separators.",
        )
    return Both("Tulis jumlahnya sebagai bilangan bulat.", "Write the count as a whole number.")


def _words(value: int) -> Both:
    """`seribu sembilan ratus dua belas` / `one thousand, nine hundred and twelve`.

    Only a thousands reading is spelled out, so `value` has at most six digits.
    """
    from num2words import num2words  # 0.1 s to import, only when a number needs spelling out

    return Both(num2words(value, lang="id"), num2words(value, lang="en"))


def _label(id_template: str, en_template: str):
    def make(code: str, extra: object = "") -> Both:
        return Both(id_template.format(code=code, x=extra), en_template.format(code=code, x=extra))

    return make


_BASELINE = _label("Baseline {code}", "The baseline of {code}")
_TARGET_YEAR = _label("Target {x} {code}", "The {x} target of {code}")
_NATIONAL = _label("Standar nasional {code}", "The national standard of {code}")
_END_TARGET = _label("Target akhir {code}", "The end target of {code}")
_PK_TARGET = _label("Target PK {x} {code}", "The {x} PK target of {code}")
_REALISATION = _label("Realisasi {code}", "The realisation of {code}")
_QUARTER = _label("Triwulan {x} {code}", "Quarter {x} of {code}")
_ACTION_PLAN = _label("Rencana aksi triwulan {x} {code}", "Action plan quarter {x} of {code}")
_PAGU = _label("Pagu {code}", "The pagu of {code}")
_SPENT = _label("Realisasi anggaran {code}", "The budget realisation of {code}")


def _at(loc: Loc, code: str, severity: str, /, **params: object) -> Finding:
    return finding(loc.path, loc.line, loc.key, code, severity, **params)
