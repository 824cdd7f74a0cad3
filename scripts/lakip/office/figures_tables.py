"""Turn a year's figures into the rows of the readers' workbook, one table per report table.

Each cell is a value and its Excel number format: a number exactly as the report prints it (the
same rounding and decimals, through `formatting`), text as the report words it, a dash where the
report prints one. The rows follow `assemble/tables.py`'s columns, read from the same `Figures`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from lakip import formatting as fmt
from lakip.assemble.sentences import efficiency_label, places, reason, unavailable
from lakip.assemble.tables import DASH
from lakip.compute.tree import Figures, IndicatorFigures
from lakip.model import Target
from lakip.office.workbook import RUPIAH_FORMAT, number_format

PERCENT = number_format(2)
Cell = tuple[object, str | None]  # a value and its number format (None: as it is)
Table = tuple[str, str, Sequence[str], list[list[Cell]], bool]  # sheet, title, headers, rows, total


def tables(figures: Figures) -> list[Table]:
    """Every table, in the report's order: PK, measurement, years, Renstra, standards, budget."""
    year = figures.year
    return [
        ("PK", f"Perjanjian Kinerja Tahun {year}", *_pk(figures)),
        ("PK Anggaran", f"Program, Kegiatan dan Anggaran Perjanjian Kinerja Tahun {year}",
         *_pk_budget(figures)),
        ("Pengukuran", f"Pengukuran Kinerja Tahun {year}", *_measurement(figures)),
        ("Perbandingan", f"Perbandingan Realisasi dan Capaian Tahun {year - 2}–{year}",
         *_comparison(figures)),
        ("Renstra", "Kemajuan terhadap Target Akhir Renstra", *_progress(figures)),
        ("Standar Nasional", "Perbandingan dengan Standar Nasional", *_national(figures)),
        ("Efisiensi", f"Efisiensi Penggunaan Sumber Daya Tahun {year}", *_efficiency(figures)),
        ("Anggaran", f"Realisasi Anggaran per Program dan Kegiatan Tahun {year}",
         *_budget(figures)),
    ]  # fmt: skip


def _shown(text: str) -> Cell:
    """A number as `formatting` prints it (`1.684`, `0,0189`), back as the number it shows."""
    whole, _, decimals = text.partition(",")
    value = Decimal(whole.replace(".", "").replace("−", "-") + ("." + decimals if decimals else ""))
    return value, number_format(len(decimals))


def _measure(value: Decimal | None, decimals: int) -> Cell:
    return (DASH, None) if value is None else _shown(fmt.measure(value, decimals))


def _percent(value: Decimal | None) -> Cell:
    return (DASH, None) if value is None else (fmt.round_half_up(value, 2), PERCENT)


def _money(value: Decimal | None) -> Cell:
    return (DASH, None) if value is None else (fmt.round_half_up(value, 0), RUPIAH_FORMAT)


def _text(value: str | None) -> Cell:
    """Text as it is; a missing value (no category, no label) as the report's dash."""
    return (DASH if value is None else value), None


def _target(target: Target | None, decimals: int) -> Cell:
    """A single target as a number; a range as the report prints it (`82–88,30`), as text."""
    if target is None:
        return DASH, None
    if target.is_range:
        return fmt.target(target, decimals), None
    return _measure(target.low, decimals)


def _realised(f: IndicatorFigures) -> Cell:
    if f.unavailable:
        return _text(unavailable(f.unavailable))
    return _measure(f.realisation, places(f))


