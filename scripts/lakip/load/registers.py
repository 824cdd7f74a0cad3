"""Read the year's ledgers: the registers (archive, dispatch, receipts) and the reviu records.

The registers are no report input, but loading reads them so that a broken entry shows in
validation like any other data file; `release.registers` appends to them. What one year's
registers say together is checked too: every entry names a release of that year, and a receipt
follows a dispatch of the same version to the same recipient.

The reviu records (`reports/<year>/reviu/`) are ledgers of the same kind: the Inspektorat's
verdicts and the agency's answers, each added at the end, read here into one `Review` with what
the two files contradict together (an answer to no note, a conclusion dated before a verdict).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from lakip import layout
from lakip.findings import WARNING, Finding, finding
from lakip.load.conform import Doc, conform_value, positioned
from lakip.load.records import person
from lakip.load.spec import REGISTER_ENTRIES
from lakip.load.yamlfile import MAX_YAML_BYTES, parse_yaml, read_text
from lakip.model import (
    Answer,
    ArchiveEntry,
    Conclusion,
    DispatchEntry,
    Entry,
    Person,
    ReceiptEntry,
    Review,
    Verdict,
)

KINDS: dict[str, type] = {
    "arsip": ArchiveEntry,
    "ekspedisi": DispatchEntry,
    "tanda-terima": ReceiptEntry,
}


def register_rel(year: int, kind: str) -> str:
    return layout.register(year, kind)


def read(root: Path, year: int, kind: str) -> tuple[list[Entry], list[Finding]]:
    """The register's entries in file order, typed and located; problems as findings."""
    rel = register_rel(year, kind)
    if not (root / rel).exists():
        return [], []
    text, found = read_text(root, rel, MAX_YAML_BYTES)
    if text is None:
        return [], found
    return parse(text, rel, kind, found)


def read_year(
    root: Path, year: int, recipients: set[str] | None = None
) -> tuple[dict[str, list[Entry]], list[Finding]]:
    """The year's three registers, each file's problems, and what they contradict together
    (`recipients`: the profile's recipient codes, when known)."""
    entries, found = {}, []
    for kind in KINDS:
        entries[kind], problems = read(root, year, kind)
        found += problems
    return entries, found + _together(entries, year, recipients)


def _together(
    entries: dict[str, list[Entry]], year: int, recipients: set[str] | None
) -> list[Finding]:
    found = []
    for kind, listed in entries.items():
        rel = register_rel(year, kind)
        for index, entry in enumerate(listed):
            code = getattr(entry, "penerima", None)
            if recipients is not None and code is not None and code not in recipients:
                found.append(
                    finding(
                        rel,
                        entry.line,
                        f"[{index}].penerima",
                        "register-unknown-recipient",
                        recipient=code,
                        known=", ".join(sorted(recipients)),
                    )
                )
            parsed = layout.parse_release_tag(entry.versi)
            if parsed is None or parsed[0] != year:
                example = layout.release_tag(year, 1)
                found.append(
                    finding(
                        rel,
                        entry.line,
                        f"[{index}].versi",
                        "register-version-year",
                        version=entry.versi,
                        year=year,
                        example=example,
                    )
                )
    sent = entries.get("ekspedisi", [])
    rel = register_rel(year, "tanda-terima")
    for index, receipt in enumerate(entries.get("tanda-terima", [])):
        matching = [e for e in sent if e.penerima == receipt.penerima and e.versi == receipt.versi]
        key = f"[{index}]"
        if not matching:
            found.append(
                finding(
                    rel,
                    receipt.line,
                    key,
                    "register-receipt-without-dispatch",
                    recipient=receipt.penerima,
                    version=receipt.versi,
                )
            )
            continue
        first = min(matching, key=lambda e: e.tanggal)
        if receipt.tanggal < first.tanggal:
            found.append(
                finding(
                    rel,
                    receipt.line,
                    f"{key}.tanggal",
                    "register-receipt-before-dispatch",
                    date=receipt.tanggal.isoformat(),
                    sent=first.tanggal.isoformat(),
                    recipient=receipt.penerima,
                    line=first.line,
                )
            )
    return found


