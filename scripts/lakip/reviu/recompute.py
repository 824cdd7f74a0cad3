"""Recompute every capaian apart from `compute/`, and trace every realisation to its source.

`hitung-ulang` redoes the arithmetic with exact fractions and the formulas of the report's rules
(positive R/T, negative 2T-R floored at 0, T/R or R/T, target 0, range targets, the print cap),
then compares the result, rounded half away from zero as printed, with the report's figure and
with a capaian a section typed by hand. Only the choice of rule reuses `compute.rules` (which
level of profil.yml, Renstra and PK wins): the arithmetic is this module's own.
`sumber-data` names each realisation's source and, through git blame, the commit and author
that entered its value.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from lakip import formatting as fmt
from lakip import gitrepo
from lakip.compute.rules import for_indicator
from lakip.compute.tree import IndicatorFigures
from lakip.model import Target
from lakip.reviu.items import Inputs, Result, verdict_of

_HUNDRED = Fraction(100)
NEGATIVE = "negatif"


def recomputed(polarity: str, target: Target | None, value: Decimal | None, rule: str):
    """The capaian as an exact fraction, or None when it cannot be computed."""
    if target is None or value is None:
        return None
    low, high, r = Fraction(target.low), Fraction(target.high), Fraction(value)
    if low != high and low <= r <= high:
        return _HUNDRED
    t = low if r < low else high
    if polarity != NEGATIVE:
        return None if t == 0 else r / t * _HUNDRED
    if t == 0:
        return _HUNDRED if r == 0 else Fraction(0)
    if rule == "T/R":
        return None if r == 0 else t / r * _HUNDRED
    if rule == "R/T":
        return r / t * _HUNDRED
    return max((2 * t - r) / t * _HUNDRED, Fraction(0))


def as_printed(value: Fraction | None, print_cap: Decimal | None, places: int = 2):
    """`value` cut at the print cap and rounded half away from zero to `places`."""
    if value is None:
        return None
    if print_cap is not None:
        value = min(value, Fraction(print_cap))
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def recount(given: Inputs) -> Result:
    """Every capaian of the year (and of the earlier years the report computes) recomputed."""
    rows, wrong = [], []
    for f in given.indicators:
        for year in f.history:
            if year.from_history:
                continue  # a published figure reprinted as it was: not the report's arithmetic
            settings = for_indicator(
                given.project.settings, f.indicator, given.project.pks.get(year.year)
            )
            mine = as_printed(
                recomputed(f.indicator.polarity, year.target, year.realisation,
                           settings.negative_rule),
                settings.print_cap,
            )  # fmt: skip
            report = year.capaian.value
            shown = fmt.round_half_up(report) if report is not None else None
            typed = _typed(given, f, year.year)
            agree = mine == shown and (typed is None or _typed_agrees(typed, mine))
            rows.append((
                f.indicator.code,
                str(year.year),
                _show(mine),
                _show(shown),
                _show(typed),
                "sesuai" if agree else "berbeda",
            ))  # fmt: skip
            if not agree:
                wrong.append(f"{f.indicator.code} {year.year}")
    verdict, reason = verdict_of(
        wrong,
        f"Hitung ulang {len(rows)} capaian sesuai dengan angka laporan.",
        "Capaian berbeda dengan hasil hitung ulang: {}.",
    )
    columns = ("Kode", "Tahun", "Hitung ulang", "Laporan", "Diketik", "Hasil")
    return Result("hitung-ulang", verdict, reason, columns, tuple(rows))


def _typed(given: Inputs, f: IndicatorFigures, year: int) -> Decimal | None:
    found = given.project.year_data(year).realisations.get(f.indicator.code)
    return found.typed_capaian if found else None


def _typed_agrees(typed: Decimal, mine: Decimal | None) -> bool:
    """A typed capaian agrees at the precision it was typed with (`102,5` for 102,47 does)."""
    if mine is None:
        return False
    exponent = typed.as_tuple().exponent
    places = max(-exponent, 0) if isinstance(exponent, int) else 0
    return fmt.round_half_up(mine, places) == typed


def _show(value: Decimal | None) -> str:
    return fmt.percent(value) if value is not None else "-"


def traced(given: Inputs) -> Result:
    """Each realisation's `sumber_data`, and the commit and author that wrote its value."""
    data = given.project.year_data(given.year).realisations
    rows, missing = [], []
    for f in given.indicators:
        code = f.indicator.code
        found = data.get(code)
        if found is None:
            rows.append((code, "-", "-", "-", "-"))
            missing.append(f"{code} (tidak ada realisasi)")
            continue
        loc = found.value_locs.get("realisasi") or found.value_locs.get("tidak_tersedia")
        loc = loc or found.loc
        commit = gitrepo.blame_line(given.root, loc.path, loc.line)
        rows.append((
            code,
            found.data_source or "-",
            f"{loc.path}:{loc.line}",
            commit.short if commit else "belum di-commit",
            commit.author if commit else "-",
        ))  # fmt: skip
        if not found.data_source.strip():
            missing.append(f"{code} (sumber_data kosong)")
        elif commit is None:
            missing.append(f"{code} (belum di-commit)")
    verdict, reason = verdict_of(
        missing,
        "Setiap realisasi memiliki sumber data dan tercatat commit serta penginputnya.",
        "Realisasi belum dapat ditelusuri: {}.",
    )
    columns = ("Kode", "Sumber data", "Baris", "Commit", "Penginput")
    return Result("sumber-data", verdict, reason, columns, tuple(rows))
