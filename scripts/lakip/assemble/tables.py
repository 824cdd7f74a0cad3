"""Turn figures and plan records into the report's tables, every cell already formatted.

Each builder returns an unnumbered `Table`; the assembler numbers it by chapter when it places
it. Data values print with the precision they were typed with, computed percentages with two
decimals, money as rupiah; a figure that does not exist prints as a dash, never as a zero.
"""

from __future__ import annotations

from decimal import Decimal

from lakip import formatting as fmt
from lakip.assemble.document import Column, Table
from lakip.assemble.sentences import efficiency_label, places, places_of, reason, unavailable
from lakip.compute.tree import BudgetFigures, Figures, IndicatorFigures, SasaranFigures
from lakip.model import PerjanjianKinerja, Renstra, Target

DASH = "-"
QUARTERS = ("I", "II", "III", "IV")
RIGHT = "right"
CENTER = "center"
_R, _C = RIGHT, CENTER  # short names keep the column lists readable


def table(caption: str, columns, rows, footer=(), wide=False, note="") -> Table:
    """An unnumbered table; `columns` are titles or `(title, align)` pairs."""
    cols = tuple(Column(*c) if isinstance(c, tuple) else Column(c) for c in columns)
    return Table(
        "", "", caption, cols, tuple(map(tuple, rows)), tuple(map(tuple, footer)), wide, note
    )


def num(value: Decimal | None, decimals: int | None = None) -> str:
    """A data value as typed, or with an indicator's decimals (see `sentences.places`)."""
    return DASH if value is None else fmt.measure(value, decimals)


def pct(value: Decimal | None) -> str:
    return DASH if value is None else fmt.percent(value)


def targeted(f: IndicatorFigures) -> str:
    """The target cell, labelled when it is the Renstra's end target (no annual target)."""
    text = target(f.target, places(f))
    return f"{text} (target akhir)" if f.against_end else text


def realised(f: IndicatorFigures) -> str:
    """The realisation cell: the value, or `tidak tersedia (alasan)` for official no-data."""
    return unavailable(f.unavailable) if f.unavailable else num(f.realisation, places(f))


def achieved(f: IndicatorFigures) -> str:
    """The capaian cell: the printed capaian, `tidak tersedia`, or a dash."""
    return "tidak tersedia" if f.unavailable else pct(f.capaian.value)


def rp(value: Decimal | None) -> str:
    return DASH if value is None else fmt.money(value)


def target(value: Target | None, decimals: int | None = None) -> str:
    return DASH if value is None else fmt.target(value, decimals)


def renstra_targets(renstra: Renstra, codes: set[str] | None = None) -> Table:
    """Tujuan, sasaran and IKU: baseline, the target of every Renstra year, the end target."""
    years = list(range(renstra.start, renstra.end + 1))
    indicators = [i for i in renstra.indicators if codes is None or i.code in codes]
    base_years = {i.baseline_year for i in indicators if i.baseline_year}
    base_title = f"Kondisi Awal ({base_years.pop()})" if len(base_years) == 1 else "Kondisi Awal"
    rows, seen = [], set()
    for tujuan in renstra.tujuan:
        for sasaran in tujuan.sasaran:
            for ind in sasaran.indicators:
                if codes is not None and ind.code not in codes:
                    continue
                n = places_of(ind)
                base = num(ind.baseline, n)
                if ind.baseline is not None and ind.baseline_year and "(" not in base_title:
                    base += f" ({ind.baseline_year})"
                rows.append(
                    [
                        "" if tujuan.code in seen else f"{tujuan.code} {tujuan.text}",
                        "" if sasaran.code in seen else f"{sasaran.code} {sasaran.text}",
                        f"{ind.code} {ind.text}",
                        ind.unit,
                        base,
                        *(target(ind.targets.get(y), n) for y in years),
                        target(ind.end_target, n),
                    ]
                )
                seen |= {tujuan.code, sasaran.code}
    columns = ["Tujuan", "Sasaran", "Indikator Kinerja Utama", ("Satuan", _C), (base_title, _R)]
    columns += [(str(y), _R) for y in years] + [("Target Akhir", _R)]
    caption = f"Tujuan, Sasaran dan Indikator Kinerja Utama Renstra {renstra.start}–{renstra.end}"
    return table(caption, columns, rows, wide=True)


