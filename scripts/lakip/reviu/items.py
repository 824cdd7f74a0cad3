"""Turn the data, its figures and the built report into a verdict per content item of the reviu.

Each function decides one `DATA` item of `checklist` from what the report discloses: the PK's
indicators, the comparisons of Bab III, the analysis per indicator, efficiency and Bab IV. It
returns a `Result`: the verdict, a one-line Indonesian reason and the evidence rows a reviewer
checks it against.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lakip import formatting as fmt
from lakip import layout
from lakip.compute.tree import Figures, IndicatorFigures
from lakip.findings import Finding
from lakip.load.headings import headings, sections
from lakip.model import Project
from lakip.reviu.checklist import MET, NOT_MET
from lakip.reviu.pages import Page, measurement_pages, mentions
from lakip.validate.narrative_quality import unfinished

# Bab IV headings that hold recommendations or planned improvements (any case).
RECOMMENDATION_WORDS = ("rekomendasi", "rencana perbaikan", "saran", "perbaikan", "tindak lanjut")
CLOSING_CHAPTER = "penutup"


@dataclass(frozen=True)
class Result:
    code: str
    verdict: str
    reason: str
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Inputs:
    """What the items are decided from; `lock` is the target lock's findings (None: not checked)."""

    root: Path
    project: Project
    year: int
    figures: Figures
    pages: list[Page]
    lock: list[Finding] | None = None

    @property
    def indicators(self) -> list[IndicatorFigures]:
        return list(self.figures.indicators)


def verdict_of(missing: list[str], met: str, not_met: str) -> tuple[str, str]:
    """MET with `met` when nothing is missing, else NOT_MET with `not_met` naming what is."""
    if not missing:
        return MET, met
    return NOT_MET, not_met.format(", ".join(missing))


def pk_disclosed(given: Inputs) -> Result:
    """Every indicator of the year's PK, with the printed page of its measurement table row."""
    pk = given.project.pks[given.year]
    codes = list(dict.fromkeys(t.code for t in pk.targets))
    pages = measurement_pages(given.pages, codes)
    rows, missing = [], []
    for code in codes:
        indicator = given.project.indicator(code, given.year)
        target = pk.target_of(code)
        rows.append((
            code,
            indicator.text if indicator else "",
            fmt.target(target) if target else "-",
            pages.get(code, "-"),
        ))  # fmt: skip
        if code not in pages:
            missing.append(code)
    verdict, reason = verdict_of(
        missing,
        f"Seluruh {len(codes)} indikator PK tercantum dalam tabel pengukuran kinerja.",
        "Indikator PK tidak tercantum dalam tabel pengukuran kinerja: {}.",
    )
    return Result(
        "pk-diungkap", verdict, reason, ("Kode", "Indikator", "Target PK", "Halaman"), tuple(rows)
    )


def against_target(given: Inputs) -> Result:
    """Each indicator's realisation set against its target, or its official "tidak tersedia"."""
    rows, missing = [], []
    for f in given.indicators:
        capaian = f.capaian.value
        rows.append((
            f.indicator.code,
            fmt.target(f.target) if f.target else "-",
            fmt.measure(f.realisation) if f.realisation is not None else (f.unavailable or "-"),
            fmt.percent(capaian) if capaian is not None else "-",
        ))  # fmt: skip
        if f.target is None or (f.realisation is None and not f.unavailable):
            missing.append(f.indicator.code)
    verdict, reason = verdict_of(
        missing,
        "Realisasi setiap indikator dibandingkan dengan targetnya.",
        "Target atau realisasi belum ada untuk: {}.",
    )
    columns = ("Kode", "Target", "Realisasi", "Capaian")
    return Result("banding-target", verdict, reason, columns, tuple(rows))


def against_previous_years(given: Inputs) -> Result:
    """Each indicator's realisation of the two previous years, from the data or `riwayat.yml`."""
    years = (given.year - 2, given.year - 1)
    rows, missing = [], []
    for f in given.indicators:
        by_year = {h.year: h for h in f.history}
        shown = []
        for year in years:
            entry = by_year.get(year)
            if entry is None or entry.realisation is None:
                shown.append("-")
                missing.append(f"{f.indicator.code} ({year})")
            else:
                source = "riwayat" if entry.from_history else "data"
                shown.append(f"{fmt.measure(entry.realisation)} ({source})")
        rows.append((f.indicator.code, *shown))
    verdict, reason = verdict_of(
        missing,
        f"Realisasi {years[0]} dan {years[1]} tersedia untuk setiap indikator.",
        "Realisasi tahun sebelumnya tidak tersedia: {}.",
    )
    columns = ("Kode", str(years[0]), str(years[1]))
    return Result("banding-tahun-lalu", verdict, reason, columns, tuple(rows))


