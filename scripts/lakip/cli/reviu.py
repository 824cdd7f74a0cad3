"""The `lakip reviu` command: the Inspektorat's worksheet, from one library call."""

from __future__ import annotations

import json
import sys

from lakip.cli.common import STAGE_NAMES, absolute_path, print_outcome, repo_root, stage_printer
from lakip.formatting import decimal2
from lakip.messages import message

REVIU_STAGES = {**STAGE_NAMES, "reviu": "stage-reviu"}


def add_commands(add) -> None:
    """Register `reviu` on the parser through `add(name, handler)`."""
    p = add("reviu", reviu_cmd)
    p.add_argument("year", type=int, nargs="?", metavar="metavar-year", help="help-reviu-year")
    p.add_argument("--out", type=absolute_path, default="build/reviu", metavar="metavar-folder",
                   help="help-out-reviu")  # fmt: skip
    p.add_argument("--format", choices=("text", "json"), default="text", help="help-format")


def reviu_cmd(args) -> int:
    """Build the report, decide the reviu items, write the worksheet; print the summary."""
    from lakip.pipeline import reviu

    lang = args.lang
    result = reviu(repo_root(args), args.out, args.year, progress=stage_printer(lang, REVIU_STAGES))
    if (failed := print_outcome(result, lang)) is not None:
        return failed
    sheet = result.sheet
    if args.format == "json":
        data = sheet.as_dict() | {"pdf": str(result.pdf), "xlsx": str(result.xlsx)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    counts = sheet.counts()
    print(
        message(
            "reviu-summary", lang, year=sheet.year, met=counts["memenuhi"],
            not_met=counts["tidak-memenuhi"], not_yet=counts["belum"],
            reviewer=counts["penilai"],
        )
    )  # fmt: skip
    for row in sheet.rows:
        if row.result.verdict == "tidak-memenuhi":
            print(message("reviu-not-met", lang, code=row.item.code, reason=row.result.reason))
    print(message("reviu-score", lang, score=decimal2(sheet.total), out_of=decimal2(15)))
    print(result.pdf, file=sys.stdout)
    print(result.xlsx)
    return 0
