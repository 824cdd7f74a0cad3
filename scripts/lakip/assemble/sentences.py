"""Turn figures into the report's generated factual sentences, in formal Indonesian.

Every sentence is built from computed figures only and formatted through `formatting`, so the
prose can never disagree with the tables beside it. Each function returns one paragraph's text
(or None when there is nothing to say); wording choices live here and nowhere else.
"""

from __future__ import annotations

from decimal import Decimal

from lakip import formatting as fmt
from lakip import layout
from lakip.compute.figures import (
    EFFICIENT,
    FAIRLY_EFFICIENT,
    INEFFICIENT,
    NEGATIVE,
    NO_REALISATION,
    NO_TARGET,
    RULE_R_OVER_T,
    UNAVAILABLE,
    ZERO_REALISATION,
    ZERO_TARGET,
    Capaian,
)
from lakip.compute.tree import IndicatorFigures, SasaranFigures, SummaryFigures
from lakip.model import Indicator, Renstra, Settings, Target

# Units whose differences read as points ("meningkat 4,50 poin"), not as repeated units.
_POINT_UNITS = {"%", "persen", "indeks", "nilai", "skor", "poin"}
# Units that are no unit at all: "sebesar 68,10" reads better than "sebesar 68,10 nilai".
_BARE_UNITS = {"", "nilai", "skor", "angka", "rasio"}


def places(f: IndicatorFigures) -> int:
    """The decimals an indicator is shown with: its `desimal`, or the most any value was typed with.

    One indicator's target, realisation, history and gap then line up (`80,00` beside `82,50`),
    while counts stay whole (`1.600 orang`) and ratios keep what was typed (`0,018169`).
    """
    values = [f.realisation, *(h.realisation for h in f.history)]
    values += _target_values(f.target, *(h.target for h in f.history))
    return places_of(f.indicator, *values)


def places_of(indicator: Indicator, *values: Decimal | None) -> int:
    """The indicator's own `desimal`, or the most decimals any of its values was typed with."""
    if indicator.decimals is not None:
        return fmt.Fixed(indicator.decimals)
    found = [indicator.baseline, indicator.national_standard, *values]
    found += _target_values(indicator.end_target, *indicator.targets.values())
    return min(max((_decimals(v) for v in found if v is not None), default=0), fmt.TYPED_PLACES)


def quantity(value: Decimal, unit: str, places: int) -> str:
    """`82,50%`, `12 kasus`, `0,0189 rasio`: glued to `%`, spaced from any other unit."""
    return _with_unit(fmt.measure(value, places), unit)


def target_text(target: Target, unit: str, places: int) -> str:
    """`80,00%` or, for a range, `rentang 82,00–88,30 indeks`."""
    text = _with_unit(fmt.target(target, places), unit)
    return f"rentang {text}" if target.is_range else text


def _with_unit(text: str, unit: str) -> str:
    if unit == "%":
        return text + unit
    return text if unit in _BARE_UNITS else f"{text} {unit}"


def unavailable(reason_text: str) -> str:
    """An official "data tidak tersedia" as the report prints it: `tidak tersedia (alasan)`."""
    return f"tidak tersedia ({reason_text.strip().rstrip('.')})"


def reason(value: Capaian) -> str:
    """Why a capaian cannot be computed, worded to follow "karena"."""
    reasons = {
        UNAVAILABLE: "data tidak tersedia secara resmi",
        NO_REALISATION: "realisasi belum tersedia",
        NO_TARGET: "target tidak ditetapkan dalam Perjanjian Kinerja",
        ZERO_TARGET: "target 0 dengan polaritas positif",
        ZERO_REALISATION: "realisasi 0 dengan rumus T/R",
    }
    return reasons.get(value, "data belum lengkap")


def efficiency_label(label: str | None) -> str | None:
    """A sasaran's efficiency label as the report names it: `Efisien`, `Cukup Efisien`, ..."""
    labels = {EFFICIENT: "Efisien", FAIRLY_EFFICIENT: "Cukup Efisien", INEFFICIENT: "Tidak Efisien"}
    return labels.get(label) if label else None


