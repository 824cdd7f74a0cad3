"""The `lakip` commands for spreadsheets: the readers' workbook out, the finance export in.

Each parses nothing itself and calls one library function.
"""

from __future__ import annotations

import sys

from lakip.cli.common import repo_root
from lakip.findings import LakipError, environment_error, exit_code, format_findings
from lakip.messages import message


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
