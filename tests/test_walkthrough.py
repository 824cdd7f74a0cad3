"""The whole yearly procedure, end to end, done the way the user guide (docs/panduan/) says.

One slow test plays every role in a clone of this repository: the head registers the signing
keys, planning writes and signs the 2026 PK and revises a target, a letter opens the year (a
pull request that passes the ownership check), six units submit through branches merged with
`--no-ff` (one with a mistake CI catches), the final draft is merged and built, the head releases
a signed tag, the bundle verifies and a tampered copy does not, and the secretariat archives and
distributes in one pull request and records a receipt in another, merged by a colleague of the
secretariat. `lakip status`
then shows the whole timeline. Every lakip step is the `lakip` command in a subprocess, as a
person would type it; every git step is git itself, with explicit dates so the timeline is known.

The reproducible rebuild of `lakip verify` is exercised in test_release.py; here verification
uses `--no-rebuild`, because the clone's own scripts/lakip (the committed HEAD) would be rebuilt
rather than the working tree this test runs.

Two fast tests keep the guide honest: every `lakip` command it shows is accepted by the real
parser (options spelled out in full), and it links only to its own pages and holds no HTML.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from gitfixtures import Repo, identity
from helpers import REPO
from lakip.cli.main import _parser
from signing import ssh_key

GUIDE = REPO / "docs" / "panduan"
HEAD = "dadang-kurniawan"
PLANNER = "agus-setiawan-se"
SECRETARY = "rina-marlina"
SUBMITTERS = {  # each unit, in the order its data arrives, with the member who sends it
    "bidang-politik": "deden-hidayat",
    "bidang-ideologi": "euis-nurhayati",
    "bidang-ketahanan": "neneng-sumarni",
    "bidang-kewaspadaan": "ujang-supriatna",
    "subbagian-umum": "rina-marlina",
    "subbagian-perencanaan": "agus-setiawan-se",
}
PDF = "LKjIP-2026-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
LETTER = "005/017/Bappeda/2027"


class Office:
    """The agency's working copy: git as each person, and the `lakip` command as they type it."""

    def __init__(self, root: Path, keys: Path) -> None:
        self.root = root
        self.repo = Repo(root)
        self.keys = keys

    def git(self, *args: str, who: str, when: str) -> str:
        return self.repo.git(*args, author=who, date=when)

    def lakip(self, *args: str, who: str = SECRETARY, when: str, code: int = 0):
        """Run `lakip ARGS` in the clone; git commits and tags it makes carry `who` and `when`."""
        done = subprocess.run(
            [sys.executable, "-m", "lakip", *args],
            cwd=self.root,
            env={**os.environ, **identity(who, when)},
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        assert done.returncode == code, f"lakip {shlex.join(args)}: exit {done.returncode}\n{done}"
        return done

    def pull_request(self, branch: str, files: dict[str, str], who: str, when: str) -> None:
        """Commit `files` on a new branch from main and push it, as `git switch -c` ... `push`."""
        self.git("switch", "-q", "-c", branch, "main", who=who, when=when)
        self.repo.write(files)
        self.git("add", *files, who=who, when=when)
        self.git("commit", "-q", "-m", f"Perubahan {branch}", who=who, when=when)
        self.git("push", "-q", "-u", "origin", branch, who=who, when=when)

    def merge(self, branch: str, who: str, when: str) -> None:
        """Merge a pull request as GitHub's "Create a merge commit" does, and push main."""
        self.git("switch", "-q", "main", who=who, when=when)
        message = f"Merge pull request from {branch}"
        self.git("merge", "-q", "--no-ff", "-m", message, branch, who=who, when=when)
        self.git("push", "-q", "origin", "main", who=who, when=when)

    def key(self, account: str) -> Path:
        """An SSH signing key made as the guide says, with the account as its comment."""
        return ssh_key(self.keys, account)

    def use_key(self, key: Path) -> None:
        self.repo.git("config", "gpg.format", "ssh")
        self.repo.git("config", "user.signingkey", f"{key}.pub")


@pytest.fixture
def office(tmp_path, git_env):
    origin = tmp_path / "origin.git"
    subprocess.run(
        ["git", "clone", "-q", "--bare", str(REPO), str(origin)], check=True, capture_output=True
    )
    # The office's main is the commit under test, whatever branch (or detached HEAD) it is on.
    head = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    for command in (
        ["update-ref", "refs/heads/main", head],
        ["symbolic-ref", "HEAD", "refs/heads/main"],
    ):
        subprocess.run(["git", "-C", str(origin), *command], check=True, capture_output=True)
    root = tmp_path / "lakip"
    subprocess.run(["git", "clone", "-q", str(origin), str(root)], check=True, capture_output=True)
    keys = tmp_path / "keys"
    keys.mkdir()
    office = Office(root, keys)
    office.repo.git("config", "user.name", SECRETARY)
    office.repo.git("config", "user.email", f"{SECRETARY}@example.invalid")
    assert not (root / "reports/2026").exists(), "the sample data already has 2026: pick a year"
    return office


def _unit_files(office: Office, unit: str) -> dict[str, str]:
    """What a unit types into its scaffold: here the sample's 2025 figures, dated 2026."""
    files = {}
    for name in ("realisasi.yml", "anggaran.yml", "narasi.md"):
        text = (office.root / f"sections/{unit}/2025/{name}").read_text(encoding="utf-8")
        files[f"sections/{unit}/2026/{name}"] = text.replace("tahun: 2025", "tahun: 2026")
    return files


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.mark.slow
def test_a_reporting_year_from_the_letter_to_the_receipts(office):
    root = office.root

    # The head's one-time setup (4-kepala.md): keys made, registered on main through a PR.
    head_key, planner_key = office.key(HEAD), office.key(PLANNER)
    signers = (root / ".github/allowed_signers").read_text(encoding="utf-8")
    for account, key in ((HEAD, head_key), (PLANNER, planner_key)):
        public = Path(f"{key}.pub").read_text(encoding="ascii").strip()
        signers += f'{account} namespaces="git" {public}\n'
    when = "2026-01-05T09:00:00+07:00"
    office.pull_request("kunci-penanda-tangan", {".github/allowed_signers": signers}, HEAD, when)
    office.lakip("check-ownership", "--base", "main", "--author", HEAD, when=when)
    office.lakip("check-ownership", "--base", "main", "--author", PLANNER, when=when, code=1)
    office.merge("kunci-penanda-tangan", HEAD, when)

    # Planning writes the 2026 PK, the head merges it, planning tags it as signed (2-perencanaan).
    pk = (root / "reports/2025/pk.yml").read_text(encoding="utf-8")
    pk = pk.replace("tahun: 2025", "tahun: 2026").replace('/2025"', '/2026"')
    pk = pk.replace("tanggal: 2025-01-14", "tanggal: 2026-01-09")
    office.pull_request(
        "pk-2026", {"reports/2026/pk.yml": pk}, PLANNER, "2026-01-08T10:00:00+07:00"
    )
    validated = office.lakip("validate", "--year", "2026", when="2026-01-08T10:00:00+07:00")
    assert "[pk-target-differs]" in validated.stdout  # copied targets: a warning, not an error
    office.merge("pk-2026", HEAD, "2026-01-09T14:00:00+07:00")
    office.lakip("sign-pk", "2026", when="2026-01-12T10:00:00+07:00", code=2)  # no key yet
    office.use_key(planner_key)
    signed = office.lakip("sign-pk", "2026", who=PLANNER, when="2026-01-12T10:00:00+07:00")
    # The hint names the tag as a tag: the PK's pull request used a branch of the same name.
    assert "git push origin tag pk-2026" in signed.stdout
    office.git(
        "push", "-q", "origin", "tag", "pk-2026", who=PLANNER, when="2026-01-12T10:00:00+07:00"
    )

    # A mid-year PK revision: a changed target is refused until a `revisi` entry records it.
    when = "2026-07-15T09:00:00+07:00"
    revised = pk.replace(
        "  - kode: IKU-01\n    target: 90.00", "  - kode: IKU-01\n    target: 91.00"
    )
    office.pull_request("revisi-pk-2026", {"reports/2026/pk.yml": revised}, PLANNER, when)
    refused = office.lakip("check-targets", when=when, code=1)
    assert "[target-changed-after-signing]" in refused.stdout
    revision = (
        "revisi:\n  - tanggal: 2026-07-15\n    oleh: Dr. H. Dadang Kurniawan, S.STP., M.Si.\n"
        "    alasan: Penyesuaian target setelah Perubahan APBD 2026\n    perubahan:\n"
        "      - kode: IKU-01\n        target: 91.00\n"
    )
    office.repo.write({"reports/2026/pk.yml": revised + revision})
    office.lakip("check-targets", when=when)
    office.git("commit", "-q", "-am", "Revisi PK 2026: target IKU-01", who=PLANNER, when=when)
    office.merge("revisi-pk-2026", HEAD, "2026-07-16T10:00:00+07:00")

    # SOP step 1: the letter arrives; planning opens the year (2-perencanaan.md).
    when = "2027-01-06T10:00:00+07:00"
    opened = office.lakip(
        *("new", "2026", "--surat-nomor", LETTER, "--surat-tanggal", "2027-01-06"),
        *("--tenggat", "2027-01-20", "--pengirim", "Bappeda Kabupaten Purwakarta"),
        who=PLANNER,
        when=when,
    )
    assert (
        "Tahun 2026 dibuka: surat 005/017/Bappeda/2027, tenggat 20 Januari 2027." in opened.stdout
    )
    assert "Lembar disposisi: build/disposisi-2026.pdf" in opened.stdout
    assert opened.stdout.count("ditulis:  sections/") == 18
    assert LETTER in _pdf_text(root / "build/disposisi-2026.pdf")
    # As the command's next steps say: a branch, a pull request, the same checks as every other.
    office.git("switch", "-q", "-c", "buka-tahun-2026", who=PLANNER, when=when)
    office.git("add", "reports/2026/surat.yml", "sections", who=PLANNER, when=when)
    office.git("commit", "-q", "-m", "Buka tahun laporan 2026", who=PLANNER, when=when)
    office.git("push", "-q", "-u", "origin", "buka-tahun-2026", who=PLANNER, when=when)
    office.lakip("check-ownership", "--base", "main", "--author", PLANNER, when=when)
    office.merge("buka-tahun-2026", PLANNER, when)
    status = office.lakip("status", "2026", "--today", "2027-01-07", when=when).stdout
    assert "Tenggat 20 Januari 2027: sisa 13 hari" in status
    assert len(re.findall(r"^  [a-z-]+ +3/3 +0 +\d+ +belum ", status, re.M)) == 6

    # SOP step 2: each unit fills its files on a branch; CI's checks; the secretariat merges.
    for day, (unit, member) in enumerate(SUBMITTERS.items(), start=8):
        when = f"2027-01-{day:02d}T09:00:00+07:00"
        files = _unit_files(office, unit)
        realisation = f"sections/{unit}/2026/realisasi.yml"
        mistaken = unit == "bidang-politik"  # the common mistake of 1-unit-kerja.md, 85,5
        if mistaken:
            text = files[realisation]
            files[realisation] = re.sub(
                r"realisasi: (\d+)\.(\d+)", r"realisasi: \1,\2", text, count=1
            )
        office.pull_request(f"data-2026-{unit}", files, member, when)
        ci = office.lakip("validate", "--format", "github", when=when, code=int(mistaken))
        if mistaken:
            assert f"::error file={realisation},line=" in ci.stdout
            assert "title=indonesian-number::" in ci.stdout
            local = office.lakip("validate", f"sections/{unit}", when=when, code=1)
            assert re.search(
                rf"^{realisation}:\d+: kesalahan: indikator\[\d\]\.realisasi: ", local.stdout, re.M
            )
            office.repo.write(_unit_files(office, unit))
            office.git("commit", "-q", "-am", "Perbaiki angka desimal", who=member, when=when)
            office.lakip("validate", f"sections/{unit}", when=when)
        office.lakip("check-ownership", "--base", "main", "--author", member, when=when)
        office.merge(f"data-2026-{unit}", SECRETARY, f"2027-01-{day:02d}T11:00:00+07:00")
        if unit == "bidang-ideologi":
            midway = office.lakip("status", "2026", "--today", "2027-01-09", when=when).stdout
            assert "Belum lengkap:" in midway and "  bidang-ketahanan: realisasi IKU-03" in midway
    # An outsider's change to a unit's folder is refused by the ownership check.
    office.pull_request(
        "ubah-ideologi",
        {"sections/bidang-ideologi/2026/narasi.md": "## IKU-01 Diubah orang lain\n\nTeks.\n"},
        "deden-hidayat",
        "2027-01-13T12:00:00+07:00",
    )
    office.lakip(
        *("check-ownership", "--base", "main", "--author", "deden-hidayat"),
        when="2027-01-13T12:00:00+07:00",
        code=1,
    )
    office.git("switch", "-q", "main", who=SECRETARY, when="2027-01-13T12:00:00+07:00")

    # SOP steps 3-4: the final-draft PR with the chapters, built as a draft, merged by the head.
    when = "2027-01-14T09:00:00+07:00"
    chapters = {
        f"reports/2026/bab/{p.name}": p.read_text(encoding="utf-8").replace("2025", "2026")
        for p in sorted((root / "reports/2025/bab").glob("*.md"))
    }
    office.pull_request("final-2026", chapters, PLANNER, when)
    office.lakip("validate", "--year", "2026", "--final", when=when)
    built = office.lakip("build", when=when)
    assert f"{root / 'build' / PDF}" in built.stdout
    draft = PdfReader(root / "build" / PDF)
    assert "DRAF" in draft.pages[0].extract_text()
    assert (root / "build/site/index.html").is_file()
    for page in sorted((root / "docs/panduan").glob("*.md")):  # the guide, as the clone has it
        assert (root / f"build/site/panduan/{page.stem}.html").is_file(), page.name
    office.merge("final-2026", HEAD, "2027-01-15T10:00:00+07:00")

    # SOP step 5: the head releases with a signed SSH tag (4-kepala.md) and checks it.
    when = "2027-01-15T10:30:00+07:00"
    office.use_key(head_key)
    released = office.lakip("release", "2026", who=HEAD, when=when)
    assert "[+] Menandatangani tag rilis ..." in released.stderr
    assert "git push origin lakip-2026-v1" in released.stderr
    bundle = root / "build/release/lakip-2026-v1"
    assert sorted(p.name for p in bundle.iterdir()) == sorted([PDF, "SHA256SUMS", "manifest.json"])
    office.git("push", "-q", "origin", "lakip-2026-v1", who=HEAD, when=when)
    final = _pdf_text(bundle / PDF)
    assert "DRAF" not in final and "TAHUN 2026" in final.upper()

    # Anyone checks it (5-pembaca.md): the bundle, the tag, sha256sum; a tampered copy fails.
    for target in (str(bundle), "lakip-2026-v1"):
        verified = office.lakip("verify", target, "--no-rebuild", when=when)
        assert "• dilewati: pembangunan ulang tidak diperiksa (--no-rebuild)" in verified.stdout
        assert verified.stdout.rstrip().endswith(
            "Semua pemeriksaan yang dijalankan lulus; 1 hal tidak diperiksa (tanda •)."
        )
        assert "✓ Kunci penanda tangan milik kepala (dadang-kurniawan;" in verified.stdout
    sums = subprocess.run(
        ["sha256sum", "-c", "SHA256SUMS"], cwd=bundle, capture_output=True, text=True, check=False
    )
    assert sums.returncode == 0 and f"{PDF}: OK" in sums.stdout
    tampered = root.parent / "salinan"
    shutil.copytree(bundle, tampered)
    data = bytearray((tampered / PDF).read_bytes())
    data[len(data) // 3] ^= 0x20
    (tampered / PDF).write_bytes(bytes(data))
    refused = office.lakip("verify", str(tampered), "--no-rebuild", when=when, code=1)
    assert f"✗ Berkas {PDF} TIDAK sesuai SHA256SUMS: isinya telah diubah." in refused.stdout
    assert "rilis ini tidak dapat dipercaya" in refused.stdout

    # SOP steps 5-6 on paper: archive and cover letters in one pull request, then the receipts
    # in another, each through the checks and merged without the head (3-sekretariat.md).
    before_registers = office.repo.head()
    office.git("switch", "-q", "-c", "arsip-ekspedisi-2026", who=SECRETARY, when=when)
    office.lakip(
        *("archive", "2026", "--lokasi", "Lemari arsip TU, rak 2", "--rangkap", "2"),
        *("--tanggal", "2027-01-18", "--commit"),
        when="2027-01-18T09:00:00+07:00",
    )
    preview = office.lakip("distribute", "2026", "--draft", when="2027-01-19T08:00:00+07:00")
    assert "04-inspektorat-tanda-terima.pdf" in preview.stdout
    assert not (root / "reports/2026/register/ekspedisi.yml").exists()
    office.lakip(
        *("distribute", "2026", "--tanggal", "2027-01-19", "--nomor-awal", "41", "--commit"),
        when="2027-01-19T09:00:00+07:00",
    )
    letter = _pdf_text(root / "build/distribusi/2026/01-bappeda-surat-pengantar.pdf")
    assert "000.1.2/41/Kesbangpol/2027" in letter
    assert json.loads((bundle / "manifest.json").read_text())["pdf"]["sha256"] in letter
    when = "2027-01-19T10:00:00+07:00"
    office.git("push", "-q", "-u", "origin", "arsip-ekspedisi-2026", who=SECRETARY, when=when)
    office.lakip("check-ownership", "--base", "main", "--author", SECRETARY, when=when)
    office.lakip("check-registers", "--base", "main", when=when)
    office.merge("arsip-ekspedisi-2026", "fajar-nugraha-pwk", when)
    when = "2027-01-21T09:00:00+07:00"
    office.git("switch", "-q", "-c", "tanda-terima-2026", who=SECRETARY, when=when)
    office.lakip(
        *("receipt", "2026", "bappeda", "--oleh", "Sri Wahyuni", "--tanggal", "2027-01-21"),
        "--commit",
        when=when,
    )
    office.git("push", "-q", "-u", "origin", "tanda-terima-2026", who=SECRETARY, when=when)
    office.lakip("check-ownership", "--base", "main", "--author", SECRETARY, when=when)
    office.lakip("check-registers", "--base", "main", when=when)
    office.merge("tanda-terima-2026", "fajar-nugraha-pwk", when)
    office.lakip("check-registers", "--base", before_registers, when=when)
    assert (
        office.git("status", "--porcelain", who=SECRETARY, when="2027-01-21T09:00:00+07:00") == ""
    )

    # The whole timeline, as `lakip status` shows it to the secretariat.
    status = office.lakip(
        "status", "2026", "--today", "2027-01-21", when="2027-01-21T09:00:00+07:00"
    )
    text = status.stdout
    assert "Tenggat 20 Januari 2027: semua unit lengkap" in text
    assert "Belum lengkap" not in text
    timeline = text.split("Linimasa")[1].split("Langkah SOP")[0]
    for line in (
        "2026-01-12 10:00  PK ditandatangani      pk-2026",
        "2027-01-06        Surat diterima         005/017/Bappeda/2027",
        "2027-01-06 10:00  Surat dicatat",
        "2027-01-08 09:00  Kiriman unit pertama",
        "2027-01-13 11:00  Kiriman unit terakhir",  # its pull request merged
        "2027-01-15 10:00  Draft final digabung",
        "2027-01-15 10:30  Rilis ditandatangani   lakip-2026-v1",
        "2027-01-18        Arsip terakhir         1 entri",
        "2027-01-19        Ekspedisi terakhir     4 entri",
        "2027-01-21        Tanda terima terakhir  1 dari 4 penerima",
    ):
        assert line in timeline, f"{line!r} not in\n{timeline}"
    steps = json.loads(
        office.lakip(
            *("status", "2026", "--today", "2027-01-21", "--format", "json"),
            when="2027-01-21T09:00:00+07:00",
        ).stdout
    )["steps"]
    assert [(s["step"], s["days_only"]) for s in steps][:2] == [
        ("step-dispose", True),
        ("step-collect", False),
    ]
    assert (steps[3]["elapsed_minutes"], steps[4]["elapsed_minutes"]) == (30, 3 * 1440)
    rows = text.split("Langkah SOP")[1].splitlines()[2:8]
    assert [re.split(r"\s{2,}", row.strip())[3] for row in rows] == [
        "hari yang sama",
        "7 hari 1 jam",
        "1 hari 23 jam",
        "30 menit",
        "3 hari",
        "-",  # step 6 is done when all four recipients have signed; one has
    ]


def _guide_commands() -> list[tuple[str, str]]:
    """Every `lakip ...` line of the guide's code blocks and inline code, with its page."""
    found = []
    for page in sorted(GUIDE.glob("*.md")):
        fenced = False
        text = re.sub(r"\\\n\s*", " ", page.read_text(encoding="utf-8"))  # shell continuations
        for line in text.splitlines():
            if line.startswith("```"):
                fenced = not fenced
            elif fenced and line.startswith("lakip "):
                found.append((page.name, line.split("  #")[0].strip()))
            elif not fenced:
                spans = re.findall(r"`(lakip [^`]+)`", line)
                found += [(page.name, s) for s in spans if "..." not in s and "<" not in s]
    return found


def test_every_command_in_the_guide_is_accepted_by_the_cli():
    commands = _guide_commands()
    assert len(commands) > 20
    parser = _parser()
    subcommands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for sub in [parser, *subcommands.choices.values()]:
        sub.exit_on_error = False
        sub.allow_abbrev = False  # the guide spells every option out
    for page, line in commands:
        words = shlex.split(line)[1:]
        if len(words) == 1 or "--help" in words:  # a command named in prose: it must exist
            assert words[0] in subcommands.choices, f"{page}: `{line}`: no such command"
            continue
        try:
            _parse(parser, words)
        except (argparse.ArgumentError, SystemExit) as error:
            raise AssertionError(f"{page}: `{line}` is not a valid lakip command") from error


def _parse(parser: argparse.ArgumentParser, words: list[str]) -> None:
    """Parse like the CLI, but raise instead of printing usage (subparsers ignore exit_on_error)."""
    stderr, sys.stderr = sys.stderr, io.StringIO()
    try:
        parser.parse_args(words)
    finally:
        sys.stderr = stderr


def test_the_guide_links_only_its_own_pages():
    names = {p.name for p in GUIDE.glob("*.md")}
    assert "index.md" in names and len(names) == 7
    for page in sorted(GUIDE.glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)]+)\)", text):
            if target.startswith("img/"):  # a screenshot: published with the page (site.py)
                assert (GUIDE / target).is_file(), f"{page.name} shows a missing {target}"
                continue
            assert target in names, f"{page.name} links to {target}"
        assert "<" not in re.sub(r"`[^`]*`|```.*?```", "", text, flags=re.S), page.name
