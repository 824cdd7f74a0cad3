"""The `lakip` command: parse arguments, call one library stage, map the outcome to an exit code.

Heavy libraries (WeasyPrint, MkDocs, Markdown) are imported inside the commands that need them,
so `lakip validate` in a pre-commit hook starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from lakip import __version__
from lakip.cli import release as cli_release
from lakip.cli import sop as cli_sop
from lakip.cli.common import (
    absolute_path,
    print_findings,
    print_outcome,
    repo_root,
    stage_printer,
)
from lakip.findings import (
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    LakipError,
    resolve_lang,
)
from lakip.messages import message


def _global_options(default: object) -> argparse.ArgumentParser:
    """--root, --lang and --debug, accepted before the command and after it.

    The command's copies default to SUPPRESS: a value given before the command is then kept,
    where a default of None would overwrite it (`lakip --lang en validate`).
    """
    options = argparse.ArgumentParser(add_help=False)
    kept = {} if default is None else {"default": default}
    options.add_argument(
        "--root", type=Path, help="repository root (default: found from cwd)", **kept
    )
    options.add_argument(
        "--lang", choices=("id", "en"), help="message language (or LAKIP_LANG)", **kept
    )
    options.add_argument("--debug", action="store_true", help="show tracebacks", **kept)
    return options


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lakip",
        description="Report-as-code for Indonesian performance accountability reports (LKjIP).",
        parents=[_global_options(None)],
    )
    parser.add_argument("--version", action="version", version=f"lakip {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    after = _global_options(argparse.SUPPRESS)

    def add(name: str, handler) -> argparse.ArgumentParser:
        doc = handler.__doc__
        p = sub.add_parser(name, parents=[after], help=doc, description=doc)
        p.set_defaults(handler=handler)
        return p

    p = add("validate", validate_cmd)
    _year_options(p)
    p.add_argument("--format", choices=("text", "json", "github"), default="text")
    p.add_argument("paths", nargs="*", metavar="PATH", help="only report findings in these files")

    p = add("figures", figures_cmd)
    p.add_argument(
        "--year",
        type=int,
        help="reporting year (default: the year being reported, not a year with only its pk.yml)",
    )
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")

    p = add("build", build_cmd)
    _year_options(p)
    p.add_argument("--out", type=absolute_path, default="build", help="output folder (build)")

    p = add("serve", serve_cmd)
    p.add_argument(
        "--year",
        type=int,
        help="reporting year (default: the year being reported, not a year with only its pk.yml)",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    cli_sop.add_commands(add)
    cli_release.add_commands(add)

    p = add("schema", schema_cmd)
    p.add_argument("kind", nargs="?", help="file kind (profil, renstra, pk, ...); default: all")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="write scripts/lakip/schemas/*.json")
    group.add_argument("--markdown", action="store_true", help="print the key reference")
    group.add_argument("--check", action="store_true", help="fail if written files are stale")
    return parser


def _year_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--year",
        type=int,
        help="reporting year (default: the year being reported, not a year with only its pk.yml)",
    )
    p.add_argument("--final", action="store_true", help="missing data is an error, not a warning")


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit codes are `findings.EXIT_*`."""
    args = _parser().parse_args(argv)
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
        # Python flushes stdout again at exit and would complain about the same closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as error:  # noqa: BLE001 - the promise is "never a traceback"
        if args.debug:
            raise
        print(f"lakip: {message('internal-error', lang, error=repr(error))}", file=sys.stderr)
        return EXIT_INTERNAL


def validate_cmd(args) -> int:
    """Check data files and report every finding (exit 1 on errors)."""
    from lakip.validate.gate import load_and_validate

    root = repo_root(args)
    result = load_and_validate(root, args.year, args.final)
    return print_findings(_only_paths(result.findings, root, args.paths), args.format, args.lang)


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

    result = load_and_validate(repo_root(args), args.year)
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
    from lakip.pipeline import build

    root = repo_root(args)
    result = build(root, args.out, args.year, args.final, progress=stage_printer(args.lang))
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