def measurement(f: IndicatorFigures, year: int) -> str:
    """Target against realisation this year, the capaian and its category."""
    ind, unit, n = f.indicator, f.indicator.unit, places(f)
    if f.target is None:
        return (
            f"Target indikator {ind.text} untuk tahun {year} tidak ditetapkan dalam Perjanjian "
            "Kinerja, sehingga capaian tidak dapat dihitung."
        )
    goal = "target akhir Renstra" if f.against_end else "target"
    if f.unavailable:
        return (
            f"Realisasi indikator {ind.text} pada tahun {year} {unavailable(f.unavailable)}, "
            f"sehingga capaian tidak dihitung dan tidak dimasukkan dalam rata-rata ({goal} "
            f"{target_text(f.target, unit, n)})."
        )
    if f.realisation is None:
        return (
            f"Realisasi indikator {ind.text} pada tahun {year} belum tersedia ({goal} "
            f"{target_text(f.target, unit, n)}), sehingga capaian belum dapat dihitung."
        )
    measured = f"Realisasi indikator {ind.text} pada tahun {year} sebesar "
    measured += quantity(f.realisation, unit, n)
    if f.target.is_range and f.target.low <= f.realisation <= f.target.high:
        measured += f", berada dalam {goal} {target_text(f.target, unit, n)}"
    else:
        measured += f" dari {goal} {target_text(f.target, unit, n)}"
    if f.capaian.value is None:
        return f"{measured}. Capaian tidak dapat dihitung karena {reason(f.capaian)}."
    text = (
        f"{measured}, sehingga capaian kinerja mencapai {fmt.percent(f.capaian.value)} "
        f"dengan kategori {f.category}."
    )
    if f.against_end:
        text += (
            f" Perjanjian Kinerja tidak menetapkan target tahun {year} untuk indikator ini, "
            "sehingga capaian diukur terhadap target akhir Renstra."
        )
    if ind.polarity == NEGATIVE and f.target.low == f.target.high == 0:
        text += (
            " Untuk indikator berpolaritas negatif dengan target 0, realisasi 0 dinilai 100% "
            "dan realisasi di atas 0 dinilai 0%."
        )
    elif ind.polarity == NEGATIVE:
        text += (
            " Indikator ini berpolaritas negatif, sehingga realisasi yang lebih rendah dari "
            "target menunjukkan kinerja yang lebih baik."
        )
        if f.rule == RULE_R_OVER_T:
            text += " Dengan rumus R/T, capaian di bawah 100% berarti realisasi lebih baik."
    computed = f.computed.value if f.computed else f.capaian.value
    if computed != f.capaian.value:
        text += (
            f" Hasil perhitungan {fmt.percent(computed)} dicetak paling tinggi "
            f"{fmt.number(f.capaian.value)}% sesuai batas capaian cetak"
        )
        if f.capped is not None and f.capped != f.capaian.value:
            text += f"; dalam rata-rata capaian ini dihitung sebesar {fmt.percent(f.capped)}"
        text += "."
    elif f.capped is not None and f.capped < f.capaian.value:
        text += (
            f" Dalam rata-rata dan penentuan kategori, capaian ini dihitung sebesar "
            f"{fmt.percent(f.capped)} sesuai batas capaian."
        )
    return text


def change(f: IndicatorFigures) -> str | None:
    """This year's realisation against last year's, judged by the indicator's polarity."""
    if f.change is None:
        return None
    before_year = f.change.previous_year
    before = next((h.realisation for h in f.history if h.year == before_year), None)
    if f.change.difference is None:
        missing = before_year if before is None else before_year + 1
        return (
            f"Realisasi tahun {missing} belum tersedia, sehingga perbandingan dengan tahun "
            "sebelumnya tidak dapat dilakukan."
        )
    unit, n = f.indicator.unit, places(f)
    text = f"Dibandingkan tahun {before_year} ({quantity(before, unit, n)}), realisasi "
    difference = f.change.difference
    if difference == 0:
        return text + "tidak berubah."
    text += "meningkat " if difference > 0 else "menurun "
    text += _difference(abs(difference), unit, n)
    if f.indicator.polarity == NEGATIVE:
        text += (
            ", yang menunjukkan perbaikan"
            if f.change.improved
            else ", yang menunjukkan penurunan kinerja"
        )
    return text + "."


def progress(f: IndicatorFigures, end_year: int, year: int) -> str | None:
    """This year's realisation against the Renstra end target, and what is still missing."""
    if f.progress is None:
        return None
    unit, n, end = f.indicator.unit, places(f), f.progress.end_target
    text = (
        f"Terhadap target akhir Renstra tahun {end_year} {'berupa' if end.is_range else 'sebesar'} "
        f"{target_text(end, unit, n)}, capaian sampai dengan tahun {year} "
    )
    if f.progress.capaian.value is None:
        return text + f"belum dapat dihitung karena {reason(f.progress.capaian)}."
    text += f"sebesar {fmt.percent(f.progress.capaian.value)}"
    gap = f.progress.gap
    if gap is None or gap == 0:
        return text + " (target akhir telah tercapai)."
    if f.indicator.polarity == NEGATIVE:
        return text + f" (masih perlu turun {quantity(gap, unit, n)} lagi)."
    return text + f" (kurang {quantity(gap, unit, n)} lagi)."


