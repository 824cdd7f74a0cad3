"""Turn a pull request's changed files into ownership findings: who may change which folder.

A unit's members change only `sections/<unit>/`; the planning unit also owns `reports/`; the head
of the agency may change anything. The rules are read from the metadata as it stands on the base
branch (the protected one), never from the pull request itself: otherwise a pull request could
first add its author to another unit's `anggota` and then change that unit's files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import Finding, LakipError, finding
from lakip.load import spec
from lakip.load.committed import text_doc
from lakip.messages import Both


@dataclass(frozen=True)
class Teams:
    """Who is who: the head's accounts, the planning unit and each unit's members."""

    head: tuple[str, ...]
    planning: str
    units: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def units_of(self, handle: str) -> list[str]:
        wanted = handle.lower()
        return sorted(slug for slug, members in self.units.items() if wanted in _lower(members))

    def is_head(self, handle: str) -> bool:
        return handle.lower() in _lower(self.head)


def check_ownership(root: Path, base: str, author: str, head: str = "HEAD") -> list[Finding]:
    """One `ownership` finding per file changed between `base` and `head` that `author` may not
    change, judged by the metadata at `base`."""
    base_commit = gitrepo.require_rev(root, gitrepo.branch(root, base))
    gitrepo.require_rev(root, head)
    teams = read_teams(root, base_commit)
    if teams.is_head(author):
        return []
    mine = teams.units_of(author)
    allowed = [f"{layout.unit_folder(slug)}/" for slug in mine]
    if teams.planning and teams.planning in mine:
        allowed.append(f"{layout.REPORTS}/")
    found = []
    for path in gitrepo.changed_files(root, base_commit, head):
        if any(path.startswith(prefix) for prefix in allowed):
            continue
        found.append(
            finding(
                path,
                0,
                "",
                "ownership",
                author=author,
                units=_units_text(mine),
                owners=_owner_of(teams, path),
                scope=_scope_text(allowed),
            )
        )
    return found


def read_teams(root: Path, rev: str | None = None) -> Teams:
    """Read the head, the planning unit and the members of every unit from `rev`, or from the
    working tree when `rev` is None."""
    if rev is None:
        read: Callable[[str], str | None] = lambda rel: _read_disk(root, rel)  # noqa: E731
        slugs = sorted(p.name for p in (root / layout.SECTIONS).iterdir() if p.is_dir())
    else:
        read = lambda rel: gitrepo.show(root, rev, rel)  # noqa: E731
        slugs = gitrepo.list_dir(root, rev, layout.SECTIONS)
    profile = _values(read, layout.PROFILE, spec.PROFILE)
    if profile is None:
        raise LakipError("metadata-unreadable", path=layout.PROFILE, rev=rev or "-")
    units = {}
    for slug in slugs:
        unit = _values(read, layout.unit_file(slug), spec.UNIT)
        if unit is not None:
            units[slug] = tuple(unit.get("anggota", ()))
    return Teams(
        head=tuple(profile.get("kepala", {}).get("akun", ())),
        planning=profile.get("perencanaan", ""),
        units=units,
    )


def _values(read: Callable[[str], str | None], rel: str, kind: spec.FileKind) -> dict | None:
    text = read(rel)
    doc = None if text is None else text_doc(text, rel, kind)[0]
    return None if doc is None else doc.value


def _read_disk(root: Path, rel: str) -> str | None:
    path = root / rel
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _lower(handles: tuple[str, ...]) -> set[str]:
    return {handle.lower() for handle in handles}


def _units_text(units: list[str]) -> Both:
    if not units:
        return Both("tidak terdaftar di unit mana pun", "not listed in any unit")
    joined = ", ".join(units)
    return Both(f"anggota unit {joined}", f"a member of {joined}")


def _scope_text(allowed: list[str]) -> Both:
    """What the author may change, by their own rights: not every author has a unit folder."""
    if not allowed:
        return Both(
            "Akun ini baru dapat mengubah berkas setelah terdaftar sebagai anggota unit "
            "(anggota di sections/<unit>/unit.yml)",
            "This account can change files once it is listed as a unit member "
            "(anggota in sections/<unit>/unit.yml)",
        )
    return Both(
        "Batasi perubahan pada " + " dan ".join(allowed),
        "Keep your changes to " + " and ".join(allowed),
    )


def _owner_of(teams: Teams, path: str) -> Both:
    parts = path.split("/")
    if parts[0] == "sections" and len(parts) > 2 and parts[1] in teams.units:
        return Both(f"unit {parts[1]}", f"unit {parts[1]}")
    if parts[0] == "reports" and teams.planning:
        return Both(
            f"unit perencanaan {teams.planning} atau kepala",
            f"planning unit {teams.planning} or the head",
        )
    return Both("kepala instansi", "the head of the agency")
