"""The `lakip` commands for staff forms: a unit's filled Word narrative (and Excel form) back in.

Each parses its arguments and calls one library function per file; nothing is decided here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lakip.cli.common import print_findings, repo_root
from lakip.findings import LakipError
from lakip.messages import message


def add_commands(add) -> None:
    """Register the forms commands on the parser through `add(name, handler)`."""
    p = add("impor", impor_cmd)
    p.add_argument("files", nargs="+", type=Path, metavar="metavar-file", help="help-impor-files")
    p.add_argument("--format", choices=("text", "json"), default="text", help="help-format")


def impor_cmd(args) -> int:
    """Import filled narrative documents into the units' files; findings when refused."""
    from lakip.forms.narrative_import import import_narrative  # python-docx: only when used

    root = repo_root(args)
    found = []
    for path in args.files:
        if path.suffix.lower() != ".docx":
            raise LakipError("impor-unknown-kind", path=str(path))
        result = import_narrative(root, path)
        found += result.findings
        print(_outcome(result, args.lang), file=sys.stderr)
    return print_findings(found, args.format, args.lang)


def _outcome(result, lang: str) -> str:
    """What happened to one document, said only once it is true (the files were written)."""
    if not result.ok:
        return message("narrative-not-written", lang, document=result.document)
    if result.changed or result.images:
        return message("narrative-imported", lang, document=result.document, path=result.path,
                       images=len(result.images))  # fmt: skip
    return message("narrative-unchanged", lang, document=result.document, path=result.path)
