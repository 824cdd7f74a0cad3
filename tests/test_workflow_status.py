"""`lakip status` on a real history: a year opened with `lakip new`, units' pull requests merged
with `--no-ff`, tags and registers, read back as unit progress and the SOP timeline."""

from __future__ import annotations

import json

import pytest

from gitfixtures import sample_repo
from lakip.cli.main import main
from lakip.sop.open_year import NARRATIVE_HINT, NARRATIVE_PARTS
from signing import HEAD, signers_line, ssh_key

LETTER = ["--surat-nomor", "005/017/Bappeda/2027", "--surat-tanggal", "2027-01-06"]


def _fill(repo, slug: str, complete: bool = True) -> dict[str, str]:
    """A unit's files with every value (or, if not `complete`, only the realisations) filled."""
    base = f"sections/{slug}/2026"
    files = {
        f"{base}/realisasi.yml": repo.read(f"{base}/realisasi.yml").replace(
            "    realisasi:\n", "    realisasi: 80\n"
        )
    }
    if complete:
        files[f"{base}/anggaran.yml"] = repo.read(f"{base}/anggaran.yml").replace(
            "    realisasi:\n", "    realisasi: 100000000\n"
        )
        narrative = repo.read(f"{base}/narasi.md").replace(NARRATIVE_HINT, "")
        for part in NARRATIVE_PARTS:  # a complete narrative: text under every subheading
            narrative = narrative.replace(
                f"### {part}\n", f"### {part}\n\nKegiatan dilaksanakan sesuai jadwal.\n"
            )
        files[f"{base}/narasi.md"] = narrative
    return files


def _signed_tag(repo, name: str, date: str) -> None:
    """A tag signed with the head's key registered on main, as `sign-pk` and `release` make."""
    settings = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.key}"]
    repo.git(*settings, "tag", "-s", "-m", name, name, date=date)


@pytest.fixture
def repo(repo, tmp_path, monkeypatch):
    repo.key = ssh_key(tmp_path, "kepala")
    signers = {".github/allowed_signers": signers_line(HEAD, repo.key)}
    repo.commit("Register the head's key", signers, HEAD, "2026-01-05T09:00:00+07:00")
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2027-01-06T10:00:00+07:00")  # the day it is opened
    pk = repo.read("reports/2025/pk.yml").replace("tahun: 2025", "tahun: 2026")
    repo.commit(
        "Add the 2026 PK",
        {"reports/2026/pk.yml": pk},
        "agus-setiawan-se",
        "2026-01-10T09:00:00+07:00",
    )
    _signed_tag(repo, "pk-2026", "2026-01-12T10:00:00+07:00")
    assert main(["new", "2026", *LETTER, "--root", str(repo.root)]) == 0
    repo.commit("Open 2026", None, "agus-setiawan-se", "2027-01-06T10:00:00+07:00")

    repo.switch("data-2026-politik", create=True)
    repo.commit(
        "Data politik 2026",
        _fill(repo, "bidang-politik"),
        "nurul-fadilah",
        "2027-01-08T09:00:00+07:00",
    )
    repo.merge("data-2026-politik", "dadang-kurniawan", "2027-01-08T11:00:00+07:00")

    repo.switch("data-2026-ideologi", create=True)
    repo.commit(
        "Realisasi ideologi",
        _fill(repo, "bidang-ideologi", False),
        "euis-nurhayati",
        "2027-01-09T14:00:00+07:00",
    )
    repo.merge("data-2026-ideologi", "dadang-kurniawan", "2027-01-09T15:00:00+07:00")
    return repo


def _final(repo, when: str) -> None:
    """The final-draft pull request of the guide: branch `final-2026`, merged by the head."""
    repo.switch("final-2026", create=True)
    preface = "# Kata Pengantar\n\nLaporan kinerja tahun 2026.\n"
    repo.commit(
        "Draft final LKjIP 2026", {"reports/2026/bab/kata-pengantar.md": preface}, "agus", when
    )
    repo.merge("final-2026", "dadang-kurniawan", when)


def _status(repo, capsys, *extra: str) -> str:
    code = main(["status", "2026", "--root", str(repo.root), "--today", "2027-01-15", *extra])
    assert code == 0
    return capsys.readouterr().out


def _row(out: str, first: str) -> list[str]:
    line = next(line for line in out.splitlines() if line.strip().startswith(first))
    return line.split()