def against_renstra(given: Inputs) -> Result:
    """Each indicator's Renstra end target and the progress made towards it."""
    rows, missing = [], []
    for f in given.indicators:
        progress = f.progress
        if progress is None:
            missing.append(f.indicator.code)
            rows.append((f.indicator.code, "-", "-"))
            continue
        value = progress.capaian.value
        rows.append((
            f.indicator.code,
            fmt.target(progress.end_target),
            fmt.percent(value) if value is not None else "-",
        ))  # fmt: skip
    verdict, reason = verdict_of(
        missing,
        "Setiap indikator dibandingkan dengan target akhir Renstra.",
        "Target akhir Renstra tidak ada untuk: {}.",
    )
    columns = ("Kode", "Target akhir", "Kemajuan")
    return Result("banding-renstra", verdict, reason, columns, tuple(rows))


def against_national(given: Inputs) -> Result:
    """A national standard per indicator, or the report's statement that none exists."""
    rows, missing = [], []
    for f in given.indicators:
        standard = f.indicator.national_standard
        if standard is not None:
            rows.append((f.indicator.code, fmt.measure(standard), f.indicator.national_source))
            continue
        stated = mentions(
            given.pages, f"Indikator sasaran {f.indicator.sasaran} belum memiliki standar nasional"
        )
        rows.append((
            f.indicator.code,
            "tidak tersedia",
            f"dinyatakan di halaman {', '.join(stated)}" if stated else "tidak dinyatakan",
        ))  # fmt: skip
        if not stated:
            missing.append(f.indicator.code)
    verdict, reason = verdict_of(
        missing,
        "Setiap indikator dibandingkan dengan standar nasional atau dinyatakan tidak tersedia.",
        "Tidak ada standar nasional maupun pernyataan tidak tersedia untuk: {}.",
    )
    columns = ("Kode", "Standar nasional", "Sumber / keterangan")
    return Result("banding-nasional", verdict, reason, columns, tuple(rows))


def causes_explained(given: Inputs) -> Result:
    """The four narrative subsections, present and filled, per indicator (or for its sasaran)."""
    narratives = given.project.year_data(given.year).narratives
    rows, missing = [], []
    for f in given.indicators:
        part = narratives.get(f.indicator.code) or narratives.get(f.indicator.sasaran)
        state = _state(part)
        where = f"{part.loc.path}:{part.loc.line}" if part else "-"
        rows.append((f.indicator.code, where, state))
        if state != "lengkap":
            missing.append(f"{f.indicator.code} ({state})")
    verdict, reason = verdict_of(
        missing,
        "Penyebab, upaya, kendala dan tindak lanjut diuraikan untuk setiap indikator.",
        "Uraian penyebab, upaya, kendala dan tindak lanjut kurang: {}.",
    )
    columns = ("Kode", "Narasi", "Keadaan")
    return Result("analisis-penyebab", verdict, reason, columns, tuple(rows))


def _state(part) -> str:
    if part is None:
        return "tidak ada"
    return "belum lengkap" if unfinished(part) else "lengkap"


def efficiency_explained(given: Inputs) -> Result:
    """Per sasaran: capaian against budget absorption, computed and printed in the report."""
    rows, missing = [], []
    printed = mentions(given.pages, "Efisiensi Penggunaan Sumber Daya")
    for s in given.figures.sasaran:
        code = s.sasaran.code
        if s.efficiency is None:
            missing.append(code)
        rows.append((
            code,
            fmt.percent(s.capaian) if s.capaian is not None else "-",
            fmt.percent(s.serapan) if s.serapan is not None else "-",
            fmt.decimal2(s.efficiency) if s.efficiency is not None else "-",
        ))  # fmt: skip
    if not printed:
        missing.append("tabel efisiensi tidak ada dalam laporan")
    verdict, reason = verdict_of(
        missing,
        f"Efisiensi setiap sasaran dijelaskan (halaman {', '.join(printed)}).",
        "Efisiensi belum dapat dijelaskan: {}.",
    )
    columns = ("Sasaran", "Rata-rata capaian", "Serapan", "Selisih (poin)")
    return Result("efisiensi", verdict, reason, columns, tuple(rows))


def recommendations(project: Project, year: int) -> list[tuple[str, str]]:
    """The recommendation sections of Bab IV of `year`: (heading, text), empty ones left out."""
    text = project.chapters.get(year, {}).get(CLOSING_CHAPTER, "")
    cuts = headings(text)
    found = []
    for section in sections(text, cuts)[1:]:
        title = section.heading.title
        body = " ".join(section.body.split())
        if any(word in title.lower() for word in RECOMMENDATION_WORDS) and body:
            found.append((title, section.body.strip()))
    return found


def recommendations_made(given: Inputs) -> Result:
    """Bab IV holds a non-empty section of recommendations or planned improvements."""
    found = recommendations(given.project, given.year)
    rows = tuple(
        (title, line.strip()) for title, body in found for line in body.splitlines() if line.strip()
    )
    if found:
        titles = ", ".join(f"'{title}'" for title, _ in found)
        return Result("rekomendasi", MET, f"Bab IV memuat {titles}.", ("Bagian", "Isi"), rows)
    rel = layout.chapter(given.year, CLOSING_CHAPTER)
    return Result(
        "rekomendasi",
        NOT_MET,
        f"Bab IV ({rel}) tidak memuat bagian rekomendasi atau rencana perbaikan yang berisi.",
    )
