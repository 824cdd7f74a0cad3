"""Load and validate a repository in one call: the gate every command passes before writing.

`build`, `release` and the pre-commit hook all need the same answer to "is this data usable?";
this is the one place that answers it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lakip.findings import Finding, LakipError, capped_per_file
from lakip.load.project import load_project
from lakip.load.yamlfile import collector_paused
from lakip.model import Project
from lakip.validate.rules import validate


@dataclass
class Validated:
    project: Project
    year: int | None
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


def load_and_validate(root: Path, year: int | None = None, final: bool = False) -> Validated:
    """Load everything under `root`, pick the reporting year, and validate it.

    The loaded project (30,000 records from one pasted 1 MiB file) stays alive throughout, and
    every sweep of the old generation would walk it again; nothing here needs the cyclic
    collector, so it is paused until the answer is in (issue 12).
    """
    with collector_paused():
        project, found = load_project(root)
        year = resolve_year(project, year)
        return Validated(project, year, capped_per_file(found + validate(project, year, final)))


def resolve_year(project: Project, year: int | None) -> int | None:
    """The requested year, or the year being reported (`Project.reported_year`)."""
    if year is None:
        return project.reported_year()
    if year not in project.pks:
        known = ", ".join(str(y) for y in sorted(project.pks)) or "-"
        raise LakipError("year-not-found", year=year, known=known)
    return year


def find_root(start: Path) -> Path:
    """The nearest folder at or above `start` holding `reports/`, like git finds `.git`."""
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / "reports").is_dir() and (folder / "sections").is_dir():
            return folder
    raise LakipError("not-a-repository", path=str(start))
