"""Check each PK indicator's rencana aksi (quarterly targets) against the year's target.

The plan is read like a realisation's `triwulan`: the value planned at the end of each quarter.
For a cumulative indicator that is the running total, so it never falls and quarter IV is the
year's target; for any other indicator quarter IV is the level the year ends at, so a different
value is likely a typing slip (a warning: some plans deliberately end the year early).
"""

from __future__ import annotations

from collections.abc import Iterator

from lakip.compute.figures import year_target
from lakip.findings import ERROR, WARNING, Finding, finding
from lakip.model import Loc, PerjanjianKinerja, PkTarget, Project
from lakip.validate.numbers import shown, shown_target

QUARTERS = ("I", "II", "III", "IV")


def action_plans(project: Project, pk: PerjanjianKinerja) -> Iterator[Finding]:
    """Findings on every rencana aksi of `pk`: order and completeness of each one written (in
    the PK or a revision), rise and quarter IV of the one in force."""
    changes = [change for revision in pk.revisions for change in revision.changes]
    for written in [*pk.targets, *changes]:
        if written.action_plan and project.indicator(written.code, pk.year) is not None:
            yield from _shape(written)
    seen: set[str] = set()
    for listed in pk.targets:
        if listed.code in seen:
            continue  # a repeated code is reported by the PK check
        seen.add(listed.code)
        item = pk.action_plan_source(listed.code)
        indicator = project.indicator(listed.code, pk.year)
        if item is None or indicator is None:
            continue  # an unknown indicator is reported by the PK check
        plan = item.action_plan
        if indicator.cumulative:
            present = [q for q in QUARTERS if q in plan]
            for previous, quarter in zip(present, present[1:], strict=False):
                if plan[quarter] < plan[previous]:
                    yield _at(
                        _loc(item, quarter),
                        "action-plan-decrease",
                        code=item.code,
                        quarter=quarter,
                        value=shown(plan[quarter]),
                        previous=previous,
                        previous_value=shown(plan[previous]),
                    )
        target, _ = year_target(indicator, pk, pk.year)
        if "IV" in plan and target is not None and not target.low <= plan["IV"] <= target.high:
            yield _at(
                _loc(item, "IV"),
                "action-plan-year-target" if indicator.cumulative else "action-plan-year-end",
                ERROR if indicator.cumulative else WARNING,
                code=item.code,
                q4=shown(plan["IV"]),
                target=shown_target(target),
            )


def _shape(item: PkTarget) -> Iterator[Finding]:
    written = list(item.action_plan)
    if written != sorted(written, key=QUARTERS.index):
        yield _at(
            _loc(item, written[0]),
            "action-plan-order",
            code=item.code,
            written=", ".join(written),
        )
    missing = [q for q in QUARTERS if q not in item.action_plan]
    if missing:
        yield _at(item.loc, "action-plan-incomplete", code=item.code, missing=", ".join(missing))


def _loc(item: PkTarget, quarter: str) -> Loc:
    return item.value_locs.get(f"rencana_aksi.{quarter}", item.loc)


def _at(loc: Loc, code: str, severity: str = ERROR, /, **params: object) -> Finding:
    return finding(loc.path, loc.line, loc.key, code, severity, **params)
