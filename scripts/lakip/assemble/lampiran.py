"""Turn the plan and the year's data into the Lampiran: the Perjanjian Kinerja, then the detail.

The PK comes first because the reviewers check every indicator of the report against it; the
IKU matrix and the budget per kegiatan (with quarters, where reported) follow as reference.
"""

from __future__ import annotations

from lakip import formatting as fmt
from lakip import layout
from lakip.assemble import document as d
from lakip.assemble import tables as t
from lakip.assemble.document import Table
from lakip.assemble.sentences import places, places_of
from lakip.assemble.writer import Context, Writer, sources
from lakip.compute.tree import Figures
from lakip.model import Indicator, PerjanjianKinerja, PkTarget, Profile, Project, Renstra

_R, _C = t.RIGHT, t.CENTER


def pk_sentence(ctx: Context, profile: Profile) -> str:
    """The PK's number, date, signatory and scope, as Bab II and the Lampiran both state it."""
    pk = ctx.project.pks[ctx.year]
    text = f"Perjanjian Kinerja Tahun {ctx.year}"
    text += f" Nomor {pk.number}" if pk.number else ""
    text += f" ditandatangani pada tanggal {fmt.date_long(pk.date)}" if pk.date else " ditetapkan"
    text += f" oleh {profile.head.name}" if profile.head.name else ""
    text += (
        f" dan memuat {len(ctx.figures.indicators)} indikator kinerja serta "
        f"{len(pk.programmes)} program dengan anggaran {fmt.money(ctx.figures.budget.pagu)}."
    )
    if pk.revisions:
        text += f" Perjanjian Kinerja ini telah direvisi {len(pk.revisions)} kali."
    return text


def lampiran(ctx: Context, profile: Profile) -> d.Chapter:
    """The Perjanjian Kinerja first, then the IKU matrix and the budget in detail."""
    project, year = ctx.project, ctx.year
    pk = project.pks[year]
    chapter = d.Chapter("lampiran", "appendix", "", "LAMPIRAN")
    paths = [project.period(year).loc.path, layout.pk(year)]
    paths += [
        p
        for p in project.files
        if layout.is_unit_year_file(p, year) and p.endswith(f"/{layout.BUDGET_FILE}")
    ]
    chapter.sources = sources(project, paths)
    w = Writer(ctx, chapter)
    w.heading(2, f"Perjanjian Kinerja Tahun {year}")
    w.say(pk_sentence(ctx, profile))
    w.table(t.pk_targets(ctx.figures))
    w.table(t.pk_programmes(pk, with_kegiatan=True))
    w.table(_revisions(pk, project))
    w.heading(2, "Matriks Indikator Kinerja Utama")
    w.table(_iku_matrix(project.period(ctx.year), project))
    w.heading(2, "Rincian Realisasi Anggaran")
    w.table(_budget_detail(ctx.figures, project))
    quarters = _indicator_quarters(ctx.figures, project)
    if quarters is not None:
        w.heading(2, "Realisasi Triwulanan Indikator Kinerja")
        w.table(quarters)
    return chapter


def _revisions(pk: PerjanjianKinerja, project: Project) -> Table | None:
    rows = []
    for rev in sorted(pk.revisions, key=lambda r: r.date):
        for change in rev.changes:
            ind = project.indicator(change.code, pk.year)
            text = f"{change.code} {ind.text}" if ind else change.code
            rows.append([fmt.date_long(rev.date), text, _revised(change, ind), rev.reason])
    if not rows:
        return None
    columns = ["Tanggal", "Indikator", ("Target Baru", _R), "Alasan"]
    return t.table(f"Revisi Perjanjian Kinerja Tahun {pk.year}", columns, rows)


def _revised(change: PkTarget, ind: Indicator | None) -> str:
    """The new target, and the new rencana aksi when the revision sets one."""
    parts = []
    if change.target is not None:
        n = places_of(ind, change.target.low, change.target.high) if ind else None
        parts.append(t.target(change.target, n))
    if change.action_plan:
        plan = ", ".join(f"TW {q}: {fmt.number(v)}" for q, v in change.action_plan.items())
        parts.append(f"rencana aksi {plan}")
    return "; ".join(parts)


def _iku_matrix(renstra: Renstra, project: Project) -> Table:
    """Definition of every IKU: formula, polarity, data source and the unit responsible."""
    rows = []
    for ind in renstra.indicators:
        owner = project.units.get(ind.owner)
        rows.append(
            [
                ind.code,
                ind.text,
                ind.unit,
                "Negatif" if ind.polarity == "negatif" else "Positif",
                ind.formula or t.DASH,
                ind.data_source or t.DASH,
                owner.name if owner else ind.owner,
            ]
        )
    columns = [("Kode", _C), "Indikator Kinerja Utama", ("Satuan", _C), ("Polaritas", _C)]
    columns += ["Formula", "Sumber Data", "Penanggung Jawab"]
    return t.table("Matriks Indikator Kinerja Utama", columns, rows, wide=True)


def _budget_detail(figures: Figures, project: Project) -> Table:
    """Each kegiatan with its executing unit and, where reported, the quarterly realisation."""
    spent = project.year_data(figures.year).budgets
    quarters = [q for q in t.QUARTERS if any(q in b.quarters for b in spent.values())]
    rows = []
    for p in figures.budget.programmes:
        for k in p.kegiatan:
            unit = project.units.get(k.kegiatan.unit)
            found = spent.get(k.kegiatan.code)
            reported = found.quarters if found else {}
            rows.append(
                [
                    k.kegiatan.code,
                    k.kegiatan.name,
                    unit.name if unit else k.kegiatan.unit,
                    t.rp(k.pagu),
                    *(t.rp(reported.get(q)) for q in quarters),
                    t.rp(k.realisation),
                    t.pct(k.serapan),
                ]
            )
    columns = [("Kode", _C), "Kegiatan", "Pelaksana", ("Pagu", _R)]
    columns += [(f"Sampai Triwulan {q}", _R) for q in quarters]
    columns += [("Realisasi", _R), ("Serapan", _R)]
    b = figures.budget
    totals = [t.rp(b.pagu), *([""] * len(quarters)), t.rp(b.realisation), t.pct(b.serapan)]
    footer = [["", "Jumlah", "", *totals]]
    note = "Nilai triwulan adalah realisasi kumulatif sampai akhir triwulan." if quarters else ""
    caption = f"Rincian Realisasi Anggaran per Kegiatan Tahun {figures.year}"
    return t.table(caption, columns, rows, footer, wide=True, note=note)


def _indicator_quarters(figures: Figures, project: Project) -> Table | None:
    found = project.year_data(figures.year).realisations
    reported = [f for f in figures.indicators if (r := found.get(f.indicator.code)) and r.quarters]
    if not reported:
        return None
    rows = []
    for f in reported:
        quarters = found[f.indicator.code].quarters
        n = places(f)
        cells = [f.indicator.code, f.indicator.text, f.indicator.unit, t.targeted(f)]
        rows.append(
            cells + [t.num(quarters.get(q), n) for q in t.QUARTERS] + [t.num(f.realisation, n)]
        )
    columns = [("Kode", _C), "Indikator Kinerja", ("Satuan", _C), ("Target", _R)]
    columns += [(f"Triwulan {q}", _R) for q in t.QUARTERS] + [("Realisasi", _R)]
    caption = f"Realisasi Triwulanan Indikator Kinerja Tahun {figures.year}"
    return t.table(caption, columns, rows, wide=True, note="Nilai pada akhir setiap triwulan.")
