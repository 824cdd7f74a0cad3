"""Turn the signed Perjanjian Kinerja into a lock: targets changed after signing become findings.

Signing the PK is marked by the annotated tag `pk-<year>`. From then on a target may change only
through a recorded revision (`revisi` in pk.yml, dated on or after the signing day, naming the
indicator and its new target), so the report can never quietly measure against a softer target.
A revision is itself a record: once signed or merged it stays as it is (new ones are appended),
and a new one may not be back-dated before the signing or before a revision already merged, nor
dated in the future.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from lakip import formatting as fmt
from lakip import gitrepo, layout
from lakip.findings import ERROR, Finding, LakipError, finding
from lakip.load import spec
from lakip.load.committed import text_doc
from lakip.load.conform import Doc, positioned
from lakip.messages import Both
from lakip.model import Target
from lakip.release.signkey import confirm_tag, require_head_key
from lakip.release.tagsig import tag_signature
from lakip.validate.numbers import shown_target

_NONE = Both("(tidak ada)", "(none)")


@dataclass(frozen=True)
class _Listed:
    target: Target
    line: int


def check_targets(
    root: Path,
    year: int | None = None,
    base: str | None = None,
    today: datetime.date | None = None,
) -> list[Finding]:
    """Findings for every target of a signed PK changed without a revision, for every
    revision back-dated, dated in the future, or changed after it was signed or merged into
    `base` (the protected branch), for `year` or every year with a signed PK; and for a PK tag
    that the allowed signers of `base` (default main) do not vouch for."""
    full = gitrepo.branch(root, base) if base is not None else None
    base_commit = gitrepo.require_rev(root, full) if full is not None else None
    today = today or gitrepo.today()
    years = [year] if year is not None else _pk_years(root)
    found: list[Finding] = []
    for item in years:
        found += _check_year(root, item, base_commit, today)
        found += _tag_signature(root, item, base or "main")
    return found


def _tag_signature(root: Path, year: int, branch: str) -> list[Finding]:
    """A PK tag locks targets only when it is signed by a key on the protected branch's list."""
    name = layout.pk_tag(year)
    if gitrepo.tag(root, name) is None or not (root / layout.pk(year)).is_file():
        return []
    found = tag_signature(root, name, branch, None)
    if found.kind and found.listed and found.valid:
        return []
    rel = layout.pk(year)
    source = f"{branch}:{layout.ALLOWED_SIGNERS}"
    return [finding(rel, 0, "", "pk-tag-not-signed", ERROR, tag=name, source=source)]


def sign_pk(root: Path, year: int, sign: bool = True, branch: str = "main") -> str:
    """Create the annotated tag `pk-<year>` on HEAD, signed with git's own signing setup.

    Refuses when the PK is missing from HEAD, has uncommitted changes, is already tagged, or
    (with `sign`) when git has no signing key, or one that `branch`'s allowed signers do not
    list. The tag is read back and deleted again unless its signature verifies.
    """
    rel = layout.pk(year)
    name = layout.pk_tag(year)
    gitrepo.require_rev(root, "HEAD")
    gitrepo.require_identity(root)
    text = gitrepo.show(root, "HEAD", rel)
    if text is None:
        raise LakipError("pk-not-committed", path=rel)
    if not gitrepo.ok(root, "diff", "--quiet", "HEAD", "--", rel):
        raise LakipError("pk-uncommitted", path=rel)
    if gitrepo.tag(root, name) is not None:
        raise LakipError("tag-exists", tag=name)
    if sign and gitrepo.config(root, "user.signingkey") is None:
        raise LakipError("no-signing-key", tag=name)
    if sign:
        require_head_key(root, branch, head=False)
    doc = _doc(text, rel)
    number = doc.value.get("nomor", "-") if doc else "-"
    message = f"Perjanjian Kinerja tahun {year} (nomor {number}) ditandatangani"
    said = gitrepo.run_said(root, "tag", "-s" if sign else "-a", "-m", message, name, "HEAD")
    if sign:
        confirm_tag(root, name, branch, said, head=False)
    return name


