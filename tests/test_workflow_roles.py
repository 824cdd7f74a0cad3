"""A reporting year played by the office's accounts, every change a pull request through the checks
that `.github/workflows/pr.yml` runs.

Planning opens the year, each unit sends its data, a unit adds a staff member, the secretariat
archives, dispatches and records the receipts, the Inspektorat reviews the final draft from its
own account and planning answers its note, and only the final draft and the release need the
head. The Git host is a bare repository and everyone works in their own clone: each pull request
is a branch pushed to the host and judged in CI's own checkout as pr.yml judges it: `validate`,
`check-ownership` (with the commit list the host's API would give, every commit's author and
committer, and the pull request's last commit as `--head`), `codeowners --check`, `check-targets
--base origin/main`, `check-registers --base origin/main`; then it is merged with a merge commit
by the person the SOP names and pushed. Nobody's check fails wrongly, and the hostile variants
(a commit pushed onto someone else's branch, a rewritten or back-dated revision, a receipt before
its dispatch, planning or the head concluding the Inspektorat's reviu, a verdict rewritten
instead of revised) fail for the right reason.

Planning's PK and its revisions go through `check-targets --base` the same way: a merged revision
is locked and a back-dated one refused. Planning signs the PK tag and the head the release tag
with their own SSH keys, registered on main; the release carries the message `lakip release`
writes, without building the PDF (the bundle is test_release's and test_walkthrough's); letters
are printed, so the test is slow.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from gitfixtures import Repo, identity, sample_repo
from lakip.cli.main import main
from lakip.release.bundle import tag_message
from lakip.release.distribute import load_profile
from lakip.sop.codeowners import codeowners
from signing import signers_line, ssh_key

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


class Office:
    """A Git host (a bare repository) and one clone per person; CI checks out its own clone.

    A pull request is a branch pushed to the host; CI fetches it and runs pr.yml's checks against
    `origin/main` with the pull request's last commit as `--head`; a merge is a `--no-ff` merge
    pushed to the host's main by the person who merges.
    """

    def __init__(self, origin: Path, work: Path, monkeypatch) -> None:
        self.origin = origin
        self.work = work
        self.monkeypatch = monkeypatch
        self.clones: dict[str, Repo] = {}
        self.branch = "main"
        self.ci_repo = self.clone("github-actions")

    def clone(self, who: str) -> Repo:
        """`who`'s own working copy, cloned the first time it is needed."""
        if who not in self.clones:
            root = self.work / who
            subprocess.run(
                ["git", "clone", "-q", str(self.origin), str(root)], check=True, capture_output=True
            )
            repo = Repo(root)
            for key, value in (("user.name", who), ("user.email", f"{who}@example.invalid")):
                repo.git("config", key, value)
            self.clones[who] = repo
        return self.clones[who]

    def lakip(self, *args: str, who: str, when: str) -> tuple[int, str, str]:
        """`lakip ARGS` as `who` types it in their clone at `when` (commits carry both)."""
        for key, value in identity(who, when).items():
            self.monkeypatch.setenv(key, value)
        out, err = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main([*args, "--root", str(self.clone(who).root)])
        finally:
            for key in identity(who, when):
                self.monkeypatch.delenv(key)
        return code, out.getvalue(), err.getvalue()

    def open(self, branch: str, who: str, when: str) -> Repo:
        """Start a pull request's branch from the host's main in `who`'s clone."""
        repo = self.clone(who)
        repo.git("fetch", "-q", "origin", author=who, date=when)
        repo.git("switch", "-q", "-c", branch, "origin/main", author=who, date=when)
        self.branch = branch
        return repo

    def commit(
        self, message: str, who: str, when: str, files: dict | None = None, add=("-A",)
    ) -> None:
        """Commit on the current pull request's branch in `who`'s clone and push it."""
        repo = self.clone(who)
        repo.git("fetch", "-q", "origin", author=who, date=when)
        current = repo.git("branch", "--show-current").strip()
        if current != self.branch:  # someone else's branch: take it from the host
            repo.git("switch", "-q", "-C", self.branch, f"origin/{self.branch}")
        if files:
            repo.write(files)
        repo.git("add", *add, author=who, date=when)
        repo.git("commit", "-q", "--no-verify", "-m", message, author=who, date=when)
        self.push(who, when)

    def push(self, who: str, when: str) -> None:
        self.clone(who).git("push", "-q", "-u", "origin", self.branch, author=who, date=when)

    def ci(self, branch: str, opener: str, when: str) -> dict[str, tuple[int, str]]:
        """The pull request's checks, as pr.yml runs them in CI's checkout of the branch."""
        repo = self.ci_repo
        repo.git("fetch", "-q", "--prune", "--tags", "--force", "origin")
        repo.git("checkout", "-q", "--detach", f"origin/{branch}")
        record = self.work / "commits.tsv"
        record.write_text(self._host_record(), encoding="utf-8")
        base = ("--base", "refs/remotes/origin/main")  # full ref names, as pr.yml
        runs = {
            "validate": ("validate", "--format", "json", "--base", "origin/main"),
            "check-ownership": (
                *("check-ownership", *base, "--head", repo.head(), "--author", opener),
                *("--commits", str(record), "--format", "json"),
            ),
            "codeowners": ("codeowners", "--check", "--format", "json", "--base", "origin/main"),
            "check-targets": ("check-targets", *base, "--format", "json"),
            "check-registers": ("check-registers", *base, "--format", "json"),
        }
        results = {}
        for name, args in runs.items():
            code, out, _ = self.lakip(*args, who="github-actions", when=when)
            results[name] = (code, out)
        return results

    def _host_record(self) -> str:
        """What the host's API lists for the pull request: each commit and its two accounts.

        The host links a commit to the account whose address it carries; in this office every
        person's git identity is their account name (gitfixtures.identity).
        """
        return self.ci_repo.git("log", "--format=%H%x09%an%x09%cn", "origin/main..HEAD")

    def passes(self, branch: str, opener: str, when: str) -> None:
        results = self.ci(branch, opener, when)
        failed = {name: out for name, (code, out) in results.items() if code != 0}
        assert not failed, f"{branch}: {json.dumps(failed, ensure_ascii=False)[:3000]}"

    def merge(self, branch: str, who: str, when: str) -> None:
        """Merge the pull request as the host's "Create a merge commit" does, as `who`."""
        repo = self.clone(who)
        repo.git("fetch", "-q", "origin", author=who, date=when)
        repo.git("switch", "-q", "-C", "main", "origin/main", author=who, date=when)
        message = f"Merge pull request from {branch}"
        repo.git("merge", "-q", "--no-ff", "-m", message, f"origin/{branch}", author=who, date=when)
        repo.git("push", "-q", "origin", "main", author=who, date=when)

    def main_file(self, rel: str) -> str:
        """A file as the host's main has it now."""
        self.ci_repo.git("fetch", "-q", "origin")
        return self.ci_repo.git("show", f"origin/main:{rel}")