def pk_targets(figures: Figures) -> Table:
    """The year's Perjanjian Kinerja: sasaran, indicator and the binding target."""
    rows, seen = [], set()
    for number, f in enumerate(figures.indicators, start=1):
        s = next(
            (s.sasaran for s in figures.sasaran if s.sasaran.code == f.indicator.sasaran), None
        )
        label = "" if s is None or s.code in seen else f"{s.code} {s.text}"
        seen.add(f.indicator.sasaran)
        rows.append([str(number), label, f.indicator.text, f.indicator.unit, targeted(f)])
    columns = [("No", _C), "Sasaran Strategis", "Indikator Kinerja", ("Satuan", _C)]
    caption = f"Sasaran, Indikator dan Target Perjanjian Kinerja Tahun {figures.year}"
    return table(caption, columns + [("Target", _R)], rows)


def pk_programmes(pk: PerjanjianKinerja, with_kegiatan: bool = False) -> Table:
    """Programmes (and optionally their kegiatan) with the pagu agreed in the PK."""
    rows = []
    for p in pk.programmes:
        rows.append([p.code, p.name, rp(p.pagu)])
        if with_kegiatan:
            rows += [[k.code, k.name, rp(k.pagu)] for k in p.kegiatan]
    total = sum((p.pagu for p in pk.programmes), Decimal(0))
    label = "Program dan Kegiatan" if with_kegiatan else "Program"
    return table(
        f"{label} serta Anggaran Perjanjian Kinerja Tahun {pk.year}",
        [("Kode", _C), label, ("Anggaran", _R)],
        rows,
        footer=[["", "Jumlah", rp(total)]],
    )


def sasaran_summary(figures: Figures) -> Table:
    rows = [
        [s.sasaran.code, s.sasaran.text, str(len(s.indicators)), pct(s.capaian), s.category or DASH]
        for s in figures.sasaran
    ]
    columns = [("Kode", _C), "Sasaran Strategis", ("Jumlah IKU", _C), ("Rata-rata Capaian", _R)]
    caption = f"Capaian Sasaran Strategis Tahun {figures.year}"
    return table(caption, columns + [("Kategori", _C)], rows)


def measurement(s: SasaranFigures, year: int) -> Table:
    """Target, realisation, capaian and category of each indicator of the sasaran."""
    rows = [
        [
            f.indicator.code,
            f.indicator.text,
            f.indicator.unit,
            targeted(f),
            realised(f),
            achieved(f),
            f.category or DASH,
        ]
        for f in s.indicators
    ]
    notes = [
        f"{f.indicator.code}: data tidak tersedia, tidak dimasukkan dalam rata-rata."
        if f.unavailable
        else f"{f.indicator.code}: capaian tidak dapat dihitung karena {reason(f.capaian)}."
        for f in s.indicators
        if f.capaian.value is None
    ]
    columns = [("Kode", _C), "Indikator Kinerja", ("Satuan", _C), ("Target", _R)]
    columns += [("Realisasi", _R), ("Capaian", _R), ("Kategori", _C)]
    notes += [
        f"{f.indicator.code}: tanpa target tahunan; capaian diukur terhadap target akhir Renstra."
        for f in s.indicators
        if f.against_end
    ]
    caption = f"Pengukuran Kinerja Sasaran {s.sasaran.code} Tahun {year}"
    return table(caption, columns, rows, note=" ".join(notes))


def history(s: SasaranFigures, year: int) -> Table:
    """Realisation and capaian of the last three years, each against that year's own target."""
    years = [year - 2, year - 1, year]
    rows = []
    for f in s.indicators:
        by_year = {h.year: h for h in f.history}
        cells = [f"{f.indicator.code} {f.indicator.text}"]
        for y in years:
            h = by_year.get(y)
            if h and h.unavailable:
                cells += [unavailable(h.unavailable), "tidak tersedia"]
                continue
            cells += [
                num(h.realisation if h else None, places(f)),
                pct(h.capaian.value if h else None),
            ]
        rows.append(cells)
    columns = ["Indikator Kinerja"]
    for y in years:
        columns += [(f"Realisasi {y}", _R), (f"Capaian {y}", _R)]
    caption = f"Perbandingan Realisasi dan Capaian Sasaran {s.sasaran.code} Tahun {years[0]}–{year}"
    return table(caption, columns, rows)