def national(f: IndicatorFigures, year: int) -> str | None:
    """This year's realisation against the national standard, where the indicator has one."""
    if f.national is None:
        return None
    unit, n = f.indicator.unit, places(f)
    source = f" ({f.national.source})" if f.national.source else ""
    text = (
        f"Standar nasional indikator {f.indicator.text} sebesar "
        f"{quantity(f.national.standard, unit, n)}{source}."
    )
    if f.national.difference is None:
        return text + f" Realisasi tahun {year} belum tersedia untuk dibandingkan."
    text += f" Realisasi tahun {year} sebesar {quantity(f.realisation, unit, n)}"
    if f.national.difference == 0:
        return text + ", sama dengan standar nasional."
    verdict = "telah memenuhi" if f.national.meets else "belum memenuhi"
    gap = _difference(abs(f.national.difference), unit, n)
    return text + f", sehingga {verdict} standar nasional (selisih {gap})."


def absorption(kind: str, name: str, pagu: Decimal, realisasi: Decimal | None) -> str:
    """`kind` is "program" or "kegiatan"; serapan with the rupiah it comes from."""
    if not name.lower().startswith(kind.lower() + " "):
        name = f"{kind} {name}"  # but "Program Penguatan ...", never "program Program ..."
    if pagu == 0:
        return f"Pagu anggaran {name} tidak dialokasikan pada tahun ini."
    if realisasi is None:
        return (
            f"Realisasi anggaran {name} belum lengkap, sehingga serapan dari pagu "
            f"{fmt.money(pagu)} belum dapat dihitung."
        )
    absorbed = realisasi * 100 / pagu
    text = (
        f"Serapan anggaran {name} sebesar {fmt.percent(absorbed)} "
        f"({fmt.money(realisasi)} dari pagu {fmt.money(pagu)})."
    )
    if realisasi > pagu:
        text += " Realisasi melebihi pagu dan perlu diperiksa."
    return text


def efficiency(s: SasaranFigures) -> str:
    """Mean capaian of the sasaran against the absorption of the programmes behind it."""
    code = s.sasaran.code
    if not s.programmes:
        return (
            f"Tidak ada program dalam Perjanjian Kinerja yang dikaitkan dengan sasaran {code}, "
            "sehingga efisiensi tidak dapat dinilai."
        )
    if s.capaian is None:
        return (
            f"Efisiensi sasaran {code} belum dapat dinilai karena capaian sasaran belum dapat "
            "dihitung."
        )
    if s.serapan is None or s.efficiency is None:
        return (
            f"Efisiensi sasaran {code} belum dapat dinilai karena realisasi anggaran program "
            "pendukungnya belum lengkap."
        )
    return (
        f"Rata-rata capaian sasaran {code} sebesar {fmt.percent(s.capaian)}, sedangkan serapan "
        f"anggaran program pendukungnya sebesar {fmt.percent(s.serapan)}, sehingga selisihnya "
        f"{fmt.decimal2(s.efficiency)} poin dan penggunaan sumber daya dinilai "
        f"{(efficiency_label(s.efficiency_label) or '').lower()}."
    )


def sasaran(s: SasaranFigures, named: bool = False) -> str:
    """The sasaran's mean capaian and category, naming indicators left out of the mean.

    `named` adds the sasaran's wording, for places where no heading has introduced it.
    """
    label = f"sasaran {s.sasaran.code}" + (f" ({s.sasaran.text})" if named else "")
    if s.capaian is None:
        return (
            f"Rata-rata capaian {label} belum dapat dihitung karena capaian indikatornya belum "
            "tersedia."
        )
    text = (
        f"Rata-rata capaian {len(s.indicators)} indikator {label} sebesar "
        f"{fmt.percent(s.capaian)} dengan kategori {s.category}"
    )
    left_out = [f.indicator.code for f in s.indicators if f.capped is None and not f.unavailable]
    missing = [f.indicator.code for f in s.indicators if f.unavailable]
    if left_out:
        text += f" (tanpa {join(left_out)}, yang capaiannya tidak dapat dihitung)"
    if missing:
        text += f" (tanpa {join(missing)}, yang datanya tidak tersedia)"
    return text + "."


def overview(
    agency: str, year: int, sasaran_count: int, indicator_count: int, tujuan_count: int
) -> str:
    return (
        f"Pada tahun {year}, {agency} menetapkan {sasaran_count} sasaran strategis sebagai "
        f"penjabaran {tujuan_count} tujuan Renstra, yang diukur dengan {indicator_count} "
        f"indikator kinerja utama dalam Perjanjian Kinerja Tahun {year}."
    )


