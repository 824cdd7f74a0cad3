"""Turn git history and the registers into the procedure's timeline, step by step against the SOP.

The SOP gives each of its six steps a time standard. Git already records when each step happened
(the letter's commit, the units' commits, the merge of the `final-<year>` branch that the head
approves, the signed release tag) and the registers record archiving and delivery, so the elapsed
time of each step can be shown next to its standard without anyone keeping a separate log.

Each milestone is an explicit event, never a guess from "the latest change": the final draft is
the first merge of a branch named `final-<year>` (the guide's convention), and delivery is done
only when every recipient's receipt is recorded. Steps and events are codes that
`status.render_text` words through the message catalogue (messages/sop.py).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from lakip import gitrepo, layout
from lakip.load import registers
from lakip.model import Project
from lakip.release.tagsig import verified

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
    "event-reviu-started",
    "event-reviu-concluded",
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


@dataclass(frozen=True)
class Event:
    """A milestone: `entries` counts a register's valid entries, `of` how many are owed."""

    code: str
    when: Moment | None
    ref: str = ""
    entries: int | None = None
    of: int | None = None


def events(root: Path, project: Project, year: int, recipients: int | None = None) -> list[Event]:
    """Each milestone git and the registers know of, in SOP order.

    `recipients` is how many receipts delivery owes (the profile's recipients).
    """
    letter = project.letters.get(year)
    added = gitrepo.log(root, layout.letter(year), added=True)
    recorded = added[-1] if added else None
    units = f":(glob){layout.SECTIONS}/*/{year}/**"
    submissions = _after(root, recorded, gitrepo.log(root, units, merges=False))
    final = final_merge(root, year)
    # Data is supplied when it reaches the branch (the pull request's merge), not when typed;
    # the final draft's own merge and later corrections do not extend step 2.
    arrived = _after(root, recorded, gitrepo.log(root, units, first_parent=True))
    if final is not None:
        arrived = [c for c in arrived if c.committed < final.committed]
    # "Signed" is said only of a tag whose signature verifies, as `lakip verify` judges it.
    pk_tag = gitrepo.tag(root, layout.pk_tag(year))
    if pk_tag is not None and not verified(root, pk_tag.name, head=False):
        pk_tag = None
    releases = gitrepo.tags(root, layout.release_tag_glob(year))
    releases = [tag for tag in releases if verified(root, tag.name, head=True)]
    received = letter.received or letter.date if letter else None
    found = [
        Event("event-pk-signed", *_tag_at(pk_tag)),
        Event("event-letter-received", received, letter.number if letter else ""),
        Event("event-letter-recorded", *_commit_at(recorded)),
        Event("event-first-submission", *_commit_at(submissions[-1] if submissions else None)),
        Event("event-last-submission", *_commit_at(arrived[0] if arrived else None)),
        Event("event-final-merged", *_commit_at(final)),
        *_reviu(project, year),
        Event("event-release-signed", *_tag_at(releases[0] if releases else None)),
        Event("event-latest-release", *_tag_at(releases[-1] if len(releases) > 1 else None)),
    ]
    for name, code in zip(REGISTERS, _REGISTER_EVENTS, strict=True):
        dates = _register_dates(root, year, name)
        owed = recipients if name == "tanda-terima" else None
        found.append(Event(code, max(dates) if dates else None, "", len(dates) or None, owed))
    return found


def _reviu(project: Project, year: int) -> list[Event]:
    """The Inspektorat's reviu, between the final draft and the signature: started at its first
    verdict, concluded at its `simpulan` (with the statement's number, when it has one)."""
    review = project.reviews.get(year)
    ended = review.conclusion if review else None
    return [
        Event("event-reviu-started", review.started if review else None),
        Event(
            "event-reviu-concluded", ended.tanggal if ended else None, ended.nomor if ended else ""
        ),
    ]


def final_merge(root: Path, year: int) -> gitrepo.Commit | None:
    """The first merge into the branch of a `final-<year>` branch: the head's approval (step 4).

    GitHub words it "Merge pull request #12 from org/final-2025", git "Merge branch
    'final-2025'"; a squash or rebase merge leaves no such commit (the guide asks for a merge
    commit), and then the final draft is simply not recorded yet.
    """
    name = re.compile(rf"(?<![\w-])final-{year}(?![\w])")
    merges = [c for c in gitrepo.log(root, merges=True) if name.search(c.subject)]
    return merges[-1] if merges else None


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

    Invalid entries are `lakip validate`'s business, so they are simply left out here. A
    recipient's second receipt (a corrected one) does not count twice.
    """
    entries, _ = registers.read(root, year, name)
    if name == "tanda-terima":
        first: dict[str, datetime.date] = {}
        for entry in entries:
            first.setdefault(entry.penerima, entry.tanggal)
        return list(first.values())
    return [entry.tanggal for entry in entries]


def steps(events: list[Event], letter_date: datetime.date | None) -> list[Step]:
    """The SOP's six steps: each ends at its milestone and starts where the one before ended.

    Step 1 starts when the letter was received (`diterima`, else its date). Step 6 ends with
    the last receipt only once every recipient has signed one.
    """
    when = {event.code: event.when for event in events}
    receipts = next(e for e in events if e.code == "event-receipt-last")
    delivered = receipts.entries is not None and (
        receipts.of is None or receipts.entries >= receipts.of
    )
    ends = [
        when["event-letter-recorded"],
        when["event-last-submission"],
        when["event-final-merged"],
        when["event-release-signed"],
        when["event-archive-last"],
        when["event-receipt-last"] if delivered else None,
    ]
    steps = []
    start: Moment | None = when.get("event-letter-received") or letter_date
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
        start = end if end is not None else None  # a step not done leaves the next unstarted
    return steps


def in_time_order(events: list[Event]) -> list[Event]:
    """The events that happened, oldest first (a date without a time counts as that day's
    start), then those still to come, in SOP order."""
    happened = [e for e in events if e.when is not None]
    return _sorted(happened) + [e for e in events if e.when is None]


def _sorted(happened: list[Event]) -> list[Event]:
    return sorted(
        happened, key=lambda e: (_day(e.when), iso(e.when) if _exact(e.when, e.when) else "")
    )


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
