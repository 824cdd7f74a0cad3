"""Check a loaded `Project` across files: references, ownership, completeness and values.

Schema problems inside one file are found while loading (`conform`); this stage finds what only
shows when files are read together. Every check yields findings; none raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lakip import formatting as fmt
from lakip import layout
from lakip.compute.figures import year_target
from lakip.findings import ERROR, WARNING, Finding, finding
from lakip.load.project import CHAPTERS
from lakip.messages import Both
from lakip.model import (
    BudgetRealisation,
    Loc,
    NarrativePart,
    PerjanjianKinerja,
    Project,
    Realisation,
    Renstra,
    Revision,
    Target,
)
from lakip.validate import calculation
from lakip.validate.action_plan import action_plans
from lakip.validate.markdown_hazards import markdown_hazards
from lakip.validate.narrative_quality import narrative_quality
from lakip.validate.numbers import (
    misread_rupiah,
    number_readings,
    rupiah,
    shown,
    shown_target,
)
from lakip.validate.site_config import check_site_config

_QUARTER_ORDER = ("I", "II", "III", "IV")


def validate(project: Project, year: int | None, final: bool = False) -> list[Finding]:
    """Return every cross-file finding; completeness is checked for `year` only."""
    checks = [
        *(_renstra_codes(project, renstra) for renstra in project.renstras),
        _periods(project),
        _history(project),
        _profile_refs(project),
        _letters(project),
        *(_pk(project, pk, year) for pk in project.pks.values()),
        *(action_plans(project, pk) for pk in project.pks.values()),
        *(_realisations(project, y) for y in sorted(project.years)),
        *(_budgets(project, y) for y in sorted(project.years)),
        *(_narratives(project, y) for y in sorted(project.years)),
        markdown_hazards(project),
        number_readings(project),
        check_site_config(Path(project.root)),
    ]
    if year is not None and year in project.pks:
        severity = ERROR if final else WARNING
        checks += [
            _reported_period(project, year),
            _completeness(project, year, severity),
            narrative_quality(project, year, severity),
        ]
    return [item for check in checks for item in check]


def _at(loc: Loc, code: str, severity: str = ERROR, /, **params: object) -> Finding:
    return finding(loc.path, loc.line, loc.key, code, severity, **params)


def _renstra_codes(project: Project, renstra: Renstra) -> Iterator[Finding]:
    if not renstra.indicators:
        where = Loc(renstra.loc.path, renstra.loc.line, "tujuan")
        yield _at(where, "renstra-empty", WARNING, start=renstra.start, end=renstra.end)
    if renstra.start and renstra.end and renstra.start > renstra.end:
        period = Loc(renstra.loc.path, renstra.loc.line, "periode")
        yield _at(period, "range-inverted", low=renstra.start, high=renstra.end)
    seen: dict[str, Loc] = {}
    items = [*renstra.tujuan, *renstra.sasaran, *renstra.indicators]
    for item in items:
        if item.code in seen:
            other = seen[item.code]
            yield _at(
                item.loc, "duplicate-code", code=item.code, other=f"{other.path}:{other.line}"
            )
        else:
            seen[item.code] = item.loc
    for indicator in renstra.indicators:
        if indicator.owner and indicator.owner not in project.units:
            yield _unknown_unit(project, indicator.loc, indicator.owner)
        if indicator.target_empty:
            yield _at(indicator.target_loc, "renstra-target-empty", code=indicator.code)
        elif indicator.target_loc is None and indicator.end_target is None:
            yield _at(indicator.loc, "renstra-no-target", code=indicator.code)
        annual = indicator.target_loc and not indicator.target_empty
        for year in _period(renstra) if annual else ():
            if year not in indicator.targets:
                yield _at(
                    indicator.loc, "renstra-target-missing", WARNING, code=indicator.code, year=year
                )
        targets = [*indicator.targets.values(), indicator.end_target]
        yield from _inverted_ranges(indicator.loc, targets)
        yield from calculation.scales(indicator.rules)


def _periods(project: Project) -> Iterator[Finding]:
    """Periods follow one another: no year in two of them, each extra file named by its years."""
    for index, renstra in enumerate(project.renstras):
        if renstra.loc.path != layout.RENSTRA and _period(renstra):
            expected = layout.renstra_period(renstra.start, renstra.end)
            if renstra.loc.path != expected:
                where = Loc(renstra.loc.path, renstra.loc.line, "periode")
                yield _at(
                    where,
                    "renstra-file-name",
                    start=renstra.start,
                    end=renstra.end,
                    expected=expected,
                )
        for other in project.renstras[:index]:
            if _period(renstra) and _period(other) and renstra.start <= other.end:
                yield _at(
                    Loc(renstra.loc.path, renstra.loc.line, "periode"),
                    "period-overlap",
                    start=renstra.start,
                    end=renstra.end,
                    other_start=other.start,
                    other_end=other.end,
                    other=other.loc.path,
                )


def _history(project: Project) -> Iterator[Finding]:
    """History is for years without a PK, and for indicators some Renstra defines."""
    known = {code for renstra in project.renstras for code in renstra.by_code}
    for year, past in sorted(project.history.items()):
        if year in project.pks:
            yield _at(past.loc, "history-year-has-pk", year=year, path=layout.pk(year))
        for entry in past.entries.values():
            if project.renstras and entry.code not in known:
                yield _at(entry.loc, "history-unknown-indicator", code=entry.code)
            yield from _inverted_ranges(entry.loc, [entry.target])


def _periods_text(project: Project) -> str:
    return ", ".join(f"{r.start}-{r.end}" for r in project.renstras if _period(r)) or "-"


def _reported_period(project: Project, year: int) -> Iterator[Finding]:
    """The reported year must lie in a period: its indicators and targets come from there."""
    valid = [r for r in project.renstras if _period(r)]  # a rejected period is reported already
    if valid and len(valid) == len(project.renstras) and project.period(year) is None:
        yield _at(
            project.pks[year].loc,
            "year-outside-periods",
            year=year,
            periods=_periods_text(project),
            path=layout.renstra_period(year, year + 4),
        )


def _period(renstra) -> range:
    """The Renstra's years; empty when `awal` or `akhir` was rejected (reported while loading)."""
    if not (renstra.start and renstra.end):
        return range(0)  # a rejected `awal` left 0: years 0-2026 would be 2027 findings each
    return range(renstra.start, renstra.end + 1)


