"""Turn a register entry about to be recorded into a refusal when it refers to nothing or breaks
the order of events.

A register is evidence: an archive of a version that was never released, a receipt before the
report was sent, or a letter dated next month would make it false. The events of SOP steps 5
and 6 happen in one order (release, then archive and dispatch, then each receipt), never after
today, and each names a release tag of its own year.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import LakipError
from lakip.messages import Both
from lakip.release.bundle import release_tags


def released_on(root: Path, year: int, version: str) -> datetime.date:
    """The day the release `version` of `year` was tagged; refuses a version that does not exist."""
    names = [name for _, name in release_tags(root, year)]
    tag = gitrepo.tag(root, version) if version in names else None
    if tag is None:
        raise LakipError(
            "register-unknown-version",
            version=version,
            year=year,
            known=", ".join(names) or Both("(belum ada rilis)", "(no release yet)"),
            example=layout.release_tag(year, 1),
        )
    return tag.date.date()


def check_date(
    date: datetime.date,
    *,
    floor: datetime.date,
    after: Both,
    today: datetime.date | None = None,
) -> None:
    """Refuse `date` when it is before `floor` (the event it follows) or after today."""
    today = today or gitrepo.today()
    if date > today:
        raise LakipError("register-date-future", date=date.isoformat(), today=today.isoformat())
    if date < floor:
        raise LakipError(
            "register-date-order", date=date.isoformat(), floor=floor.isoformat(), after=after
        )


def after_release(version: str) -> Both:
    """The event an archive or a dispatch follows, as `register-date-order` names it."""
    return Both(f"rilis {version} ditandatangani", f"release {version} was signed")


def after_dispatch(recipient: str, number: str) -> Both:
    """The event a receipt follows."""
    return Both(
        f"laporan dikirim kepada {recipient} dengan surat {number}",
        f"the report was sent to {recipient} with letter {number}",
    )