def _pk(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    sasaran = {s.sasaran.code: s.sasaran.text for s in figures.sasaran}
    rows = [
        [
            _text(f.indicator.sasaran),
            _text(sasaran.get(f.indicator.sasaran)),
            _text(f.indicator.code),
            _text(f.indicator.text),
            _text(f.indicator.unit),
            _target(f.target, places(f)),
            _text("target akhir Renstra" if f.against_end else ""),
        ]
        for f in figures.indicators
    ]
    headers = ["Kode Sasaran", "Sasaran Strategis", "Kode", "Indikator Kinerja", "Satuan"]
    return [*headers, "Target", "Keterangan"], rows, False


def _pk_budget(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = []
    for p in figures.budget.programmes:
        rows.append([_text(p.programme.code), _text(p.programme.name), _money(p.pagu)])
        rows += [[_text(k.kegiatan.code), _text(k.kegiatan.name), _money(k.pagu)]
                 for k in p.kegiatan]  # fmt: skip
    rows.append([_text(""), _text("Jumlah"), _money(figures.budget.pagu)])
    return ["Kode", "Program / Kegiatan", "Anggaran"], rows, True


def _measurement(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = [
        [
            _text(f.indicator.code),
            _text(f.indicator.text),
            _text(f.indicator.unit),
            _target(f.target, places(f)),
            _realised(f),
            _text("tidak tersedia") if f.unavailable else _percent(f.capaian.value),
            _text(f.category),
            _text(_why(f)),
        ]
        for f in figures.indicators
    ]
    headers = ["Kode", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"]
    return [*headers, "Kategori", "Keterangan"], rows, False


def _why(f: IndicatorFigures) -> str:
    if f.capaian.value is None and not f.unavailable:
        return f"capaian tidak dapat dihitung karena {reason(f.capaian)}"
    return "diukur terhadap target akhir Renstra" if f.against_end else ""


def _comparison(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    years = [figures.year - 2, figures.year - 1, figures.year]
    rows = []
    for f in figures.indicators:
        by_year = {h.year: h for h in f.history}
        cells = [_text(f.indicator.code), _text(f.indicator.text), _text(f.indicator.unit)]
        for y in years:
            h = by_year.get(y)
            if h and h.unavailable:
                cells += [_text(unavailable(h.unavailable)), _text("tidak tersedia")]
                continue
            cells += [
                _measure(h.realisation if h else None, places(f)),
                _percent(h.capaian.value if h else None),
            ]
        rows.append(cells)
    headers = ["Kode", "Indikator Kinerja", "Satuan"]
    for y in years:
        headers += [f"Realisasi {y}", f"Capaian {y} (%)"]
    return headers, rows, False


def _progress(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = []
    for f in figures.indicators:
        p, n = f.progress, places(f)
        rows.append(
            [
                _text(f.indicator.code),
                _text(f.indicator.text),
                _text(f.indicator.unit),
                _target(p.end_target if p else None, n),
                _realised(f),
                _percent(p.capaian.value if p else None),
                _measure(p.gap if p else None, n),
            ]
        )
    headers = ["Kode", "Indikator Kinerja", "Satuan", "Target Akhir"]
    headers += [f"Realisasi {figures.year}", "Capaian terhadap Target Akhir (%)", "Kekurangan"]
    return headers, rows, False


def _national(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    """The indicators with a national standard, as the report compares them."""
    rows = []
    for f in figures.indicators:
        n, decimals = f.national, places(f)
        if n is None:
            continue
        verdict = DASH if n.meets is None else ("Memenuhi" if n.meets else "Belum memenuhi")
        rows.append(
            [
                _text(f.indicator.code),
                _text(f.indicator.text),
                _text(f.indicator.unit),
                _measure(n.standard, decimals),
                _measure(f.realisation, decimals),
                _measure(n.difference, decimals),
                _text(verdict),
                _text(n.source),
            ]
        )
    headers = ["Kode", "Indikator Kinerja", "Satuan", "Standar Nasional"]
    return [*headers, f"Realisasi {figures.year}", "Selisih", "Keterangan", "Sumber"], rows, False


def _efficiency(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = [
        [
            _text(s.sasaran.code),
            _text(s.sasaran.text),
            _percent(s.capaian),
            _text(s.category),
            _money(s.pagu),
            _money(s.realisation),
            _percent(s.serapan),
            (DASH, None) if s.efficiency is None else (fmt.round_half_up(s.efficiency), PERCENT),
            _text(efficiency_label(s.efficiency_label)),
        ]
        for s in figures.sasaran
    ]
    headers = ["Kode", "Sasaran Strategis", "Rata-rata Capaian (%)", "Kategori", "Pagu"]
    headers += ["Realisasi", "Serapan (%)", "Selisih (poin)", "Kategori Efisiensi"]
    return headers, rows, False


def _budget(figures: Figures) -> tuple[Sequence[str], list[list[Cell]], bool]:
    rows = []
    for p in figures.budget.programmes:
        rows.append(_money_row(p.programme.code, p.programme.name, p))
        rows += [_money_row(k.kegiatan.code, k.kegiatan.name, k) for k in p.kegiatan]
    rows.append(_money_row("", "Jumlah", figures.budget))
    headers = ["Kode", "Program / Kegiatan", "Pagu", "Realisasi", "Serapan (%)", "Sisa"]
    return headers, rows, True


def _money_row(code: str, name: str, line) -> list[Cell]:
    return [
        _text(code),
        _text(name),
        _money(line.pagu),
        _money(line.realisation),
        _percent(line.serapan),
        _money(line.remaining),
    ]