def _letters(project: Project) -> Iterator[Finding]:
    for letter in project.letters.values():
        if letter.received and letter.date and letter.received < letter.date:
            yield _at(
                letter.received_loc or letter.loc,
                "letter-received-before-dated",
                received=Both(fmt.date_long(letter.received), letter.received.isoformat()),
                dated=Both(fmt.date_long(letter.date), letter.date.isoformat()),
            )


def _inverted_ranges(loc: Loc, targets: list[Target | None]) -> Iterator[Finding]:
    for target in targets:
        if target is not None and target.low > target.high:
            yield _at(loc, "range-inverted", low=shown(target.low), high=shown(target.high))


def _unknown_unit(project: Project, loc: Loc, slug: str) -> Finding:
    known = ", ".join(sorted(project.units)) or "-"
    return _at(loc, "unknown-unit", unit=slug, known=known)


def _profile_refs(project: Project) -> Iterator[Finding]:
    profile = project.profile
    if profile is None:
        return
    for slug in (profile.planning_unit, profile.secretariat_unit):
        if slug and slug not in project.units:
            yield _unknown_unit(project, profile.loc, slug)
    yield from calculation.scales(profile.rules)


def _pk(project: Project, pk: PerjanjianKinerja, reported: int | None) -> Iterator[Finding]:
    renstra = project.period(pk.year)
    # the reported year outside every period is an error of its own (`_reported_period`)
    if renstra is None and pk.year != reported and any(_period(r) for r in project.renstras):
        yield _at(
            pk.loc, "year-outside-renstra", WARNING, year=pk.year, periods=_periods_text(project)
        )
    renstra = renstra or project.renstra
    listed: dict[str, Loc] = {}
    for item in pk.targets:
        if item.code in listed:
            yield _at(item.loc, "duplicate-code", code=item.code, other=_where(listed[item.code]))
            continue
        listed[item.code] = item.loc
        yield from calculation.scales(item.rules)
        indicator = project.indicator(item.code, pk.year)
        if renstra and indicator is None:
            yield _at(item.loc, "unknown-renstra-indicator", code=item.code)
            continue
        if item.blank:
            yield _at(item.loc, "pk-target-blank", code=item.code)
        if item.end_only and indicator and indicator.end_target is None:
            yield _at(item.loc, "pk-no-target", code=item.code, year=pk.year)
        yield from _inverted_ranges(item.loc, [item.target])
        yield from calculation.r_over_t_scale(project, pk, item.loc, indicator)
        planned = indicator.targets.get(pk.year) if indicator else None
        if planned is not None and item.target is not None and planned != item.target:
            yield _at(
                item.loc,
                "pk-target-differs",
                WARNING,
                pk=shown_target(item.target),
                renstra=shown_target(planned),
                year=pk.year,
            )
    if renstra and renstra.start <= pk.year <= renstra.end:
        for indicator in renstra.indicators:
            if indicator.code not in listed:
                yield _at(
                    pk.loc, "pk-missing-indicator", WARNING, code=indicator.code, year=pk.year
                )
    for revision in pk.revisions:
        if not pk.in_force(revision):
            yield _revision_out_of_year(pk, revision)
        for change in revision.changes:
            if change.code not in listed:
                yield _at(change.loc, "unknown-indicator", code=change.code, year=pk.year)
            elif (
                change.target is None
                and not change.action_plan
                and "target" not in (change.value_locs)
            ):  # a target written but refused is reported where it is written
                yield _at(change.loc, "revision-change-empty", code=change.code)
    yield from _programmes(project, pk)


