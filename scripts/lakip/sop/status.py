"""Turn the repository and its history into the state of a reporting year: who is done, who is late.

Per unit: its files, their findings, completeness and last change. For the year: days to the
letter's deadline and the SOP's six steps as git history recorded them, each next to the SOP's
time standard. This is the one command that reads the clock (for "days left"); `--today` pins it.
The state holds codes and numbers only, so its JSON is the same in both languages; `render_text`
words it.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lakip import gitrepo, layout
from lakip.compute.quarterly import missing_quarters
from lakip.findings import LakipError
from lakip.formatting import date_long
from lakip.messages import message
from lakip.model import Duty, Project
from lakip.release.distribute import recipients_of
from lakip.sop import timeline
from lakip.validate.gate import load_and_validate
from lakip.validate.narrative_quality import unfinished


@dataclass
class UnitStatus:
    slug: str
    name: str
    files_expected: list[str]
    files_present: list[str]
    errors: int
    warnings: int
    complete: bool
    missing: list[dict]  # {"what": "owed-realisation" | "owed-narrative" | "owed-budget", "code"}
    last_commit: str = ""
    last_author: str = ""
    last_date: str = ""
    first_merged: str = ""  # the first and last merge of the unit's files into the branch
    last_merged: str = ""
    late_days: int | None = None  # of the last merge (or today, if still owing) past the deadline
    # monitored indicators with quarters already ended and no value: [{"code", "quarters"}]
    quarters_missing: list[dict] = field(default_factory=list)


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
    result = load_and_validate(root, year)
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
    gaps = missing_quarters(project, year, today)
    for slug, duty in project.duties(year).items():
        unit_findings = [
            f
            for f in result.findings
            if f.path.startswith(f"{layout.unit_year(slug, year)}/")
            or f.path == layout.unit_file(slug)
        ]
        missing = _missing(project, year, duty)
        unit = UnitStatus(
            slug=slug,
            name=duty.unit.name,
            files_expected=duty.files,
            files_present=[
                n for n in duty.files if (root / layout.unit_year(slug, year) / n).is_file()
            ],
            errors=sum(f.is_error for f in unit_findings),
            warnings=sum(not f.is_error for f in unit_findings),
            complete=not missing,
            missing=missing,
            quarters_missing=[
                {"code": code, "quarters": list(quarters)}
                for code, quarters in gaps.get(slug, {}).items()
            ],
        )
        last = gitrepo.log(root, layout.unit_year(slug, year), limit=1)
        if last:
            unit.last_commit = last[0].short
            unit.last_author = last[0].author
            unit.last_date = last[0].authored.isoformat()
        merged = gitrepo.log(root, layout.unit_year(slug, year), merges=True)
        if merged:
            unit.first_merged = merged[-1].committed.isoformat()
            unit.last_merged = merged[0].committed.isoformat()
        unit.late_days = _late(unit, letter.deadline if letter else None, today)
        state.units.append(unit)
    owed = len(recipients_of(project.profile)) if project.profile else None
    events = timeline.events(root, project, year, recipients=owed)
    state.events = [
        {
            "event": e.code,
            "when": timeline.iso(e.when),
            "ref": e.ref,
            "entries": e.entries,
            "of": e.of,
        }
        for e in timeline.in_time_order(events)
    ]
    state.steps = timeline.steps(events, letter.date if letter else None)
    return state


def _late(unit: UnitStatus, deadline: datetime.date | None, today: datetime.date) -> int | None:
    """Days past the deadline: of the last merge when complete, of today while still owing."""
    if deadline is None:
        return None
    if unit.complete and unit.last_merged:
        done = datetime.datetime.fromisoformat(unit.last_merged).date()
    elif unit.complete:
        return None  # complete without a merge (committed directly): no date to judge
    else:
        done = today
    return max((done - deadline).days, 0)


def _letter(letter) -> dict | None:
    if letter is None:
        return None
    return {
        "number": letter.number,
        "date": letter.date.isoformat(),
        "subject": letter.subject,
        "sender": letter.sender,
        "deadline": letter.deadline.isoformat() if letter.deadline else None,
    }


def _missing(project: Project, year: int, duty: Duty) -> list[dict]:
    """What a unit still owes; a narrative `validate --final` would refuse counts as owed.

    The loader keeps a scaffold's narrative (headings and a hint only) out of `narratives` (it is
    `unwritten`); a part found there may still lack a subsection or keep the hint.
    """
    data = project.year_data(year)
    missing = []
    for indicator in duty.indicators:
        realisation = data.realisations.get(indicator.code)
        if realisation is None or not realisation.reported:
            missing.append({"what": "owed-realisation", "code": indicator.code})
        part = data.narratives.get(indicator.code) or data.narratives.get(indicator.sasaran)
        if part is None or unfinished(part):
            missing.append({"what": "owed-narrative", "code": indicator.code})
    for kegiatan in duty.kegiatan:
        budget = data.budgets.get(kegiatan.code)
        if budget is None or budget.value is None:
            missing.append({"what": "owed-budget", "code": kegiatan.code})
    return missing


def render_text(state: YearStatus, lang: str) -> str:
    """The status as tables for a terminal, in `lang`."""
    lines = [message("status-title", lang, year=state.year, date=_date(state.today, lang)), ""]
    letter = state.letter
    if letter is None:
        lines.append(message("status-no-letter", lang, year=state.year))
    else:
        dated = _date(letter["date"], lang)
        text = message(
            "status-letter", lang, number=letter["number"], date=dated, subject=letter["subject"]
        )
        lines.append(text)
        if letter["deadline"]:
            done = bool(state.units) and all(unit.complete for unit in state.units)
            days = message("status-all-complete", lang) if done else _days(state.days_left, lang)
            lines.append(
                message("status-deadline", lang, date=_date(letter["deadline"], lang), state=days)
            )
    lines += ["", message("status-units", lang)]
    rows = [tuple(message(code, lang) for code in _UNIT_COLUMNS)]
    for unit in state.units:
        last = "-"
        if unit.last_commit:
            last = f"{unit.last_commit} {unit.last_author} ({_moment(unit.last_date)})"
        complete = message("status-yes" if unit.complete else "status-not-yet", lang)
        if unit.late_days:
            complete += " " + message(
                "status-late-by", lang, duration=_duration(unit.late_days * 1440, lang)
            )
        files = f"{len(unit.files_present)}/{len(unit.files_expected)}"
        merged = _moment(unit.last_merged) if unit.last_merged else "-"
        rows.append(
            (unit.slug, files, str(unit.errors), str(unit.warnings), complete, merged, last)
        )
    lines += _table(rows)
    owing = [unit for unit in state.units if not unit.complete]
    if owing:
        lines += ["", message("status-owing", lang)]
        for unit in owing:
            lines.append(f"  {unit.slug}: {', '.join(owed_items(unit, lang))}")
    lines += ["", message("status-timeline", lang)]
    events = [e for e in state.events if e["when"]]
    rows = [tuple(message(code, lang) for code in _EVENT_COLUMNS)]
    rows += [(_moment(e["when"]), message(e["event"], lang), _ref(e, lang)) for e in events]
    lines += _table(rows) if events else ["  " + message("status-none-yet", lang)]
    lines += ["", message("status-steps", lang)]
    rows = [tuple(message(code, lang) for code in _STEP_COLUMNS)]
    for step in state.steps:
        standard = _duration(step.standard_minutes, lang)
        rows.append(
            (
                str(step.number),
                message(step.step, lang),
                standard,
                _elapsed(step, lang),
                _verdict(step, lang),
            )
        )
    lines += _table(rows)
    quarterly = [unit for unit in state.units if unit.quarters_missing]
    if quarterly:  # quarterly monitoring: apart from the annual report's duties above
        lines += ["", message("status-quarters-missing", lang)]
        for unit in quarterly:
            lines.append(f"  {unit.slug}: {', '.join(quarter_items(unit, lang))}")
    return "\n".join(lines)


_UNIT_COLUMNS = (
    "status-column-unit",
    "status-column-files",
    "status-column-errors",
    "status-column-warnings",
    "status-column-complete",
    "status-column-merged",
    "status-column-last-change",
)
_EVENT_COLUMNS = ("status-column-when", "status-column-event", "status-column-ref")
_STEP_COLUMNS = (
    "status-column-number",
    "status-column-step",
    "status-column-standard",
    "status-column-recorded",
    "status-column-verdict",
)


def _date(iso: str, lang: str) -> str:
    """`15 Januari 2027` in Indonesian, `2027-01-15` in English."""
    return date_long(datetime.date.fromisoformat(iso)) if lang == "id" else iso


def _moment(iso: str) -> str:
    """`2027-01-08 09:00` from an ISO timestamp, or the date alone."""
    return iso[:16].replace("T", " ")


def _ref(event: dict, lang: str) -> str:
    count, owed = event["entries"], event.get("of")
    if count is None:
        return event["ref"]
    if owed is not None:
        return message("status-receipts-of", lang, count=count, of=owed)
    return message("status-entry" if count == 1 else "status-entries", lang, count=count)


def owed_items(unit: UnitStatus, lang: str) -> list[str]:
    """What a unit still owes, worded: `realisasi IKU-03`, `narasi IKU-03`, `anggaran 1.01`."""
    return [message(item["what"], lang, code=item["code"]) for item in unit.missing]


def quarter_items(unit: UnitStatus, lang: str) -> list[str]:
    """`IKU-17 triwulan II, IV` for each monitored indicator with quarters not yet filled."""
    return [
        message("owed-quarters", lang, code=item["code"], quarters=", ".join(item["quarters"]))
        for item in unit.quarters_missing
    ]


def days_text(days: int | None, lang: str) -> str:
    """`sisa 3 hari`, `hari ini`, `terlambat 2 hari`: the deadline as the units read it."""
    return _days(days, lang)


def _days(days: int | None, lang: str) -> str:
    if days is None:
        return "-"
    if days > 0:
        return message("status-days-left", lang, duration=_duration(days * 1440, lang))
    if days == 0:
        return message("status-due-today", lang)
    return message("status-days-late", lang, duration=_duration(-days * 1440, lang))


def _elapsed(step: timeline.Step, lang: str) -> str:
    if step.elapsed_minutes is None:
        return "-"
    if step.days_only and step.elapsed_minutes == 0:
        return message("status-same-day", lang)  # dates without a time: nothing finer to say
    return _duration(step.elapsed_minutes, lang)


def _verdict(step: timeline.Step, lang: str) -> str:
    if step.elapsed_minutes is None:
        return message("status-not-yet", lang)
    if step.unusual:  # a negative time is no achievement: a date is wrong or out of order
        return message("status-unusual", lang)
    if step.within is None:
        return "-"
    return message("status-within" if step.within else "status-over", lang)


def _duration(minutes: int, lang: str) -> str:
    """`5 menit`, `1 hari`, `2 hari 3 jam`, `-1 hari`: the two largest units."""
    days, rest = divmod(abs(minutes), 1440)
    hours, rest = divmod(rest, 60)
    units = (
        (days, "duration-day", "duration-days"),
        (hours, "duration-hour", "duration-hours"),
        (rest, "duration-minute", "duration-minutes"),
    )
    shown = [message(one if n == 1 else many, lang, count=n) for n, one, many in units if n][:2]
    sign = "-" if minutes < 0 else ""
    return sign + (" ".join(shown) if shown else message("duration-minutes", lang, count=0))


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
