"""What every `lakip` command shares: the repository root, dates, progress and findings output."""

from __future__ import annotations

import sys
from pathlib import Path

from lakip import formatting
from lakip.cli.parser import Refused
from lakip.findings import LakipError, exit_code, format_findings, summary
from lakip.messages import message
from lakip.validate.gate import find_root

# A build's stages in order, each with the message that names it.
STAGE_NAMES = {
    "validate": "stage-validate",
    "assemble": "stage-assemble",
    "pdf": "stage-pdf",
    "site": "stage-site",
    "publish": "stage-publish",
}
# `lakip publish`'s stages: the signed years, then the draft of the year in progress.
PUBLISH_STAGES = {
    "validate": "stage-validate",
    "assemble": "stage-assemble",
    "site": "stage-site",
    "draft": "stage-draft",
    "publish": "stage-publish",
}


def stage_printer(lang: str, stages: dict[str, str] = STAGE_NAMES):
    """Print one line per pipeline stage to stderr, so long builds show where they are."""
    index = 0

    def report(stage: str) -> None:
        nonlocal index
        index += 1
        label = message(stages[stage], lang) if stage in stages else stage
        print(f"[{index}/{len(stages)}] {label} ...", file=sys.stderr, flush=True)

    return report


def repo_root(args) -> Path:
    """--root, which must be a report repository itself, or the one the cwd is in."""
    if not args.root:
        return find_root(Path.cwd())
    root = Path(args.root).resolve()
    if not root.is_dir() or find_root(root) != root:
        raise LakipError("not-a-repository", path=str(root))
    return root


def absolute_path(text: str) -> Path:
    """An output folder as given, anchored to the directory the command was run from."""
    return Path(text).absolute()


def parse_date(text: str):
    """A date typed on the command line, in any form `formatting.parse_date` accepts."""
    try:
        return formatting.parse_date(text)
    except formatting.DateTextError as error:
        if error.no_such_day:
            raise Refused("usage-no-such-date") from error
        raise Refused("usage-invalid-date", forms=formatting.DATE_FORMS) from error


def changed_files(root: Path, base: str | None, fmt: str) -> list[str] | None:
    """The files a pull request changed since `base`, for GitHub annotations to put first."""
    if fmt != "github" or not base:
        return None
    from lakip import gitrepo

    return gitrepo.changed_files(root, gitrepo.require_rev(root, gitrepo.branch(root, base)))


def print_findings(found: list, fmt: str, lang: str, changed: list[str] | None = None) -> int:
    """Print findings in `fmt` (stdout) and, for text, their count (stderr); the exit code."""
    output = format_findings(found, fmt, lang, changed)
    if output:
        print(output)
    if fmt == "text":
        print(summary(found, lang), file=sys.stderr)
    return exit_code(found)


def print_outcome(result, lang: str) -> int | None:
    """Print a pipeline's findings; the exit code when it failed, None when it went on."""

    if result.findings:
        print(format_findings(result.findings, "text", lang), file=sys.stderr)
        print(summary(result.findings, lang), file=sys.stderr)
    return None if result.ok else (exit_code(result.findings) or 1)
