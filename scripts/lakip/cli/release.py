"""The `lakip` commands after the head signs: release and its bundle, verification, and the
archive and delivery registers. Each parses nothing itself and calls one library module."""

from __future__ import annotations

import sys
from pathlib import Path

from lakip.cli.common import (
    PUBLISH_STAGES,
    STAGE_NAMES,
    absolute_path,
    parse_date,
    print_outcome,
    repo_root,
    stage_printer,
)
from lakip.findings import LakipError
from lakip.messages import message


def add_commands(add) -> None:
    """Register the release, archive and delivery commands through `add(name, handler)`."""
    p = add("release", release_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-release-year")
    p.add_argument("--signer", metavar="metavar-signer", help="help-signer")
    p.add_argument("--out", type=absolute_path, metavar="metavar-folder", help="help-out-release")
    p.add_argument("--branch", default="main", metavar="metavar-branch", help="help-branch")
    p.add_argument("--no-sign-tag", action="store_true", help="help-no-sign-tag")

    p = add("bundle", bundle_cmd)
    p.add_argument("tag", metavar="metavar-tag", help="help-bundle-tag")
    p.add_argument("--out", type=absolute_path, metavar="metavar-folder", help="help-out-release")

    p = add("publish", publish_cmd)
    p.add_argument("--out", type=absolute_path, required=True, metavar="metavar-folder",
                   help="help-out-publish")  # fmt: skip
    p.add_argument("--bundles", type=absolute_path, metavar="metavar-folder", help="help-bundles")

    p = add("verify", verify_cmd)
    p.add_argument("target", metavar="metavar-target", help="help-verify-target")
    p.add_argument("--allowed-signers", type=Path, metavar="metavar-file",
                   help="help-allowed-signers")  # fmt: skip
    p.add_argument("--trust", type=Path, action="append", default=[], metavar="metavar-file",
                   help="help-trust")  # fmt: skip
    p.add_argument("--branch", default="main", metavar="metavar-branch", help="help-branch")
    p.add_argument("--no-rebuild", action="store_true", help="help-no-rebuild")
    p.add_argument("--sums", metavar="metavar-sums", help="help-sums")

    p = add("distribute", distribute_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-distribute-year")
    p.add_argument("--tanggal", type=parse_date, metavar="metavar-date", help="help-letter-date")
    p.add_argument("--nomor-awal", type=int, metavar="metavar-number", help="help-nomor-awal")
    p.add_argument("--pola", default=None, metavar="metavar-pattern", help="help-pola")
    p.add_argument("--out", type=absolute_path, metavar="metavar-folder",
                   help="help-out-distribute")  # fmt: skip
    p.add_argument("--draft", action="store_true", help="help-draft")
    p.add_argument("--commit", action="store_true", help="help-commit")

    p = add("receipt", receipt_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-register-year")
    p.add_argument("recipient", metavar="metavar-recipient", nargs="+", help="help-recipients")
    p.add_argument("--oleh", required=True, action="append", metavar="metavar-name",
                   help="help-receipts-by")  # fmt: skip
    p.add_argument("--tanggal", required=True, type=parse_date, metavar="metavar-date",
                   help="help-receipt-date")  # fmt: skip
    p.add_argument("--catatan", default="", metavar="metavar-text", help="help-note")
    p.add_argument("--versi", metavar="metavar-tag", help="help-versi")
    p.add_argument("--ulang", action="store_true", help="help-ulang")
    p.add_argument("--commit", action="store_true", help="help-commit")

    p = add("archive", archive_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-register-year")
    p.add_argument("--lokasi", required=True, metavar="metavar-place", help="help-lokasi")
    p.add_argument("--rangkap", required=True, type=int, metavar="metavar-count",
                   help="help-rangkap")  # fmt: skip
    p.add_argument("--tanggal", type=parse_date, metavar="metavar-date", help="help-archive-date")
    p.add_argument("--oleh", metavar="metavar-name", help="help-archive-by")
    p.add_argument("--catatan", default="", metavar="metavar-text", help="help-note")
    p.add_argument("--versi", metavar="metavar-tag", help="help-versi")
    p.add_argument("--commit", action="store_true", help="help-commit")


def _today():
    import datetime

    return datetime.date.today()


def release_cmd(args) -> int:
    """Tag the validated final report (signed tag lakip-YEAR-vN) and write the release bundle."""
    from lakip.pipeline import release

    root = repo_root(args)
    build_progress = stage_printer(args.lang)

    def progress(stage: str) -> None:
        if stage in STAGE_NAMES:
            build_progress(stage)
        elif stage == "tag":  # the signing key's passphrase prompt may follow this line
            print(f"[+] {message('stage-tag', args.lang)} ...", file=sys.stderr, flush=True)
        else:
            print(f"[+] {stage} ...", file=sys.stderr, flush=True)

    result = release(
        root,
        args.year,
        signer_spec=args.signer,
        out=args.out,
        sign_tag=not args.no_sign_tag,
        branch=args.branch,
        progress=progress,
    )
    if (failed := print_outcome(result, args.lang)) is not None:
        return failed
    for code in result.warnings:
        print(f"lakip: {message(code, args.lang)}", file=sys.stderr)
    for name in result.files:
        print(result.bundle / name)
    done = message("release-done", args.lang, tag=result.tag, bundle=result.bundle)
    print(done, file=sys.stderr)
    return 0


def verify_cmd(args) -> int:
    """Check a release bundle, a lone report PDF, or a release or PK tag: who made it, and was it
    changed (checksums, signatures, signer, reproducible rebuild). Exit 1 unless a signature
    establishes authenticity."""
    from lakip.release.verify import Options, failed, report, verify

    try:
        root = repo_root(args)
    except LakipError:
        root = None
    options = Options(
        root, args.allowed_signers, args.trust, args.branch, not args.no_rebuild, args.sums
    )
    checks = verify(args.target, options)
    print(report(checks, args.lang))
    return 1 if failed(checks) else 0


def _appended(result, args) -> None:
    """Say where the entry went and how it reaches the protected main: a branch, a pull request."""
    import shlex

    from lakip import gitrepo

    head = ("symbolic-ref", "--quiet", "--short", "HEAD")
    branch = gitrepo.run(repo_root(args), *head, check=False).strip()
    steps = [] if args.commit else [result.command]
    if branch in ("", "main"):
        branch = f"{Path(result.rel).stem}-{args.year}"
        steps.insert(0, shlex.join(["git", "switch", "-c", branch]))
    steps.append(shlex.join(["git", "push", "-u", "origin", branch]))
    code = "register-committed" if args.commit else "register-appended"
    command = " && ".join(steps)
    said = message(code, args.lang, path=result.rel, line=result.first_line, command=command)
    print(said, file=sys.stderr)


def distribute_cmd(args) -> int:
    """Write a cover letter and receipt form per recipient and record them in ekspedisi.yml."""
    from lakip.release.distribute import DEFAULT_PATTERN, distribute

    root = repo_root(args)
    result = distribute(
        root,
        args.year,
        date=args.tanggal or _today(),
        first_number=args.nomor_awal,
        pattern=args.pola or DEFAULT_PATTERN,
        draft=args.draft,
        out=args.out,
        commit=args.commit,
    )
    for dispatch in result.dispatches:
        print(dispatch.cover)
        print(dispatch.receipt)
    if result.appended:
        _appended(result.appended, args)
    elif args.draft:
        print(message("distribute-draft-done", args.lang, year=args.year), file=sys.stderr)
    return 0


def receipt_cmd(args) -> int:
    """Record signed receipts (tanda terima) returned by recipients, several at once."""
    from lakip.release.distribute import record_receipts

    names = args.oleh * len(args.recipient) if len(args.oleh) == 1 else args.oleh
    if len(names) != len(args.recipient):
        raise LakipError("receipt-signers", recipients=len(args.recipient), names=len(args.oleh))
    result = record_receipts(
        repo_root(args),
        args.year,
        list(zip(args.recipient, names, strict=True)),
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
    from lakip.release.distribute import record_archive

    result = record_archive(
        repo_root(args),
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
    from lakip.pipeline import rebuild_bundle as bundle

    result = bundle(repo_root(args), args.tag, out=args.out, progress=stage_printer(args.lang))
    if (failed := print_outcome(result, args.lang)) is not None:
        return failed
    for name in result.files:
        print(result.bundle / name)
    done = message("bundle-done", args.lang, tag=result.tag, bundle=result.bundle)
    print(done, file=sys.stderr)
    return 0


def publish_cmd(args) -> int:
    """Build the published site: every signed year as released, the draft of the year apart."""
    from lakip.pipeline import publish

    root = repo_root(args)
    progress = stage_printer(args.lang, PUBLISH_STAGES)
    result = publish(root, args.out, args.bundles, progress=progress)
    if (failed := print_outcome(result, args.lang)) is not None:
        return failed
    print(result.site / "index.html")
    for tag in result.unsigned:
        print(message("publish-unsigned-tag", args.lang, tag=tag), file=sys.stderr)
    tags = ", ".join(result.years) or "-"
    draft = result.draft_year if result.draft_year is not None else "-"
    print(message("publish-done", args.lang, site=result.site, tags=tags, draft=draft),
          file=sys.stderr)  # fmt: skip
    return 0
