"""Turn the project into what surrounds the chapters: headline cards, unit pages, exports."""

from __future__ import annotations

from lakip import formatting as fmt
from lakip import layout
from lakip.assemble import document as d
from lakip.assemble import exports as figures_report
from lakip.assemble import tables
from lakip.compute.figures import category
from lakip.compute.tree import Figures
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


def unit_pages(project: Project, figures: Figures) -> list[d.UnitPage]:
    """Per unit: its indicators this year and which of its files have arrived."""
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
