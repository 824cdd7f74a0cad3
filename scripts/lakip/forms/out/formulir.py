"""Turn a valid repository into its units' forms for a year: `lakip formulir`.

Per unit, the Excel form and, for a unit with indicators, the Word document of its narrative
(`narrative_template`) beside it. Everything is loaded, validated and the workbooks built in
memory before the first file is written (a project with errors gets its findings and no file);
each file is then written atomically, dated with the report's own date (SOURCE_DATE_EPOCH or the
commit's time, never the clock), so the same data gives the same bytes.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lakip.findings import Finding, LakipError
from lakip.forms import sheets
from lakip.forms.narrative_template import write_narrative_template
from lakip.forms.out.workbook import form_workbook
from lakip.forms.rows import form_rows
from lakip.model import Project
from lakip.office.workbook import save
from lakip.release.manifest import build_epoch, year_inputs
from lakip.validate.gate import load_and_validate

Written = Callable[[str, Path], None]


@dataclass
class FormsResult:
    findings: list[Finding]
    year: int | None = None
    written: list[Path] = field(default_factory=list)  # the workbooks
    narratives: list[Path] = field(default_factory=list)  # the Word documents

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
    """Write `out/formulir-<year>-<unit>.xlsx` for `units` (default: every unit with a duty),
    and `out/narasi-<year>-<unit>.docx` for those of them with indicators.

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
    rows = [form_rows(project, year, unit) for unit in chosen]
    books = [(r.unit, form_workbook(r, stamp.date()), bool(r.indicators)) for r in rows]
    done = FormsResult(result.findings, year)
    out.mkdir(parents=True, exist_ok=True)
    for unit, book, narrated in books:
        path = out / sheets.form_name(year, unit)
        save(book, path, stamp)
        done.written.append(path)
        written(unit, path)
        if narrated:  # a unit with kegiatan only has no indicator to write about
            path = out / sheets.narrative_name(year, unit)
            write_narrative_template(project, year, unit, path, stamp)
            done.narratives.append(path)
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
