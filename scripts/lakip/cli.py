"""The `lakip` command: parse arguments, call one library stage, map the outcome to an exit code.

Heavy libraries (WeasyPrint, MkDocs, Markdown) are imported inside the commands that need them,
so `lakip validate` in a pre-commit hook starts fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lakip import __version__
from lakip.findings import EXIT_USAGE, LakipError, resolve_lang


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--root", type=Path, help="repository root (default: found from cwd)")
    common.add_argument("--lang", choices=("id", "en"), help="message language (or LAKIP_LANG)")
    common.add_argument("--debug", action="store_true", help="show tracebacks")

    parser = argparse.ArgumentParser(
        prog="lakip",
        description="Report-as-code for Indonesian performance accountability reports (LKjIP).",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"lakip {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, handler) -> argparse.ArgumentParser:
        doc = handler.__doc__
        p = sub.add_parser(name, parents=[common], help=doc, description=doc)
        p.set_defaults(handler=handler)
        return p

    p = add("validate", validate_cmd)
    _year_options(p)
    p.add_argument("--format", choices=("text", "json", "github"), default="text")
    p.add_argument("paths", nargs="*", metavar="PATH", help="only report findings in these files")

    p = add("figures", figures_cmd)
    p.add_argument("--year", type=int, help="reporting year (default: latest)")
    p.add_argument("--format", choices=("text", "json", "csv"), default="text")

    p = add("build", build_cmd)
    _year_options(p)
    p.add_argument("--out", type=Path, default=Path("build"), help="output folder (default: build)")

    p = add("serve", serve_cmd)
    p.add_argument("--year", type=int, help="reporting year (default: latest)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    p = add("new", new_cmd)
    p.add_argument("year", type=int, metavar="YEAR", help="reporting year to open")
    p.add_argument("--surat-nomor", required=True, help="number of the incoming letter")
    p.add_argument("--surat-tanggal", required=True, type=_date, help="letter date (YYYY-MM-DD)")
    p.add_argument("--tenggat", type=_date, help="deadline for the units (default: +14 days)")
    p.add_argument("--perihal", help="subject of the letter")
    p.add_argument("--pengirim", help="sender of the letter")

    p = add("status", status_cmd)
    p.add_argument("year", type=int, nargs="?", metavar="YEAR", help="default: latest year")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--today", type=_date, help="count days from this date instead of the clock")

    p = add("codeowners", codeowners_cmd)
    p.add_argument("--check", action="store_true", help="fail if the committed file is stale")
    p.add_argument("--format", choices=("text", "json", "github"), default="text")

    p = add("check-ownership", check_ownership_cmd)
    p.add_argument("--base", required=True, help="protected branch the pull request targets")
    p.add_argument("--head", default="HEAD", help="the pull request's commit (default: HEAD)")
    p.add_argument("--author", required=True, help="Git hosting handle of the author")
    p.add_argument("--format", choices=("text", "json", "github"), default="text")

    p = add("check-targets", check_targets_cmd)
    p.add_argument("--year", type=int, help="only this year (default: every signed PK)")
    p.add_argument("--format", choices=("text", "json", "github"), default="text")

    p = add("check-registers", check_registers_cmd)
    p.add_argument("--base", default="HEAD", help="revision the registers must extend")
    p.add_argument("--format", choices=("text", "json", "github"), default="text")

    p = add("sign-pk", sign_pk_cmd)
    p.add_argument("year", type=int, metavar="YEAR")
    p.add_argument("--no-sign", action="store_true", help="unsigned annotated tag (tests only)")

    p = add("release", release_cmd)
    p.add_argument("year", type=int, metavar="YEAR")
    p.add_argument("--signer", help="PAdES signer, e.g. p12:/path/key.p12 (LAKIP_P12_PASSPHRASE)")
    p.add_argument("--out", type=Path, help="bundle folder (default build/release/<tag>)")
    p.add_argument("--branch", default="main", help="protected branch (default main)")
    p.add_argument("--no-sign-tag", action="store_true", help="unsigned tag (tests only)")

    p = add("bundle", bundle_cmd)
    p.add_argument("tag", metavar="TAG", help="existing release tag, checked out (lakip-YEAR-vN)")
    p.add_argument("--out", type=Path, help="bundle folder (default build/release/<tag>)")

    p = add("verify", verify_cmd)
    p.add_argument("target", metavar="PATH|TAG", help="release bundle folder or release tag")
    p.add_argument("--allowed-signers", type=Path, help="default: <branch>:.github/allowed_signers")
    p.add_argument("--trust", type=Path, action="append", default=[], help="trusted root cert")
    p.add_argument("--branch", default="main", help="protected branch (default main)")
    p.add_argument("--no-rebuild", action="store_true", help="skip the reproducibility rebuild")

    p = add("distribute", distribute_cmd)
    p.add_argument("year", type=int, metavar="YEAR")
    p.add_argument("--tanggal", type=_date, help="letter date YYYY-MM-DD (default: today)")
    p.add_argument("--nomor-awal", type=int, help="sequence number of the first letter")
    p.add_argument("--pola", default=None, help="number pattern, e.g. 000.1.2/{nomor}/X/{tahun}")
    p.add_argument("--out", type=Path, help="output folder (default build/distribusi/<year>)")
    p.add_argument("--draft", action="store_true", help="draft letters, nothing recorded")
    p.add_argument("--commit", action="store_true", help="commit the register entry")

    p = add("receipt", receipt_cmd)
    p.add_argument("year", type=int, metavar="YEAR")
    p.add_argument("recipient", metavar="RECIPIENT", help="recipient code from profil.yml")
    p.add_argument("--oleh", required=True, help="who received it (name on the receipt)")
    p.add_argument("--tanggal", required=True, type=_date, help="date received YYYY-MM-DD")
    p.add_argument("--catatan", default="", help="note")
    p.add_argument("--versi", help="release tag (default: the year's latest)")
    p.add_argument("--ulang", action="store_true", help="record a second receipt")
    p.add_argument("--commit", action="store_true", help="commit the register entry")

    p = add("archive", archive_cmd)
    p.add_argument("year", type=int, metavar="YEAR")
    p.add_argument("--lokasi", required=True, help="where the copies are kept")
    p.add_argument("--rangkap", required=True, type=int, help="number of copies")
    p.add_argument("--tanggal", type=_date, help="date YYYY-MM-DD (default: today)")
    p.add_argument("--oleh", help="who archived them (default: git user.name)")
    p.add_argument("--catatan", default="", help="note")
    p.add_argument("--versi", help="release tag (default: the year's latest)")
    p.add_argument("--commit", action="store_true", help="commit the register entry")

    p = add("schema", schema_cmd)
    p.add_argument("kind", nargs="?", help="file kind (profil, renstra, pk, ...); default: all")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="write scripts/lakip/schemas/*.json")
    group.add_argument("--markdown", action="store_true", help="print the key reference")
    group.add_argument("--check", action="store_true", help="fail if written files are stale")
    return parser


def _year_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=int, help="reporting year (default: latest)")
    p.add_argument("--final", action="store_true", help="missing data is an error, not a warning")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = resolve_lang(args.lang)
    args.lang = lang
    try:
        return args.handler(args)
    except LakipError as error:
        print(f"lakip: {error.message(lang)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # noqa: BLE001 - the promise is "never a traceback"
        if args.debug:
            raise
        print(
            f"lakip: {LakipError('internal-error', error=repr(error)).message(lang)}",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _root(args) -> Path:
    from lakip.check import find_root

    return Path(args.root).resolve() if args.root else find_root(Path.cwd())


def validate_cmd(args) -> int:
    """Check data files and report every finding (exit 1 on errors)."""
    from lakip.check import check
    from lakip.findings import exit_code, render, summary

    root = _root(args)
    result = check(root, args.year, args.final)
    found = _only_paths(result.findings, root, args.paths)
    output = render(found, args.format, args.lang)
    if output:
        print(output)
    if args.format == "text":
        print(summary(found, args.lang), file=sys.stderr)
    return exit_code(found)


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
    from lakip.check import check
    from lakip.figures import compute
    from lakip.figures_report import render as render_figures
    from lakip.findings import exit_code, render

    result = check(_root(args), args.year)
    if not result.ok:
        print(render(result.findings, "text", args.lang), file=sys.stderr)
        return exit_code(result.findings)
    if result.year is None:
        raise LakipError("no-year")
    print(render_figures(compute(result.project, result.year), args.format, args.lang))
    return 0


def schema_cmd(args) -> int:
    """Print, write or check the JSON Schema of each data file kind."""
    from lakip import schema, spec

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
    folder = _root(args) / schema.SCHEMA_DIR
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
        print(f"{'written' if args.write else 'stale'}: {target}", file=sys.stderr)
    return 1 if (stale and args.check) else 0


def build_cmd(args) -> int:
    """Validate, then build the report's PDF and site into --out (a draft unless --final)."""
    from lakip.build import build
    from lakip.findings import exit_code, render, summary

    root = _root(args)
    out = args.out if args.out.is_absolute() else Path.cwd() / args.out
    result = build(root, out, args.year, args.final, progress=_progress(args.lang))
    if result.findings:
        print(render(result.findings, "text", args.lang), file=sys.stderr)
        print(summary(result.findings, args.lang), file=sys.stderr)
    if not result.ok:
        return exit_code(result.findings) or 1
    print(result.pdf)
    print(result.site / "index.html")
    return 0


