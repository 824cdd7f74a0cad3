"""The `lakip` commands that run the SOP around the data: opening a year, its status, and the
review gates of a pull request. Each parses nothing itself and calls one library module."""

from __future__ import annotations

import sys
from pathlib import Path

from lakip import layout
from lakip.cli.common import (
    changed_files,
    parse_date,
    print_findings,
    repo_root,
)
from lakip.messages import Both, message
from lakip.model import ISSUER_KINDS, REGIONAL_AGENCY

FINDING_FORMATS = ("text", "json", "github")


def add_commands(add) -> None:
    """Register the SOP commands on the parser through `add(name, handler)`."""
    p = add("init", init_cmd)
    p.add_argument("folder", nargs="?", default=".", metavar="metavar-folder",
                   help="help-init-folder")  # fmt: skip
    p.add_argument("--nama", metavar="metavar-name", help="help-init-nama")
    p.add_argument("--jenis", choices=ISSUER_KINDS, default=REGIONAL_AGENCY,
                   help="help-init-jenis")  # fmt: skip
    p.add_argument("--induk", default="", metavar="metavar-text", help="help-init-induk")
    p.add_argument("--singkatan", default="", metavar="metavar-text", help="help-init-singkatan")
    p.add_argument("--pemerintah", metavar="metavar-name", help="help-init-pemerintah")
    p.add_argument("--kota", metavar="metavar-name", help="help-init-kota")
    p.add_argument("--alamat", metavar="metavar-text", help="help-init-alamat")
    p.add_argument("--kepala", metavar="metavar-name", help="help-init-kepala")
    p.add_argument("--jabatan", default="", metavar="metavar-text", help="help-init-jabatan")
    p.add_argument("--akun", metavar="metavar-name", help="help-init-akun")
    p.add_argument("--tahun", metavar="metavar-year", help="help-init-tahun")
    p.add_argument("--periode", metavar="metavar-text", help="help-init-periode")
    p.add_argument("--unit", action="append", default=[], metavar="metavar-unit",
                   help="help-init-unit")  # fmt: skip
    p.add_argument("--perencanaan", default="", metavar="metavar-name",
                   help="help-init-perencanaan")  # fmt: skip

    p = add("new", new_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-new-year")
    p.add_argument("--surat-nomor", required=True, metavar="metavar-number",
                   help="help-surat-nomor")  # fmt: skip
    p.add_argument("--surat-tanggal", required=True, type=parse_date, metavar="metavar-date",
                   help="help-surat-tanggal")  # fmt: skip
    p.add_argument("--diterima", type=parse_date, metavar="metavar-date", help="help-diterima")
    p.add_argument("--tenggat", type=parse_date, metavar="metavar-date", help="help-tenggat")
    p.add_argument("--perihal", metavar="metavar-text", help="help-perihal")
    p.add_argument("--pengirim", metavar="metavar-name", help="help-pengirim")

    p = add("status", status_cmd)
    p.add_argument("year", type=int, nargs="?", metavar="metavar-year", help="help-status-year")
    p.add_argument("--format", choices=("text", "json"), default="text", help="help-format")
    p.add_argument("--today", type=parse_date, metavar="metavar-date", help="help-today")
    p.add_argument("--pengingat", action="store_true", help="help-pengingat")

    p = add("codeowners", codeowners_cmd)
    p.add_argument("--check", action="store_true", help="help-codeowners-check")
    p.add_argument("--format", choices=FINDING_FORMATS, default="text", help="help-format")
    p.add_argument("--base", metavar="metavar-rev", help="help-pr-base")

    p = add("check-ownership", check_ownership_cmd)
    p.add_argument("--base", required=True, metavar="metavar-branch", help="help-base")
    p.add_argument("--head", default="HEAD", metavar="metavar-rev", help="help-head")
    p.add_argument("--author", required=True, metavar="metavar-handle", help="help-author")
    p.add_argument("--commits", type=Path, metavar="metavar-file", help="help-commits")
    p.add_argument("--format", choices=FINDING_FORMATS, default="text", help="help-format")

    p = add("check-targets", check_targets_cmd)
    p.add_argument("--year", type=int, metavar="metavar-year", help="help-targets-year")
    p.add_argument("--base", metavar="metavar-rev", help="help-targets-base")
    p.add_argument("--today", type=parse_date, metavar="metavar-date", help="help-targets-today")
    p.add_argument("--format", choices=FINDING_FORMATS, default="text", help="help-format")

    p = add("check-registers", check_registers_cmd)
    p.add_argument("--base", default="HEAD", metavar="metavar-rev", help="help-registers-base")
    p.add_argument("--format", choices=FINDING_FORMATS, default="text", help="help-format")

    p = add("sign-pk", sign_pk_cmd)
    p.add_argument("year", type=int, metavar="metavar-year", help="help-pk-year")
    p.add_argument("--no-sign", action="store_true", help="help-no-sign")
    p.add_argument("--branch", default="main", metavar="metavar-branch", help="help-branch")


_INIT_QUESTIONS = (
    ("nama", Both("Nama instansi", "Agency name")),
    ("pemerintah", Both("Pemerintah daerah / wilayah", "Regency or city")),
    ("kota", Both("Kota penandatanganan", "Town of signing")),
    ("alamat", Both("Alamat kantor", "Office address")),
    ("kepala", Both("Nama kepala", "Name of the head")),
    ("akun", Both("Akun Git kepala", "Git account of the head")),
    ("tahun", Both("Tahun laporan pertama", "First reporting year")),
    ("periode", Both("Periode Renstra (mis. 2025-2029)", "Renstra period (e.g. 2025-2029)")),
    ("unit", Both("Unit perencanaan (slug=Nama)", "Planning unit (slug=Name)")),
)


def init_cmd(args) -> int:
    """Create a new agency repository: profile, Renstra skeleton, units, site theme and CI."""
    from pathlib import Path

    from lakip.findings import LakipError
    from lakip.sop.init_repo import Answers, init_repository

    _ask_missing(args)
    try:
        year = int(args.tahun)
        start, end = (int(part) for part in args.periode.split("-"))
        units = [tuple(item.split("=", 1)) for item in args.unit]
        if any(len(unit) != 2 or not unit[0] or not unit[1] for unit in units):
            raise ValueError
    except ValueError:
        raise LakipError(
            "init-bad-value",
            name="--tahun/--periode/--unit",
            value=f"{args.tahun} {args.periode} {' '.join(args.unit)}",
            example="--tahun 2025 --periode 2025-2029 --unit subbagian-perencanaan=Subbagian "
            "Perencanaan",
        ) from None
    answers = Answers(
        agency=args.nama,
        government=args.pemerintah,
        city=args.kota,
        address=args.alamat,
        head=args.kepala,
        head_account=args.akun.lstrip("@"),
        year=year,
        period=(start, end),
        units=units,
        planning=args.perencanaan,
        kind=args.jenis,
        parent=args.induk,
        short=args.singkatan,
        head_position=args.jabatan,
    )
    folder = Path(args.folder)
    written = init_repository(folder, answers)
    lang = args.lang
    print(message("init-done", lang, agency=args.nama, path=folder, year=year))
    for rel in written:
        print("  " + message("new-written", lang, path=rel))
    print("\n" + message("init-next-steps", lang, year=year))
    return 0


def _ask_missing(args) -> None:
    """Ask for each answer not given as an option, in a terminal; elsewhere, name them all."""
    from lakip.findings import LakipError

    missing = [(name, q) for name, q in _INIT_QUESTIONS if not getattr(args, name)]
    if not missing:
        return
    if not sys.stdin.isatty():
        names = ", ".join(f"--{name}" for name, _ in missing)
        raise LakipError("init-missing", names=names)
    for name, question in missing:
        answer = input(message("init-prompt", args.lang, question=question)).strip()
        setattr(args, name, [answer] if name == "unit" else answer)


def new_cmd(args) -> int:
    """Open a reporting year: record the letter, scaffold each unit's files, print a disposition."""
    from lakip.sop.open_year import open_year

    root = repo_root(args)
    opened = open_year(
        root,
        args.year,
        args.surat_nomor,
        args.surat_tanggal,
        args.tenggat,
        args.perihal,
        args.pengirim,
        received=args.diterima,
    )
    if opened.findings:
        return print_findings(opened.findings, "text", args.lang)
    from lakip.formatting import date_long

    lang, year, letter = args.lang, args.year, opened.letter
    deadline = Both(date_long(letter.deadline), letter.deadline.isoformat())
    print(message("new-opened", lang, year=year, number=letter.number, deadline=deadline))
    for rel in opened.written:
        print("  " + message("new-written", lang, path=rel))
    for rel in opened.skipped:
        print("  " + message("new-skipped", lang, path=rel))
    pdf = opened.pdf.relative_to(root) if opened.pdf.is_relative_to(root) else opened.pdf
    print(message("new-disposition", lang, path=pdf))
    command = (
        f"git switch -c buka-tahun-{year} && "
        f"git add reports/{year}/surat.yml sections/*/{year} && "
        f'git commit -m "Buka tahun laporan {year}" && '
        f"git push -u origin buka-tahun-{year}"
    )
    print("\n" + message("new-next-steps", lang, year=year, command=command))
    return 0


def status_cmd(args) -> int:
    """Show each unit's progress, days to the deadline and the SOP timeline of a year."""
    import json

    from lakip.sop.status import render_text, status

    state = status(repo_root(args), args.year, args.today)
    if args.pengingat:
        from lakip.sop.reminder import reminder_text

        print(reminder_text(state, args.lang), end="")
    elif args.format == "json":
        print(json.dumps(state.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_text(state, args.lang))
    return 0


def codeowners_cmd(args) -> int:
    """Write .github/CODEOWNERS from the unit metadata (or check it with --check)."""
    from lakip.sop.codeowners import check_codeowners, write_codeowners

    root = repo_root(args)
    if args.check:
        changed = changed_files(root, args.base, args.format)
        return print_findings(check_codeowners(root), args.format, args.lang, changed)
    changed = write_codeowners(root)
    code = "codeowners-written" if changed else "codeowners-unchanged"
    print(message(code, args.lang, path=layout.CODEOWNERS), file=sys.stderr)
    return 0


def check_ownership_cmd(args) -> int:
    """Check that every account of a pull request (its opener, each commit's author and
    committer) changed only what its role owns."""
    from lakip.sop.ownership import check_ownership

    root = repo_root(args)
    found = check_ownership(root, args.base, args.author, args.head, args.commits)
    return print_findings(
        found, args.format, args.lang, changed_files(root, args.base, args.format)
    )


def check_targets_cmd(args) -> int:
    """Check that no target of a signed PK (tag pk-<year>) changed without a dated revision."""
    from lakip.sop.targetlock import check_targets

    root = repo_root(args)
    changed = changed_files(root, args.base, args.format)
    found = check_targets(root, args.year, args.base, args.today)
    return print_findings(found, args.format, args.lang, changed)


def check_registers_cmd(args) -> int:
    """Check that the registers and the reviu records were only appended to since --base."""
    from lakip.release.registers import check_append_only
    from lakip.reviu import records

    root = repo_root(args)
    changed = changed_files(root, args.base, args.format)
    found = check_append_only(root, args.base) + records.check_append_only(root, args.base)
    return print_findings(found, args.format, args.lang, changed)


def sign_pk_cmd(args) -> int:
    """Mark the Perjanjian Kinerja of a year as signed with the signed git tag pk-<year>."""
    from lakip.sop.targetlock import sign_pk

    name = sign_pk(repo_root(args), args.year, sign=not args.no_sign, branch=args.branch)
    if args.no_sign:
        print(message("sign-pk-unsigned", args.lang, tag=name), file=sys.stderr)
    # "tag": a branch may carry the same name (pk-2026 is a natural name for the PK's PR).
    print(message("sign-pk-done", args.lang, tag=name))
    return 0
