"""A reporting year played by the office's accounts, every change a pull request through the checks
that `.github/workflows/pr.yml` runs.

Planning opens the year, each unit sends its data, a unit adds a staff member, the secretariat
archives, dispatches and records the receipts, and only the final draft and the release need the
head. Each pull request is a branch in a real git repository, judged as CI judges it: `validate`,
`check-ownership` (with the commit list the host's API would give, every commit's author and
committer), `codeowners --check`, `check-targets --base`, `check-registers --base`; then it is
merged with a merge commit by the person the SOP names. Nobody's check fails wrongly, and the
hostile variants (a commit pushed onto someone else's branch, a receipt before its dispatch)
fail for the right reason.

Planning's PK and its revisions go through `check-targets --base` the same way: a merged revision
is locked and a back-dated one refused. The release tag is made as `lakip release` writes it,
but unsigned and without building the PDF (signing and the bundle are test_release's and
test_walkthrough's); letters are printed, so the test is slow.
"""

from __future__ import annotations

import contextlib
import io
import json
import re

import pytest

from gitfixtures import Repo, identity, sample_repo
from lakip.cli.main import main
from lakip.release.bundle import tag_message
from lakip.release.distribute import load_profile
from lakip.sop.codeowners import codeowners

HEAD = "dadang-kurniawan"
PLANNER, PLANNER_2 = "agus-setiawan-se", "dewi-kartika-pwk"
SECRETARY, SECRETARY_2 = "rina-marlina", "fajar-nugraha-pwk"
SUBMITTERS = {
    "bidang-politik": ("deden-hidayat", "nurul-fadilah"),
    "bidang-ideologi": ("euis-nurhayati", "lia-rosdiana"),
    "bidang-ketahanan": ("neneng-sumarni", "asep-ruhiyat"),
    "bidang-kewaspadaan": ("ujang-supriatna", "tati-suhartini"),
    "subbagian-umum": (SECRETARY, SECRETARY_2),
    "subbagian-perencanaan": (PLANNER, PLANNER_2),
}
CHECKS = ("validate", "check-ownership", "codeowners", "check-targets", "check-registers")


class Office:
    """One repository standing for the Git host and everyone's clone: branches are pull requests."""

    def __init__(self, repo: Repo, monkeypatch) -> None:
        self.repo = repo
        self.root = repo.root
        self.monkeypatch = monkeypatch

    def lakip(self, *args: str, who: str, when: str) -> tuple[int, str, str]:
        """`lakip ARGS` as `who` types it at `when` (git commits it makes carry both)."""
        for key, value in identity(who, when).items():
            self.monkeypatch.setenv(key, value)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*args, "--root", str(self.root)])
        for key in identity(who, when):
            self.monkeypatch.delenv(key)
        return code, out.getvalue(), err.getvalue()

    def open(self, branch: str, who: str, when: str) -> None:
        self.repo.git("switch", "-q", "-c", branch, "main", author=who, date=when)

    def commit(self, message: str, who: str, when: str, files: dict | None = None) -> None:
        if files:
            self.repo.write(files)
        self.repo.git("add", "-A", author=who, date=when)
        self.repo.git("commit", "-q", "--no-verify", "-m", message, author=who, date=when)

    def ci(self, branch: str, opener: str, when: str) -> dict[str, tuple[int, str]]:
        """The pull request's checks, as pr.yml runs them on the branch against main."""
        self.repo.git("switch", "-q", branch)
        record = self.root.parent / "commits.tsv"
        record.write_text(self._host_record(branch), encoding="utf-8")
        runs = {
            "validate": ("validate", "--format", "json"),
            "check-ownership": (
                *("check-ownership", "--base", "main", "--head", branch),
                *("--author", opener, "--commits", str(record), "--format", "json"),
            ),
            "codeowners": ("codeowners", "--check", "--format", "json"),
            "check-targets": ("check-targets", "--base", "main", "--format", "json"),
            "check-registers": ("check-registers", "--base", "main", "--format", "json"),
        }
        results = {}
        for name, args in runs.items():
            code, out, _ = self.lakip(*args, who="github-actions", when=when)
            results[name] = (code, out)
        return results

    def _host_record(self, branch: str) -> str:
        """What the host's API lists for the pull request: each commit and its two accounts.

        The host links a commit to the account whose address it carries; in this office every
        person's git identity is their account name (gitfixtures.identity).
        """
        log = self.repo.git("log", "--format=%H%x09%an%x09%cn", f"main..{branch}")
        return log

    def passes(self, branch: str, opener: str, when: str) -> None:
        results = self.ci(branch, opener, when)
        failed = {name: out for name, (code, out) in results.items() if code != 0}
        assert not failed, f"{branch}: {json.dumps(failed, ensure_ascii=False)[:3000]}"

    def merge(self, branch: str, who: str, when: str) -> None:
        self.repo.git("switch", "-q", "main", author=who, date=when)
        message = f"Merge pull request from {branch}"
        self.repo.git("merge", "-q", "--no-ff", "-m", message, branch, author=who, date=when)


