"""Keep the year's paper trail as append-only YAML lists: archive, dispatch and receipt registers.

The SOP's buku register and buku ekspedisi become `reports/<year>/register/*.yml`, committed like
the data. A register is a ledger: entries are only ever added at the end, so appending writes new
bytes after the old ones (never rewriting the file) and CI checks that the bytes already committed
are still a prefix of the file, and that the entries those bytes held still read the same: lines
appended after the last entry could otherwise continue its last value or add a key to it.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, fields, replace
from pathlib import Path

import yaml

from lakip import gitrepo, layout
from lakip.findings import Finding, LakipError, finding
from lakip.load.registers import KINDS, parse, read_year, register_rel
from lakip.messages import Both
from lakip.release.bundle import release_tags

_TITLES = {
    "arsip": "Register arsip salinan cetak",
    "ekspedisi": "Buku ekspedisi (pengiriman)",
    "tanda-terima": "Register tanda terima",
}


@dataclass(frozen=True)
class Appended:
    path: Path
    rel: str
    first_line: int
    command: str


def append(root: Path, year: int, kind: str, entries: list[dict], *, commit: bool = False):
    """Add `entries` at the end of the register, never rewriting what is already there.

    The whole new file is parsed before anything is written, so a bad entry or a file that was
    edited into another shape is refused instead of corrupted. Returns `Appended` with the git
    command that commits the file (run only with `commit=True`).
    """
    if commit:  # before the file is written, so a refusal leaves nothing half done
        gitrepo.require_identity(root)
    rel = register_rel(year, kind)
    path = root / rel
    if not _inside(root, path):  # neither read nor write through a link out of the repository
        raise LakipError("register-outside", path=rel)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old:
        existing, found = parse(old, rel, kind, [])
        if found:
            problem = Both(found[0].message("id"), found[0].message("en"))
            raise LakipError("register-unreadable", path=rel, problem=problem)
    else:
        existing = []
    prefix = "" if not old or old.endswith("\n") else "\n"
    head = "" if old else _header(kind, year)
    text = prefix + head + "".join(_dump(KINDS[kind], entry) for entry in entries)
    parsed, found = parse(old + text, rel, kind, [])
    if found or len(parsed) != len(existing) + len(entries) or _changed(existing, parsed):
        problem = Both(found[0].message("id"), found[0].message("en")) if found else rel
        raise LakipError("register-bad-entry", path=rel, problem=problem)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    message = f"Catat register {kind} tahun {year}"
    command = (
        shlex.join(["git", "add", rel]) + " && " + shlex.join(["git", "commit", "-m", message])
    )
    if commit:
        gitrepo.run(root, "add", "--", rel)
        gitrepo.run(root, "commit", "-m", message, "--only", "--", rel)
    return Appended(path, rel, parsed[len(existing)].line, command)


def _inside(root: Path, path: Path) -> bool:
    """Whether the register and its folder, links followed, are inside the repository."""
    try:
        return path.resolve().is_relative_to(Path(root).resolve())
    except (OSError, RuntimeError):  # a link loop: no register to use either
        return False


def _header(kind: str, year: int) -> str:
    cls = KINDS[kind]
    keys = ", ".join(
        f"{f.name} (opsional)" if f.name == "catatan" else f.name
        for f in fields(cls)
        if f.name != "line"
    )
    return (
        f"# {_TITLES[kind]} laporan kinerja tahun {year}, dicatat oleh lakip.\n"
        "# Hanya tambahkan entri di akhir berkas; entri lama tidak boleh diubah atau dihapus\n"
        "# (diperiksa CI). Koreksi dicatat sebagai entri baru dengan catatan.\n"
        f"# Setiap entri: {keys}; tanggal ditulis TTTT-BB-HH.\n"
    )


def _dump(cls: type, entry: dict) -> str:
    names = [f.name for f in fields(cls) if f.name != "line"]
    unknown = sorted(set(entry) - set(names))
    if unknown:
        raise LakipError("register-bad-entry", path=cls.__name__, problem=", ".join(unknown))
    ordered = {name: entry[name] for name in names if entry.get(name) not in (None, "")}
    return yaml.safe_dump(
        [ordered], allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )


def check_append_only(root: Path, base: str = "HEAD") -> list[Finding]:
    """Findings for every register whose committed bytes at `base` are no longer its prefix."""
    found = []
    shown, base = base, gitrepo.branch(root, base)
    listed = gitrepo.run(root, "ls-tree", "-r", "--name-only", base, "--", "reports").splitlines()
    for rel in sorted(listed):
        parts = rel.split("/")
        if len(parts) != 4 or parts[2] != "register" or parts[3][:-4] not in KINDS:
            continue
        old = (gitrepo.show(root, base, rel) or "").replace("\r\n", "\n")
        path = root / rel
        new = path.read_text(encoding="utf-8").replace("\r\n", "\n") if path.exists() else ""
        if not new.startswith(old):
            line = _first_difference(old, new)
            found.append(finding(rel, line, "", "register-rewritten", base=shown))
            continue
        kind = Path(rel).stem
        before, broken_before = parse(old, rel, kind, [])
        after, broken_after = parse(new, rel, kind, [])
        if broken_before or broken_after:
            continue  # a broken file is reported below, with its line
        changed = _changed(before, after)
        if changed is not None:
            entry = after[changed] if changed < len(after) else before[changed]
            found.append(
                finding(
                    rel,
                    entry.line,
                    f"[{changed}]",
                    "register-entry-changed",
                    base=shown,
                    date=entry.tanggal.isoformat(),
                )
            )
    for year in sorted({int(rel.split("/")[1]) for rel in _registers(root)}):
        entries, problems = read_year(root, year)
        found += problems + _new_entries(root, base, year, entries)
    return found


def _new_entries(root: Path, base: str, year: int, entries: dict[str, list]) -> list[Finding]:
    """The entries added since `base` must name an existing release of the year, and be dated
    from its release up to today (the order the commands enforce, for hand-written entries)."""
    released = {}
    for _, name in release_tags(root, year):
        tag = gitrepo.tag(root, name)
        if tag is not None:
            released[name] = tag.date.date()
    today = gitrepo.today()
    found = []
    for kind, listed in entries.items():
        rel = register_rel(year, kind)
        old = gitrepo.show(root, base, rel)
        kept = len(parse(old, rel, kind, [])[0]) if old else 0
        for index, entry in enumerate(listed[kept:], start=kept):
            where = (rel, entry.line, f"[{index}]")
            if entry.versi not in released:
                known = ", ".join(released) or "-"
                found.append(
                    finding(
                        *where,
                        "register-entry-unknown-version",
                        version=entry.versi,
                        year=year,
                        known=known,
                    )
                )
            elif kind != "tanda-terima" and entry.tanggal < released[entry.versi]:
                found.append(
                    finding(
                        *where,
                        "register-entry-before-release",
                        date=entry.tanggal.isoformat(),
                        version=entry.versi,
                        released=released[entry.versi].isoformat(),
                    )
                )
            if entry.tanggal > today:
                found.append(
                    finding(
                        *where,
                        "register-entry-future",
                        date=entry.tanggal.isoformat(),
                        today=today.isoformat(),
                    )
                )
    return found


def _changed(before: list, after: list) -> int | None:
    """Index of the first entry of `before` that `after` no longer holds as it was, or None."""
    for index, entry in enumerate(before):
        if index >= len(after) or replace(after[index], line=0) != replace(entry, line=0):
            return index
    return None


def _registers(root: Path) -> list[str]:
    return sorted(
        path.relative_to(root).as_posix()
        for path in (root / layout.REPORTS).glob(f"*/{layout.REGISTER_FOLDER}/*.yml")
        if path.stem in KINDS and path.parent.parent.name.isdigit()
    )


def _first_difference(old: str, new: str) -> int:
    for number, (a, b) in enumerate(zip(old.splitlines(), new.splitlines(), strict=False), 1):
        if a != b:
            return number
    return min(len(old.splitlines()), len(new.splitlines())) + 1
