"""The `lakip` commands for spreadsheets: the readers' workbook out, the finance export in.

Each parses nothing itself and calls one library function.
"""

from __future__ import annotations

import sys
from pathlib import Path

from lakip.cli.common import print_findings, repo_root
from lakip.findings import LakipError, environment_error, exit_code, format_findings
from lakip.messages import message


def add_commands(add) -> None:
    """Register the spreadsheet commands on the parser through `add(name, handler)`."""
    p = add("impor-anggaran", budget_import_cmd)
    p.add_argument("file", type=Path, metavar="metavar-file", help="help-finance-file")
    p.add_argument("--year", type=int, metavar="metavar-year", help="help-year")
    p.add_argument("--unit", action="append", default=[], metavar="metavar-slug",
                   help="help-finance-unit")  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="help-dry-run")


def budget_import_cmd(args) -> int:
    """`lakip impor-anggaran`: the export's realisations into the units' anggaran.yml."""
    from lakip.forms.finance.budget import import_budget
    from lakip.validate.numbers import rupiah

    result = import_budget(repo_root(args), args.file, args.year, args.unit, args.dry_run)
    code = print_findings(result.findings, "text", args.lang) if result.findings else 0
    if not result.ok:
        return code or 1
    for change in result.changes:
        old = "-" if change.old is None else rupiah(change.old)
        print(message("finance-change", args.lang, path=change.path, code=change.code, old=old,
                      new=rupiah(change.new)))  # fmt: skip
    matched, changed = result.matched, len(result.changes)
    if args.dry_run:
        print(message("finance-dry-run", args.lang, matched=matched, changed=changed))
    elif result.written:
        files = len(result.written)
        print(message("finance-written", args.lang, matched=matched, changed=changed, files=files))
    else:
        print(message("finance-unchanged", args.lang, matched=result.matched))
    return 0


def figures_xlsx(args) -> int:
    """`lakip figures --format xlsx`: the workbook to `--out`, or to a redirected stdout.

    Binary bytes on a terminal are only noise (and may upset it), so without `--out` the workbook
    goes to standard output only when that is a file or a pipe.
    """
    from lakip.pipeline import figures_workbook

    binary = getattr(sys.stdout, "buffer", None)
    if args.out is None and (binary is None or sys.stdout.isatty()):
        raise LakipError("figures-xlsx-terminal")
    found, data = figures_workbook(repo_root(args), args.year, args.final)
    if data is None:
        print(format_findings(found, "text", args.lang), file=sys.stderr)
        return exit_code(found) or 1
    if args.out is None:
        sys.stdout.flush()
        binary.write(data)
        return 0
    from lakip.office.archive import write_atomically

    try:
        write_atomically(args.out, data)
        written = args.out.read_bytes() == data
    except OSError as error:
        raise environment_error(error, args.out) from error
    if not written:  # another program replaced it meanwhile: say nothing untrue
        raise LakipError("figures-xlsx-changed", path=str(args.out))
    from lakip.office.figures_book import SHEETS

    print(message("figures-xlsx-written", args.lang, path=args.out, sheets=len(SHEETS)))
    return 0
