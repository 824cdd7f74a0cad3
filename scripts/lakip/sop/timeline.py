"""Turn git history and the registers into the procedure's timeline, step by step against the SOP.

The SOP gives each of its six steps a time standard. Git already records when each step happened
(the letter's commit, the units' commits, the final merge, the signed release tag) and the
registers record archiving and delivery, so the elapsed time of each step can be shown next to
its standard without anyone keeping a separate log.
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
    ("Surat diterima dan didisposisikan ke unit", 5 * _MINUTE),
    ("Pengumpulan data dari unit", 15 * _MINUTE),
    ("Penyusunan draft final", datetime.timedelta(days=1)),
    ("Draft diajukan dan ditandatangani", 10 * _MINUTE),
    ("Penggandaan dan pengarsipan", 5 * _MINUTE),
    ("Penyampaian ke penerima (tanda terima)", 5 * _MINUTE),
)
REGISTERS = ("arsip", "ekspedisi", "tanda-terima")

Moment = datetime.datetime | datetime.date


@dataclass
class Step:
    number: int
    name: str
    standard: str
    start: str | None
    end: str | None
    elapsed: str | None
    within: bool | None
    unusual: bool = False  # ended before it started: the recorded order is not the SOP's


def events(root: Path, project: Project, year: int) -> list[tuple[str, Moment | None, str]]:
    """(what, when, reference) for each milestone git and the registers know of, in SOP order."""
    letter = project.letters.get(year)
    added = gitrepo.log(root, layout.letter(year), added=True)
    recorded = added[-1] if added else None
    units = f":(glob){layout.SECTIONS}/*/{year}/**"
    submissions = _after(root, recorded, gitrepo.log(root, units, merges=False))
    merges = gitrepo.log(root, layout.year_folder(year), units, merges=True, limit=1)
    pk_tag = gitrepo.tag(root, layout.pk_tag(year))
    releases = gitrepo.tags(root, layout.release_tag_glob(year))
    registers = {name: _register_dates(root, year, name) for name in REGISTERS}
    events: list[tuple[str, Moment | None, str]] = [
        ("PK ditandatangani", pk_tag.date if pk_tag else None, pk_tag.name if pk_tag else ""),
        ("Surat diterima", letter.date if letter else None, letter.number if letter else ""),
        ("Surat dicatat", recorded.committed if recorded else None, _ref(recorded)),
        ("Kiriman unit pertama", *_commit_at(submissions[-1] if submissions else None)),
        ("Kiriman unit terakhir", *_commit_at(submissions[0] if submissions else None)),
        ("Draft final digabung", *_commit_at(merges[0] if merges else None)),
        ("Rilis ditandatangani", *_tag_at(releases[0] if releases else None)),
        ("Rilis terakhir", *_tag_at(releases[-1] if len(releases) > 1 else None)),
    ]
    for name, label in zip(REGISTERS, ("Arsip", "Ekspedisi", "Tanda terima"), strict=True):
        dates = registers[name]
        ref = f"{len(dates)} entri" if dates else ""
        events.append((f"{label} terakhir", max(dates) if dates else None, ref))
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


def steps(events: list, letter_date: datetime.date | None) -> list[Step]:
    """The SOP's six steps: each ends at its milestone and starts where the one before ended."""
    when = {what: moment for what, moment, _ in events}
    ends = [
        when["Surat dicatat"],
        when["Kiriman unit terakhir"],
        when["Draft final digabung"],
        when["Rilis ditandatangani"],
        when["Arsip terakhir"],
        when["Tanda terima terakhir"] or when["Ekspedisi terakhir"],
    ]
    steps = []
    start: Moment | None = letter_date
    for number, ((name, standard), end) in enumerate(zip(STEPS, ends, strict=True), start=1):
        elapsed = _elapsed(start, end)
        shown = None
        within = None
        unusual = elapsed is not None and elapsed < datetime.timedelta(0)
        if elapsed is not None and not _exact(start, end) and not elapsed:
            shown = "hari yang sama"  # dates without a time: nothing finer to compare
        elif elapsed is not None:
            shown, within = duration(elapsed), None if unusual else elapsed <= standard
        step = Step(number, name, duration(standard), iso(start), iso(end), shown, within, unusual)
        steps.append(step)
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


def duration(delta: datetime.timedelta) -> str:
    """`5 menit`, `1 hari`, `2 hari 3 jam`, `-1 hari`: the two largest units, Indonesian."""
    sign = "-" if delta < datetime.timedelta(0) else ""
    seconds = int(abs(delta).total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    parts = [(days, "hari"), (hours, "jam"), (minutes, "menit")]
    shown = [f"{value} {unit}" for value, unit in parts if value][:2]
    return sign + (" ".join(shown) if shown else "0 menit")