@pytest.fixture
def office(tmp_path, git_env, monkeypatch):
    repo = sample_repo(tmp_path / "kantor", date="2026-01-05T08:00:00+07:00")
    repo.commit(
        "CODEOWNERS",
        {".github/CODEOWNERS": codeowners(repo.root)},
        author=HEAD,
        date="2026-01-05T08:00:00+07:00",
    )
    return Office(repo, monkeypatch)


def _unit_files(office: Office, unit: str) -> dict[str, str]:
    """What a unit types into its scaffold: the sample's 2025 figures, for 2026."""
    files = {}
    for name in ("realisasi.yml", "anggaran.yml", "narasi.md"):
        text = (office.root / f"sections/{unit}/2025/{name}").read_text(encoding="utf-8")
        files[f"sections/{unit}/2026/{name}"] = text.replace("tahun: 2025", "tahun: 2026")
    return files


def _codes(results: dict, check: str) -> list[str]:
    return [f["code"] for f in json.loads(results[check][1] or "[]")]


@pytest.mark.slow
def test_a_year_by_roles_through_the_pull_request_checks(office):
    root = office.root

    # Planning writes the 2026 PK; a planning colleague merges it; planning tags it as signed.
    when = "2026-01-08T10:00:00+07:00"
    office.open("pk-2026", PLANNER, when)
    pk = (root / "reports/2025/pk.yml").read_text(encoding="utf-8")
    pk = pk.replace("tahun: 2025", "tahun: 2026").replace(
        "tanggal: 2025-01-14", "tanggal: 2026-01-09"
    )
    office.commit("PK 2026", PLANNER, when, {"reports/2026/pk.yml": pk})
    office.passes("pk-2026", PLANNER, when)
    office.merge("pk-2026", PLANNER_2, "2026-01-09T14:00:00+07:00")
    code, _, _ = office.lakip(
        "sign-pk", "2026", "--no-sign", who=PLANNER, when="2026-01-12T10:00:00+07:00"
    )
    assert code == 0

    # A PK revision mid-year passes; once merged it is locked, and a back-dated one is refused.
    when = "2026-07-15T09:00:00+07:00"
    office.open("revisi-pk-2026", PLANNER, when)
    revision = (
        "revisi:\n  - tanggal: 2026-07-15\n    oleh: Kepala Badan\n    alasan: Perubahan APBD\n"
        "    perubahan:\n      - kode: IKU-01\n        target: 91.00\n"
    )
    revised = pk.replace(
        "  - kode: IKU-01\n    target: 90.00", "  - kode: IKU-01\n    target: 91.00"
    )
    office.commit("Revisi PK", PLANNER, when, {"reports/2026/pk.yml": revised + revision})
    office.passes("revisi-pk-2026", PLANNER, when)
    office.merge("revisi-pk-2026", PLANNER_2, when)
    pk = revised + revision
    when = "2026-09-01T09:00:00+07:00"
    office.open("revisi-lagi", PLANNER, when)
    office.commit(
        "Ubah revisi",
        PLANNER,
        when,
        {"reports/2026/pk.yml": pk.replace("2026-07-15", "2026-07-16")},
    )
    results = office.ci("revisi-lagi", PLANNER, when)
    assert _codes(results, "check-targets") == ["revision-locked"]
    office.repo.git("switch", "-q", "main")
    office.open("revisi-mundur", PLANNER, when)
    backdated = revision.replace("revisi:\n", "").replace("2026-07-15", "2026-02-01")
    office.commit("Revisi mundur", PLANNER, when, {"reports/2026/pk.yml": pk + backdated})
    results = office.ci("revisi-mundur", PLANNER, when)
    assert _codes(results, "check-targets") == ["revision-backdated"]
    office.repo.git("switch", "-q", "main")

    # A unit member pushes a commit onto planning's branch: judged as its own author's work.
    when = "2026-09-02T09:00:00+07:00"
    office.open("catatan-2026", PLANNER, when)
    office.commit("Catatan", PLANNER, when, {"reports/2026/bab-catatan.txt": "catatan\n"})
    office.commit("Ikut mengubah PK", "deden-hidayat", when, {"reports/2026/pk.yml": pk + "# x\n"})
    results = office.ci("catatan-2026", PLANNER, when)
    found = json.loads(results["check-ownership"][1])
    assert [(f["path"], f["message"][:22]) for f in found] == [
        ("reports/2026/bab-catatan.txt", "Akun 'deden-hidayat' ("),  # the whole change is judged
        ("reports/2026/pk.yml", "Akun 'deden-hidayat' ("),
    ]
    office.repo.git("switch", "-q", "main")

    # SOP step 1: the letter arrives; planning opens the year with `lakip new`, on a branch.
    when = "2027-01-06T10:00:00+07:00"
    office.open("buka-tahun-2026", PLANNER, when)
    code, out, _ = office.lakip(
        *("new", "2026", "--surat-nomor", "005/017/Bappeda/2027", "--surat-tanggal", "2027-01-06"),
        *("--tenggat", "2027-01-20"),
        who=PLANNER,
        when=when,
    )
    assert code == 0 and out.count("ditulis:  sections/") == 18
    office.repo.git("add", "reports/2026/surat.yml", "sections", author=PLANNER, date=when)
    office.repo.git("commit", "-q", "-m", "Buka tahun laporan 2026", author=PLANNER, date=when)
    office.passes("buka-tahun-2026", PLANNER, when)  # the step-1 dead-end is gone
    office.merge("buka-tahun-2026", PLANNER_2, "2027-01-06T11:00:00+07:00")

    # SOP step 2: each unit fills its scaffold; a colleague of the same unit merges.
    for day, (unit, (member, colleague)) in enumerate(SUBMITTERS.items(), start=8):
        when = f"2027-01-{day:02d}T09:00:00+07:00"
        office.open(f"data-2026-{unit}", member, when)
        office.commit(f"Data {unit}", member, when, _unit_files(office, unit))
        office.passes(f"data-2026-{unit}", member, when)
        office.merge(f"data-2026-{unit}", colleague, f"2027-01-{day:02d}T11:00:00+07:00")

    # A staff change: the unit adds a member and regenerates CODEOWNERS in the same change.
    when = "2027-01-13T09:00:00+07:00"
    office.open("pegawai-baru-ketahanan", "neneng-sumarni", when)
    unit = root / "sections/bidang-ketahanan/unit.yml"
    unit.write_text(unit.read_text(encoding="utf-8") + "  - yusuf-pegawai-baru\n", encoding="utf-8")
    results = office.ci("pegawai-baru-ketahanan", "neneng-sumarni", when)
    assert _codes(results, "codeowners") == ["codeowners-stale"]  # CI says what to run
    code, _, _ = office.lakip("codeowners", who="neneng-sumarni", when=when)
    assert code == 0
    office.commit("Tambah pegawai baru", "neneng-sumarni", when)
    office.passes("pegawai-baru-ketahanan", "neneng-sumarni", when)
    office.merge("pegawai-baru-ketahanan", SECRETARY, when)  # the secretariat reviews CODEOWNERS
    assert "@yusuf-pegawai-baru" in office.repo.read(".github/CODEOWNERS")
    # The new member's rights start with the merge: a correction of the unit's data now passes.
    when = "2027-01-13T10:00:00+07:00"
    office.open("koreksi-ketahanan", "yusuf-pegawai-baru", when)
    narrative = "sections/bidang-ketahanan/2026/narasi.md"
    text = office.repo.read(narrative) + "\nKoreksi kecil.\n"
    office.commit("Koreksi narasi", "yusuf-pegawai-baru", when, {narrative: text})
    office.passes("koreksi-ketahanan", "yusuf-pegawai-baru", when)
    office.merge("koreksi-ketahanan", "neneng-sumarni", when)

    # SOP steps 3-4: the final draft, merged by the head (one of the two merges that need it).
    when = "2027-01-14T09:00:00+07:00"
    office.open("final-2026", PLANNER, when)
    chapters = {
        f"reports/2026/bab/{p.name}": p.read_text(encoding="utf-8").replace("2025", "2026")
        for p in sorted((root / "reports/2025/bab").glob("*.md"))
    }
    office.commit("Draf final 2026", PLANNER, when, chapters)
    office.passes("final-2026", PLANNER, when)
    code, _, _ = office.lakip("validate", "--year", "2026", "--final", who=PLANNER, when=when)
    assert code == 0
    office.merge("final-2026", HEAD, "2027-01-15T10:00:00+07:00")

    # SOP step 5: the head's release tag (made as `lakip release` writes its message).
    when = "2027-01-15T10:30:00+07:00"
    profile = load_profile(root)
    message = tag_message(profile, 2026, 1, office.repo.head(), "LKjIP-2026.pdf", "ab" * 32)
    office.repo.git("tag", "-a", "lakip-2026-v1", "-m", message, date=when)

    # Steps 5-6 in one change: archive and dispatch on one branch, one pull request.
    when = "2027-01-18T09:00:00+07:00"
    office.open("arsip-ekspedisi-2026", SECRETARY, when)
    code, _, err = office.lakip(
        *("archive", "2026", "--lokasi", "Lemari arsip TU, rak 2", "--rangkap", "2"),
        *("--tanggal", "2027-01-18", "--commit"),
        who=SECRETARY,
        when=when,
    )
    assert code == 0, err
    code, _, err = office.lakip(
        *("distribute", "2026", "--tanggal", "2027-01-18", "--nomor-awal", "41", "--commit"),
        *("--out", str(root.parent / "surat")),
        who=SECRETARY,
        when=when,
    )
    assert code == 0, err
    assert "git push -u origin arsip-ekspedisi-2026" in err
    office.passes("arsip-ekspedisi-2026", SECRETARY, when)
    office.merge("arsip-ekspedisi-2026", SECRETARY_2, when)  # no head needed

    # A receipt dated before its dispatch is refused with the reason; nothing is written.
    when = "2027-01-21T09:00:00+07:00"
    office.open("tanda-terima-2026", SECRETARY, when)
    code, _, err = office.lakip(
        *("receipt", "2026", "bappeda", "--oleh", "Sri Wahyuni", "--tanggal", "2027-01-17"),
        who=SECRETARY,
        when=when,
    )
    assert code == 2 and "lebih awal dari 2027-01-18, hari laporan dikirim kepada bappeda" in err
    # Several receipts at once, in one pull request.
    code, _, err = office.lakip(
        *("receipt", "2026", "bappeda", "bkad", "bagian-pembangunan", "inspektorat"),
        *("--oleh", "Sri Wahyuni", "--oleh", "Budi Santoso", "--oleh", "Dewi Lestari"),
        *("--oleh", "Asep Saepudin", "--tanggal", "2027-01-21", "--commit"),
        who=SECRETARY,
        when=when,
    )
    assert code == 0, err
    office.passes("tanda-terima-2026", SECRETARY, when)
    office.merge("tanda-terima-2026", SECRETARY_2, when)

    # Nothing but the final draft needed the head: every other merge is someone else's.
    merges = office.repo.git("log", "--merges", "--first-parent", "--format=%an %s", "main")
    by_head = [line for line in merges.splitlines() if line.startswith(HEAD + " ")]
    assert by_head == [f"{HEAD} Merge pull request from final-2026"]
    registers = root / "reports/2026/register"
    assert sorted(p.name for p in registers.iterdir()) == [
        "arsip.yml",
        "ekspedisi.yml",
        "tanda-terima.yml",
    ]
    assert (
        len(
            re.findall(
                r"^- tanggal: 2027-01-21$", (registers / "tanda-terima.yml").read_text(), re.M
            )
        )
        == 4
    )
