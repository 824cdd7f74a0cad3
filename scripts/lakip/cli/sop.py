"""The `lakip` commands that run the SOP around the data: opening a year, its status, and the
review gates of a pull request. Each parses nothing itself and calls one library module."""

from __future__ import annotations

import sys

from lakip import layout
from lakip.cli.common import (
    parse_date,
    print_findings,
    repo_root,
)
from lakip.messages import Both, message


def add_commands(add) -> None:
    """Register the SOP commands on the parser through `add(name, handler)`."""
    p = add("init", init_cmd)
    p.add_argument("folder", nargs="?", default=".", help="where to create it (default: here)")
    p.add_argument("--nama", help="agency name, e.g. 'Dinas Kesehatan'")
    p.add_argument(
        "--jenis",
        choices=("perangkat_daerah", "pemerintah_daerah", "instansi_vertikal"),
        default="perangkat_daerah",
        help="who reports (default: perangkat_daerah)",
    )
    p.add_argument("--induk", default="", help="vertical office: its hierarchy line")
    p.add_argument("--singkatan", default="", help="short name")
    p.add_argument("--pemerintah", help="regency or city, e.g. 'Kabupaten Purwakarta'")
    p.add_argument("--kota", help="town where the report is signed")
    p.add_argument("--alamat", help="office address")
    p.add_argument("--kepala", help="name of the head, with titles")
    p.add_argument("--jabatan", default="", help="the head's position (default: from --jenis)")
    p.add_argument("--akun", help="the head's Git hosting account")
    p.add_argument("--tahun", help="first reporting year")
    p.add_argument("--periode", help="Renstra period, e.g. 2025-2029")
    p.add_argument(
        "--unit", action="append", default=[], metavar="SLUG=NAME", help="a unit (repeatable)"
    )
    p.add_argument("--perencanaan", default="", help="slug of the planning unit (default: first)")

    p = add("new", new_cmd)
    p.add_argument("year", type=int, metavar="YEAR", help="reporting year to open")
    p.add_argument("--surat-nomor", required=True, help="number of the incoming letter")
    p.add_argument("--surat-tanggal", required=True, type=parse_date, help="letter date YYYY-MM-DD")
    p.add_argument("--tenggat", type=parse_date, help="deadline for the units (default: +14 days)")
    p.add_argument("--perihal", help="subject of the letter")
    p.add_argument("--pengirim", help="sender of the letter")

    p = add("status", status_cmd)
    p.add_argument(
        "year", type=int, nargs="?", metavar="YEAR", help="default: the year being reported"
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--today", type=parse_date, help="count days from this date, not the clock")

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
    if args.format == "json":
        print(json.dumps(state.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_text(state, args.lang))
    return 0


def codeowners_cmd(args) -> int:
    """Write .github/CODEOWNERS from the unit metadata (or check it with --check)."""
    from lakip.sop.codeowners import check_codeowners, write_codeowners

    root = repo_root(args)
    if args.check:
        return print_findings(check_codeowners(root), args.format, args.lang)
    changed = write_codeowners(root)
    code = "codeowners-written" if changed else "codeowners-unchanged"
    print(message(code, args.lang, path=layout.CODEOWNERS), file=sys.stderr)
    return 0


def check_ownership_cmd(args) -> int:
    """Check that a pull request's author changed only folders their unit owns."""
    from lakip.sop.ownership import check_ownership

    found = check_ownership(repo_root(args), args.base, args.author, args.head)
    return print_findings(found, args.format, args.lang)


def check_targets_cmd(args) -> int:
    """Check that no target of a signed PK (tag pk-<year>) changed without a revision."""
    from lakip.sop.targetlock import check_targets

    return print_findings(check_targets(repo_root(args), args.year), args.format, args.lang)


def check_registers_cmd(args) -> int:
    """Check that the archive, dispatch and receipt registers were only appended to since --base."""
    from lakip.release.registers import check_append_only

    return print_findings(check_append_only(repo_root(args), args.base), args.format, args.lang)


def sign_pk_cmd(args) -> int:
    """Mark the Perjanjian Kinerja of a year as signed with the signed git tag pk-<year>."""
    from lakip.sop.targetlock import sign_pk

    name = sign_pk(repo_root(args), args.year, sign=not args.no_sign)
    if args.no_sign:
        print(message("sign-pk-unsigned", args.lang, tag=name), file=sys.stderr)
    # "tag": a branch may carry the same name (pk-2026 is a natural name for the PK's PR).
    print(message("sign-pk-done", args.lang, tag=name))
    return 0
