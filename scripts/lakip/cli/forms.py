"""The `lakip` commands of the staff forms: `formulir` writes each unit's workbook."""

from __future__ import annotations

import sys

from lakip.cli.common import absolute_path, print_outcome, repo_root
from lakip.messages import message


def add_commands(add) -> None:
    """Register the forms commands on the parser through `add(name, handler)`."""
    p = add("formulir", formulir_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-formulir-year")
    p.add_argument("--unit", action="append", default=[], metavar="metavar-slug",
                   help="help-formulir-unit")  # fmt: skip
    p.add_argument("--out", type=absolute_path, default="build/formulir",
                   metavar="metavar-folder", help="help-out-formulir")  # fmt: skip


def formulir_cmd(args) -> int:
    """Validate, then write each unit's Excel form for the year (exit 1 on findings)."""
    from lakip.forms.formulir import write_forms

    lang = args.lang
    print(message("form-validating", lang), file=sys.stderr, flush=True)

    def written(unit, path) -> None:
        if path.is_file():  # a success line only for a file that is there
            print(message("form-written", lang, unit=unit, path=str(path)), flush=True)

    result = write_forms(repo_root(args), args.out, args.year, args.unit, written)
    failed = print_outcome(result, lang)
    if failed is not None:
        return failed
    count, folder = len(result.written), str(args.out)
    print(message("form-done", lang, count=count, year=result.year, folder=folder), file=sys.stderr)
    return 0