def test_units_deadline_and_last_author(repo, capsys):
    capsys.readouterr()
    out = _status(repo, capsys)
    assert out.splitlines()[0] == "Status laporan tahun 2026 per 15 Januari 2027"
    assert "Tenggat 20 Januari 2027: sisa 5 hari" in out
    assert _row(out, "bidang-politik")[:6] == ["bidang-politik", "3/3", "0", "0", "ya"] + [
        _row(out, "bidang-politik")[5]
    ]
    assert "nurul-fadilah (2027-01-08 09:00)" in out
    ideologi = _row(out, "bidang-ideologi")
    assert ideologi[1:5] == ["3/3", "0", ideologi[3], "belum"] and int(ideologi[3]) > 0
    assert "euis-nurhayati (2027-01-09 14:00)" in out
    assert "agus-setiawan-se (2027-01-06 10:00)" in _row_text(out, "bidang-ketahanan")
    assert "  bidang-ideologi: narasi IKU-01, narasi IKU-02, anggaran 8.01.02.2.01" in out
    assert "bidang-politik:" not in out.split("Belum lengkap:")[1].split("Linimasa")[0]


def _row_text(out: str, first: str) -> str:
    return next(line for line in out.splitlines() if line.strip().startswith(first))


def test_days_left_turns_into_lateness(repo, capsys):
    capsys.readouterr()
    code = main(["status", "--root", str(repo.root), "--today", "2027-01-23"])
    assert code == 0  # no YEAR: the latest year, 2026
    assert "Tenggat 20 Januari 2027: terlambat 3 hari" in capsys.readouterr().out


def test_timeline_against_the_sop_standards(repo, capsys):
    capsys.readouterr()
    out = _status(repo, capsys)
    timeline = out.split("Linimasa")[1]
    assert "2026-01-12 10:00  PK ditandatangani" in timeline
    assert "Surat dicatat" in _row_text(timeline, "2027-01-06 10:00")
    assert "Kiriman unit pertama   " in _row_text(timeline, "2027-01-08 09:00")
    assert "Kiriman unit terakhir" in _row_text(timeline, "2027-01-09 15:00")
    # the last unit's merge is not the final draft: only the head's merge of final-2026 is
    assert "Draft final digabung" not in timeline
    steps = out.split("Langkah SOP")[1]
    assert _cells(steps, "1 ")[-3:] == ["5 menit", "hari yang sama", "-"]
    assert _cells(steps, "2 ") == [
        "2",
        "Pengumpulan data dari unit",
        "15 menit",
        "3 hari 5 jam",
        "melebihi standar",
    ]
    assert _cells(steps, "3 ")[-2:] == ["-", "belum"]
    assert _cells(steps, "4 ")[-2:] == ["-", "belum"]

    _final(repo, "2027-01-10T10:00:00+07:00")
    out = _status(repo, capsys)
    assert "Draft final digabung" in _row_text(out.split("Linimasa")[1], "2027-01-10 10:00")
    assert _cells(out.split("Langkah SOP")[1], "3 ") == [
        "3",
        "Penyusunan draft final",
        "1 hari",
        "19 jam",
        "sesuai standar",
    ]


def test_the_timeline_is_in_time_order_and_starts_when_the_letter_was_received(repo, capsys):
    """A letter dated 6 January, received on the 7th: step 1 is measured from the 7th. Events
    are listed by time, whatever the SOP order (a PK signed after the letter comes after it)."""
    letter = repo.read("reports/2026/surat.yml") + "diterima: 2027-01-07\n"
    repo.commit(
        "Tanggal diterima", {"reports/2026/surat.yml": letter}, "agus", "2027-01-07T11:00:00+07:00"
    )
    state = json.loads(_status(repo, capsys, "--format", "json"))
    received = next(e for e in state["events"] if e["event"] == "event-letter-received")
    assert received["when"] == "2027-01-07"
    assert state["steps"][0]["start"] == "2027-01-07"
    moments = [e["when"] for e in state["events"] if e["when"]]
    assert moments == sorted(moments, key=lambda m: (m[:10], m))


def test_a_letter_received_before_its_date_is_refused(repo, capsys):
    letter = repo.read("reports/2026/surat.yml") + "diterima: 2027-01-05\n"
    repo.write({"reports/2026/surat.yml": letter})
    capsys.readouterr()
    assert main(["validate", "--root", str(repo.root)]) == 1
    out = capsys.readouterr().out
    assert "reports/2026/surat.yml:" in out and "[letter-received-before-dated]" in out
    assert "Tanggal diterima 5 Januari 2027 lebih awal dari tanggal surat 6 Januari 2027" in out


