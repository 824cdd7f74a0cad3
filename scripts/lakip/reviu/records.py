"""Check the Inspektorat's records against the checklist and against their own committed history.

Verdicts name checklist items by code (`checklist.BY_CODE`), so a code lakip does not know is a
finding that names the nearest one. The records are ledgers, like the registers: an entry of
`butir` (reviu.yml) or `tanggapan` (tanggapan.yml) committed on the protected branch is never
rewritten or removed, because a verdict is revised by a later entry for the same item (the
latest in force) and the audit trail keeps both; a committed `simpulan` stays as it is.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import Finding, finding
from lakip.load import spec
from lakip.load.committed import text_doc
from lakip.load.conform import Doc
from lakip.messages import Both
from lakip.model import Project
from lakip.reviu.checklist import BY_CODE

# the ledger list of each record file
_LEDGERS = {
    layout.REVIEW_FILE: ("butir", spec.REVIEW),
    layout.ANSWERS_FILE: ("tanggapan", spec.ANSWERS),
}


def code_findings(project: Project) -> list[Finding]:
    """A `reviu-unknown-code` finding per verdict naming no checklist item (answers are checked
    against the verdicts when loading)."""
    found = []
    known = ", ".join(BY_CODE)
    for year, review in sorted(project.reviews.items()):
        for verdict in review.verdicts:
            if verdict.kode in BY_CODE:
                continue
            close = difflib.get_close_matches(verdict.kode, BY_CODE, n=1)
            hint = (
                Both(f" Mungkin maksudnya '{close[0]}'?", f" Did you mean '{close[0]}'?")
                if close
                else ""
            )
            found.append(
                finding(
                    layout.review(year),
                    verdict.line,
                    "butir",
                    "reviu-unknown-code",
                    code=verdict.kode,
                    hint=hint,
                    known=known,
                )
            )
    return found


def check_append_only(root: Path, base: str = "HEAD") -> list[Finding]:
    """Findings for every committed verdict, answer or conclusion at `base` the working tree no
    longer holds as it was."""
    shown, base = base, gitrepo.branch(root, base)
    listed = gitrepo.run(root, "ls-tree", "-r", "--name-only", base, "--", layout.REPORTS)
    found = []
    for rel in sorted(listed.splitlines()):
        parts = rel.split("/")
        if len(parts) != 4 or parts[2] != layout.REVIEW_FOLDER or parts[3] not in _LEDGERS:
            continue
        key, kind = _LEDGERS[parts[3]]
        before = text_doc(gitrepo.show(root, base, rel) or "", rel, kind)[0]
        path = root / rel
        after = text_doc(path.read_text(encoding="utf-8"), rel, kind)[0] if path.exists() else None
        if before is None:
            continue  # nothing readable was committed: nothing to keep
        found += _ledger(rel, key, before, after, shown)
    return found


def _ledger(rel: str, key: str, before: Doc, after: Doc | None, base: str) -> list[Finding]:
    old = list(before.value.get(key, []))
    new = list(after.value.get(key, [])) if after is not None else []
    found = []
    for index, entry in enumerate(old):
        if index >= len(new) or new[index] != entry:
            line = after.line(f"{key}[{index}]") if after is not None else 0  # or its list's
            where = f"{key}[{index}]"
            found.append(finding(rel, line, where, "reviu-entry-changed", key=where, base=base))
            break  # the first one: the ones after it have moved with it
    ended = before.value.get("simpulan")
    if ended is not None and (after is None or after.value.get("simpulan") != ended):
        line = after.line("simpulan") if after is not None else 0
        found.append(finding(rel, line, "simpulan", "reviu-conclusion-changed", base=base))
    return found