def categories(summary: SummaryFigures, total: int) -> str:
    """`Dari 17 indikator, 12 indikator berkategori Sangat Tinggi, ... dan 1 ...`."""
    parts = [f"{n} indikator berkategori {name}" for name, n in summary.categories.items() if n]
    text = f"Dari {total} indikator kinerja utama, " + (join(parts) if parts else "belum ada")
    if not parts:
        text += " indikator yang capaiannya dapat dihitung"
    if summary.not_computable:
        text += f", sedangkan capaian {summary.not_computable} indikator tidak dapat dihitung"
    if summary.unavailable:
        text += f"; data {summary.unavailable} indikator tidak tersedia"
    return text + "."


def mean(summary: SummaryFigures, category: str | None, settings: Settings) -> str:
    if summary.capaian is None:
        return "Rata-rata capaian seluruh indikator belum dapat dihitung."
    text = f"Rata-rata capaian seluruh indikator sebesar {fmt.percent(summary.capaian)}"
    text += f" dengan kategori {category}" if category else ""
    if len(summary.caps) > 1:  # indicators set their own caps (in the Renstra or the PK)
        text += "; setiap capaian dihitung paling tinggi sebesar batas capaian indikatornya"
    elif settings.cap is not None:
        text += (
            f"; setiap capaian dihitung paling tinggi {fmt.number(settings.cap)}% dalam rata-rata"
        )
    return text + "."


def budget(pagu: Decimal, realisasi: Decimal | None, serapan: Decimal | None) -> str:
    if realisasi is None or serapan is None:
        return f"Realisasi anggaran belum lengkap; pagu seluruhnya sebesar {fmt.money(pagu)}."
    return (
        f"Realisasi anggaran sebesar {fmt.money(realisasi)} dari pagu {fmt.money(pagu)}, atau "
        f"serapan sebesar {fmt.percent(serapan)}."
    )


def join(items: list[str]) -> str:
    """`a, b dan c`: Indonesian lists take no comma before the last "dan"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} dan {items[-1]}"


def _target_values(*targets: Target | None) -> list[Decimal]:
    return [v for t in targets if t is not None for v in (t.low, t.high)]


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _difference(value: Decimal, unit: str, places: int) -> str:
    """`4,50 poin` for percentages and scores, `3 kasus` for counts, a bare number for ratios."""
    if unit in _POINT_UNITS:
        return f"{fmt.measure(value, places)} poin"
    return quantity(value, unit, places)


def from_history(published: list[tuple[int, str]]) -> str | None:
    """Which years of a comparison were taken from the published history, and from where."""
    if not published:
        return None
    years = _codes([f"{y} ({source})" if source else str(y) for y, source in published])
    return (
        f"Angka tahun {years} diambil dari riwayat kinerja yang telah diterbitkan "
        f"({layout.HISTORY}); capaian yang tercatat di sana dicetak seperti diterbitkan."
    )


def period_change(
    years: list[int], before: Renstra, current: Renstra, figures: tuple[IndicatorFigures, ...]
) -> str:
    """Figures of `years` belong to an earlier Renstra period: say so, and which indicators
    carried over from it and which are new."""
    when = _codes([str(y) for y in years])
    text = (
        f"Tahun {when} termasuk periode Renstra {before.start}–{before.end}, sebelum Renstra "
        f"{current.start}–{current.end} yang berlaku saat ini; angkanya diukur terhadap target "
        "periode itu."
    )
    carried = [f.indicator.code for f in figures if f.indicator.code in before.by_code]
    new = [f for f in figures if f.indicator.code not in before.by_code]
    if carried:
        text += f" Indikator {_codes(carried)} dilanjutkan dari periode itu."
    if new:
        codes = _codes([f.indicator.code for f in new])
        text += f" Indikator {codes} baru pada periode {current.start}–{current.end}"
        unmeasured = [
            f.indicator.code
            for f in new
            if not any(h.year in years and h.realisation is not None for h in f.history)
        ]
        if unmeasured and len(unmeasured) == len(new):
            text += f", sehingga tidak memiliki angka tahun {when}"
        elif unmeasured:
            text += f"; {_codes(unmeasured)} tidak memiliki angka tahun {when}"
        text += "."
    return text


def ended_indicators(before: Renstra, current: Renstra) -> str | None:
    """The previous period's indicators that the current Renstra no longer measures."""
    ended = [i for i in before.indicators if i.code not in current.by_code]
    if not ended:
        return None
    listed = "; ".join(f"{i.code} {i.text}" for i in ended)
    return (
        f"Indikator Renstra {before.start}–{before.end} yang tidak dilanjutkan pada Renstra "
        f"{current.start}–{current.end}: {listed}."
    )


def _codes(codes: list[str]) -> str:
    return codes[0] if len(codes) == 1 else ", ".join(codes[:-1]) + " dan " + codes[-1]