_STAGE_NAMES = {
    "validate": ("Memvalidasi data", "Validating data"),
    "assemble": ("Menyusun laporan", "Assembling the report"),
    "pdf": ("Membuat PDF", "Rendering the PDF"),
    "site": ("Membuat situs", "Building the site"),
    "publish": ("Memindahkan hasil ke tempatnya", "Moving outputs into place"),
}


def _progress(lang: str):
    """Print one line per pipeline stage to stderr, so long builds show where they are."""
    index = 0

    def report(stage: str) -> None:
        nonlocal index
        index += 1
        label = _STAGE_NAMES.get(stage, (stage, stage))[1 if lang == "en" else 0]
        print(f"[{index}/{len(_STAGE_NAMES)}] {label} ...", file=sys.stderr, flush=True)

    return report


def serve_cmd(args) -> int:
    """Serve a live preview of the draft site, rebuilt whenever a data file changes."""
    from lakip.serve import serve

    serve(_root(args), args.host, args.port, args.year, args.lang)
    return 0


def _date(text: str):
    import datetime

    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {text!r}") from error


def _print_findings(found: list, fmt: str, lang: str) -> int:
    from lakip.findings import exit_code, render, summary

    output = render(found, fmt, lang)
    if output:
        print(output)
    if fmt == "text":
        print(summary(found, lang), file=sys.stderr)
    return exit_code(found)


