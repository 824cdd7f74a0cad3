"""The SOP year as the office lives it, end to end (issue 14): one year played by roles through
pr.yml's checks, then read back as the office and its readers see it.

The host is a bare repository holding the sample, with 2025 already released by the head (a
real `lakip release`: PDF built, tag signed with the head's SSH key). Planning signs the 2026
PK, opens the year with `lakip new`, the six units send their data, planning proposes the final
draft and the head merges it and runs `lakip release 2026`; the secretariat records archive and
dispatch in one change and the receipts in two. Every change passes pr.yml's checks (the Office
of test_workflow_roles) and only the final draft is merged by the head. Then:

1. `lakip status` lists every SOP step once, in time order, with durations computed by hand
   below; step 6 is done only once the last recipient's receipt is merged;
2. main.yml's own `lakip publish` line, on the bundles laid out as `gh release download` does,
   publishes 2026's signed PDF byte for byte with its SHA-256, keeps 2025, and marks no signed
   year as a draft;
3. the published site opened from file:// in Chromium leads to the previous year and its search
   finds an indicator;
4. `lakip build --triwulan 3` builds the quarterly report from the year's quarterly data.

The year is played once for the module: it builds three PDFs and a site, so it is slow.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import shlex
import shutil

import pytest
import yaml

from gitfixtures import module_git_env, sample_repo
from lakip.sop.codeowners import codeowners
from signing import signers_line, ssh_key
from test_publish import MAIN_WORKFLOW, PDF, _text
from test_quarterly_build import _tables, _watermarks
from test_workflow_roles import (
    HEAD,
    PLANNER,
    PLANNER_2,
    SECRETARY,
    SECRETARY_2,
    SUBMITTERS,
    Office,
    _unit_files,
)

pytestmark = pytest.mark.slow

# When each unit's member commits its data (a colleague merges it an hour later).
SUBMITTED = {
    "bidang-politik": "2027-01-07T09:00:00+07:00",
    "bidang-ideologi": "2027-01-07T13:30:00+07:00",
    "bidang-ketahanan": "2027-01-08T08:15:00+07:00",
    "bidang-kewaspadaan": "2027-01-08T14:00:00+07:00",
    "subbagian-umum": "2027-01-11T09:00:00+07:00",
    "subbagian-perencanaan": "2027-01-11T15:45:00+07:00",  # the last submission (merged 16:45)
}
RECIPIENTS = (("bappeda", "Sri Wahyuni"), ("bkad", "Budi Santoso"))
RECIPIENTS_LATER = (("bagian-pembangunan", "Dewi Lestari"), ("inspektorat", "Asep Saepudin"))


class Year:
    """The office after the year, and `status` as it read after the first receipts."""

    def __init__(self, office: Office, bundles: dict[str, object], partial: dict) -> None:
        self.office = office
        self.bundles = bundles
        self.partial = partial


def _hour_later(when: str) -> str:
    return (datetime.datetime.fromisoformat(when) + datetime.timedelta(hours=1)).isoformat()


def _ok(result) -> str:
    code, out, err = result
    assert code == 0, err
    return out


def _status(office: Office, *extra: str) -> str:
    """`lakip status 2026` in CI's checkout of the host's main."""
    office.ci_repo.git("fetch", "-q", "--prune", "--tags", "--force", "origin")
    office.ci_repo.git("checkout", "-q", "--detach", "origin/main")
    args = ("status", "2026", "--today", "2027-01-19", *extra)
    return _ok(office.lakip(*args, who="github-actions", when="2027-01-19T08:00:00+07:00"))


def _receipts(office: Office, branch: str, when: str, day: str, recipients) -> None:
    office.open(branch, SECRETARY, when)
    names = [slug for slug, _ in recipients]
    signed_by = [arg for _, who in recipients for arg in ("--oleh", who)]
    args = ("receipt", "2026", *names, *signed_by, "--tanggal", day, "--commit")
    _ok(office.lakip(*args, who=SECRETARY, when=when))
    office.push(SECRETARY, when)
    office.passes(branch, SECRETARY, when)
    office.merge(branch, SECRETARY_2, when)


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("year")
    env = module_git_env(tmp)
    try:
        yield _play(tmp, env)
    finally:
        env.undo()


def _play(tmp, env) -> Year:
    repo = sample_repo(tmp / "kantor", date="2026-01-05T08:00:00+07:00")
    keys = tmp / "kunci"
    keys.mkdir()
    signers = "".join(signers_line(who, ssh_key(keys, who)) for who in (HEAD, PLANNER))
    repo.commit(
        "CODEOWNERS and signing keys",
        {".github/CODEOWNERS": codeowners(repo.root), ".github/allowed_signers": signers},
        author=HEAD,
        date="2026-01-05T08:00:00+07:00",
    )
    origin = tmp / "origin.git"
    repo.git("clone", "-q", "--bare", str(repo.root), str(origin))
    office = Office(origin, tmp, env)
    for who in (HEAD, PLANNER):
        office.clone(who).git("config", "gpg.format", "ssh")
        office.clone(who).git("config", "user.signingkey", str(keys / who))
    head = office.clone(HEAD)

    # The previous year: the head releases 2025 on main and pushes its tag.
    _ok(office.lakip("release", "2025", who=HEAD, when="2026-01-05T10:00:00+07:00"))
    head.git("push", "-q", "origin", "tag", "lakip-2025-v1")

    # Planning's PK for 2026, merged by a colleague, signed by planning.
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
    planner.git("fetch", "-q", "origin")
    planner.git("switch", "-q", "-C", "main", "origin/main")
    _ok(office.lakip("sign-pk", "2026", who=PLANNER, when=when))
    planner.git("push", "-q", "origin", "tag", "pk-2026")

    # Step 1: the letter dated the 5th arrives on the 6th; planning opens the year at 10:00.
    when = "2027-01-06T10:00:00+07:00"
    office.open("buka-tahun-2026", PLANNER, when)
    letter = ("--surat-nomor", "005/017/Bappeda/2027", "--surat-tanggal", "2027-01-05")
    letter += ("--diterima", "2027-01-06", "--tenggat", "2027-01-20")
    _ok(office.lakip("new", "2026", *letter, who=PLANNER, when=when))
    office.commit(
        "Buka tahun laporan 2026", PLANNER, when, add=("reports/2026/surat.yml", "sections")
    )
    office.passes("buka-tahun-2026", PLANNER, when)
    office.merge("buka-tahun-2026", PLANNER_2, "2027-01-06T11:00:00+07:00")

    # Step 2: each unit's member sends its data; a colleague of the unit merges it.
    for unit, when in SUBMITTED.items():
        member, colleague = SUBMITTERS[unit]
        office.open(f"data-2026-{unit}", member, when)
        office.commit(f"Data {unit}", member, when, _unit_files(office, unit))
        office.passes(f"data-2026-{unit}", member, when)
        office.merge(f"data-2026-{unit}", colleague, _hour_later(when))

    # Steps 3-4: planning proposes the final draft; the head merges it and releases 8 minutes on.
    when = "2027-01-12T09:00:00+07:00"
    draft = office.open("final-2026", PLANNER, when)
    chapters = {
        f"reports/2026/bab/{p.name}": p.read_text(encoding="utf-8").replace("2025", "2026")
        for p in sorted((draft.root / "reports/2025/bab").glob("*.md"))
    }
    office.commit("Draf final 2026", PLANNER, when, chapters)
    office.passes("final-2026", PLANNER, when)
    office.merge("final-2026", HEAD, "2027-01-13T10:00:00+07:00")
    _ok(office.lakip("release", "2026", who=HEAD, when="2027-01-13T10:08:00+07:00"))
    head.git("push", "-q", "origin", "tag", "lakip-2026-v1")

    # Steps 5-6: archive and dispatch in one change, on the 14th.
    when = "2027-01-14T09:00:00+07:00"
    secretary = office.open("arsip-ekspedisi-2026", SECRETARY, when)
    secretary.git("fetch", "-q", "--tags", "origin")
    archive = ("archive", "2026", "--lokasi", "Lemari arsip TU, rak 2", "--rangkap", "2")
    _ok(office.lakip(*archive, "--tanggal", "2027-01-14", "--commit", who=SECRETARY, when=when))
    dispatch = ("distribute", "2026", "--tanggal", "2027-01-14", "--nomor-awal", "41")
    dispatch += ("--commit", "--out", str(tmp / "surat"))
    _ok(office.lakip(*dispatch, who=SECRETARY, when=when))
    office.push(SECRETARY, when)
    office.passes("arsip-ekspedisi-2026", SECRETARY, when)
    office.merge("arsip-ekspedisi-2026", SECRETARY_2, when)

    # Two receipts come back on the 15th: status then still owes step 6.
    _receipts(office, "tanda-terima-1", "2027-01-15T09:00:00+07:00", "2027-01-15", RECIPIENTS)
    partial = json.loads(_status(office, "--format", "json"))
    _receipts(office, "tanda-terima-2", "2027-01-18T09:00:00+07:00", "2027-01-18", RECIPIENTS_LATER)
    bundles = {
        "lakip-2025-v1": head.root / "build/release/lakip-2025-v1",
        "lakip-2026-v1": head.root / "build/release/lakip-2026-v1",
    }
    return Year(office, bundles, partial)


def test_only_the_final_draft_needed_the_head(year):
    host = year.office.ci_repo
    host.git("fetch", "-q", "origin")
    merges = host.git("log", "--merges", "--first-parent", "--format=%an %s", "origin/main")
    by_head = [line for line in merges.splitlines() if line.startswith(HEAD + " ")]
    assert by_head == [f"{HEAD} Merge pull request from final-2026"]
    tags = host.git("tag", "-l", "--format=%(taggername) %(refname:short)", "lakip-*").split("\n")
    assert sorted(t for t in tags if t) == [f"{HEAD} lakip-2025-v1", f"{HEAD} lakip-2026-v1"]


# The SOP's steps, computed by hand from the schedule above:
# 1 letter received 2027-01-06 (a day) -> recorded 2027-01-06 10:00: the same day
# 2 -> the last unit's data merged 2027-01-11 16:45 (committed 15:45, merged an hour later):
#      5 days 6 h 45 min = 7605 min, over 15 min
# 3 -> head's merge of final-2026 2027-01-13 10:00: 1 day 17 h 15 min = 2475 min, over 1 day
# 4 -> release tag 2027-01-13 10:08: 8 min, within 10 min
# 5 -> archive 2027-01-14 (a day): 1 day = 1440 min, over 5 min
# 6 -> last receipt 2027-01-18 (a day), once all four have signed: 4 days = 5760 min
STEPS = [
    (1, "step-dispose", "2027-01-06", "2027-01-06T10:00:00+07:00", 0, True, None),
    (2, "step-collect", "2027-01-06T10:00:00+07:00", "2027-01-11T16:45:00+07:00", 7605, False,
     False),
    (3, "step-draft", "2027-01-11T16:45:00+07:00", "2027-01-13T10:00:00+07:00", 2475, False,
     False),
    (4, "step-sign", "2027-01-13T10:00:00+07:00", "2027-01-13T10:08:00+07:00", 8, False, True),
    (5, "step-archive", "2027-01-13T10:08:00+07:00", "2027-01-14", 1440, True, False),
    (6, "step-deliver", "2027-01-14", "2027-01-18", 5760, True, False),
]  # fmt: skip


def _steps(state: dict) -> list[tuple]:
    return [
        (s["number"], s["step"], s["start"], s["end"], s["elapsed_minutes"], s["days_only"])
        + (s["within"],)
        for s in state["steps"]
    ]


def test_status_shows_every_step_once_in_time_order_with_its_duration(year):
    # after two of the four receipts, step 6 is not done
    assert _steps(year.partial)[:5] == STEPS[:5]
    assert _steps(year.partial)[5] == (6, "step-deliver", "2027-01-14", None, None, False, None)
    owed = next(e for e in year.partial["events"] if e["event"] == "event-receipt-last")
    assert (owed["when"], owed["entries"], owed["of"]) == ("2027-01-15", 2, 4)

    state = json.loads(_status(year.office, "--format", "json"))
    assert _steps(state) == STEPS
    happened = [(e["event"], e["when"]) for e in state["events"] if e["when"]]
    assert happened == [
        ("event-pk-signed", "2026-01-12T10:00:00+07:00"),
        ("event-letter-received", "2027-01-06"),
        ("event-letter-recorded", "2027-01-06T10:00:00+07:00"),
        ("event-first-submission", "2027-01-07T09:00:00+07:00"),
        ("event-last-submission", "2027-01-11T16:45:00+07:00"),
        ("event-final-merged", "2027-01-13T10:00:00+07:00"),
        ("event-release-signed", "2027-01-13T10:08:00+07:00"),
        ("event-archive-last", "2027-01-14"),
        ("event-dispatch-last", "2027-01-14"),
        ("event-receipt-last", "2027-01-18"),
    ]
    # this office's year has no reviu recorded (test_workflow_roles plays one): nothing dated
    undated = {e["event"] for e in state["events"] if not e["when"]}
    assert undated == {"event-latest-release", "event-reviu-started", "event-reviu-concluded"}
    # each unit complete, merged by its colleague an hour after its member's commit
    merged = {u["slug"]: (u["complete"], u["last_merged"]) for u in state["units"]}
    assert merged == {unit: (True, _hour_later(when)) for unit, when in SUBMITTED.items()}

    text = _status(year.office)
    steps = text.split("Langkah SOP")[1]
    rows = [line.split()[0] for line in steps.splitlines() if re.match(r"\s*\d ", line)]
    assert rows == ["1", "2", "3", "4", "5", "6"]  # each step once, in order
    for number, elapsed, verdict in (
        ("1 ", "hari yang sama", "-"),
        ("2 ", "5 hari 6 jam", "melebihi standar"),
        ("4 ", "8 menit", "sesuai standar"),
        ("6 ", "4 hari", "melebihi standar"),
    ):
        line = next(line for line in steps.splitlines() if line.strip().startswith(number))
        cells = [cell.strip() for cell in line.split("  ") if cell.strip()]
        assert cells[-2:] == [elapsed, verdict], line
    timeline = text.split("Linimasa")[1].split("Langkah SOP")[0]
    assert "Draft final digabung" in timeline and timeline.count("Draft final digabung") == 1
    assert "4 dari 4 penerima" in timeline and "urutan tidak wajar" not in text


@pytest.fixture(scope="module")
def site(year):
    """main.yml's own publish line in CI's checkout of main, after the registers are merged, on
    the release assets laid out as `gh release download` puts them: build/bundles/<tag>/."""
    ci = year.office.ci_repo
    ci.git("fetch", "-q", "--prune", "--tags", "--force", "origin")
    ci.git("checkout", "-q", "--detach", "origin/main")
    workflow = yaml.safe_load(MAIN_WORKFLOW.read_text(encoding="utf-8"))
    [line] = [
        step["run"]
        for step in workflow["jobs"]["build"]["steps"]
        if step.get("run", "").startswith("lakip publish")
    ]
    for tag, bundle in year.bundles.items():
        shutil.copytree(bundle, ci.root / "build/bundles" / tag)
    args = [a.replace("build/", f"{ci.root}/build/") for a in shlex.split(line)[1:]]
    code, out, err = year.office.lakip(
        *args, who="github-actions", when="2027-01-18T10:00:00+07:00"
    )
    assert code == 0, err
    published = ci.root / "build/published"
    # the success line is true: both signed years, and no draft (nothing newer is in progress)
    done = f"Situs diterbitkan: {published} (tahun resmi: lakip-2026-v1, lakip-2025-v1; draf: -)."
    assert done in err and out == f"{published / 'index.html'}\n"
    return published


def test_the_site_shows_the_signed_pdf_with_the_released_hash_and_keeps_2025(year, site):
    home = (site / "index.html").read_text(encoding="utf-8")
    for year_number in (2025, 2026):
        tag = f"lakip-{year_number}-v1"
        name = PDF.format(year=year_number)
        released = (year.bundles[tag] / name).read_bytes()
        assert released.startswith(b"%PDF")
        assert (site / str(year_number) / "unduh" / name).read_bytes() == released
        assert set(_watermarks(site / str(year_number) / "unduh" / name)) == {""}  # not DRAF
        sha = hashlib.sha256(released).hexdigest()
        message = year.office.ci_repo.git("tag", "-l", "--format=%(contents)", tag)
        assert f"pdf_sha256: {sha}" in message
        assert sha in home and f"<code>{tag}</code>" in home
        for page in (site / str(year_number)).rglob("*.html"):  # a signed year: no DRAF
            assert 'class="lakip-draft"' not in page.read_text(encoding="utf-8"), page
    assert "Laporan resmi (PDF, lakip-2026-v1)" in _text(home)
    assert "Rata-rata Capaian Indikator Kinerja Utama Tahun 2023–2026" in _text(home)
    assert not (site / "draf").exists() and not (site / "2027").exists()
    delivery = _text((site / "2026/penyampaian.html").read_text(encoding="utf-8"))
    assert "Lemari arsip TU, rak 2" in delivery
    assert "Versi terakhir yang ditandatangani Kepala: lakip-2026-v1." in delivery
    assert all(who in delivery for _, who in RECIPIENTS + RECIPIENTS_LATER)


@pytest.mark.browser
def test_the_site_works_from_the_file_system_in_chromium(site, page):
    page.goto((site / "index.html").as_uri())
    assert page.locator(".lakip-draft").count() == 0
    sections = page.locator("nav.md-nav--primary > ul > li > label.md-nav__link")
    titles = [" ".join(t.split()) for t in sections.all_inner_texts()]
    assert [t for t in titles if t.startswith("Tahun")] == ["Tahun 2026", "Tahun 2025"]
    menu = page.locator("nav.md-nav a.md-nav__link[href]").all()
    hrefs = [a.get_attribute("href") for a in menu]
    assert hrefs and not [h for h in hrefs if h.split("#")[0].endswith("/")], hrefs
    page.locator("article a", has_text="Tahun 2025").click()
    page.wait_for_url("**/2025/*.html")
    assert page.url.startswith("file://")
    assert page.locator(".lakip-draft").count() == 0
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("Pancasila")
    result = page.locator(".md-search-result__item a").first
    result.wait_for(state="attached", timeout=15_000)
    assert result.get_attribute("href").split("#")[0].endswith(".html")
    result.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and ".html" in page.url
    assert "Pancasila" in page.locator("article").inner_text()


def test_the_quarterly_report_builds_from_the_years_quarterly_data(year, tmp_path):
    out = tmp_path / "triwulan"
    args = ("build", "--triwulan", "3", "--year", "2026", "--out", str(out))
    _ok(year.office.lakip(*args, who="github-actions", when="2027-01-19T09:00:00+07:00"))
    name = "Pemantauan-Triwulan-III-2026-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
    pdf = out / "triwulan-2026-III" / name
    results, _ = _tables(pdf)
    # the 2025 sample's quarterly figures, sent again for 2026 (test_quarterly_build's values)
    assert results["IKU-08"][2:] == ["70,00", "60,00", "58,60", "berisiko"]
    assert results["IKU-17"][2:] == ["80,00", "60,00", "65,79", "sesuai rencana"]
    assert set(_watermarks(pdf)) == {"DRAF"}