@pytest.fixture
def office(tmp_path, git_env, monkeypatch):
    """The agency's host on day one: the sample, CODEOWNERS, and the keys of the head and of
    planning registered in `.github/allowed_signers` (the head's one-time setup)."""
    repo = sample_repo(tmp_path / "kantor", date="2026-01-05T08:00:00+07:00")
    keys = tmp_path / "kunci"
    keys.mkdir()
    signers = "".join(signers_line(who, ssh_key(keys, who)) for who in (HEAD, PLANNER))
    repo.commit(
        "CODEOWNERS and signing keys",
        {".github/CODEOWNERS": codeowners(repo.root), ".github/allowed_signers": signers},
        author=HEAD,
        date="2026-01-05T08:00:00+07:00",
    )
    origin = tmp_path / "origin.git"
    subprocess.run(
        ["git", "clone", "-q", "--bare", str(repo.root), str(origin)],
        check=True,
        capture_output=True,
    )
    office = Office(origin, tmp_path, monkeypatch)
    for who in (HEAD, PLANNER):  # each signs with their own key, as the guide sets it up
        office.clone(who).git("config", "gpg.format", "ssh")
        office.clone(who).git("config", "user.signingkey", str(keys / who))
    return office


INSPECTOR = "wawan-inspektorat"  # `inspektorat.akun` in the sample's profile
REVIEW_2026, ANSWERS_2026 = "reports/2026/reviu/reviu.yml", "reports/2026/reviu/tanggapan.yml"
REVIEW_RECORD = """\
tahun: 2026
inspektur:
  nama: Drs. H. Wawan Setiawan, M.Si.
  jabatan: Inspektur Daerah Kabupaten Purwakarta
  nip: "196805121994031007"
butir:
  - kode: rekomendasi
    simpulan: tidak-memenuhi
    catatan: Rencana perbaikan belum menyebut waktunya.
    tanggal: 15 Januari 2027
"""
REVIEW_REVISION = """\
  - kode: rekomendasi
    simpulan: memenuhi
    tanggal: 15 Januari 2027
"""
REVIEW_CONCLUSION = "simpulan:\n  tanggal: 15 Januari 2027\n"
REVIEW_ANSWER = """\
tahun: 2026
tanggapan:
  - kode: rekomendasi
    tanggal: 15 Januari 2027
    jawaban: Waktu setiap rencana perbaikan dicantumkan di Bab IV.
"""