def test_a_reminder_for_whatsapp_names_what_each_unit_owes(repo, capsys):
    text = _status(repo, capsys, "--pengingat")
    lines = text.splitlines()
    assert lines[0] == "*Pengingat data LKjIP 2026*"
    assert lines[1] == "Surat 005/017/Bappeda/2027, tenggat 20 Januari 2027 (sisa 5 hari)."
    ideologi = "• *Bidang Ideologi dan Wawasan Kebangsaan*: "
    # the year's duties, then the quarters of the monitoring (IKU-02 has a rencana aksi)
    owed = "narasi IKU-01, narasi IKU-02, anggaran 8.01.02.2.01, IKU-02 triwulan I, II, III, IV"
    assert ideologi + owed in lines
    # the annual data is complete: only the quarterly data of its planned indicators is owed
    politik = [line for line in lines if "Politik" in line]
    assert politik == ["• *Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan*: "
                       "IKU-08 triwulan I, II, III, IV"]  # fmt: skip
    assert lines[-1].startswith("Isi berkasnya di sections/<unit>/2026/ lalu ajukan pull request.")
    assert "|" not in text and "\t" not in text  # plain text: pasted as is
    english = _status(repo, capsys, "--pengingat", "--lang", "en")
    assert english.splitlines()[0] == "*LKjIP 2026 data reminder*"


def _cells(text: str, first: str) -> list[str]:
    return [cell.strip() for cell in _row_text(text, first).split("  ") if cell.strip()]


def test_release_and_registers_complete_the_timeline(repo, capsys):
    _final(repo, "2027-01-09T16:00:00+07:00")
    _signed_tag(repo, "lakip-2026-v1", "2027-01-10T09:00:00+07:00")
    repo.write(
        {
            "reports/2026/register/arsip.yml": (
                "- tanggal: 2027-01-10\n  lokasi: Lemari arsip TU\n  rangkap: 2\n"
                "  oleh: rina-marlina\n  versi: lakip-2026-v1\n"
            ),
            "reports/2026/register/tanda-terima.yml": "".join(
                f"- tanggal: {day}\n  penerima: {who}\n  oleh: Petugas\n  versi: lakip-2026-v1\n"
                for day, who in (("2027-01-11", "bappeda"), ("2027-01-12", "inspektorat"))
            ),
            "reports/2026/register/ekspedisi.yml": "- tanggal: 2027-01-11\n  rusak: ya\n",
        }
    )
    capsys.readouterr()
    code = main(
        ["status", "2026", "--root", str(repo.root), "--today", "2027-01-15", "--format", "json"]
    )
    assert code == 0
    state = json.loads(capsys.readouterr().out)
    events = {e["event"]: e for e in state["events"]}
    assert events["event-release-signed"]["ref"] == "lakip-2026-v1"
    assert events["event-receipt-last"] == {
        "event": "event-receipt-last",
        "when": "2027-01-12",
        "ref": "",
        "entries": 2,
        "of": 4,  # the SOP's four recipients: two receipts are still owed
    }
    assert events["event-dispatch-last"]["when"] is None  # its only entry is invalid: left out
    steps = [
        (s["number"], s["step"], s["standard_minutes"], s["elapsed_minutes"], s["days_only"])
        + (s["within"],)
        for s in state["steps"]
    ]
    assert steps == [
        (1, "step-dispose", 5, 0, True, None),
        (2, "step-collect", 15, 4620, False, False),
        (3, "step-draft", 1440, 60, False, True),
        (4, "step-sign", 10, 1020, False, False),
        (5, "step-archive", 5, 0, True, None),
        (6, "step-deliver", 5, None, False, None),  # 2 of 4 receipts: not done
    ]
    units = {u["slug"]: u for u in state["units"]}
    assert units["bidang-politik"]["complete"] is True
    assert units["bidang-politik"]["last_author"] == "nurul-fadilah"
    assert state["days_left"] == 5 and state["letter"]["deadline"] == "2027-01-20"
    capsys.readouterr()
    assert main(["status", "2026", "--root", str(repo.root), "--today", "2027-01-15"]) == 0
    text = capsys.readouterr().out
    assert "2027-01-12        Tanda terima terakhir  2 dari 4 penerima" in text
    for step in ("1 ", "5 "):
        assert _cells(text.split("Langkah SOP")[1], step)[-2:] == ["hari yang sama", "-"]
    assert _cells(text.split("Langkah SOP")[1], "6 ")[-2:] == ["-", "belum"]

    # the last two recipients sign (one of them twice: a corrected receipt counts once)
    receipts = repo.read("reports/2026/register/tanda-terima.yml") + "".join(
        f"- tanggal: {day}\n  penerima: {who}\n  oleh: Petugas\n  versi: lakip-2026-v1\n"
        for day, who in (
            ("2027-01-13", "bkad"),
            ("2027-01-13", "bkad"),
            ("2027-01-14", "bagian-pembangunan"),
        )
    )
    repo.write({"reports/2026/register/tanda-terima.yml": receipts})
    text = _status(repo, capsys)
    assert "2027-01-14        Tanda terima terakhir  4 dari 4 penerima" in text
    assert _cells(text.split("Langkah SOP")[1], "6 ")[-2:] == ["4 hari", "melebihi standar"]


