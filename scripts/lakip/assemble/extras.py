"""Turn the project into what surrounds the chapters: headline cards, the home page's table of
every IKU and card per sasaran, unit pages, exports."""

from __future__ import annotations

from lakip import formatting as fmt
from lakip import layout
from lakip.assemble import document as d
from lakip.assemble import exports as figures_report
from lakip.assemble import tables
from lakip.assemble.writer import slug
from lakip.compute.figures import category
from lakip.compute.tree import Figures, IndicatorFigures, KegiatanFigures
from lakip.model import Project


def cover_cards(figures: Figures) -> d.Cards:
    """The year's headline figures, for the cover of the site and the Ikhtisar Eksekutif."""
    summary, budget = figures.summary, figures.budget
    top = figures.settings.categories[0].name
    count = len(figures.indicators)
    mean_category = category(summary.capaian, figures.settings)
    return d.Cards(
        (
            d.Card(
                "Indikator kinerja utama", str(count), f"{len(figures.sasaran)} sasaran strategis"
            ),
            d.Card("Rata-rata capaian", tables.pct(summary.capaian), mean_category or ""),
            d.Card(
                f"Indikator kategori {top}",
                str(summary.categories.get(top, 0)),
                f"dari {count} indikator",
            ),
            d.Card("Serapan anggaran", tables.pct(budget.serapan), _spent(budget)),
        )
    )


def _spent(budget) -> str:
    if budget.realisation is None:
        return f"realisasi belum lengkap; pagu {fmt.money(budget.pagu)}"
    return f"{fmt.money(budget.realisation)} dari pagu {fmt.money(budget.pagu)}"


def home_indicators(figures: Figures) -> tuple[d.HomeIndicator, ...]:
    """Every IKU of the year with its capaian, category and trend, for the site's home page."""
    return tuple(
        d.HomeIndicator(
            f.indicator.code,
            f.indicator.text,
            s.sasaran.code,
            tables.achieved(f),
            f.category or tables.DASH,
            _trend(f),
        )
        for s in figures.sasaran
        for f in s.indicators
    )


def _trend(f: IndicatorFigures) -> str:
    """The realisation against last year's, judged by the indicator's polarity, in two words."""
    change = f.change
    if change is None or change.difference is None:
        return tables.DASH
    if change.difference == 0:
        return f"= tetap sejak {change.previous_year}"
    if change.improved:
        return f"▲ membaik sejak {change.previous_year}"
    return f"▼ memburuk sejak {change.previous_year}"


def sasaran_cards(figures: Figures) -> d.Cards:
    """A card per sasaran: its mean capaian, its category and how many indicators it has."""
    return d.Cards(
        tuple(
            d.Card(
                f"{s.sasaran.code} {s.sasaran.text}",
                tables.pct(s.capaian),
                " · ".join(x for x in (s.category, f"{len(s.indicators)} indikator") if x),
            )
            for s in figures.sasaran
        )
    )


def narratives(chapters: list[d.Chapter]) -> dict[str, tuple[d.Html, ...]]:
    """The analysis Bab III prints under each `narasi-<code>` heading, by anchor."""
    found: dict[str, list[d.Html]] = {}
    current = None
    for chapter in chapters:
        if chapter.number != "III":
            continue
        for block in chapter.blocks:
            if isinstance(block, d.Heading):
                current = block.id if block.id.startswith("narasi-") else None
            elif current and isinstance(block, d.Html):
                found.setdefault(current, []).append(block)
    return {anchor: tuple(blocks) for anchor, blocks in found.items()}


def _unit_narratives(
    project: Project, figures: Figures, unit: str, found: dict[str, tuple[d.Html, ...]]
) -> tuple[d.UnitNarrative, ...]:
    """The parts of the narrative the unit wrote, of a whole sasaran or of one indicator, in the
    order Bab III prints them."""
    parts = project.year_data(figures.year).narratives
    titled = [
        (x.code, f"{x.code} {x.text}")
        for s in figures.sasaran
        for x in (s.sasaran, *(f.indicator for f in s.indicators))
    ]
    return tuple(
        d.UnitNarrative(title, anchor, found[anchor])
        for code, title in titled
        if code in parts
        and parts[code].unit == unit
        and (anchor := f"narasi-{slug(code)}") in found
    )


def _budget_line(k: KegiatanFigures) -> d.BudgetLine:
    return d.BudgetLine(
        k.kegiatan.code,
        k.kegiatan.name,
        tables.rp(k.pagu),
        tables.rp(k.realisation),
        tables.pct(k.serapan),
    )


def _unit_budget(
    figures: Figures, unit: str
) -> tuple[tuple[d.BudgetLine, ...], d.BudgetLine | None]:
    """The kegiatan the unit carries out this year, and their total when there are several."""
    own = [k for p in figures.budget.programmes for k in p.kegiatan if k.kegiatan.unit == unit]
    if len(own) < 2:
        return tuple(_budget_line(k) for k in own), None
    return tuple(_budget_line(k) for k in own), _total(own)


def _total(own: list[KegiatanFigures]) -> d.BudgetLine:
    pagu = sum(k.pagu for k in own)
    spent = [k.realisation for k in own]
    realisation = None if any(r is None for r in spent) else sum(spent)
    serapan = realisation / pagu * 100 if realisation is not None and pagu else None
    return d.BudgetLine("", "Jumlah", tables.rp(pagu), tables.rp(realisation), tables.pct(serapan))


def unit_pages(
    project: Project, figures: Figures, found: dict[str, tuple[d.Html, ...]] | None = None
) -> list[d.UnitPage]:
    """Per unit: its indicators this year with their narrative, its budget, and which of its
    files have arrived; `found` is `narratives()` of the chapters."""
    found = found or {}
    year = figures.year
    submitted = project.year_data(year).submitted_units
    duties = project.duties(year)
    pages = []
    for unit in sorted(project.units.values(), key=lambda u: (u.order, u.slug)):
        own = [f for f in figures.indicators if project.owner(f.indicator.code, year) == unit.slug]
        arrived = submitted.get(unit.slug, set())
        expected = set(duties[unit.slug].files) if unit.slug in duties else set()
        base = layout.unit_year(unit.slug, year)
        files = tuple(
            (f"{base}/{name}", "lengkap" if name in arrived else "belum ada")
            for name in layout.SECTION_YEAR_FILES
            if name in expected | arrived
        )
        indicators = tuple(
            d.UnitIndicator(
                f.indicator.code,
                f.indicator.text,
                tables.targeted(f),
                tables.realised(f),
                tables.achieved(f),
                f.category or tables.DASH,
            )
            for f in own
        )
        told = _unit_narratives(project, figures, unit.slug, found)
        budget, total = _unit_budget(figures, unit.slug)
        known = set(project.files)
        paths = [layout.unit_file(unit.slug), *(f"{base}/{n}" for n in sorted(arrived))]
        pages.append(
            d.UnitPage(
                unit.slug,
                unit.name,
                unit.head.name,
                indicators,
                files,
                tuple(p for p in paths if p in known),
                told,
                budget,
                total,
            )
        )
    return pages


def exports(figures: Figures) -> dict[str, str]:
    """The figures to download: a spreadsheet as the report prints them, and exact JSON."""
    year = figures.year
    return {
        f"capaian-{year}.csv": figures_report.spreadsheet(figures),
        f"capaian-{year}.json": figures_report.export(figures, "json", "id"),
    }