def new_cmd(args) -> int:
    """Open a reporting year: record the letter, scaffold each unit's files, print a disposition."""
    from lakip.open_year import open_year

    root = _root(args)
    opened = open_year(
        root,
        args.year,
        args.surat_nomor,
        args.surat_tanggal,
        args.tenggat,
        args.perihal,
        args.pengirim,
    )
    if opened.findings:
        return _print_findings(opened.findings, "text", args.lang)
    from lakip.formatting import date_long

    letter = opened.letter
    print(f"Tahun {args.year} dibuka: surat {letter.number}, tenggat {date_long(letter.deadline)}.")
    for rel in opened.written:
        print(f"  ditulis:  {rel}")
    for rel in opened.skipped:
        print(f"  dilewati: {rel} (sudah ada, tidak ditimpa)")
    pdf = opened.pdf.relative_to(root) if opened.pdf.is_relative_to(root) else opened.pdf
    print(f"Lembar disposisi: {pdf}")
    print(
        "\nLangkah berikutnya:\n"
        "  1. Cetak lembar disposisi dan mintakan tanda tangan Kepala.\n"
        "  2. Simpan di cabang dan kirim (main dilindungi): "
        f"git switch -c buka-tahun-{args.year} && "
        f"git add reports/{args.year}/surat.yml sections/*/{args.year} && "
        f'git commit -m "Buka tahun laporan {args.year}" && '
        f"git push -u origin buka-tahun-{args.year}, lalu buat pull request ke main dan "
        "gabungkan.\n"
        "  3. Setelah itu setiap unit mengisi berkasnya di cabang sendiri "
        f"(git switch -c data-{args.year}-<unit>), menjalankan 'lakip validate', lalu membuka "
        "pull request.\n"
        f"  4. Pantau kemajuan: lakip status {args.year}"
    )
    return 0


