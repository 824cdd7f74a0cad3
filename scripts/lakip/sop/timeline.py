"""Turn git history and the registers into the procedure's timeline, step by step against the SOP.

The SOP gives each of its six steps a time standard. Git already records when each step happened
(the letter's commit, the units' commits, the final merge, the signed release tag) and the
registers record archiving and delivery, so the elapsed time of each step can be shown next to
its standard without anyone keeping a separate log. Steps and events are codes that
`status.render_text` words through the message catalogue (messages/sop.py).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from lakip import gitrepo, layout
from lakip.load import registers
from lakip.model import Project

_MINUTE = datetime.timedelta(minutes=1)
STEPS = (
    ("step-dispose", 5 * _MINUTE),
    ("step-collect", 15 * _MINUTE),
    ("step-draft", datetime.timedelta(days=1)),
    ("step-sign", 10 * _MINUTE),
    ("step-archive", 5 * _MINUTE),
    ("step-deliver", 5 * _MINUTE),
)
EVENTS = (
    "event-pk-signed",
    "event-letter-received",
    "event-letter-recorded",
    "event-first-submission",
    "event-last-submission",
    "event-final-merged",
    "event-release-signed",
    "event-latest-release",
    "event-archive-last",
    "event-dispatch-last",
    "event-receipt-last",
)
REGISTERS = ("arsip", "ekspedisi", "tanda-terima")
_REGISTER_EVENTS = ("event-archive-last", "event-dispatch-last", "event-receipt-last")

Moment = datetime.datetime | datetime.date


@dataclass
class Step:
    number: int
    step: str  # a code, `step-dispose` ... `step-deliver`
    standard_minutes: int
    start: str | None
    end: str | None
    elapsed_minutes: int | None
    days_only: bool  # a moment had no time of day: elapsed is whole days, 0 is "the same day"
    within: bool | None
    unusual: bool = False  # ended before it started: the recorded order is not the SOP's


# (code, when, reference, entries): `entries` counts a register's valid entries, else None.
Event = tuple[str, "Moment | None", str, "int | None"]


def events(root: Path, project: Project, year: int) -> list[Event]:
    """Each milestone git and the registers know of, in SOP order."""
    letter = project.letters.get(year)
    added = gitrepo.log(root, layout.letter(year), added=True)
    recorded = added[-1] if added else None
    units = f":(glob){layout.SECTIONS}/*/{year}/**"
    submissions = _after(root, recorded, gitrepo.log(root, units, merges=False))
    merges = gitrepo.log(root, layout.year_folder(year), units, merges=True, limit=1)
    pk_tag = gitrepo.tag(root, layout.pk_tag(year))
    releases = gitrepo.tags(root, layout.release_tag_glob(year))
    registers = {name: _register_dates(root, year, name) for name in REGISTERS}
    found: list[tuple[str, Moment | None, str]] = [
        ("event-pk-signed", pk_tag.date if pk_tag else None, pk_tag.name if pk_tag else ""),
        ("event-letter-received", letter.date if letter else None, letter.number if letter else ""),
        ("event-letter-recorded", recorded.committed if recorded else None, _ref(recorded)),
        ("event-first-submission", *_commit_at(submissions[-1] if submissions else None)),
        ("event-last-submission", *_commit_at(submissions[0] if submissions else None)),
        ("event-final-merged", *_commit_at(merges[0] if merges else None)),
        ("event-release-signed", *_tag_at(releases[0] if releases else None)),
        ("event-latest-release", *_tag_at(releases[-1] if len(releases) > 1 else None)),
    ]
    events: list[Event] = [(code, when, ref, None) for code, when, ref in found]
    for name, code in zip(REGISTERS, _REGISTER_EVENTS, strict=True):
        dates = registers[name]
        events.append((code, max(dates) if dates else None, "", len(dates) or None))
    return events


def _after(root: Path, letter: gitrepo.Commit | None, commits: list) -> list[gitrepo.Commit]:
    """The commits made after the letter was recorded: answers to it, not earlier preparation.

    A commit already in the letter commit's history, or committed before it (say on a branch
    started earlier), is not a submission; nor is the letter commit with its scaffold.
    """
    if letter is None:
        return commits
    earlier = set(gitrepo.run(root, "rev-list", letter.hash).split())
    return [c for c in commits if c.hash not in earlier and c.committed >= letter.committed]


def _commit_at(commit: gitrepo.Commit | None) -> tuple[Moment | None, str]:
    return (commit.committed, _ref(commit)) if commit else (None, "")


def _tag_at(tag: gitrepo.Tag | None) -> tuple[Moment | None, str]:
    return (tag.date, tag.name) if tag else (None, "")


def _ref(commit: gitrepo.Commit | None) -> str:
    return f"{commit.short} {commit.author}" if commit else ""


def _register_dates(root: Path, year: int, name: str) -> list[datetime.date]:
    """The dates of a register's valid entries; no register is empty.

    Invalid entries are `lakip validate`'s business, so they are simply left out here.
    """
    entries, _ = registers.read(root, year, name)
    return [entry.tanggal for entry in entries]


def steps(events: list[Event], letter_date: datetime.date | None) -> list[Step]:
    """The SOP's six steps: each ends at its milestone and starts where the one before ended."""
    when = {code: moment for code, moment, _, _ in events}
    ends = [
        when["event-letter-recorded"],
        when["event-last-submission"],
        when["event-final-merged"],
        when["event-release-signed"],
        when["event-archive-last"],
        when["event-receipt-last"] or when["event-dispatch-last"],
    ]
    steps = []
    start: Moment | None = letter_date
    for number, ((code, standard), end) in enumerate(zip(STEPS, ends, strict=True), start=1):
        elapsed = _elapsed(start, end)
        days_only = elapsed is not None and not _exact(start, end)
        unusual = elapsed is not None and elapsed < datetime.timedelta(0)
        within = None
        if elapsed is not None and not unusual and (elapsed or not days_only):
            within = elapsed <= standard  # not for "the same day": nothing finer to compare
        steps.append(
            Step(
                number=number,
                step=code,
                standard_minutes=minutes_of(standard),
                start=iso(start),
                end=iso(end),
                elapsed_minutes=None if elapsed is None else minutes_of(elapsed),
                days_only=days_only,
                within=within,
                unusual=unusual,
            )
        )
        start = end if end is not None else start
    return steps


def _exact(start: Moment | None, end: Moment | None) -> bool:
    return isinstance(start, datetime.datetime) and isinstance(end, datetime.datetime)


def _elapsed(start: Moment | None, end: Moment | None) -> datetime.timedelta | None:
    """Time between two moments; at day precision when either is a date without time."""
    if start is None or end is None:
        return None
    if _exact(start, end):
        return end - start
    return datetime.timedelta(days=(_day(end) - _day(start)).days)


def _day(moment: Moment) -> datetime.date:
    return moment.date() if isinstance(moment, datetime.datetime) else moment


def iso(moment: Moment | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def minutes_of(delta: datetime.timedelta) -> int:
    """Whole minutes, truncated towards zero: -3 h 20 s is -180."""
    minutes = int(abs(delta).total_seconds()) // 60
    return -minutes if delta < datetime.timedelta(0) else minutes