def progress(s: SasaranFigures, year: int, end_year: int) -> Table:
    rows = []
    for f in s.indicators:
        p, n = f.progress, places(f)
        rows.append(
            [
                f"{f.indicator.code} {f.indicator.text}",
                f.indicator.unit,
                target(p.end_target if p else None, n),
                realised(f),
                pct(p.capaian.value if p else None),
                num(p.gap if p else None, n),
            ]
        )
    columns = ["Indikator Kinerja", ("Satuan", _C), (f"Target Akhir {end_year}", _R)]
    columns += [
        (f"Realisasi {year}", _R),
        ("Capaian terhadap Target Akhir", _R),
        ("Kekurangan", _R),
    ]
    caption = f"Kemajuan Sasaran {s.sasaran.code} terhadap Target Akhir Renstra {end_year}"
    return table(caption, columns, rows)


def national(s: SasaranFigures, year: int) -> Table | None:
    compared = [f for f in s.indicators if f.national is not None]
    if not compared:
        return None
    rows = [_national_row(f) for f in compared]
    sources = sorted({f.national.source for f in compared if f.national.source})
    columns = ["Indikator Kinerja", ("Satuan", _C), ("Standar Nasional", _R)]
    columns += [(f"Realisasi {year}", _R), ("Selisih", _R), ("Keterangan", _C)]
    note = "Sumber: " + "; ".join(sources) + "." if sources else ""
    return table(
        f"Perbandingan Sasaran {s.sasaran.code} dengan Standar Nasional", columns, rows, note=note
    )


def _national_row(f: IndicatorFigures) -> list[str]:
    n, decimals = f.national, places(f)
    verdict = DASH if n.meets is None else ("Memenuhi" if n.meets else "Belum memenuhi")
    return [
        f"{f.indicator.code} {f.indicator.text}",
        f.indicator.unit,
        num(n.standard, decimals),
        num(f.realisation, decimals),
        num(n.difference, decimals),
        verdict,
    ]


def efficiency(s: SasaranFigures) -> Table:
    row = [
        s.sasaran.code,  # the sasaran's heading, just above, gives its wording
        pct(s.capaian),
        rp(s.pagu),
        rp(s.realisation),
        pct(s.serapan),
        DASH if s.efficiency is None else fmt.decimal2(s.efficiency),
        efficiency_label(s.efficiency_label) or DASH,
    ]
    columns = [("Sasaran", _C), ("Rata-rata Capaian", _R), ("Pagu", _R), ("Realisasi", _R)]
    columns += [("Serapan", _R), ("Selisih (poin)", _R), ("Kategori Efisiensi", _C)]
    return table(f"Efisiensi Penggunaan Sumber Daya Sasaran {s.sasaran.code}", columns, [row])


def support(s: SasaranFigures) -> Table | None:
    if not s.programmes:
        return None
    rows = []
    for p in s.programmes:
        rows.append(
            [p.programme.code, p.programme.name, rp(p.pagu), rp(p.realisation), pct(p.serapan)]
        )
        rows += [
            [k.kegiatan.code, k.kegiatan.name, rp(k.pagu), rp(k.realisation), pct(k.serapan)]
            for k in p.kegiatan
        ]
    columns = [("Kode", _C), "Program / Kegiatan", ("Pagu", _R), ("Realisasi", _R), ("Serapan", _R)]
    return table(f"Program dan Kegiatan Pendukung Sasaran {s.sasaran.code}", columns, rows)


def budget(b: BudgetFigures, year: int) -> Table:
    """Every programme (a subtotal row) followed by its kegiatan, and the total as footer."""
    rows = []
    for p in b.programmes:
        rows.append(_money_row(p.programme.code, p.programme.name, p))
        rows += [_money_row(k.kegiatan.code, k.kegiatan.name, k) for k in p.kegiatan]
    columns = [("Kode", _C), "Program / Kegiatan", ("Pagu", _R), ("Realisasi", _R)]
    columns += [("Serapan", _R), ("Sisa", _R)]
    footer = [_money_row("", "Jumlah", b)]
    return table(f"Realisasi Anggaran per Program dan Kegiatan Tahun {year}", columns, rows, footer)


def _money_row(code: str, name: str, line) -> list[str]:
    return [code, name, rp(line.pagu), rp(line.realisation), pct(line.serapan), rp(line.remaining)]
