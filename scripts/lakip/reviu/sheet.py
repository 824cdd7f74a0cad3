"""Turn the evidence into the reviu worksheet: every checklist item with its verdict, and the
self-assessment of the "Pelaporan Kinerja" component it adds up to.

Items a person judges carry `FOR_REVIEWER` and the evidence beside them. The Inspektorat's
recorded verdicts and notes (`recorded`: item code -> (verdict, note)) are shown beside the data's;
a recorded verdict also decides a reviewer's item for the score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from lakip import formatting as fmt
from lakip.reviu import items, recompute, steps
from lakip.reviu.checklist import (
    COMPONENT_WEIGHT,
    DATA,
    FOR_REVIEWER,
    ITEMS,
    MET,
    NOT_MET,
    NOT_YET,
    SUBCOMPONENTS,
    Item,
    items_of,
)
from lakip.reviu.items import Inputs, Result

ESTIMATE_NOTE = (
    "Nilai ini perkiraan dari bukti data, bukan nilai evaluator SAKIP; butir yang belum dinilai "
    "menunggu simpulan penilai."
)


@dataclass(frozen=True)
class Row:
    """One item of the worksheet: the data's result and the reviewer's record, if any."""

    number: int
    item: Item
    result: Result
    recorded: str = ""  # the reviewer's verdict
    note: str = ""

    @property
    def decided(self) -> str | None:
        """The verdict the score counts: the reviewer's where recorded, else the data's."""
        verdict = self.recorded or self.result.verdict
        return verdict if verdict in (MET, NOT_MET) else None


@dataclass(frozen=True)
class Score:
    code: str
    title: str
    weight: Decimal
    items: int
    met: int
    decided: int
    pending: int  # not decided yet: for the reviewer, or its SOP step still ahead

    @property
    def value(self) -> Decimal | None:
        """weight x met / decided; None when nothing is decided yet."""
        if not self.decided:
            return None
        return self.weight * self.met / self.decided

    @property
    def at_stake(self) -> Decimal:
        """The share of the weight resting on items not decided yet."""
        return self.weight * self.pending / self.items


@dataclass(frozen=True)
class Worksheet:
    year: int
    agency: str
    rows: tuple[Row, ...]
    scores: tuple[Score, ...]

    @property
    def total(self) -> Decimal:
        return sum((s.value or Decimal(0) for s in self.scores), Decimal(0))

    def counts(self) -> dict[str, int]:
        """How many items carry each verdict of the data."""
        found = {MET: 0, NOT_MET: 0, NOT_YET: 0, FOR_REVIEWER: 0}
        for row in self.rows:
            found[row.result.verdict] += 1
        return found

    def as_dict(self) -> dict:
        """The worksheet as plain data, for `--format json`."""
        return {
            "year": self.year,
            "agency": self.agency,
            "items": [
                {
                    "code": r.item.code,
                    "subcomponent": r.item.subcomponent,
                    "verdict": r.result.verdict,
                    "reason": r.result.reason,
                    "recorded": r.recorded or None,
                    "note": r.note or None,
                    "evidence": [list(e) for e in r.result.rows],
                }
                for r in self.rows
            ],
            "scores": [
                {
                    "code": s.code,
                    "weight": str(s.weight),
                    "met": s.met,
                    "decided": s.decided,
                    "pending": s.pending,
                    "score": _exact(s.value),
                    "at_stake": _exact(s.at_stake),
                }
                for s in self.scores
            ],
            "total": _exact(self.total),
            "out_of": str(COMPONENT_WEIGHT),
            "counts": self.counts(),
        }


def _exact(value: Decimal | None) -> str | None:
    return str(fmt.round_half_up(value)) if value is not None else None


def evaluate(given: Inputs, recorded: Mapping[str, tuple[str, str]] | None = None) -> Worksheet:
    """Every checklist item decided from `given`, the reviewer's `recorded` verdicts beside."""
    state = steps.signing(given)
    deciders = {
        "pk-diungkap": lambda: items.pk_disclosed(given),
        "ditandatangani": lambda: steps.signed(given, state),
        "tepat-waktu": lambda: steps.on_time(given, state),
        "disampaikan": lambda: steps.delivered(given, state),
        "dipublikasikan": lambda: steps.published(given, state),
        "banding-target": lambda: items.against_target(given),
        "banding-tahun-lalu": lambda: items.against_previous_years(given),
        "banding-renstra": lambda: items.against_renstra(given),
        "banding-nasional": lambda: items.against_national(given),
        "analisis-penyebab": lambda: items.causes_explained(given),
        "efisiensi": lambda: items.efficiency_explained(given),
        "sumber-data": lambda: recompute.traced(given),
        "hitung-ulang": lambda: recompute.recount(given),
        "target-terkunci": lambda: steps.targets_locked(given),
        "rekomendasi": lambda: items.recommendations_made(given),
    }
    recorded = recorded or {}
    rows = []
    for number, item in enumerate(ITEMS, start=1):
        if item.decided_by == DATA:
            result = deciders[item.code]()
        else:
            result = _for_reviewer(given, item.code)
        verdict, note = recorded.get(item.code, ("", ""))
        rows.append(Row(number, item, result, verdict, note))
    agency = given.project.profile.agency if given.project.profile else ""
    return Worksheet(given.year, agency, tuple(rows), scores(rows))


def scores(rows: list[Row]) -> tuple[Score, ...]:
    """The self-assessment: per sub-component, its weight x items met / items decided."""
    found = []
    for sub in SUBCOMPONENTS:
        codes = {i.code for i in items_of(sub.code)}
        mine = [r for r in rows if r.item.code in codes]
        decided = [r.decided for r in mine if r.decided is not None]
        found.append(
            Score(
                sub.code,
                sub.title,
                sub.weight,
                len(mine),
                decided.count(MET),
                len(decided),
                len(mine) - len(decided),
            )
        )
    return tuple(found)


def _for_reviewer(given: Inputs, code: str) -> Result:
    """A reviewer's item, with the evidence its question needs."""
    if code == "tindak-lanjut":
        earlier = items.recommendations(given.project, given.year - 1)
        rows = tuple(
            (title, line.strip())
            for title, body in earlier
            for line in body.splitlines()
            if line.strip()
        )
        reason = (
            f"Rekomendasi Bab IV LKjIP {given.year - 1} dikutip untuk dinilai tindak lanjutnya."
            if rows
            else f"Bab IV LKjIP {given.year - 1} tidak ada di repositori; minta dokumennya."
        )
        return Result(code, FOR_REVIEWER, reason, ("Bagian", "Rekomendasi"), rows)
    if code == "pemanfaatan-perencanaan":
        following = given.project.pks.get(given.year + 1)
        rows = []
        for f in given.indicators:
            value = f.capaian.value
            if value is None or value >= 100:
                continue
            nxt = following.target_of(f.indicator.code) if following else None
            rows.append((
                f.indicator.code,
                fmt.percent(value),
                fmt.target(nxt) if nxt else "-",
            ))  # fmt: skip
        reason = (
            f"Indikator di bawah target {given.year} dan targetnya dalam PK {given.year + 1}."
            if following
            else f"PK {given.year + 1} belum ada; indikator di bawah target {given.year}."
        )
        columns = ("Kode", f"Capaian {given.year}", f"Target PK {given.year + 1}")
        return Result(code, FOR_REVIEWER, reason, columns, tuple(rows))
    return Result(
        code,
        FOR_REVIEWER,
        "Dinilai penilai; lihat bukti butir hitung ulang, sumber data dan perbandingan.",
    )
