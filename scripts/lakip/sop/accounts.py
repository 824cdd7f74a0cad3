"""Turn a pull request's commits into the accounts that made them: every author and committer.

The pull request's opener is not the only person whose work it carries: anyone with write access
can push a commit onto someone else's branch. So every commit between the base and the head is
attributed, author and committer alike, to an account: from the Git host's own record when the
workflow passes one (`--commits`, one line per commit: hash, author login, committer login), or
else from the identity written in the commit (a GitHub no-reply address, or a name or address
equal to a listed account). The host's record is the one to trust in CI; an identity written in
a commit is only what its author typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lakip import gitrepo
from lakip.findings import LakipError

# GitHub's own committer for changes made in its web interface on the author's behalf.
PLATFORM_ACCOUNTS = frozenset({"web-flow"})
PLATFORM_EMAILS = frozenset({"noreply@github.com"})
_NOREPLY = re.compile(r"^(?:[0-9]+\+)?([A-Za-z0-9][A-Za-z0-9-]*)@users\.noreply\.github\.com$")
_SEP = "\x1f"


@dataclass(frozen=True)
class Person:
    """Who a commit says did something, and the account that is, if any."""

    commit: str
    role: str  # "author" or "committer"
    identity: str  # "Name <email>" as written in the commit
    account: str | None


def commit_people(
    root: Path, base: str, head: str, known: set[str], record: Path | None = None
) -> list[Person]:
    """Every author and committer of the commits in `base..head`, each with its account.

    `known` holds the listed accounts (lower case); `record` is the Git host's list of the pull
    request's commits. The host's own committer (GitHub's `web-flow`) is left out: it acts for
    the author, who is judged.
    """
    listed = _read_record(record) if record is not None else None
    fields = ["%H", "%an", "%ae", "%cn", "%ce"]
    out = gitrepo.run(root, "log", f"--format={_SEP.join(fields)}", f"{base}..{head}", "--")
    people = []
    for line in out.splitlines():
        commit, *names = line.split(_SEP)
        for role, name, email in (("author", *names[:2]), ("committer", *names[2:])):
            if role == "committer" and email.lower() in PLATFORM_EMAILS:
                continue
            if listed is not None:
                account = listed.get(commit, {}).get(role) or None
                if role == "committer" and account in PLATFORM_ACCOUNTS:
                    continue
            else:
                account = _account(name, email, known)
            people.append(Person(commit, role, f"{name} <{email}>", account))
    return people


def _account(name: str, email: str, known: set[str]) -> str | None:
    """The account an identity names: a GitHub no-reply address, or a listed account's name."""
    match = _NOREPLY.match(email)
    if match:
        return match[1]
    for candidate in (name, email.split("@", 1)[0]):
        if candidate.lower() in known:
            return candidate
    return None


def _read_record(path: Path) -> dict[str, dict[str, str]]:
    """The host's record: lines of `hash<TAB>author login<TAB>committer login` (empty: none)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LakipError("commits-record-unreadable", path=str(path), error=str(error)) from error
    listed = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not re.fullmatch(r"[0-9a-f]{40}", parts[0]):
            raise LakipError("commits-record-line", path=str(path), line=number)
        listed[parts[0]] = {"author": parts[1].strip(), "committer": parts[2].strip()}
    return listed
