"""Turn the year's figures into Bab III: capaian per sasaran (A) and budget realisation (B).

Each sasaran follows PermenPAN-RB 53/2014 in its order: target against realisation, previous
years, the Renstra end target, the national standard, the units' analysis, efficiency, and the
programmes behind it. Tables carry the numbers; the sentences beside them say what they mean.
"""

from __future__ import annotations

from decimal import Decimal

from lakip import formatting as fmt
from lakip import layout
from lakip.assemble import document as d
from lakip.assemble import sentences, tables
from lakip.assemble.sentences import places
from lakip.assemble.writer import Context, Writer, slug, sources
from lakip.charts import draw as charts
from lakip.compute.figures import NEGATIVE, capped, category, compute
from lakip.compute.tree import Figures, IndicatorFigures, SasaranFigures
from lakip.load.narrative import Source


def akuntabilitas(ctx: Context) -> d.Chapter:
    """Bab III Akuntabilitas Kinerja."""
    year, figures = ctx.year, ctx.figures
    chapter = d.Chapter("bab-3", "chapter", "III", "AKUNTABILITAS KINERJA")
    chapter.sources = sources(
        ctx.project,
        [
            layout.chapter(year, "akuntabilitas-kinerja"),
            ctx.project.period(year).loc.path,
            layout.pk(year),
            *(p for p in ctx.project.files if layout.is_unit_year_file(p, year)),
        ],
    )
    w = Writer(ctx, chapter)
    w.markdown("akuntabilitas-kinerja")
    w.heading(2, "A. Capaian Kinerja Organisasi")
    w.say(
        sentences.categories(figures.summary, len(figures.indicators)),
        sentences.mean(figures.summary, _mean_category(figures), figures.settings),
    )
    w.table(tables.sasaran_summary(figures))
    _trend(w)
    for s in figures.sasaran:
        _sasaran(w, s)
    _budget(w)
    return chapter


def _mean_category(figures: Figures) -> str | None:
    return category(figures.summary.capaian, figures.settings)


def _trend(w: Writer) -> None:
    """Mean capaian of every year of the Renstra so far, each year computed like this one."""
    project, year, figures = w.ctx.project, w.ctx.year, w.ctx.figures
    start = project.period(year).start
    published = _history_years(figures)
    years = sorted({y for y in project.pks if start <= y <= year} | set(published))
    means = [
        figures.summary.capaian
        if y == year
        else published[y]
        if y in published
        else compute(project, y).summary.capaian
        for y in years
    ]
    caption = f"Rata-rata Capaian Indikator Kinerja Utama Tahun {years[0]}–{year}"
    svg = charts.trend(caption, years, {"Rata-rata capaian": means})
    alt = "; ".join(f"{y}: {tables.pct(m)}" for y, m in zip(years, means, strict=True))
    w.chart(caption, svg, f"Rata-rata capaian per tahun. {alt}.")


def _history_years(figures: Figures) -> dict[int, Decimal | None]:
    """Mean published capaian of each year before the repository that the history covers."""
    found: dict[int, list[Decimal]] = {}
    for f in figures.indicators:
        for h in f.history:
            if h.from_history:
                value = capped(h.capaian.value, figures.settings)
                found.setdefault(h.year, []).extend([] if value is None else [value])
    return {y: sum(v, Decimal(0)) / len(v) if v else None for y, v in found.items()}


def _comparison_notes(w: Writer, s: SasaranFigures) -> None:
    """Say where the earlier years' figures come from: the history, or another Renstra period."""
    project, year = w.ctx.project, w.ctx.year
    current = project.period(year)
    earlier = sorted({h.year for f in s.indicators for h in f.history if h.year < year})
    published = [
        (y, project.history[y].source)
        for y in earlier
        if any(h.year == y and h.from_history for f in s.indicators for h in f.history)
    ]
    w.say(sentences.from_history(published))
    periods: dict[int, list[int]] = {}
    for y in earlier:
        before = project.period(y)
        if before is not None and before is not current:
            periods.setdefault(project.renstras.index(before), []).append(y)
    for index, years in periods.items():
        w.say(sentences.period_change(years, project.renstras[index], current, s.indicators))


def _sasaran(w: Writer, s: SasaranFigures) -> None:
    year = w.ctx.year
    project = w.ctx.project
    end_year = project.period(year).end
    code = s.sasaran.code
    w.heading(2, f"Sasaran {code}: {s.sasaran.text}", f"sasaran-{slug(code)}")
    w.say(sentences.sasaran(s))
    w.table(tables.measurement(s, year))
    w.say(*(sentences.measurement(f, year) for f in s.indicators))
    _target_figure(w, s)
    w.table(tables.history(s, year))
    _comparison_notes(w, s)
    w.say(*(sentences.change(f) for f in s.indicators))
    w.table(tables.progress(s, year, end_year))
    w.say(*(sentences.progress(f, end_year, year) for f in s.indicators))
    national = tables.national(s, year)
    if national is None:
        w.say(f"Indikator sasaran {code} belum memiliki standar nasional sebagai pembanding.")
    else:
        w.table(national)
        w.say(*(sentences.national(f, year) for f in s.indicators))
        # the reviu asks for a standard or a stated absence per indicator (reviu/items.py)
        if without := [f.indicator.code for f in s.indicators if f.national is None]:
            codes = sentences.join(without)
            w.say(f"Indikator {codes} belum memiliki standar nasional sebagai pembanding.")
    _narratives(w, s)
    w.table(tables.efficiency(s))
    w.say(sentences.efficiency(s))
    w.table(tables.support(s))
    w.say(
        *(
            sentences.absorption("program", p.programme.name, p.pagu, p.realisation)
            for p in s.programmes
        )
    )