def _pk_years(root: Path) -> list[int]:
    reports = root / layout.REPORTS
    if not reports.is_dir():
        return []
    return sorted(
        int(p.name)
        for p in reports.iterdir()
        if p.name.isdigit() and (p / layout.PK_FILE).is_file()
    )


def _check_year(root: Path, year: int, base: str | None, today: datetime.date) -> list[Finding]:
    name = layout.pk_tag(year)
    tag = gitrepo.tag(root, name)
    rel = layout.pk(year)
    path = root / rel
    if tag is None or not path.is_file():
        return []
    signed_text = gitrepo.show(root, layout.tag_ref(name), rel)
    signed = _doc(signed_text, rel) if signed_text is not None else None
    current = _doc(path.read_text(encoding="utf-8"), rel)
    if signed is None or current is None:
        return []  # a broken file is `lakip validate`'s finding, not ours
    before, now = _targets(signed), _targets(current)
    signed_on = tag.date.date()
    revised = _revised(current, signed_on)
    found = []
    for code, item in now.items():
        old = before.get(code)
        if old is not None and old.target == item.target:
            continue
        if (code, item.target) in revised:
            continue
        found.append(
            _changed(rel, item.line, code, old.target if old else None, item.target, tag, year)
        )
    for code, item in before.items():
        if code not in now:
            line = current.line("indikator")
            found.append(_changed(rel, line, code, item.target, None, tag, year))
    found += _plans_changed(rel, signed, current, tag, year)
    merged_text = gitrepo.show(root, base, rel) if base is not None else None
    merged = _doc(merged_text, rel) if merged_text is not None else None
    return found + _revision_findings(rel, signed, merged, current, tag, today)


def _revision_findings(
    rel: str, signed: Doc, merged: Doc | None, current: Doc, tag: gitrepo.Tag, today
) -> list[Finding]:
    """Revisions already signed or merged stay unchanged and in place; new ones are dated from
    the signing day (and the last kept revision) up to today."""
    now = list(positioned(current.value.get("revisi", [])))
    kept = list(positioned(signed.value.get("revisi", [])))
    if merged is not None:
        on_base = list(positioned(merged.value.get("revisi", [])))
        kept = on_base if len(on_base) > len(kept) else kept
    found = []
    for position, (index, old) in enumerate(kept):
        if position < len(now) and now[position][1] == old:
            continue
        line = current.line(f"revisi[{now[position][0]}]" if position < len(now) else "revisi")
        found.append(
            finding(rel, line, f"revisi[{index}]", "revision-locked", ERROR, date=_day(old))
        )
    floor, after = tag.date.date(), Both("PK ditandatangani", "the PK was signed")
    for _, old in kept:
        if isinstance(old.get("tanggal"), datetime.date) and old["tanggal"] > floor:
            floor = old["tanggal"]
            after = Both("revisi terakhir yang sudah digabung", "the last revision already merged")
    for index, revision in now[len(kept) :]:
        date = revision.get("tanggal")
        if not isinstance(date, datetime.date):
            continue  # a missing or malformed date is `lakip validate`'s finding
        line = current.line(f"revisi[{index}].tanggal")
        key = f"revisi[{index}].tanggal"
        if date < floor:
            found.append(
                finding(
                    rel,
                    line,
                    key,
                    "revision-backdated",
                    ERROR,
                    date=date.isoformat(),
                    floor=floor.isoformat(),
                    after=after,
                    tag=tag.name,
                )
            )
        elif date > today:
            found.append(
                finding(
                    rel,
                    line,
                    key,
                    "revision-in-future",
                    ERROR,
                    date=date.isoformat(),
                    today=today.isoformat(),
                )
            )
    return found