def _unit_files(office: Office, unit: str) -> dict[str, str]:
    """What a unit types into its scaffold: the sample's 2025 figures, for 2026."""
    files = {}
    for name in ("realisasi.yml", "anggaran.yml", "narasi.md"):
        text = office.main_file(f"sections/{unit}/2025/{name}")
        files[f"sections/{unit}/2026/{name}"] = text.replace("tahun: 2025", "tahun: 2026")
    return files


def _codes(results: dict, check: str) -> list[str]:
    return [f["code"] for f in json.loads(results[check][1] or "[]")]


@pytest.mark.slow
def test_a_year_by_roles_through_the_pull_request_checks(office):
    # Planning writes the 2026 PK; a planning colleague merges it; planning tags it as signed.
    when = "2026-01-08T10:00:00+07:00"
    office.open("pk-2026", PLANNER, when)
    pk = office.main_file("reports/2025/pk.yml")
    pk = pk.replace("tahun: 2025", "tahun: 2026").replace(
        "tanggal: 2025-01-14", "tanggal: 2026-01-09"
    )
    office.commit("PK 2026", PLANNER, when, {"reports/2026/pk.yml": pk})
    office.passes("pk-2026", PLANNER, when)
    office.merge("pk-2026", PLANNER_2, "2026-01-09T14:00:00+07:00")
    when = "2026-01-12T10:00:00+07:00"
    planner = office.clone(PLANNER)
    planner.git("switch", "-q", "-C", "main", "origin/main")
    planner.git("pull", "-q", "--ff-only", "origin", "main", author=PLANNER, date=when)
    code, _, err = office.lakip("sign-pk", "2026", who=PLANNER, when=when)
    assert code == 0, err
    planner.git("push", "-q", "origin", "tag", "pk-2026", author=PLANNER, date=when)

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
    rewritten = pk.replace("2026-07-15", "2026-07-16")
    office.commit("Ubah revisi", PLANNER, when, {"reports/2026/pk.yml": rewritten})
    assert _codes(office.ci("revisi-lagi", PLANNER, when), "check-targets") == ["revision-locked"]
    office.open("revisi-mundur", PLANNER, when)
    backdated = revision.replace("revisi:\n", "").replace("2026-07-15", "2026-02-01")
    office.commit("Revisi mundur", PLANNER, when, {"reports/2026/pk.yml": pk + backdated})
    results = office.ci("revisi-mundur", PLANNER, when)
    assert _codes(results, "check-targets") == ["revision-backdated"]

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
    add = ("reports/2026/surat.yml", "sections")  # as the guide's `git add` line
    office.commit("Buka tahun laporan 2026", PLANNER, when, add=add)
    office.passes("buka-tahun-2026", PLANNER, when)  # the step-1 dead-end is gone
    office.merge("buka-tahun-2026", PLANNER_2, "2027-01-06T11:00:00+07:00")

    # SOP step 2: each unit fills its scaffold; a colleague of the same unit merges.
    for day, (unit, (member, colleague)) in enumerate(SUBMITTERS.items(), start=8):
        when = f"2027-01-{day:02d}T09:00:00+07:00"
        office.open(f"data-2026-{unit}", member, when)
        office.commit(f"Data {unit}", member, when, _unit_files(office, unit))
        office.passes(f"data-2026-{unit}", member, when)
        office.merge(f"data-2026-{unit}", colleague, f"2027-01-{day:02d}T11:00:00+07:00")

    # A staff change: the unit adds a member; CI asks for CODEOWNERS; the unit regenerates it.
    when = "2027-01-13T09:00:00+07:00"
    member = office.open("pegawai-baru-ketahanan", "neneng-sumarni", when)
    unit = "sections/bidang-ketahanan/unit.yml"
    office.commit(
        "Tambah pegawai baru",
        "neneng-sumarni",
        when,
        {unit: member.read(unit) + "  - yusuf-pegawai-baru\n"},
    )
    results = office.ci("pegawai-baru-ketahanan", "neneng-sumarni", when)
    assert _codes(results, "codeowners") == ["codeowners-stale"]  # CI says what to run
    assert office.lakip("codeowners", who="neneng-sumarni", when=when)[0] == 0
    office.commit("Perbarui CODEOWNERS", "neneng-sumarni", when)
    office.passes("pegawai-baru-ketahanan", "neneng-sumarni", when)
    office.merge("pegawai-baru-ketahanan", SECRETARY, when)  # the secretariat reviews CODEOWNERS
    assert "@yusuf-pegawai-baru" in office.main_file(".github/CODEOWNERS")
    # The new member's rights start with the merge: a correction of the unit's data now passes.
    when = "2027-01-13T10:00:00+07:00"
    newcomer = office.open("koreksi-ketahanan", "yusuf-pegawai-baru", when)
    narrative = "sections/bidang-ketahanan/2026/narasi.md"
    text = newcomer.read(narrative) + "\nKoreksi kecil.\n"
    office.commit("Koreksi narasi", "yusuf-pegawai-baru", when, {narrative: text})
    office.passes("koreksi-ketahanan", "yusuf-pegawai-baru", when)
    office.merge("koreksi-ketahanan", "neneng-sumarni", when)

    # SOP steps 3-4: the final draft, merged by the head (one of the two merges that need it).
    when = "2027-01-14T09:00:00+07:00"
    draft = office.open("final-2026", PLANNER, when)
    chapters = {
        f"reports/2026/bab/{p.name}": p.read_text(encoding="utf-8").replace("2025", "2026")
        for p in sorted((draft.root / "reports/2025/bab").glob("*.md"))
    }
    office.commit("Draf final 2026", PLANNER, when, chapters)
    office.passes("final-2026", PLANNER, when)
    code, _, _ = office.lakip("validate", "--year", "2026", "--final", who=PLANNER, when=when)
    assert code == 0
    office.merge("final-2026", HEAD, "2027-01-15T10:00:00+07:00")

    # The Inspektorat's reviu of the final draft, from its own account: a note, the agency's
    # answer in its own pull request, then a revised verdict and the conclusion.
    when = "2027-01-15T10:05:00+07:00"
    office.open("reviu-2026", INSPECTOR, when)
    office.commit("Reviu: catatan", INSPECTOR, when, {REVIEW_2026: REVIEW_RECORD})
    office.passes("reviu-2026", INSPECTOR, when)
    office.merge("reviu-2026", SECRETARY, when)
    # Neither planning nor the head may conclude the reviu in the Inspektorat's place.
    for who in (PLANNER, HEAD):
        office.open(f"reviu-lunak-{who}", who, when)
        softened = REVIEW_RECORD + REVIEW_REVISION + REVIEW_CONCLUSION
        office.commit("Lunakkan catatan", who, when, {REVIEW_2026: softened})
        results = office.ci(f"reviu-lunak-{who}", who, when)
        assert _codes(results, "check-ownership") == ["ownership-reviu"]
    when = "2027-01-15T10:10:00+07:00"
    office.open("tanggapan-reviu-2026", PLANNER, when)
    office.commit("Jawab catatan reviu", PLANNER, when, {ANSWERS_2026: REVIEW_ANSWER})
    office.passes("tanggapan-reviu-2026", PLANNER, when)
    office.merge("tanggapan-reviu-2026", PLANNER_2, when)
    when = "2027-01-15T10:20:00+07:00"
    office.open("reviu-2026-simpulan", INSPECTOR, when)
    rewritten = REVIEW_RECORD.replace("tidak-memenuhi", "memenuhi") + REVIEW_CONCLUSION
    office.commit("Simpulan ditulis ulang", INSPECTOR, when, {REVIEW_2026: rewritten})
    results = office.ci("reviu-2026-simpulan", INSPECTOR, when)
    assert _codes(results, "check-registers") == ["reviu-entry-changed"]  # revise, never rewrite
    concluded = REVIEW_RECORD + REVIEW_REVISION + REVIEW_CONCLUSION
    office.commit("Simpulan reviu", INSPECTOR, when, {REVIEW_2026: concluded})
    office.passes("reviu-2026-simpulan", INSPECTOR, when)
    office.merge("reviu-2026-simpulan", SECRETARY, when)

    # SOP step 5: the head's release tag (made as `lakip release` writes its message), pushed.
    when = "2027-01-15T10:30:00+07:00"
    head = office.clone(HEAD)
    profile = load_profile(head.root)
    message = tag_message(profile, 2026, 1, head.head(), "LKjIP-2026.pdf", "ab" * 32)
    head.git("tag", "-s", "lakip-2026-v1", "-m", message, date=when)
    head.git("push", "-q", "origin", "tag", "lakip-2026-v1", date=when)

    # Steps 5-6 in one change: archive and dispatch on one branch, one pull request.
    when = "2027-01-18T09:00:00+07:00"
    secretary = office.open("arsip-ekspedisi-2026", SECRETARY, when)
    secretary.git("fetch", "-q", "--tags", "origin")
    code, _, err = office.lakip(
        *("archive", "2026", "--lokasi", "Lemari arsip TU, rak 2", "--rangkap", "2"),
        *("--tanggal", "2027-01-18", "--commit"),
        who=SECRETARY,
        when=when,
    )
    assert code == 0, err
    code, _, err = office.lakip(
        *("distribute", "2026", "--tanggal", "2027-01-18", "--nomor-awal", "41", "--commit"),
        *("--out", str(office.work / "surat")),
        who=SECRETARY,
        when=when,
    )
    assert code == 0, err
    assert "git push -u origin arsip-ekspedisi-2026" in err
    office.push(SECRETARY, when)
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
    office.push(SECRETARY, when)
    office.passes("tanda-terima-2026", SECRETARY, when)
    office.merge("tanda-terima-2026", SECRETARY_2, when)

    # Nothing but the final draft needed the head: every other merge is someone else's.
    host = office.ci_repo
    host.git("fetch", "-q", "origin")
    merges = host.git("log", "--merges", "--first-parent", "--format=%an %s", "origin/main")
    by_head = [line for line in merges.splitlines() if line.startswith(HEAD + " ")]
    assert by_head == [f"{HEAD} Merge pull request from final-2026"]
    listed = host.git("ls-tree", "--name-only", "origin/main", "reports/2026/register/").split()
    assert [Path(rel).name for rel in listed] == ["arsip.yml", "ekspedisi.yml", "tanda-terima.yml"]
    receipts = office.main_file("reports/2026/register/tanda-terima.yml")
    assert len(re.findall(r"^- tanggal: 2027-01-21$", receipts, re.M)) == 4
