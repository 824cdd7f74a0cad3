"""Turn problems found anywhere in the pipeline into located, coded findings and render them.

Every check yields `Finding`s instead of raising, so one run shows a section all its problems.
Exit codes live here and nowhere else.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field

from lakip.messages import Both, message, render_message

# Every exit code of every `lakip` command; README.md and docs/panduan/index.md list them too.
EXIT_OK = 0  # done, nothing to fix (warnings alone never fail a run)
EXIT_FINDINGS = 1  # the data or a check found something to fix
EXIT_USAGE = 2  # wrong option, not a lakip repository, a refused or impossible request
EXIT_INTERNAL = 3  # a bug in lakip: an unexpected exception (its traceback with --debug)
EXIT_INTERRUPTED = 130  # Ctrl+C (128 + SIGINT, as shells report it)
EXIT_BROKEN_PIPE = 141  # the reader of the output went away (`lakip status | head`; 128 + SIGPIPE)

ERROR = "error"
WARNING = "warning"

# Control and bidi characters that could reach a terminal or a CI log through a file name.
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]"
)


class LakipError(Exception):
    """A usage or environment problem that stops a command (exit 2), with a message for the user."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str) -> str:
        return render_message(self.code, lang, self.params)


# What the operating system said, in words a user acts on; other errors keep the system's text.
_OS_REASONS = {
    "ENOSPC": ("disk penuh", "no space left on the disk"),
    "EDQUOT": ("kuota disk habis", "the disk quota is used up"),
    "EROFS": ("sistem berkas hanya-baca", "the file system is read-only"),
    "EACCES": ("izin ditolak", "permission denied"),
    "EPERM": ("operasi tidak diizinkan", "operation not permitted"),
    "EEXIST": ("sudah ada berkas dengan nama itu", "a file of that name is in the way"),
    "ENOTDIR": ("bagian path itu berkas, bukan folder", "part of the path is a file, not a folder"),
    "EISDIR": ("itu folder, bukan berkas", "it is a folder, not a file"),
    "ENAMETOOLONG": ("nama terlalu panjang", "the name is too long"),
    "EIO": ("kesalahan masukan/keluaran perangkat", "an input/output error of the device"),
}


def environment_error(error: OSError, path: object = None) -> LakipError:
    """An operating system's refusal (full disk, read-only, a file in the way) as exit 2.

    `path` names the place being written when the error itself names none (a write into an
    open file carries no file name), or when the disk it is on is the problem.
    """
    name = errno.errorcode.get(error.errno or 0, "")
    reason_id, reason_en = _OS_REASONS.get(name, (error.strerror or str(error),) * 2)
    # A full or read-only disk is the output's: a copy names its source file, which misleads.
    disk = name in ("ENOSPC", "EDQUOT", "EROFS") and path is not None
    where = path if disk or error.filename is None else error.filename
    return LakipError(
        "environment-error",
        path=str(where) if where is not None else "?",
        reason=Both(f"{reason_id} ({name or error.errno})", f"{reason_en} ({name or error.errno})"),
    )


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    key: str
    code: str
    severity: str
    params: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    def message(self, lang: str) -> str:
        return render_message(self.code, lang, dict(self.params))

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def sort_key(self) -> tuple:
        """File, line, key; the count of a file's hidden findings comes after the shown ones."""
        return (self.path, self.line, self.code == MORE_FINDINGS, self.key, self.code)


def finding(
    path: str, line: int, key: str, code: str, severity: str = ERROR, /, **params: object
) -> Finding:
    """Build a finding; `params` fill the message template."""
    return Finding(path, line, key, code, severity, tuple(sorted(params.items())))


MORE_FINDINGS = "more-findings"
MAX_PER_FILE = 100  # findings shown per file; the rest are counted, so one bad paste stays readable


def capped_per_file(findings: list[Finding], limit: int = MAX_PER_FILE) -> list[Finding]:
    """The first `limit` findings of each file, by line, and one finding counting the rest.

    A file pasted with twenty thousand broken rows gives twenty thousand findings of the same
    kind; the section needs the first ones and the count, not 38 MB of output.
    """
    by_path: dict[str, list[Finding]] = {}
    for item in findings:
        by_path.setdefault(item.path, []).append(item)
    kept: list[Finding] = []
    for path, items in by_path.items():
        counted = [f for f in items if f.code == MORE_FINDINGS]
        items = sorted((f for f in items if f.code != MORE_FINDINGS), key=Finding.sort_key)
        shown, rest = items[:limit], items[limit:]
        hidden = len(rest) + sum(hidden_count(f) for f in counted)
        kept += shown
        if hidden:
            errors = any(f.is_error for f in rest + counted)
            last = max((f.line for f in shown), default=0)
            kept.append(more_findings(path, last, hidden, ERROR if errors else WARNING))
    return kept


def more_findings(path: str, line: int, count: int, severity: str) -> Finding:
    """Stands for `count` findings of `path` that are not shown; sorts after the last shown."""
    return finding(path, line, "", MORE_FINDINGS, severity, count=count)


