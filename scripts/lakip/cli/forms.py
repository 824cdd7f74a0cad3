"""The `lakip` commands of the staff forms: `formulir` writes each unit's workbook, `impor`
reads filled workbooks and Word narratives back into the unit's files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lakip.cli.common import absolute_path, print_findings, print_outcome, repo_root
from lakip.findings import LakipError, as_dict, exit_code, format_findings, summary
from lakip.messages import message

FINDING_FORMATS = ("text", "json", "github")


def add_commands(add) -> None:
    """Register the forms commands on the parser through `add(name, handler)`."""
    p = add("formulir", formulir_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-formulir-year")
    p.add_argument("--unit", action="append", default=[], metavar="metavar-slug",
                   help="help-formulir-unit")  # fmt: skip
    p.add_argument("--out", type=absolute_path, default="build/formulir",
                   metavar="metavar-folder", help="help-out-formulir")  # fmt: skip

    p = add("impor", impor_cmd)
    p.add_argument("files", nargs="+", type=Path, metavar="metavar-file", help="help-impor-files")
    p.add_argument("--year", type=int, metavar="metavar-year", help="help-year")
    p.add_argument("--dry-run", action="store_true", help="help-impor-dry-run")
    p.add_argument("--format", choices=FINDING_FORMATS, default="text", help="help-format")


def formulir_cmd(args) -> int:
    """Validate, then write each unit's Excel form for the year (exit 1 on findings)."""
    from lakip.forms.out.formulir import write_forms

    lang = args.lang
    print(message("form-validating", lang), file=sys.stderr, flush=True)

    def written(unit, path) -> None:
        if path.is_file():  # a success line only for a file that is there
            code = "form-narrative-written" if path.suffix == ".docx" else "form-written"
            print(message(code, lang, unit=unit, path=str(path)), flush=True)

    result = write_forms(repo_root(args), args.out, args.year, args.unit, written)
    failed = print_outcome(result, lang)
    if failed is not None:
        return failed
    count, narratives, folder = len(result.written), len(result.narratives), str(args.out)
    print(message("form-done", lang, count=count, narratives=narratives, year=result.year,
                  folder=folder), file=sys.stderr)  # fmt: skip
    return 0


def impor_cmd(args) -> int:
    """Import filled forms and narrative documents: print what changes, or the findings.

    Excel forms are imported together, all or nothing; Word narratives (`.docx`) one by one
    after them, and only when the forms were clean.
    """
    for path in args.files:  # before anything is read: one clear line, in the user's language
        if not path.is_file():
            raise LakipError("impor-file-missing", path=str(path))
    documents = [p for p in args.files if p.suffix.lower() == ".docx"]
    forms = [p for p in args.files if p.suffix.lower() != ".docx"]
    code = _import_forms(args, forms) if forms else 0
    if documents and code == 0:
        code = _import_documents(args, documents)
    return code


def _import_forms(args, files: list[Path]) -> int:
    from lakip.forms.intake.importing import import_forms

    lang = args.lang
    result = import_forms(repo_root(args), files, args.year, args.dry_run)
    if args.format == "json":
        print(json.dumps(_as_json(result, lang), ensure_ascii=False, indent=2))
        return exit_code(result.findings)
    if result.findings:
        print(format_findings(result.findings, args.format, lang))
    if args.format == "text":
        _print_changes(result, lang, args.dry_run)
        print(summary(result.findings, lang), file=sys.stderr)
    return exit_code(result.findings)


def _import_documents(args, files: list[Path]) -> int:
    from lakip.forms.narrative_import import import_narrative  # python-docx: only when used

    root, found = repo_root(args), []
    for path in files:
        result = import_narrative(root, path, args.dry_run, args.year)
        found += result.findings
        print(_outcome(result, args.lang, args.dry_run), file=sys.stderr)
    return print_findings(found, args.format, args.lang)


def _outcome(result, lang: str, dry_run: bool) -> str:
    """What happened to one document, said only once it is true (the files were written)."""
    if not result.ok:
        return message("narrative-not-written", lang, document=result.document)
    if dry_run and (result.changed or result.images):
        return message("impor-would-write", lang, path=result.path)
    if result.changed or result.images:
        return message("narrative-imported", lang, document=result.document, path=result.path,
                       images=len(result.images))  # fmt: skip
    return message("narrative-unchanged", lang, document=result.document, path=result.path)


def _print_changes(result, lang: str, dry_run: bool) -> None:
    if not result.ok:
        print(message("impor-refused", lang), file=sys.stderr)
        return
    if not result.changes:
        print(message("impor-nothing", lang))
        return
    for path in dict.fromkeys(change.path for change in result.changes):
        # a success line only for a file that was written, or on a dry run would be
        done = "impor-would-write" if dry_run else "impor-written"
        if dry_run or path in result.written:
            print(message(done, lang, path=path))
        for change in (c for c in result.changes if c.path == path):
            print(message("impor-change", lang, code=change.code, key=change.key,
                          old=change.old, new=change.new))  # fmt: skip


def _as_json(result, lang: str) -> dict:
    return {
        "tahun": result.year,
        "perubahan": [vars(change) for change in result.changes],
        "ditulis": result.written,
        "temuan": [as_dict(f, lang) for f in result.findings],
    }