def _target_figure(w: Writer, s: SasaranFigures) -> None:
    """Target and realisation side by side when the indicators share a unit, else capaian bars."""
    year, code = w.ctx.year, s.sasaran.code
    labels = [f.indicator.code for f in s.indicators]
    units = {f.indicator.unit for f in s.indicators}
    if len(units) == 1 and any(f.realisation is not None for f in s.indicators):
        unit = units.pop()
        caption = f"Target dan Realisasi Indikator Sasaran {code} Tahun {year}"
        targets = [_bar_target(f) for f in s.indicators]
        values = [f.realisation for f in s.indicators]
        svg = charts.target_vs_realisation(caption, labels, targets, values, f"Satuan: {unit}")
        alt = "; ".join(
            f"{f.indicator.code} target {tables.target(f.target, places(f))}, "
            f"realisasi {tables.num(f.realisation, places(f))}"
            for f in s.indicators
        )
        w.chart(caption, svg, f"{alt} (satuan {unit}).")
        return
    if all(f.capaian.value is None for f in s.indicators):
        return  # nothing measured yet: a chart would only say "Tidak ada data"
    caption = f"Capaian Indikator Sasaran {code} Tahun {year}"
    svg = charts.capaian_bars(caption, labels, [f.capaian.value for f in s.indicators])
    alt = "; ".join(f"{f.indicator.code} {tables.pct(f.capaian.value)}" for f in s.indicators)
    w.chart(caption, svg, f"Capaian terhadap acuan 100%: {alt}.")


def _bar_target(f: IndicatorFigures) -> Decimal | None:
    """The bound a range target is judged by first: the lower for positive, upper for negative."""
    if f.target is None:
        return None
    return f.target.high if f.indicator.polarity == NEGATIVE else f.target.low


def _narratives(w: Writer, s: SasaranFigures) -> None:
    """The units' own analysis; a visible placeholder in a draft where one is still missing."""
    ctx = w.ctx
    found = ctx.project.year_data(ctx.year).narratives
    w.say(
        "Penyebab keberhasilan atau kegagalan, upaya yang telah dilakukan, kendala dan tindak "
        "lanjut diuraikan oleh unit penanggung jawab setiap indikator sebagai berikut."
    )
    whole = found.get(s.sasaran.code)
    if whole:
        _part(w, whole, f"{s.sasaran.code} {s.sasaran.text}")
    for f in s.indicators:
        part = found.get(f.indicator.code)
        if part:
            _part(w, part, f"{f.indicator.code} {f.indicator.text}")
        elif not whole and ctx.draft:
            owner = ctx.project.owner(f.indicator.code, ctx.year)
            unit = ctx.project.units.get(owner)
            w.heading(
                3, f"{f.indicator.code} {f.indicator.text}", f"narasi-{slug(f.indicator.code)}"
            )
            w.add(
                d.Placeholder(
                    f"Narasi {f.indicator.code} belum disampaikan oleh "
                    f"{unit.name if unit else owner} ({layout.narrative(owner, ctx.year)})."
                )
            )


def _part(w: Writer, part, title: str) -> None:
    anchor = w.heading(3, title, f"narasi-{slug(part.code)}")
    source = Source(
        w.ctx.root,
        part.loc.path,
        part.loc.line,
        own=layout.unit_folder(part.unit),
        id_prefix=f"{anchor}--",
        key=part.code,
        shift=1,
    )
    w.html(part.markdown, source)


def _budget(w: Writer) -> None:
    """B. Realisasi Anggaran: the table, the totals in words, and absorption charts."""
    year, b = w.ctx.year, w.ctx.figures.budget
    w.heading(2, "B. Realisasi Anggaran")
    w.say(sentences.budget(b.pagu, b.realisation, b.serapan))
    w.table(tables.budget(b, year))
    caption = f"Pagu dan Realisasi Anggaran per Program Tahun {year}"
    programmes = b.programmes
    _absorption(w, caption, [(p.programme.code, p.pagu, p.realisation) for p in programmes])
    for p in programmes:
        w.say(sentences.absorption("program", p.programme.name, p.pagu, p.realisation))
        if len(p.kegiatan) > 1:
            _absorption(
                w,
                f"Pagu dan Realisasi Kegiatan Program {p.programme.code} Tahun {year}",
                [(k.kegiatan.code, k.pagu, k.realisation) for k in p.kegiatan],
            )


def _absorption(w: Writer, caption: str, lines: list[tuple[str, Decimal, Decimal | None]]) -> None:
    labels = [code for code, _, _ in lines]
    pagu, spent = [p for _, p, _ in lines], [r for _, _, r in lines]
    svg = charts.absorption(caption, labels, pagu, spent)
    alt = "; ".join(f"{code} pagu {fmt.money(p)}, realisasi {tables.rp(r)}" for code, p, r in lines)
    w.chart(caption, svg, f"{alt}.")