def status_cmd(args) -> int:
    """Show each unit's progress, days to the deadline and the SOP timeline of a year."""
    import json

    from lakip.status import render_text, status

    state = status(_root(args), args.year, args.today)
    if args.format == "json":
        print(json.dumps(state.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_text(state))
    return 0


def codeowners_cmd(args) -> int:
    """Write .github/CODEOWNERS from the unit metadata (or check it with --check)."""
    from lakip.codeowners import CODEOWNERS_PATH, check_codeowners, write_codeowners

    root = _root(args)
    if args.check:
        return _print_findings(check_codeowners(root), args.format, args.lang)
    changed = write_codeowners(root)
    print(f"{CODEOWNERS_PATH}: {'ditulis' if changed else 'sudah sesuai'}", file=sys.stderr)
    return 0


def check_ownership_cmd(args) -> int:
    """Check that a pull request's author changed only folders their unit owns."""
    from lakip.ownership import check_ownership

    found = check_ownership(_root(args), args.base, args.author, args.head)
    return _print_findings(found, args.format, args.lang)


def check_targets_cmd(args) -> int:
    """Check that no target of a signed PK (tag pk-<year>) changed without a revision."""
    from lakip.targetlock import check_targets

    return _print_findings(check_targets(_root(args), args.year), args.format, args.lang)


def check_registers_cmd(args) -> int:
    """Check that the archive, dispatch and receipt registers were only appended to since --base."""
    from lakip.registers import check_append_only

    return _print_findings(check_append_only(_root(args), args.base), args.format, args.lang)


def sign_pk_cmd(args) -> int:
    """Mark the Perjanjian Kinerja of a year as signed with the signed git tag pk-<year>."""
    from lakip.targetlock import sign_pk

    name = sign_pk(_root(args), args.year, sign=not args.no_sign)
    if args.no_sign:
        print(f"peringatan: tag {name} dibuat TANPA tanda tangan (--no-sign).", file=sys.stderr)
    # "tag": a branch may carry the same name (pk-2026 is a natural name for the PK's PR).
    print(f"Tag {name} dibuat. Kirim ke server: git push origin tag {name}")
    return 0


def _today():
    import datetime

    return datetime.date.today()


def release_cmd(args) -> int:
    """Tag the validated final report (signed tag lakip-YEAR-vN) and write the release bundle."""
    from lakip.findings import exit_code, render, summary
    from lakip.messages import render_message
    from lakip.release import release

    root = _root(args)
    build_progress = _progress(args.lang)

    def progress(stage: str) -> None:
        if stage in _STAGE_NAMES:
            build_progress(stage)
        elif stage == "tag":  # the signing key's passphrase prompt may follow this line
            label = ("Menandatangani tag rilis", "Signing the release tag")[args.lang == "en"]
            print(f"[+] {label} ...", file=sys.stderr, flush=True)
        else:
            print(f"[+] {stage} ...", file=sys.stderr, flush=True)

    out = args.out if args.out is None or args.out.is_absolute() else Path.cwd() / args.out
    result = release(
        root,
        args.year,
        signer_spec=args.signer,
        out=out,
        sign_tag=not args.no_sign_tag,
        branch=args.branch,
        progress=progress,
    )
    if result.findings:
        print(render(result.findings, "text", args.lang), file=sys.stderr)
        print(summary(result.findings, args.lang), file=sys.stderr)
    if not result.ok:
        return exit_code(result.findings) or 1
    for code in result.warnings:
        print(f"lakip: {render_message(code, args.lang, {})}", file=sys.stderr)
    for name in result.files:
        print(result.bundle / name)
    params = {"tag": result.tag, "bundle": result.bundle}
    print(render_message("release-done", args.lang, params), file=sys.stderr)
    return 0


def verify_cmd(args) -> int:
    """Check a release bundle or tag: checksums, signatures, signer, reproducible rebuild."""
    from lakip.verify import Options, failed, report, verify

    try:
        root = _root(args)
    except LakipError:
        root = None
    options = Options(root, args.allowed_signers, args.trust, args.branch, not args.no_rebuild)
    checks = verify(args.target, options)
    print(report(checks, args.lang))
    return 1 if failed(checks) else 0


def _appended(result, args) -> None:
    """Say where the entry went and how it reaches the protected main: a branch, a pull request."""
    import shlex

    from lakip import gitrepo
    from lakip.messages import render_message

    head = ("symbolic-ref", "--quiet", "--short", "HEAD")
    branch = gitrepo.run(_root(args), *head, check=False).strip()
    steps = [] if args.commit else [result.command]
    if branch in ("", "main"):
        branch = f"{Path(result.rel).stem}-{args.year}"
        steps.insert(0, shlex.join(["git", "switch", "-c", branch]))
    steps.append(shlex.join(["git", "push", "-u", "origin", branch]))
    code = "register-committed" if args.commit else "register-appended"
    params = {"path": result.rel, "line": result.first_line, "command": " && ".join(steps)}
    print(render_message(code, args.lang, params), file=sys.stderr)


def distribute_cmd(args) -> int:
    """Write a cover letter and receipt form per recipient and record them in ekspedisi.yml."""
    from lakip.distribute import DEFAULT_PATTERN, distribute

    root = _root(args)
    out = args.out if args.out is None or args.out.is_absolute() else Path.cwd() / args.out
    result = distribute(
        root,
        args.year,
        date=args.tanggal or _today(),
        first_number=args.nomor_awal,
        pattern=args.pola or DEFAULT_PATTERN,
        draft=args.draft,
        out=out,
        commit=args.commit,
    )
    for dispatch in result.dispatches:
        print(dispatch.cover)
        print(dispatch.receipt)
    if result.appended:
        _appended(result.appended, args)
    elif args.draft:
        from lakip.messages import render_message

        draft = render_message("distribute-draft-done", args.lang, {"year": args.year})
        print(draft, file=sys.stderr)
    return 0


def receipt_cmd(args) -> int:
    """Record a signed receipt (tanda terima) returned by a recipient."""
    from lakip.distribute import record_receipt

    result = record_receipt(
        _root(args),
        args.year,
        args.recipient,
        by=args.oleh,
        date=args.tanggal,
        note=args.catatan,
        version=args.versi,
        again=args.ulang,
        commit=args.commit,
    )
    _appended(result, args)
    return 0


def archive_cmd(args) -> int:
    """Record the hard copies of the released report put in the archive."""
    from lakip.distribute import record_archive

    result = record_archive(
        _root(args),
        args.year,
        location=args.lokasi,
        copies=args.rangkap,
        date=args.tanggal or _today(),
        by=args.oleh,
        note=args.catatan,
        version=args.versi,
        commit=args.commit,
    )
    _appended(result, args)
    return 0


def bundle_cmd(args) -> int:
    """Write the release bundle of an existing, checked-out tag again, without tagging (for CI)."""
    from lakip.findings import exit_code, render, summary
    from lakip.messages import render_message
    from lakip.release import bundle

    out = args.out if args.out is None or args.out.is_absolute() else Path.cwd() / args.out
    result = bundle(_root(args), args.tag, out=out, progress=_progress(args.lang))
    if result.findings:
        print(render(result.findings, "text", args.lang), file=sys.stderr)
        print(summary(result.findings, args.lang), file=sys.stderr)
    if not result.ok:
        return exit_code(result.findings) or 1
    for name in result.files:
        print(result.bundle / name)
    params = {"tag": result.tag, "bundle": result.bundle}
    print(render_message("bundle-done", args.lang, params), file=sys.stderr)
    return 0