def hidden_count(item: Finding) -> int:
    """How many findings `item` stands for: its count if it sums up hidden ones, else 1."""
    return int(dict(item.params)["count"]) if item.code == MORE_FINDINGS else 1


def resolve_lang(option: str | None = None) -> str:
    """Indonesian unless `--lang en` or `LAKIP_LANG=en` asks for English."""
    lang = option or os.environ.get("LAKIP_LANG", "id")
    return "en" if lang.lower().startswith("en") else "id"


def exit_code(findings: list[Finding]) -> int:
    """0 when no finding is an error, 1 otherwise; warnings alone never fail a run."""
    return EXIT_FINDINGS if any(f.is_error for f in findings) else EXIT_OK


def as_dict(item: Finding, lang: str) -> dict:
    return {
        "path": item.path,
        "line": item.line,
        "key": item.key,
        "code": item.code,
        "severity": item.severity,
        "message": item.message(lang),
    }


def format_findings(
    findings: list[Finding], fmt: str, lang: str, changed: Collection[str] | None = None
) -> str:
    """Render findings compiler-style (`text`), as JSON, or as GitHub workflow annotations.

    `changed`: the files a pull request changed; their findings are annotated first (github).
    """
    ordered = sorted(findings, key=Finding.sort_key)
    if fmt == "json":
        return json.dumps([as_dict(f, lang) for f in ordered], ensure_ascii=False, indent=2)
    if fmt == "github":
        return "\n".join(_visible(line) for line in _github(ordered, lang, changed))
    return "\n".join(_visible(_text_line(f, lang)) for f in ordered)


GITHUB_SHOWN = 10  # GitHub shows this many error and this many warning annotations per step


def _github(ordered: list[Finding], lang: str, changed: Collection[str] | None) -> list[str]:
    """Annotations, the pull request's own files first; the rest as log lines and one notice.

    GitHub turns only the first ten errors and ten warnings of a step into annotations on the
    pull request. A section must see its own mistakes there, not ten about a file it never
    touched, so findings in `changed` go first; those past the limit are still printed, as
    plain lines in the step's log, and one notice counts them.
    """
    wanted = set(changed or ())
    mine = [f for f in ordered if _under(f.path, wanted)]
    others = [f for f in ordered if not _under(f.path, wanted)]
    room = {ERROR: GITHUB_SHOWN, WARNING: GITHUB_SHOWN}
    shown, hidden = [], []
    for item in mine + others:
        if room[item.severity] > 0:
            room[item.severity] -= 1
            shown.append(item)
        else:
            hidden.append(item)
    lines = [_github_line(f, lang) for f in shown]
    if hidden:
        lines += [_text_line(f, lang) for f in hidden]
        counts = {
            "errors": sum(hidden_count(f) for f in hidden if f.is_error),
            "warnings": sum(hidden_count(f) for f in hidden if not f.is_error),
            "changed": sum(hidden_count(f) for f in hidden if _under(f.path, wanted)),
            "shown": GITHUB_SHOWN,
        }
        notice = message("github-more-findings", lang, **counts)
        lines.append(f"::notice title=lakip::{_escape_data(notice)}")
    return lines


def _under(path: str, changed: set[str]) -> bool:
    return path in changed or any(path.startswith(c.rstrip("/") + "/") for c in changed)


def summary(findings: list[Finding], lang: str) -> str:
    if not findings:
        return message("summary-none", lang)
    errors = sum(hidden_count(f) for f in findings if f.is_error)
    warnings = sum(hidden_count(f) for f in findings if not f.is_error)
    return message("summary-counts", lang, errors=errors, warnings=warnings)


def _column(item: Finding) -> int | None:
    """The column a finding names (YAML syntax, encoding, invisible characters), if any."""
    column = dict(item.params).get("column")
    return column if isinstance(column, int) and column > 0 and item.line else None


def _text_line(item: Finding, lang: str) -> str:
    where = f"{item.path}:{item.line}" if item.line else item.path
    if (column := _column(item)) is not None:
        where += f":{column}"  # file:line:column, as compilers and editors read it
    label = _severity_label(item.severity, lang)
    key = f" {item.key}:" if item.key else ""
    return f"{where}: {label}:{key} {item.message(lang)} [{item.code}]"


def _visible(line: str) -> str:
    """Show control characters as escapes, so a hostile file name cannot drive the terminal."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), line)


def _severity_label(severity: str, lang: str) -> str:
    return message("severity-error" if severity == ERROR else "severity-warning", lang)


def _github_line(item: Finding, lang: str) -> str:
    props = f"file={_escape_property(item.path)}"
    if item.line:
        props += f",line={item.line}"
    if (column := _column(item)) is not None:
        props += f",col={column}"
    props += f",title={_escape_property(item.code)}"
    key = f"{item.key}: " if item.key else ""
    return f"::{item.severity} {props}::{_escape_data(key + item.message(lang))}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
