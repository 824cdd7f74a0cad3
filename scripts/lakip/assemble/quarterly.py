"""Turn a quarter's monitoring figures into the quarterly monitoring report (`Report`).

"Laporan Pemantauan Kinerja Triwulan N Tahun YYYY": target against realisation to date for each
monitored indicator, the units with no data for the quarter, and the indicators at risk of
missing the year's target, by the rule `compute/quarterly.py` documents. The same renderers as
the annual report print it (the PDF, DRAF rules, print CSS) and publish it as a site.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from lakip import formatting as fmt
from lakip import layout
from lakip.assemble import document as d
from lakip.assemble import tables as t
from lakip.assemble.letterhead import cover_foot, letterhead
from lakip.assemble.sentences import places_of
from lakip.assemble.writer import Context, Writer
from lakip.compute.figures import compute
from lakip.compute.quarterly import (
    PLAN,
    PROJECTION,
    QuarterFigures,
    QuarterIndicator,
    quarter_ends,
    quarter_figures,
)
from lakip.model import Project

_R, _C = t.RIGHT, t.CENTER
_BASIS = {
    PLAN: "rencana aksi triwulan",
    PROJECTION: "proyeksi akhir tahun terhadap target tahunan",
    "target-tahunan": "target tahunan",
}
RULE = (
    "Indikator berisiko tidak mencapai target tahunan bila realisasi sampai triwulan ini lebih "
    "buruk (lebih rendah untuk polaritas positif, lebih tinggi untuk polaritas negatif, di luar "
    "rentang untuk target rentang) daripada rencana aksi triwulan ini; tanpa rencana aksi, "
    "indikator kumulatif dinilai dari proyeksi linear akhir tahun (realisasi × 4 ÷ nomor "
    "triwulan) terhadap target tahunan, indikator lain dari realisasinya terhadap target tahunan."
)


_STATUS_NOTE = (
    "Nilai pada akhir triwulan. Keterangan berisiko: lihat aturan pada bagian Indikator Berisiko "
    "Tidak Mencapai Target Tahunan."
)


def title(number: int, year: int) -> str:
    return f"Laporan Pemantauan Kinerja Triwulan {_roman(number)} Tahun {year}"


def assemble_quarter(
    project: Project, year: int, number: int, draft: bool, date: datetime.date
) -> tuple[d.Report, QuarterFigures]:
    """The monitoring report of quarter `number` of `year`, and the figures it states."""
    profile = project.profile
    if profile is None or year not in project.pks:
        raise ValueError("assemble_quarter needs a validated project with profile and PK")
    figures = quarter_figures(project, year, number)
    ctx = Context(project, year, draft, date, compute(project, year))
    quarter = figures.quarter
    report = d.Report(
        year=year,
        draft=draft,
        title=title(number, year),
        short_title=f"Pemantauan Triwulan {quarter}",
        agency=profile.agency,
        city=profile.city,
        cover_foot=cover_foot(profile),
        letterhead=letterhead(ctx.root, profile),
        date=date,
        repository=profile.repository,
        quarter=quarter,
    )
    # one chapter, so the site has one page and the PDF one body: the report is a few pages
    chapter = d.Chapter("pemantauan", "chapter", "", f"PEMANTAUAN KINERJA TRIWULAN {quarter}")
    chapter.sources = (layout.pk(year),)
    w = Writer(ctx, chapter)
    _results(w, figures)
    _late(w, figures)
    _at_risk(w, figures)
    # a chapter without a number numbers its tables 0.n: here they are simply Tabel 1, 2, ...
    tables = iter(range(1, len(chapter.blocks) + 1))
    chapter.blocks = [
        replace(b, number=str(next(tables))) if isinstance(b, d.Table) else b
        for b in chapter.blocks
    ]
    report.chapters = [chapter]
    return report, figures


def _results(w: Writer, figures: QuarterFigures) -> None:
    quarter, year = figures.quarter, figures.year
    w.heading(2, f"Target dan Realisasi sampai Triwulan {quarter}", "target-dan-realisasi")
    end = fmt.date_long(quarter_ends(year)[figures.number - 1])
    if not figures.indicators:
        w.say(
            f"Perjanjian Kinerja Tahun {year} belum memiliki indikator dengan rencana aksi "
            f"triwulan atau data triwulan, sehingga belum ada yang dipantau sampai akhir "
            f"triwulan {quarter} ({end}). Rencana aksi ditulis di {layout.pk(year)} "
            "(kunci rencana_aksi)."
        )
        return
    w.say(
        f"Laporan ini memantau {len(figures.indicators)} indikator kinerja Perjanjian Kinerja "
        f"Tahun {year} yang memiliki rencana aksi triwulan atau data triwulan, sampai akhir "
        f"triwulan {quarter} ({end}). Nilai rencana aksi dan realisasi adalah nilai pada akhir "
        "triwulan: jumlah sejak awal tahun untuk indikator kumulatif, tingkat yang terukur untuk "
        "indikator lainnya."
    )
    rows = [
        [
            r.indicator.code,
            r.indicator.text,
            r.indicator.unit,
            t.target(r.year_target, _places(r)),
            t.num(r.planned, _places(r)),
            t.num(r.realised, _places(r)),
            _status(r),
        ]
        for r in figures.indicators
    ]
    columns = [
        ("Kode", _C),
        "Indikator Kinerja",
        ("Satuan", _C),
        (f"Target Tahun {year}", _R),
        (f"Rencana Aksi sampai Triwulan {quarter}", _R),
        (f"Realisasi sampai Triwulan {quarter}", _R),
        "Keterangan",
    ]
    caption = f"Target dan Realisasi Indikator Kinerja sampai Triwulan {quarter} Tahun {year}"
    w.table(t.table(caption, columns, rows, note=_STATUS_NOTE))


def _late(w: Writer, figures: QuarterFigures) -> None:
    quarter = figures.quarter
    w.heading(2, "Unit yang Terlambat", "unit-terlambat")
    if not figures.late:
        w.say(f"Semua unit telah mengisi data triwulan {quarter} untuk indikator yang dipantau.")
        return
    w.say(
        f"{len(figures.late)} unit belum mengisi data triwulan {quarter} "
        f"(kunci triwulan.{quarter} di realisasi.yml) untuk indikator berikut."
    )
    rows = [
        [_unit_name(w.ctx, slug), ", ".join(codes)] for slug, codes in sorted(figures.late.items())
    ]
    caption = f"Unit yang Belum Mengisi Data Triwulan {quarter} Tahun {figures.year}"
    w.table(t.table(caption, ["Unit Kerja", "Indikator tanpa Data"], rows))


def _at_risk(w: Writer, figures: QuarterFigures) -> None:
    w.heading(2, "Indikator Berisiko Tidak Mencapai Target Tahunan", "indikator-berisiko")
    risky = figures.at_risk
    w.say(RULE)
    if not risky:
        w.say(
            f"Sampai triwulan {figures.quarter} tidak ada indikator yang berisiko tidak mencapai "
            "target tahunan."
        )
        return
    w.say(
        f"Sampai triwulan {figures.quarter} terdapat {len(risky)} indikator yang berisiko tidak "
        "mencapai target tahunan."
    )
    rows = [
        [
            r.indicator.code,
            r.indicator.text,
            _unit_name(w.ctx, r.unit),
            t.num(r.realised, _places(r)),
            _BASIS[r.basis],
            _compared(r),
        ]
        for r in risky
    ]
    columns = [
        ("Kode", _C),
        "Indikator Kinerja",
        "Unit Kerja",
        (f"Realisasi sampai Triwulan {figures.quarter}", _R),
        "Dinilai terhadap",
        ("Pembanding", _R),
    ]
    caption = f"Indikator Berisiko Tidak Mencapai Target Tahun {figures.year}"
    w.table(t.table(caption, columns, rows))


def _status(r: QuarterIndicator) -> str:
    if r.realised is None:
        return "belum ada data"
    return "berisiko" if r.at_risk else "sesuai rencana"


def _compared(r: QuarterIndicator) -> str:
    """What the realisation was held against: the plan, or the projection beside the target."""
    if r.basis == PLAN:
        return t.num(r.planned, _places(r))
    target = t.target(r.year_target, _places(r))
    if r.basis == PROJECTION:
        return f"proyeksi {t.num(r.projection, _places(r))}; target {target}"
    return target


def _places(r: QuarterIndicator) -> int:
    values = [r.planned, r.realised]
    if r.year_target is not None:
        values += [r.year_target.low, r.year_target.high]
    return places_of(r.indicator, *values)


def _unit_name(ctx: Context, slug: str) -> str:
    unit = ctx.project.units.get(slug)
    return unit.name if unit else slug


def _roman(number: int) -> str:
    return ("I", "II", "III", "IV")[number - 1]