def _plans_changed(rel: str, signed: Doc, current: Doc, tag: gitrepo.Tag, year: int):
    """The rencana aksi is signed with the targets: a quarter's value changes only by revision."""
    before, now = _plans(signed), _plans(current)
    revised = _revised_plans(current, tag.date.date())
    listed = {item.get("kode"): i for i, item in positioned(current.value.get("indikator", []))}
    found = []
    for code in sorted(set(before) | set(now)):
        if code not in listed:
            continue  # a removed indicator is reported as its target's change
        old, new = before.get(code, ({}, 0))[0], now.get(code, ({}, 0))[0]
        if old == new or (code, _frozen(new)) in revised:
            continue
        line = now[code][1] if code in now else current.line(f"indikator[{listed[code]}]")
        found.append(
            finding(
                rel,
                line,
                "",
                "action-plan-changed-after-signing",
                ERROR,
                code=code,
                old=_plan_text(old),
                new=_plan_text(new),
                year=year,
                tag=tag.name,
                date=tag.date.date().isoformat(),
            )
        )
    return found


def _plans(doc: Doc) -> dict[str, tuple[dict, int]]:
    listed: dict[str, tuple[dict, int]] = {}
    for index, item in positioned(doc.value.get("indikator", [])):
        if "kode" in item and isinstance(item.get("rencana_aksi"), dict):
            line = doc.line(f"indikator[{index}].rencana_aksi")
            listed.setdefault(item["kode"], (dict(item["rencana_aksi"]), line))
    return listed


def _revised_plans(doc: Doc, signed_on: datetime.date) -> set[tuple[str, frozenset]]:
    """(code, plan) pairs that a revision dated on or after the signing day sets."""
    return {
        (change["kode"], _frozen(change["rencana_aksi"]))
        for change in _changes_in_force(doc, signed_on)
        if isinstance(change.get("rencana_aksi"), dict)
    }


def _frozen(plan: dict) -> frozenset:
    return frozenset(plan.items())


def _plan_text(plan: dict) -> Both | str:
    """`I: 300, II: 700, ...` with values as the report prints them."""
    if not plan:
        return _NONE
    return ", ".join(f"{quarter}: {fmt.number(value)}" for quarter, value in plan.items())


def _day(revision: dict) -> str:
    date = revision.get("tanggal")
    return date.isoformat() if isinstance(date, datetime.date) else "-"


def _changed(
    rel: str,
    line: int,
    code: str,
    old: Target | None,
    new: Target | None,
    tag: gitrepo.Tag,
    year: int,
) -> Finding:
    return finding(
        rel,
        line,
        "",
        "target-changed-after-signing",
        ERROR,
        code=code,
        old=_read(old),
        new=_read(new),
        typed=_show(new),
        year=year,
        tag=tag.name,
        date=tag.date.date().isoformat(),
    )


def _doc(text: str, rel: str) -> Doc | None:
    return text_doc(text, rel, spec.PK)[0]


def _targets(doc: Doc) -> dict[str, _Listed]:
    listed: dict[str, _Listed] = {}
    for index, item in positioned(doc.value.get("indikator", [])):
        target = _target(item.get("target"))
        if "kode" in item and target is not None:
            line = doc.line(f"indikator[{index}].target")
            listed.setdefault(item["kode"], _Listed(target, line))
    return listed


def _revised(doc: Doc, signed_on: datetime.date) -> set[tuple[str, Target]]:
    """(code, target) pairs that a revision dated on or after the signing day sets."""
    return {
        (change["kode"], target)
        for change in _changes_in_force(doc, signed_on)
        if (target := _target(change.get("target"))) is not None
    }


def _changes_in_force(doc: Doc, signed_on: datetime.date) -> list[dict]:
    """Every change (with a code) of the revisions dated on or after the signing day."""
    return [
        change
        for revision in doc.value.get("revisi", [])
        if isinstance(date := revision.get("tanggal"), datetime.date) and date >= signed_on
        for change in revision.get("perubahan", [])
        if "kode" in change
    ]


def _target(value: object) -> Target | None:
    if isinstance(value, dict):
        return Target.of(value) if "min" in value and "maks" in value else None
    return Target.of(value) if value is not None else None


def _show(target: Target | None) -> str | Both:
    """A target as it is typed in pk.yml (`82.50-88.30`): what to write in a revision."""
    if target is None:
        return _NONE
    return fmt.target(target, typed=True)


def _read(target: Target | None) -> Both:
    """A target as read, in the report's format (`82,5–88,3`): what changed."""
    return _NONE if target is None else shown_target(target)