def _revision_out_of_year(pk: PerjanjianKinerja, revision: Revision) -> Finding:
    """A revision dated outside the PK's life: it would move the target after the fact."""
    loc = Loc(revision.loc.path, revision.loc.line, f"{revision.loc.key}.tanggal")
    if pk.date is not None and revision.date < pk.date:
        return _at(
            loc,
            "pk-revision-before-pk",
            date=revision.date.isoformat(),
            signed=pk.date.isoformat(),
            year=pk.year,
        )
    return _at(loc, "pk-revision-after-year", date=revision.date.isoformat(), year=pk.year)


def _programmes(project: Project, pk: PerjanjianKinerja) -> Iterator[Finding]:
    renstra = project.renstra_of(pk.year)
    sasaran_codes = {s.code for s in renstra.sasaran} if renstra else set()
    seen: dict[str, Loc] = {}
    for programme in pk.programmes:
        for code in programme.sasaran:
            if renstra and code not in sasaran_codes:
                yield _at(programme.loc, "unknown-sasaran", code=code)
        for item in [programme, *programme.kegiatan]:
            if item.code in seen:
                yield _at(item.loc, "duplicate-code", code=item.code, other=_where(seen[item.code]))
            seen.setdefault(item.code, item.loc)
        for kegiatan in programme.kegiatan:
            if kegiatan.unit not in project.units:
                yield _unknown_unit(project, kegiatan.loc, kegiatan.unit)


def _realisations(project: Project, year: int) -> Iterator[Finding]:
    if project.renstra is None:
        return  # the missing renstra.yml is reported; every code would look unknown without it
    pk = project.pks.get(year)
    data = project.years[year]
    # what a code means this year, looked up once per code: a pasted file repeats one code
    # in 30,000 items (issue 12)
    meaning: dict[str, tuple] = {}
    for item in [*data.realisations.values(), *_of_type(data.misplaced, Realisation)]:
        if item.code not in meaning:
            meaning[item.code] = _code_meaning(project, pk, item.code, year)
        indicator, target, invalid_target, owner = meaning[item.code]
        if invalid_target:
            continue  # the PK's own target is invalid and already reported there
        if pk is None:
            yield _at(item.loc, "no-pk-for-realisation", code=item.code, year=year)
            continue
        if target is None or indicator is None:
            yield _at(item.loc, "unknown-indicator", code=item.code, year=year)
            continue
        if owner != item.unit:
            yield _at(item.loc, "not-assigned", code=item.code, owner=owner, unit=item.unit)
            continue
        yield from calculation.unavailable(item)
        if indicator.cumulative:
            yield from _quarters(item)
        if item.typed_capaian is not None and item.value is not None:
            yield from calculation.typed_capaian(project, item, target, year)


def _code_meaning(project: Project, pk, code: str, year: int) -> tuple:
    """(indicator, target, whether the PK's target is invalid, owner) of `code` in `year`."""
    indicator = project.indicator(code, year)
    target = pk.target_of(code) if pk else None
    if target is None and pk and indicator:  # listed with no target: the end target
        target = year_target(indicator, pk, year)[0]
    invalid = bool(pk and target is None and any(t.code == code for t in pk.targets))
    owner = project.owner(code, year) if pk and target is not None and indicator else None
    return indicator, target, invalid, owner


