"""The `lakip` command: parse arguments, call one library stage, map the outcome to an exit code.

Heavy libraries (WeasyPrint, MkDocs, Markdown) are imported inside the commands that need them,
so `lakip validate` in a pre-commit hook starts fast.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from pathlib import Path

from lakip import __version__
from lakip.cli import exports as cli_exports
from lakip.cli import forms as cli_forms
from lakip.cli import release as cli_release
from lakip.cli import reviu as cli_reviu
from lakip.cli import sop as cli_sop
from lakip.cli.common import (
    absolute_path,
    changed_files,
    print_findings,
    print_outcome,
    repo_root,
    stage_printer,
)
from lakip.cli.parser import Parser, language
from lakip.findings import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    LakipError,
    environment_error,
    resolve_lang,
)
from lakip.messages import message


def _global_options(default: object, lang: str) -> Parser:
    """--root, --lang and --debug, accepted before the command and after it.

    The command's copies default to SUPPRESS: a value given before the command is then kept,
    where a default of None would overwrite it (`lakip --lang en validate`).
    """
    options = Parser(add_help=False, lang=lang)
    kept = {} if default is None else {"default": default}
    options.add_argument("--root", type=Path, metavar="metavar-folder", help="help-root", **kept)
    options.add_argument("--lang", choices=("id", "en"), help="help-lang", **kept)
    options.add_argument("--debug", action="store_true", help="help-debug", **kept)
    return options


def _parser(lang: str | None = None) -> Parser:
    """The whole command line, its help and its errors in `lang` (default: LAKIP_LANG, else id)."""
    lang = resolve_lang(lang)
    parser = Parser(
        prog="lakip",
        description=message("usage-description", lang),
        parents=[_global_options(None, lang)],
        lang=lang,
    )
    parser.add_argument(
        "--version", action="version", version=f"lakip {__version__}", help="help-version"
    )
    sub = parser.add_subparsers(
        dest="command", metavar="metavar-command", help="help-command", required=True
    )
    after = _global_options(argparse.SUPPRESS, lang)

    def add(name: str, handler) -> Parser:
        text = message(f"command-{name}", lang)
        p = sub.add_parser(name, parents=[after], help=text, description=text)
        p.set_defaults(handler=handler)
        return p

    p = add("validate", validate_cmd)
    _year_options(p)
    p.add_argument("--format", choices=("text", "json", "github"), default="text",
                   help="help-format")  # fmt: skip
    p.add_argument("--base", metavar="metavar-rev", help="help-pr-base")
    p.add_argument("paths", nargs="*", metavar="metavar-path", help="help-paths")

    p = add("figures", figures_cmd)
    _year_options(p)
    p.add_argument("--format", choices=("text", "json", "csv", "xlsx"), default="text",
                   help="help-format")  # fmt: skip
    p.add_argument("--out", type=absolute_path, metavar="metavar-file", help="help-out-figures")

    p = add("build", build_cmd)
    _year_options(p)
    p.add_argument("--out", type=absolute_path, default="build", metavar="metavar-folder",
                   help="help-out-build")  # fmt: skip
    p.add_argument("--triwulan", type=int, choices=(1, 2, 3, 4), metavar="metavar-quarter",
                   help="help-triwulan")  # fmt: skip

    p = add("serve", serve_cmd)
    p.add_argument("--year", type=int, metavar="metavar-year", help="help-year")
    p.add_argument("--host", default="127.0.0.1", metavar="metavar-host", help="help-host")
    p.add_argument("--port", type=int, default=8000, metavar="metavar-port", help="help-port")

    cli_sop.add_commands(add)
    cli_release.add_commands(add)
    cli_exports.add_commands(add)
    cli_forms.add_commands(add)
    cli_reviu.add_commands(add)

    p = add("schema", schema_cmd)
    p.add_argument("kind", nargs="?", metavar="metavar-kind", help="help-kind")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="help-schema-write")
    group.add_argument("--markdown", action="store_true", help="help-schema-markdown")
    group.add_argument("--check", action="store_true", help="help-schema-check")
    return parser


def _year_options(p: Parser) -> None:
    p.add_argument("--year", type=int, metavar="metavar-year", help="help-year")
    p.add_argument("--final", action="store_true", help="help-final")


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit codes are `findings.EXIT_*`.

    A reader that goes away (`lakip figures | head`) ends the command quietly with 141, whether
    the pipe breaks in a command, in --help, or while an error is being reported.
    """
    if argv is None:
        argv = sys.argv[1:]
    _tolerant_output()
    try:
        code = _run(argv)
        sys.stdout.flush()  # here, not at interpreter exit, where a broken pipe cannot be caught
        return code
    except SystemExit:  # --help, --version and usage errors exit through argparse
        _flush_quietly()
        raise
    except BrokenPipeError:
        return _reader_gone()


