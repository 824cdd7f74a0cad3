"""Turn a valid repository into its units' forms for a year: `lakip formulir`.

Everything is loaded, validated and built in memory before the first file is written (a project
with errors gets its findings and no form); each file is then written atomically, dated with the
report's own date (SOURCE_DATE_EPOCH or the commit's time, never the clock), so the same data
gives the same bytes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lakip.findings import Finding, LakipError
from lakip.forms import sheets
from lakip.forms.rows import form_rows
from lakip.forms.workbook_out import form_workbook
from lakip.model import Project
from lakip.office.workbook import save
from lakip.release.manifest import build_epoch, year_inputs
from lakip.validate.gate import load_and_validate

Written = Callable[[str, Path], None]


@dataclass
class FormsResult:
    findings: list[Finding]
    year: int | None = None
    written: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(f.is_error for f in self.findings)


def write_forms(
    root: Path,
    out: Path,
    year: int | None = None,
    units: Sequence[str] = (),
    written: Written = lambda unit, path: None,
) -> FormsResult:
    """Write `out/formulir-<year>-<unit>.xlsx` for `units` (default: every unit with a duty).

    `written(unit, path)` is called after each file is in place. Raises LakipError for a year
    without a PK, an unknown unit, or a unit with nothing to report in the year's PK.
    """
    result = load_and_validate(root, year)
    if not result.ok:
        return FormsResult(result.findings, result.year)
    if result.year is None:
        raise LakipError("no-year")
    project, year = result.project, result.year
    chosen = _units(project, year, units)
    stamp = datetime.datetime.fromtimestamp(
        build_epoch(root, year_inputs(project, year)), tz=datetime.UTC
    )
    books = [(unit, form_workbook(form_rows(project, year, unit), stamp.date())) for unit in chosen]
    done = FormsResult(result.findings, year)
    out.mkdir(parents=True, exist_ok=True)
    for unit, book in books:
        path = out / sheets.form_name(year, unit)
        save(book, path, stamp)
        done.written.append(path)
        written(unit, path)
    return done


def _units(project: Project, year: int, asked: Sequence[str]) -> list[str]:
    """The units asked for, each checked, in the order asked; by default every unit with a duty."""
    duties = project.duties(year)
    if not asked:
        return list(duties)
    for unit in asked:
        if unit not in project.units:
            known = ", ".join(sorted(project.units)) or "-"
            raise LakipError("form-unknown-unit", unit=unit, known=known)
        if unit not in duties:
            raise LakipError("form-no-duty", unit=unit, year=year, units=", ".join(duties) or "-")
    return list(dict.fromkeys(asked))