def _quarters(item) -> Iterator[Finding]:
    """Quarters of a cumulative indicator never fall; each value quoted as it was read."""
    present = [q for q in _QUARTER_ORDER if q in item.quarters]
    for previous, quarter in zip(present, present[1:], strict=False):
        if item.quarters[quarter] < item.quarters[previous]:
            yield _at(
                item.value_locs.get(f"triwulan.{quarter}", item.loc),
                "quarter-decrease",
                quarter=quarter,
                value=shown(item.quarters[quarter]),
                previous=previous,
                previous_value=shown(item.quarters[previous]),
            )
    if "IV" in item.quarters and item.value is not None and item.quarters["IV"] != item.value:
        yield _at(
            item.value_locs.get("realisasi", item.loc),
            "quarter-annual-mismatch",
            WARNING,
            annual=shown(item.value),
            q4=shown(item.quarters["IV"]),
        )


def _budgets(project: Project, year: int) -> Iterator[Finding]:
    pk = project.pks.get(year)
    data = project.years[year]
    for item in [*data.budgets.values(), *_of_type(data.misplaced, BudgetRealisation)]:
        planned = pk.kegiatan_of(item.code) if pk else None
        if planned is None:
            yield _at(item.loc, "unknown-kegiatan", code=item.code, year=year)
            continue
        if planned.unit != item.unit:
            yield _at(
                item.loc,
                "kegiatan-not-assigned",
                code=item.code,
                owner=planned.unit,
                unit=item.unit,
            )
            continue
        loc = item.value_locs.get("realisasi", item.loc)
        if item.value is not None and item.value < 0:
            yield _at(loc, "budget-negative", realisasi=rupiah(item.value))
        elif (
            item.value is not None
            and planned.pagu_known
            and not misread_rupiah(planned.pagu)
            and item.value > planned.pagu
        ):
            # a pagu refused or misread in pk.yml is reported there; compared it would mislead
            yield _at(
                loc,
                "budget-over-pagu",
                WARNING,
                realisasi=rupiah(item.value),
                pagu=rupiah(planned.pagu),
            )


def _narratives(project: Project, year: int) -> Iterator[Finding]:
    renstra = project.renstra_of(year)
    if renstra is None:
        return
    data = project.years[year]
    for part in [*data.narratives.values(), *_of_type(data.misplaced, NarrativePart)]:
        owned = [i for i in renstra.indicators if project.owner(i.code, year) == part.unit]
        allowed = {i.code for i in owned} | {i.sasaran for i in owned}
        if part.code not in allowed:
            example = owned[0].code if owned else "IKU-01"
            yield _at(part.loc, "narrative-unknown-code", code=part.code, example=example)


def _completeness(project: Project, year: int, severity: str) -> Iterator[Finding]:
    pk = project.pks[year]
    data = project.year_data(year)
    if not pk.targets or not pk.programmes:
        yield _at(pk.loc, "pk-empty", severity, year=year, path=layout.pk(year))
    for item in pk.targets:
        indicator = project.indicator(item.code, year)
        if indicator is None:
            continue
        owner = project.owner(item.code, year)
        realisation_rel = layout.realisation(owner, year)
        narrative_rel = layout.narrative(owner, year)
        realisation = data.realisations.get(item.code)
        if realisation is None or not (realisation.reported or realisation.refused):
            loc = realisation.loc if realisation else Loc(realisation_rel, 0)
            yield _at(
                loc,
                "missing-realisation",
                severity,
                code=item.code,
                unit=owner,
                path=realisation_rel,
            )
        narrated = item.code in data.narratives or indicator.sasaran in data.narratives
        # the heading is there with nothing under it (a fresh scaffold): "add it" would be wrong
        heading = next((c for c in (item.code, indicator.sasaran) if c in data.unwritten), None)
        if not narrated and heading is not None:
            loc = data.unwritten[heading]
            yield _at(loc, "narrative-empty", severity, code=item.code, heading=heading, unit=owner)
        elif not narrated:
            yield _at(
                Loc(narrative_rel, 0),
                "missing-narrative",
                severity,
                code=item.code,
                unit=owner,
                path=narrative_rel,
            )
    written = project.chapters.get(year, {})
    for chapter in CHAPTERS:
        if chapter not in written:  # one with no text yet: `narrative_quality`'s chapter-empty
            path = layout.chapter(year, chapter)
            yield _at(Loc(path, 0), "missing-chapter", severity, path=path)
    for kegiatan in pk.kegiatan:
        budget = data.budgets.get(kegiatan.code)
        if budget is None or (budget.value is None and not budget.refused):
            path = layout.budget(kegiatan.unit, year)
            loc = budget.loc if budget else Loc(path, 0)
            yield _at(
                loc, "missing-budget", severity, code=kegiatan.code, unit=kegiatan.unit, path=path
            )


def _of_type(items: list, kind: type) -> list:
    return [item for item in items if isinstance(item, kind)]


def _where(loc: Loc) -> str:
    return f"{loc.path}:{loc.line}"
