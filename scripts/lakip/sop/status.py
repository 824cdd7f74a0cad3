"""Turn the repository and its history into the state of a reporting year: who is done, who is late.

Per unit: its files, their findings, completeness and last change. For the year: days to the
letter's deadline and the SOP's six steps as git history recorded them, each next to the SOP's
time standard. This is the one command that reads the clock (for "days left"); `--today` pins it.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lakip import gitrepo
from lakip.findings import LakipError
from lakip.formatting import date_long
from lakip.model import Duty, Project
from lakip.sop import timeline
from lakip.validate.check import check


@dataclass
class UnitStatus:
    slug: str
    name: str
    files_expected: list[str]
    files_present: list[str]
    errors: int
    warnings: int
    complete: bool
    missing: list[str]
    last_commit: str = ""
    last_author: str = ""
    last_date: str = ""


@dataclass
class YearStatus:
    year: int
    today: str
    letter: dict | None
    days_left: int | None
    units: list[UnitStatus] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    steps: list[timeline.Step] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def status(root: Path, year: int | None = None, today: datetime.date | None = None) -> YearStatus:
    """The state of `year` (default: the latest) as of `today` (default: the clock)."""
    result = check(root, year)
    project, year = result.project, result.year
    if year is None:
        raise LakipError("no-year")
    today = today or datetime.date.today()
    letter = project.letters.get(year)
    state = YearStatus(
        year=year,
        today=today.isoformat(),
        letter=_letter(letter),
        days_left=(letter.deadline - today).days if letter and letter.deadline else None,
    )
    for slug, duty in project.duties(year).items():
        unit_findings = [
            f
            for f in result.findings
            if f.path.startswith(f"sections/{slug}/{year}/")
            or f.path == f"sections/{slug}/unit.yml"
        ]
        missing = _missing(project, year, duty)
        unit = UnitStatus(
            slug=slug,
            name=duty.unit.name,
            files_expected=duty.files,
            files_present=[
                n for n in duty.files if (root / f"sections/{slug}/{year}/{n}").is_file()
            ],
            errors=sum(f.is_error for f in unit_findings),
            warnings=sum(not f.is_error for f in unit_findings),
            complete=not missing,
            missing=missing,
        )
        last = gitrepo.log(root, f"sections/{slug}/{year}", limit=1)
        if last:
            unit.last_commit = last[0].short
            unit.last_author = last[0].author
            unit.last_date = last[0].authored.isoformat()
        state.units.append(unit)
    events = timeline.events(root, project, year)
    state.events = [{"what": w, "when": timeline.iso(when), "ref": ref} for w, when, ref in events]
    state.steps = timeline.steps(events, letter.date if letter else None)
    return state


def _letter(letter) -> dict | None:
    if letter is None:
        return None
    return {
        "nomor": letter.number,
        "tanggal": letter.date.isoformat(),
        "perihal": letter.subject,
        "pengirim": letter.sender,
        "tenggat": letter.deadline.isoformat() if letter.deadline else None,
    }


def _missing(project: Project, year: int, duty: Duty) -> list[str]:
    """What a unit still owes; a scaffold's narrative (headings and a hint only) counts as owed.

    The loader keeps such a narrative out of `narratives` (it is `unwritten`), so any part
    found there has prose.
    """
    data = project.year_data(year)
    missing = []
    for indicator in duty.indicators:
        realisation = data.realisations.get(indicator.code)
        if realisation is None or realisation.value is None:
            missing.append(f"realisasi {indicator.code}")
        part = data.narratives.get(indicator.code) or data.narratives.get(indicator.sasaran)
        if part is None:
            missing.append(f"narasi {indicator.code}")
    for kegiatan in duty.kegiatan:
        budget = data.budgets.get(kegiatan.code)
        if budget is None or budget.value is None:
            missing.append(f"anggaran {kegiatan.code}")
    return missing


def render_text(state: YearStatus) -> str:
    """The status as Indonesian tables for a terminal."""

    today = datetime.date.fromisoformat(state.today)
    lines = [f"Status laporan tahun {state.year} per {date_long(today)}", ""]
    letter = state.letter
    if letter is None:
        lines.append(f"Surat permintaan belum dicatat (lakip new {state.year} ...).")
    else:
        dated = date_long(datetime.date.fromisoformat(letter["tanggal"]))
        lines.append(f"Surat {letter['nomor']} tanggal {dated}: {letter['perihal']}")
        if letter["tenggat"]:
            deadline = date_long(datetime.date.fromisoformat(letter["tenggat"]))
            done = bool(state.units) and all(unit.complete for unit in state.units)
            days = "semua unit lengkap" if done else _days_text(state.days_left)
            lines.append(f"Tenggat {deadline}: {days}")
    lines += ["", "Kemajuan unit"]
    rows = [("Unit", "Berkas", "Kesalahan", "Peringatan", "Lengkap", "Perubahan terakhir")]
    for unit in state.units:
        last = "-"
        if unit.last_commit:
            last = (
                f"{unit.last_commit} {unit.last_author} ({unit.last_date[:16].replace('T', ' ')})"
            )
        rows.append(
            (
                unit.slug,
                f"{len(unit.files_present)}/{len(unit.files_expected)}",
                str(unit.errors),
                str(unit.warnings),
                "ya" if unit.complete else "belum",
                last,
            )
        )
    lines += _table(rows)
    owing = [unit for unit in state.units if not unit.complete]
    if owing:
        lines += ["", "Belum lengkap:"]
        lines += [f"  {unit.slug}: {', '.join(unit.missing)}" for unit in owing]
    lines += ["", "Linimasa"]
    events = [e for e in state.events if e["when"]]
    rows = [("Waktu", "Peristiwa", "Rujukan")]
    rows += [(e["when"][:16].replace("T", " "), e["what"], e["ref"]) for e in events]
    lines += _table(rows) if events else ["  (belum ada)"]
    lines += ["", "Langkah SOP: standar waktu SOP dibanding waktu yang tercatat"]
    rows = [("No", "Langkah", "Standar SOP", "Tercatat", "Keterangan")]
    for step in state.steps:
        verdict = {True: "sesuai standar", False: "melebihi standar", None: "-"}[step.within]
        if step.elapsed is None:
            verdict = "belum"
        elif step.unusual:  # a negative time is no achievement: a date is wrong or out of order
            verdict = "urutan tidak wajar"
        rows.append((str(step.number), step.name, step.standard, step.elapsed or "-", verdict))
    lines += _table(rows)
    return "\n".join(lines)


def _days_text(days: int | None) -> str:
    if days is None:
        return "-"
    if days > 0:
        return f"sisa {days} hari"
    if days == 0:
        return "hari ini"
    return f"terlambat {-days} hari"


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