def parse(text: str, rel: str, kind: str, found: list[Finding]) -> tuple[list[Entry], list]:
    node, problems = parse_yaml(text, rel)
    if problems:
        return [], [*found, *problems]
    if node is None:
        return [], found
    if not isinstance(node, yaml.SequenceNode):
        return [], [*found, finding(rel, node.start_mark.line + 1, "", "register-not-list")]
    entries = []
    for index, item in enumerate(node.value):
        entry, problems = _entry(item, rel, kind, index)
        found += problems
        if entry is not None:
            entries.append(entry)
    return entries, found


def _entry(node: yaml.Node, rel: str, kind: str, index: int) -> tuple[Entry | None, list]:
    """One entry, checked against its spec like every other data file (keys, types, dates)."""
    value, found = conform_value(node, REGISTER_ENTRIES[kind], rel, f"[{index}]")
    if found or not isinstance(value, dict):
        return None, found
    return KINDS[kind](**value, line=node.start_mark.line + 1), []


def review(year: int, doc: Doc | None, answers: Doc | None) -> tuple[Review | None, list[Finding]]:
    """The year's reviu from its conformed files (either may be None), and their contradictions."""
    given = tuple(_rows(answers, "tanggapan", Answer, ("kode", "tanggal", "jawaban")))
    if doc is None:
        return None, [_answer_without_note(answers, a, set()) for a in given] if answers else []
    value = doc.value
    verdicts = tuple(_rows(doc, "butir", Verdict, ("kode", "simpulan", "tanggal")))
    ended = value.get("simpulan", {})
    conclusion = None
    if "tanggal" in ended:
        conclusion = Conclusion(**ended, line=doc.line("simpulan"))
    record = Review(
        year=year,
        inspector=person(value.get("inspektur", {})),
        reviewers=tuple(
            Person(r["nama"], position=r.get("peran", ""), nip=r.get("nip", ""))
            for r in value.get("reviewer", ())
            if "nama" in r
        ),
        verdicts=verdicts,
        answers=given,
        conclusion=conclusion,
    )
    noted = {v.kode for v in verdicts}
    found = [_answer_without_note(answers, a, noted) for a in given if a.kode not in noted]
    if conclusion is not None:
        found += _conclusion(doc, record, conclusion)
    return record, found


def _rows(doc: Doc | None, key: str, cls: type, required: tuple[str, ...]) -> list:
    """The complete entries of list `key`, typed, each with its line; broken ones were reported."""
    if doc is None:
        return []
    return [
        cls(**item, line=doc.line(f"{key}[{index}]"))
        for index, item in positioned(doc.value.get(key, []))
        if all(name in item for name in required)
    ]


def _answer_without_note(doc: Doc, answer: Answer, noted: set[str]) -> Finding:
    return finding(
        doc.path,
        answer.line,
        "tanggapan",
        "reviu-answer-without-note",
        code=answer.kode,
        known=", ".join(sorted(noted)) or "-",
    )


def _conclusion(doc: Doc, record: Review, conclusion: Conclusion) -> list[Finding]:
    """A conclusion follows every verdict; one over an unanswered note is allowed but shown."""
    rel, found = doc.path, []
    late = [v for v in record.verdicts if v.tanggal > conclusion.tanggal]
    if late:
        found.append(
            finding(
                rel,
                conclusion.line,
                "simpulan.tanggal",
                "reviu-conclusion-before-verdict",
                date=conclusion.tanggal.isoformat(),
                verdict=late[0].tanggal.isoformat(),
                code=late[0].kode,
                line=late[0].line,
            )
        )
    written = "inspektur" in doc.value and not doc.refused_under("inspektur")
    if written and not record.inspector.nip:  # a refused or missing one is reported already
        found.append(
            finding(rel, doc.line("inspektur"), "inspektur.nip", "reviu-inspector-nip", WARNING)
        )
    for verdict in record.unanswered():
        found.append(
            finding(
                rel,
                conclusion.line,
                "simpulan",
                "reviu-concluded-unanswered",
                WARNING,
                code=verdict.kode,
                line=verdict.line,
                answers=layout.review_answers(record.year),
            )
        )
    return found
