"""Turn the checks `lakip verify` ran into a verdict: failed, authentic, or not established.

Passing checks are not enough: SHA256SUMS and manifest.json are unsigned, so anyone who edits a
bundle can recompute them. A verdict of success needs one route to authenticity that passed in
full: a release tag signed by the head's registered key on the protected branch, bound to the
PDF by its hash, or a PAdES signature that is intact and chains to a root given with --trust
(or, for a PK tag, a registered key's signature on a commit of the branch that holds the PK).
"""

from __future__ import annotations

from dataclasses import dataclass

from lakip.messages import render_message

OK, FAIL, INFO = "ok", "fail", "info"

#: Each route establishes authenticity when all of its checks passed (and nothing failed).
ROUTES = (
    frozenset({"verify-tag-signature-ok", "verify-tag-head-ok", "verify-tag-on-branch-ok"}),
    frozenset({"verify-pades-intact-ok", "verify-pades-trusted-ok"}),
    # A PK tag: planning signs it with a listed key; it must mark a commit holding the PK.
    frozenset({"verify-tag-signature-ok", "verify-tag-on-branch-ok", "verify-pk-file-ok"}),
)


@dataclass(frozen=True)
class Check:
    code: str
    status: str
    params: tuple[tuple[str, object], ...] = ()

    def message(self, lang: str) -> str:
        return render_message(self.code, lang, dict(self.params))


def check(code: str, status: str, **params: object) -> Check:
    return Check(code, status, tuple(sorted(params.items())))


def outcome(passed: bool, code: str, **params: object) -> Check:
    """A check with a message for each outcome: `<code>-ok` or `<code>-fail`."""
    return check(f"{code}-ok" if passed else f"{code}-fail", OK if passed else FAIL, **params)


def any_failed(checks: list[Check]) -> bool:
    return any(c.status == FAIL for c in checks)


def established(checks: list[Check]) -> bool:
    """Whether one route to authenticity passed in full."""
    passed = {c.code for c in checks if c.status == OK}
    return any(route <= passed for route in ROUTES)


def failed(checks: list[Check]) -> bool:
    """Exit 1: a check failed, or nothing established who made the release."""
    return any_failed(checks) or not established(checks)


_MARKS = {OK: "✓", FAIL: "✗", INFO: "•"}


def report(checks: list[Check], lang: str) -> str:
    """One line per check, marked ✓ (passed), ✗ (failed) or • (not checked), then a verdict.

    The verdict counts what was not checked: "all passed" would overstate a partial check, and
    checksums that match prove nothing about who made the files.
    """
    lines = [f"{_MARKS[c.status]} {c.message(lang)}" for c in checks]
    bad = sum(c.status == FAIL for c in checks)
    skipped = sum(c.status == INFO for c in checks)
    if bad:
        verdict = check("verify-verdict-fail", FAIL, count=bad)
    elif not established(checks):
        verdict = check("verify-verdict-unestablished", FAIL)
    elif skipped:
        verdict = check("verify-verdict-partial", OK, count=skipped)
    else:
        verdict = check("verify-verdict-ok", OK)
    return "\n".join([*lines, "", verdict.message(lang)])
