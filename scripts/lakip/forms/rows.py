"""Turn a validated project into the rows a unit's form shows, and fingerprint what is locked.

This is the interface between `lakip formulir` (which writes the rows into a workbook) and
`lakip impor` (which reads a filled workbook back): both call `form_rows`, and the importer
compares `pk_fingerprint(form_rows(project, year, unit))` with the `pk` value in the form's
metadata sheet to refuse a form made before a PK revision.

Targets are shown as the report prints them (`tables.targeted`: `82,00–88,30`, `250 (target
akhir)`), with the decimals the report gives the indicator; the realisation already in the unit's
`realisasi.yml` and `anggaran.yml` is carried along, so a re-issued form comes pre-filled.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal

from lakip.assemble.sentences import places
from lakip.assemble.tables import targeted
from lakip.compute.figures import compute
from lakip.compute.tree import IndicatorFigures
from lakip.findings import LakipError
from lakip.forms.sheets import QUARTERS
from lakip.model import Kegiatan, Project, Target

FINGERPRINT_LENGTH = 16  # hex digits of SHA-256: short enough to read aloud, long enough to trust


@dataclass(frozen=True)
class IndicatorRow:
    """One row of the Realisasi sheet: what is locked, then what the unit already reported."""

    code: str
    text: str
    unit: str  # satuan, as the Renstra writes it
    polarity: str  # "positif" or "negatif"
    count: bool  # a count (`satuan_cacah`): whole numbers only
    decimals: int  # the decimals the report prints this indicator with
    previous: tuple[Decimal | None, Decimal | None]  # realisation of year-2 and year-1
    target: Target | None  # the year's target (or the Renstra end target, see end_only)
    target_text: str  # the target as the report prints it, labelled if it is the end target
    end_only: bool  # no annual target in the PK: measured against the Renstra end target
    quarter_targets: dict[str, Decimal]  # rencana aksi: quarter ("I".."IV") -> value
    # already in realisasi.yml (None or empty when not yet reported)
    realisation: Decimal | None
    quarters: dict[str, Decimal]
    data_source: str
    note: str
    unavailable: str | None  # official "data tidak tersedia" reason; the form has no cell for it


@dataclass(frozen=True)
class KegiatanRow:
    """One row of the Anggaran sheet: the pagu locked, the realisation already in anggaran.yml."""

    code: str
    name: str
    pagu: Decimal | None  # None when the PK gives no usable pagu
    realisation: Decimal | None
    note: str


@dataclass(frozen=True)
class FormRows:
    """Everything a unit's form for `year` shows, in the PK's order."""

    year: int
    unit: str  # the unit's slug
    unit_name: str
    agency: str
    pk_number: str
    pk_date: str  # ISO date the PK was signed, "" if not given
    indicators: tuple[IndicatorRow, ...]
    kegiatan: tuple[KegiatanRow, ...]

    @property
    def empty(self) -> bool:
        return not self.indicators and not self.kegiatan


def form_rows(project: Project, year: int, unit: str) -> FormRows:
    """The rows of `unit`'s form for `year`, from a project that validated without errors.

    Raises LakipError (`year-not-found`, `form-unknown-unit`) for a year without a PK or an
    unknown unit. A known unit with no indicator or kegiatan in the PK gets empty rows.
    """
    figures = compute(project, year)  # raises year-not-found, listing the known years
    if unit not in project.units:
        raise LakipError("form-unknown-unit", unit=unit, known=", ".join(sorted(project.units)))
    pk = project.pks[year]
    duty = project.duties(year).get(unit)
    by_code = {f.indicator.code: f for f in figures.indicators}
    data = project.year_data(year)
    indicators = tuple(
        _indicator_row(project, by_code[i.code], year, data.realisations.get(i.code))
        for i in (duty.indicators if duty else [])
        if i is not None and i.code in by_code
    )
    kegiatan = tuple(
        _kegiatan_row(k, data.budgets.get(k.code)) for k in (duty.kegiatan if duty else [])
    )
    agency = project.profile.agency if project.profile else ""
    return FormRows(
        year=year,
        unit=unit,
        unit_name=project.units[unit].name,
        agency=agency,
        pk_number=pk.number,
        pk_date=pk.date.isoformat() if pk.date else "",
        indicators=indicators,
        kegiatan=kegiatan,
    )


def pk_fingerprint(rows: FormRows) -> str:
    """A short SHA-256 of what the form shows locked: unit, year, targets, rencana aksi, pagu.

    Realisations, texts and formatting are left out, so filling in the data or rewording an
    indicator keeps old forms valid; a PK revision (a target, a quarter's plan, a pagu, an
    indicator or kegiatan added or moved to another unit) changes it. Numbers enter normalised,
    so `90.00` and `90` in pk.yml give the same fingerprint.
    """
    content = {
        "unit": rows.unit,
        "year": rows.year,
        "indicators": [
            [
                r.code,
                _plain(r.target.low) if r.target else None,
                _plain(r.target.high) if r.target else None,
                r.end_only,
                [_plain(r.quarter_targets.get(q)) for q in QUARTERS],
            ]
            for r in rows.indicators
        ],
        "kegiatan": [[k.code, _plain(k.pagu)] for k in rows.kegiatan],
    }
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def _indicator_row(project: Project, f: IndicatorFigures, year: int, found) -> IndicatorRow:
    indicator = f.indicator
    past = {h.year: h.realisation for h in f.history}
    return IndicatorRow(
        code=indicator.code,
        text=indicator.text,
        unit=indicator.unit,
        polarity=indicator.polarity,
        count=f.settings.is_count(indicator.unit) if f.settings else False,
        decimals=int(places(f)),
        previous=(past.get(year - 2), past.get(year - 1)),
        target=f.target,
        target_text=targeted(f),
        end_only=f.against_end,
        quarter_targets=dict(project.pks[year].action_plan_of(indicator.code)),
        realisation=found.value if found else None,
        quarters=dict(found.quarters) if found else {},
        data_source=found.data_source if found else "",
        note=found.note if found else "",
        unavailable=found.unavailable_reason if found else None,
    )


def _kegiatan_row(kegiatan: Kegiatan, found) -> KegiatanRow:
    return KegiatanRow(
        code=kegiatan.code,
        name=kegiatan.name,
        pagu=kegiatan.pagu if kegiatan.pagu_known else None,
        realisation=found.value if found else None,
        note=found.note if found else "",
    )


def _plain(value: Decimal | None) -> str | None:
    """`90.00` and `90` alike as "90"; never an exponent (`1E+3`)."""
    return None if value is None else format(value.normalize(), "f")
