"""Turn the profile and the units' metadata into roles: the head, planning, the secretariat, the
Inspektorat's reviewers and each unit's members, as one revision of the repository has them.

The ownership check reads them from the protected base branch; CODEOWNERS from the working tree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import LakipError
from lakip.load import spec
from lakip.load.committed import text_doc


@dataclass(frozen=True)
class Teams:
    """Who is who: the head's accounts, the planning and secretariat units, each unit's members."""

    head: tuple[str, ...]
    planning: str
    units: dict[str, tuple[str, ...]] = field(default_factory=dict)
    secretariat: str = ""
    inspectorate: tuple[str, ...] = ()  # the Inspektorat's reviewers (`inspektorat.akun`)

    def units_of(self, handle: str) -> list[str]:
        wanted = handle.lower()
        return sorted(slug for slug, members in self.units.items() if wanted in _lower(members))

    def is_head(self, handle: str) -> bool:
        return handle.lower() in _lower(self.head)

    def is_reviewer(self, handle: str) -> bool:
        return handle.lower() in _lower(self.inspectorate)

    @property
    def register_keeper(self) -> str:
        """The unit that keeps the registers: the secretariat, or planning when none is named."""
        return self.secretariat or self.planning

    def known(self) -> set[str]:
        members = {h.lower() for m in self.units.values() for h in m}
        return _lower(self.head) | _lower(self.inspectorate) | members


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
        secretariat=profile.get("sekretariat", ""),
        inspectorate=tuple(profile.get("inspektorat", {}).get("akun", ())),
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