def _run(argv: list[str]) -> int:
    args = _parser(language(argv, None)).parse_args(argv)
    lang = resolve_lang(args.lang)
    args.lang = lang
    try:
        return args.handler(args)
    except LakipError as error:
        print(f"lakip: {error.message(lang)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        raise  # main() ends quietly with 141
    except OSError as error:  # the disk, not lakip: full, read-only, a file in the way
        if args.debug:
            raise
        print(f"lakip: {environment_error(error).message(lang)}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # noqa: BLE001 - the promise is "never a traceback"
        if _broken_pipe(error):
            return _reader_gone()
        if args.debug:
            raise
        print(f"lakip: {message('internal-error', lang, error=repr(error))}", file=sys.stderr)
        return EXIT_INTERNAL


def _broken_pipe(error: BaseException) -> bool:
    """The error, or one it was raised from or while handling, is a reader gone away."""
    seen = 0
    while error is not None and seen < 20:
        if isinstance(error, BrokenPipeError) or getattr(error, "errno", None) == errno.EPIPE:
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def _reader_gone() -> int:
    """Point stdout and stderr at /dev/null: Python flushes both at exit and would complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # no descriptor: a test's capture
            os.dup2(devnull, stream.fileno())
    os.close(devnull)
    return EXIT_BROKEN_PIPE


def _flush_quietly() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_gone()


def _tolerant_output() -> None:
    """A console that cannot show a character (cp1252, ASCII) gets an escape, not a crash.

    Without this, one "≤" or a unit's name in another script raised UnicodeEncodeError halfway
    through the findings, and the rest were lost.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if hasattr(stream, "reconfigure") and encoding not in ("utf8", "utf8sig"):
            stream.reconfigure(errors="backslashreplace")


def validate_cmd(args) -> int:
    """Check data files and report every finding (exit 1 on errors)."""
    from lakip.reviu.records import code_findings
    from lakip.validate.gate import load_and_validate

    root = repo_root(args)
    result = load_and_validate(root, args.year, args.final)
    # the checklist's codes live in `reviu`, above the gate's layers: checked beside it
    found = _only_paths(result.findings + code_findings(result.project), root, args.paths)
    return print_findings(
        found, args.format, args.lang, changed_files(root, args.base, args.format)
    )


def _only_paths(found: list, root: Path, paths: list[str]) -> list:
    if not paths:
        return found
    wanted = []
    for raw in paths:
        path = Path(raw).resolve()
        if not path.is_relative_to(root):
            raise LakipError("path-outside", path=raw, root=str(root))
        wanted.append(path.relative_to(root).as_posix())
    return [f for f in found if any(f.path == w or f.path.startswith(w + "/") for w in wanted)]


def figures_cmd(args) -> int:
    """Compute and print every figure of the report (capaian, budget, efficiency)."""
    from lakip.assemble.exports import export
    from lakip.compute.figures import compute
    from lakip.findings import exit_code, format_findings
    from lakip.validate.gate import load_and_validate

    if args.format == "xlsx":
        return cli_exports.figures_xlsx(args)
    if args.out is not None:
        raise LakipError("figures-out-only-xlsx", format=args.format)
    result = load_and_validate(repo_root(args), args.year, args.final)
    if not result.ok:
        print(format_findings(result.findings, "text", args.lang), file=sys.stderr)
        return exit_code(result.findings)
    if result.year is None:
        raise LakipError("no-year")
    print(export(compute(result.project, result.year), args.format, args.lang))
    return 0


def schema_cmd(args) -> int:
    """Print, write or check the JSON Schema of each data file kind."""
    from lakip.load import schema, spec

    if args.kind and args.kind not in spec.FILE_KINDS:
        raise LakipError("unknown-kind", kind=args.kind, known=", ".join(spec.FILE_KINDS))
    kinds = [spec.FILE_KINDS[args.kind]] if args.kind else list(spec.FILE_KINDS.values())
    if args.markdown:
        print(schema.markdown_reference())
        return 0
    if not (args.write or args.check):
        for kind in kinds:
            print(schema.schema_text(kind), end="")
        return 0
    folder = repo_root(args) / schema.SCHEMA_DIR
    stale = []
    for kind in kinds:
        target = folder / f"{kind.name}.json"
        text = schema.schema_text(kind)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(target)
        if args.write:
            folder.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for target in stale:
        code = "schema-written" if args.write else "schema-stale"
        print(message(code, args.lang, path=target), file=sys.stderr)
    return 1 if (stale and args.check) else 0


def build_cmd(args) -> int:
    """Validate, then build the report's PDF and site into --out (a draft unless --final)."""
    from lakip.pipeline import build, build_quarter

    root = repo_root(args)
    progress = stage_printer(args.lang)
    if args.triwulan:
        result = build_quarter(root, args.out, args.triwulan, args.year, args.final, progress)
    else:
        result = build(root, args.out, args.year, args.final, progress=progress)
    if (failed := print_outcome(result, args.lang)) is not None:
        return failed
    print(result.pdf)
    print(result.site / "index.html")
    return 0


def serve_cmd(args) -> int:
    """Serve a live preview of the draft site, rebuilt whenever a data file changes."""
    from lakip.cli.serve import serve

    serve(repo_root(args), args.host, args.port, args.year, args.lang)
    return 0