def test_year_without_letter_or_history(git_env, tmp_path, capsys):
    repo = sample_repo(tmp_path / "repo")
    capsys.readouterr()
    code = main(["status", "2025", "--root", str(repo.root), "--today", "2026-02-01"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Surat permintaan belum dicatat (lakip new 2025 ...)." in out
    assert all(_row(out, slug)[4] == "ya" for slug in ("bidang-politik", "subbagian-umum"))


def test_unit_commits_before_the_letter_are_not_submissions(git_env, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GIT_COMMITTER_DATE", "2027-01-06T10:00:00+07:00")  # the day it is opened
    repo = sample_repo(tmp_path / "repo")
    pk = repo.read("reports/2025/pk.yml").replace("tahun: 2025", "tahun: 2026")
    repo.commit("Add the 2026 PK", {"reports/2026/pk.yml": pk}, "agus", "2026-01-10T09:00:00+07:00")
    rel = "sections/bidang-politik/2026/realisasi.yml"
    early = repo.read("sections/bidang-politik/2025/realisasi.yml").replace("2025", "2026")
    repo.commit("Siapkan realisasi", {rel: early}, "nurul-fadilah", "2026-12-20T09:00:00+07:00")
    repo.switch("data-awal-politik", create=True)  # a branch started before the letter
    repo.commit("Koreksi", {rel: early + "# cek\n"}, "nurul-fadilah", "2026-12-22T09:00:00+07:00")
    repo.switch("main")
    assert main(["new", "2026", *LETTER, "--root", str(repo.root)]) == 0
    repo.commit("Open 2026", None, "agus-setiawan-se", "2027-01-06T10:00:00+07:00")
    repo.merge("data-awal-politik", "dadang-kurniawan", "2027-01-07T08:00:00+07:00")
    repo.switch("data-2026-ideologi", create=True)
    ideologi = _fill(repo, "bidang-ideologi", False)
    repo.commit("Realisasi", ideologi, "euis-nurhayati", "2027-01-08T09:00:00+07:00")
    repo.merge("data-2026-ideologi", "dadang-kurniawan", "2027-01-08T11:00:00+07:00")
    capsys.readouterr()
    state = json.loads(_status(repo, capsys, "--format", "json"))
    events = {e["event"]: e for e in state["events"]}
    assert events["event-letter-recorded"]["when"] == "2027-01-06T10:00:00+07:00"
    first = events["event-first-submission"]
    assert first["when"] == "2027-01-08T09:00:00+07:00" and first["ref"].endswith("euis-nurhayati")
    last = events["event-last-submission"]  # the data arrives when its pull request is merged
    assert last["when"] == "2027-01-08T11:00:00+07:00" and last["ref"].endswith("dadang-kurniawan")


def test_a_step_that_ends_before_it_starts_is_flagged_not_praised(repo, capsys):
    _final(repo, "2027-01-09T15:00:00+07:00")
    _signed_tag(repo, "lakip-2026-v1", "2027-01-09T12:00:00+07:00")  # before the final merge
    capsys.readouterr()
    out = _status(repo, capsys)
    steps = out.split("Langkah SOP")[1]
    assert _cells(steps, "4 ") == [
        "4",
        "Draft diajukan dan ditandatangani",
        "10 menit",
        "-3 jam",
        "urutan tidak wajar",
    ]
    state = json.loads(_status(repo, capsys, "--format", "json"))
    assert state["steps"][3]["within"] is None and state["steps"][3]["unusual"] is True


def test_status_in_english_and_its_json_in_either_language(repo, capsys):
    capsys.readouterr()
    out = _status(repo, capsys, "--lang", "en")
    assert out.splitlines()[0] == "Status of the 2026 report as of 2027-01-15"
    assert "Deadline 2027-01-20: 5 days left" in out
    assert "  bidang-ideologi: narrative IKU-01, narrative IKU-02, budget 8.01.02.2.01" in out
    assert _cells(out.split("SOP steps")[1], "2 ") == [
        "2",
        "Collecting the units' data",
        "15 minutes",
        "3 days 5 hours",
        "over the standard",
    ]
    for word in ("Tenggat", "belum", "hari", "menit", "Linimasa", "Kiriman"):
        assert word not in out
    english = _status(repo, capsys, "--format", "json", "--lang", "en")
    assert english == _status(repo, capsys, "--format", "json", "--lang", "id")


def test_an_unsigned_tag_is_not_called_signed(repo, capsys):
    """The timeline said "Rilis ditandatangani" of any lakip tag (issue 11: a success is true)."""
    _final(repo, "2027-01-09T16:00:00+07:00")
    repo.tag("lakip-2026-v1", date="2027-01-10T09:00:00+07:00")  # unsigned
    repo.git("tag", "-d", "pk-2026")
    repo.tag("pk-2026", date="2026-01-12T10:00:00+07:00")  # unsigned
    capsys.readouterr()
    state = json.loads(_status(repo, capsys, "--format", "json"))
    events = {e["event"]: e for e in state["events"]}
    assert events["event-release-signed"]["when"] is None
    assert events["event-pk-signed"]["when"] is None


def test_a_narrative_final_would_refuse_is_still_owed(repo, capsys):
    """The hint left in and a subsection empty: status must not call the unit complete."""
    base = "sections/bidang-politik/2026"
    narrative = repo.read(f"{base}/narasi.md")
    first = narrative.index("### Kendala\n") + len("### Kendala\n")
    end = narrative.index("###", first)
    repo.switch("narasi-politik", create=True)
    repo.commit(
        "Kendala dikosongkan",
        {f"{base}/narasi.md": narrative[:first] + "\n" + narrative[end:]},
        "nurul-fadilah",
        "2027-01-10T09:00:00+07:00",
    )
    repo.merge("narasi-politik", "dadang-kurniawan", "2027-01-10T11:00:00+07:00")
    capsys.readouterr()
    out = _status(repo, capsys)
    assert _row(out, "bidang-politik")[4] == "belum"
    owed = out.split("Belum lengkap:")[1].split("Linimasa")[0]
    assert "  bidang-politik: narasi " in owed


def test_quarters_missing_per_unit_in_text_and_json(git_env, tmp_path, capsys):
    repo = sample_repo(tmp_path / "repo")
    rel = "sections/subbagian-umum/2025/realisasi.yml"
    text = repo.read(rel).replace("      II: 39.47\n", "").replace("      IV: 84.21\n", "")
    repo.commit(
        "Triwulan belum lengkap", {rel: text}, "siti-rahmawati", "2025-10-20T09:00:00+07:00"
    )
    capsys.readouterr()
    args = ["status", "2025", "--root", str(repo.root), "--today", "2025-10-20"]
    assert main(args) == 0
    out = capsys.readouterr().out
    # quarters I-III have ended by 20 October; IV has not, so only II is owed
    assert out.endswith(
        "Data triwulan yang belum diisi (indikator dengan rencana aksi atau data triwulan):\n"
        "  subbagian-umum: IKU-17 triwulan II\n"
    )
    assert main([*args[:4], "--today", "2026-01-05", "--format", "json"]) == 0
    units = {u["slug"]: u for u in json.loads(capsys.readouterr().out)["units"]}
    assert units["subbagian-umum"]["quarters_missing"] == [
        {"code": "IKU-17", "quarters": ["II", "IV"]}
    ]
    assert units["bidang-politik"]["quarters_missing"] == []
    assert main([*args[:4], "--today", "2026-01-05", "--lang", "en"]) == 0
    assert capsys.readouterr().out.endswith("  subbagian-umum: IKU-17 quarter II, IV\n")


def test_the_reminder_names_the_quarters_owed(git_env, tmp_path, capsys):
    repo = sample_repo(tmp_path / "repo")
    rel = "sections/subbagian-umum/2025/realisasi.yml"
    text = repo.read(rel).replace("      II: 39.47\n", "")
    repo.commit(
        "Triwulan belum lengkap", {rel: text}, "siti-rahmawati", "2025-10-20T09:00:00+07:00"
    )
    capsys.readouterr()
    args = ["status", "2025", "--root", str(repo.root), "--today", "2025-10-20", "--pengingat"]
    assert main(args) == 0
    lines = capsys.readouterr().out.splitlines()
    umum = [line for line in lines if "Umum" in line]
    assert umum == ["• *Subbagian Umum dan Kepegawaian*: IKU-17 triwulan II"]
