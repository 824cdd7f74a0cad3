"""The signed PK locks its targets: `lakip sign-pk` makes the tag, `lakip check-targets` holds the
line, and only a recorded revision may move a target."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal

import pytest

from gitfixtures import sample_repo
from lakip.cli.main import main
from lakip.compute.figures import compute
from lakip.load.project import load_project
from lakip.model import Target
from signing import answer_passphrase, encrypted_ssh_key, signers_line, ssh_key

PK = "reports/2025/pk.yml"
SIGNED = "2025-01-14T10:00:00+07:00"
LATER = "2025-07-01T09:00:00+07:00"
REVISION = """\
revisi:
  - tanggal: {date}
    oleh: Kepala Badan
    alasan: Penyesuaian setelah perubahan anggaran
    perubahan:
      - kode: IKU-03
        target: {target}
"""


@pytest.fixture
def repo(repo, tmp_path):
    """The sample with planning's key on main and the PK tag it signed on 2025-01-14."""
    repo.planner_key = ssh_key(tmp_path, "perencanaan")
    line = signers_line("rina-perencanaan", repo.planner_key)
    repo.commit("Register planning's key", {".github/allowed_signers": line}, date=SIGNED)
    _sign_tag(repo, repo.planner_key)
    return repo


def _sign_tag(repo, key) -> None:
    settings = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={key}"]
    repo.git(*settings, "tag", "-s", "pk-2025", "-m", "PK 2025 ditandatangani", date=SIGNED)


def _check(repo, capsys, *extra: str) -> tuple[int, list[dict]]:
    code = main(["check-targets", "--root", str(repo.root), "--format", "json", *extra])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else []


def _change_target(repo, old: str, new: str, extra: str = "") -> None:
    text = repo.read(PK)
    assert old in text
    repo.commit("Change a target", {PK: text.replace(old, new) + extra}, date=LATER)


def _line_of(repo, needle: str) -> int:
    lines = repo.read(PK).splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


def test_untouched_pk_passes(repo, capsys):
    assert _check(repo, capsys) == (0, [])


def test_no_tag_means_no_lock(repo, capsys):
    repo.git("tag", "-d", "pk-2025")
    _change_target(repo, "target: 76.00", "target: 70.00")
    assert _check(repo, capsys) == (0, [])


def test_target_changed_after_signing_fails_at_the_changed_line(repo, capsys):
    _change_target(repo, "target: 76.00", "target: 70.00")
    code, found = _check(repo, capsys)
    assert code == 1
    assert [(f["path"], f["line"], f["code"]) for f in found] == [
        (PK, _line_of(repo, "target: 70.00"), "target-changed-after-signing")
    ]
    assert found[0]["message"] == (
        "Target indikator 'IKU-03' berubah dari 76 menjadi 70 setelah PK 2025 "
        "ditandatangani (tag pk-2025, 2025-01-14). Target hanya boleh berubah lewat revisi PK: "
        "tambahkan butir 'revisi' bertanggal 2025-01-14 atau sesudahnya dengan perubahan kode "
        "IKU-03 dan target 70.00, atau kembalikan targetnya."
    )


def test_a_branch_named_like_the_tag_does_not_hide_it(repo, capsys):
    repo.switch("pk-2025", create=True)  # the natural name for the PK's pull request
    _change_target(repo, "target: 76.00", "target: 70.00")
    code, found = _check(repo, capsys)
    assert code == 1 and [f["code"] for f in found] == ["target-changed-after-signing"]


def test_same_value_written_differently_is_no_change(repo, capsys):
    _change_target(repo, "target: 76.00", "target: 76")
    assert _check(repo, capsys) == (0, [])


def test_change_with_a_revision_passes(repo, capsys):
    revision = REVISION.format(date="2025-06-30", target="70.00")
    _change_target(repo, "target: 76.00", "target: 70.00", revision)
    assert _check(repo, capsys, "--year", "2025") == (0, [])


def test_revision_with_another_target_or_dated_before_signing_does_not_count(repo, capsys):
    revision = REVISION.format(date="2025-06-30", target="72.00")
    _change_target(repo, "target: 76.00", "target: 70.00", revision)
    assert _check(repo, capsys)[0] == 1
    text = repo.read(PK).replace("target: 72.00", "target: 70.00")
    repo.commit("Backdate", {PK: text.replace("2025-06-30", "2025-01-02")}, date=LATER)
    code, found = _check(repo, capsys)
    assert code == 1
    assert [f["code"] for f in found] == ["target-changed-after-signing", "revision-backdated"]


def test_removed_and_added_indicators_are_changes(repo, capsys):
    text = repo.read(PK).replace("  - kode: IKU-17\n    target: 80.00\n", "")
    repo.commit("Drop IKU-17", {PK: text}, date=LATER)
    code, found = _check(repo, capsys, "--lang", "en")
    assert code == 1
    assert "Target of indicator 'IKU-17' changed from 80 to (none)" in found[0]["message"]


def test_an_unsigned_pk_tag_is_a_finding(repo, capsys):
    repo.git("tag", "-d", "pk-2025")
    repo.tag("pk-2025", "PK 2025 ditandatangani", date=SIGNED)
    code, found = _check(repo, capsys)
    assert code == 1 and [(f["path"], f["code"]) for f in found] == [(PK, "pk-tag-not-signed")]
    assert found[0]["message"].startswith(
        "Tag pk-2025 tidak bertanda tangan sah oleh kunci yang terdaftar di "
        "main:.github/allowed_signers"
    )


def test_a_pk_tag_signed_by_an_unregistered_key_is_a_finding(repo, tmp_path, capsys):
    repo.git("tag", "-d", "pk-2025")
    _sign_tag(repo, ssh_key(tmp_path, "orang-lain"))
    code, found = _check(repo, capsys, "--lang", "en")
    assert code == 1 and [f["code"] for f in found] == ["pk-tag-not-signed"]
    assert "is not validly signed by a key registered in main:" in found[0]["message"]


def test_sign_pk_refuses_without_a_signing_key(git_env, tmp_path, capsys):
    repo = sample_repo(tmp_path / "repo")
    assert main(["sign-pk", "2025", "--root", str(repo.root)]) == 2
    err = capsys.readouterr().err
    assert "Git belum punya kunci penanda tangan" in err
    assert "'git config user.signingkey ~/.ssh/id_ed25519.pub'" in err
    assert "Opsi --no-sign hanya untuk uji coba" in err and "atau pakai --no-sign" not in err
    assert repo.git("tag", "-l").strip() == ""


def test_sign_pk_unsigned_warns_and_refuses_twice(git_env, tmp_path, capsys):
    repo = sample_repo(tmp_path / "repo")
    assert main(["sign-pk", "2025", "--no-sign", "--root", str(repo.root)]) == 0
    captured = capsys.readouterr()
    assert "TANPA tanda tangan" in captured.err
    assert repo.git("cat-file", "-t", "pk-2025").strip() == "tag"  # annotated
    assert main(["sign-pk", "2025", "--no-sign", "--root", str(repo.root)]) == 2
    assert "Tag pk-2025 sudah ada" in capsys.readouterr().err


def test_sign_pk_refuses_uncommitted_pk(git_env, tmp_path, capsys):
    repo = sample_repo(tmp_path / "repo")
    repo.write({PK: repo.read(PK) + "# edited\n"})
    assert main(["sign-pk", "2025", "--no-sign", "--root", str(repo.root)]) == 2
    assert "belum di-commit" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="needs ssh-keygen")
def test_sign_pk_with_ssh_key_verifies_against_allowed_signers(git_env, tmp_path, capsys):
    """Only a key registered on main signs the PK (issue 11), and the tag verifies."""
    repo = sample_repo(tmp_path / "repo")
    key = ssh_key(tmp_path, "kepala_ed25519")
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", f"{key}.pub")
    assert main(["sign-pk", "2025", "--root", str(repo.root)]) == 2  # not registered on main
    err = capsys.readouterr().err
    assert "kunci penanda tangan tag" in err
    assert "tidak terdaftar di main:.github/allowed_signers" in err
    assert repo.git("tag", "-l").strip() == ""
    line = signers_line("rina-perencanaan", key)
    repo.commit("Register planning's key", {".github/allowed_signers": line})
    assert main(["sign-pk", "2025", "--root", str(repo.root)]) == 0
    assert "git push origin tag pk-2025" in capsys.readouterr().out
    signers = tmp_path / "allowed_signers"
    signers.write_text(signers_line("kepala@example.invalid", key))
    # The release workflow's check, done the same way.
    out = repo.git(
        "-c", f"gpg.ssh.allowedSignersFile={signers}", "tag", "-v", "pk-2025"
    )  # raises on a bad signature
    assert "object" in out
    assert _check(repo, capsys) == (0, [])

    other = ssh_key(tmp_path, "other_ed25519")
    signers.write_text(signers_line("kepala@example.invalid", other))
    with pytest.raises(AssertionError, match="tag -v pk-2025 failed"):
        repo.git("-c", f"gpg.ssh.allowedSignersFile={signers}", "tag", "-v", "pk-2025")


def test_sign_pk_with_a_wrong_passphrase_deletes_the_unsigned_tag(
    git_env, tmp_path, capsys, monkeypatch
):
    """Git 2.39 makes an unsigned tag and exits 0 when the passphrase is wrong."""
    repo = sample_repo(tmp_path / "repo")
    key = encrypted_ssh_key(tmp_path, "perencanaan", "rahasia")
    repo.commit("Register", {".github/allowed_signers": signers_line("rina-perencanaan", key)})
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(key))
    answer_passphrase(monkeypatch, tmp_path, "salah")
    assert main(["sign-pk", "2025", "--root", str(repo.root)]) == 2
    err = capsys.readouterr().err
    assert "Tag pk-2025 dihapus lagi" in err and "tag itu tidak bertanda tangan" in err
    assert "incorrect passphrase" in err  # what git said, no longer hidden
    assert repo.git("tag", "-l").strip() == ""
    answer_passphrase(monkeypatch, tmp_path, "rahasia")
    assert main(["sign-pk", "2025", "--root", str(repo.root)]) == 0
    assert "git push origin tag pk-2025" in capsys.readouterr().out
    assert _check(repo, capsys) == (0, [])


def _add_revision(repo, date: str, target: str, code: str = "IKU-01") -> None:
    revision = REVISION.format(date=date, target=target).replace("IKU-03", code)
    text = repo.read(PK)
    if "revisi:" in text:  # a further revision: one more item at the end of the list
        revision = revision.removeprefix("revisi:\n")
    repo.commit("Revise", {PK: text + revision}, date=LATER)


def test_a_back_dated_revision_neither_passes_nor_moves_the_target(repo, capsys):
    # The review's case: after the PK tag, a revision dated 2020-01-01 sets IKU-01 from 90 to
    # 50; the indicator's own target is untouched, so only the revision can give it away.
    _add_revision(repo, "2020-01-01", "50.00")
    code, found = _check(repo, capsys, "--today", "2025-08-01")
    assert code == 1
    assert [(f["line"], f["code"]) for f in found] == [
        (_line_of(repo, "tanggal: 2020-01-01"), "revision-backdated")
    ]
    assert found[0]["message"].startswith(
        "Revisi PK bertanggal 2020-01-01 lebih awal dari 2025-01-14 (PK ditandatangani, tag "
        "pk-2025)."
    )
    # And the report does not measure against it: IKU-01 stays 92.22 / 90 = 102.47%.
    project, _ = load_project(repo.root)
    figures = compute(project, 2025)
    iku = next(i for i in figures.indicators if i.indicator.code == "IKU-01")
    assert str(iku.target) == str(Target.of(Decimal("90.00")))
    assert round(iku.capaian.value, 2) == Decimal("102.47")


def test_a_revision_in_the_future_is_refused(repo, capsys):
    _add_revision(repo, "2025-09-30", "95.00")
    code, found = _check(repo, capsys, "--today", "2025-08-01", "--lang", "en")
    assert code == 1 and [f["code"] for f in found] == ["revision-in-future"]
    assert found[0]["message"] == (
        "The PK revision is dated 2025-09-30, after today (2025-08-01). Record a revision once "
        "it is approved, with the date it was approved."
    )
    assert _check(repo, capsys, "--today", "2025-09-30") == (0, [])


def test_a_merged_revision_is_locked_and_a_new_one_may_not_predate_it(repo, capsys):
    _add_revision(repo, "2025-06-30", "91.00")
    repo.git("branch", "-f", "protected", "HEAD")  # merged: main now holds the revision
    assert _check(repo, capsys, "--base", "protected", "--today", "2025-08-01") == (0, [])

    # Rewriting the merged revision (a softer target, quietly) is refused at its line ...
    repo.commit("Soften", {PK: repo.read(PK).replace("target: 91.00", "target: 60.00")})
    code, found = _check(repo, capsys, "--base", "protected", "--today", "2025-08-01")
    assert code == 1 and [f["code"] for f in found] == ["revision-locked"]
    assert found[0]["line"] == _line_of(repo, "- tanggal: 2025-06-30")
    assert "bertanggal 2025-06-30 sudah ditandatangani atau digabung" in found[0]["message"]
    # ... so is dropping it ...
    text = repo.read(PK)
    repo.commit("Drop", {PK: text[: text.index("revisi:")]})
    code, found = _check(repo, capsys, "--base", "protected", "--today", "2025-08-01")
    assert code == 1 and [f["code"] for f in found] == ["revision-locked"]
    # ... and a new revision dated before the merged one.
    repo.git("checkout", "-q", "protected", "--", PK)
    _add_revision(repo, "2025-03-01", "60.00", code="IKU-02")
    code, found = _check(repo, capsys, "--base", "protected", "--today", "2025-08-01")
    assert code == 1 and [f["code"] for f in found] == ["revision-backdated"]
    assert "(revisi terakhir yang sudah digabung, tag pk-2025)" in found[0]["message"]


PLAN = "rencana_aksi: {I: 300, II: 700, III: 1200, IV: 1600}"  # IKU-02's signed quarterly plan
PLAN_REVISION = """\
revisi:
  - tanggal: 2025-07-01
    oleh: Kepala Badan
    alasan: Kegiatan triwulan III dijadwalkan ulang
    perubahan:
      - kode: IKU-02
        rencana_aksi: {I: 300, II: 700, III: 1000, IV: 1600}
"""


def test_a_quarterly_plan_changed_in_place_after_signing_is_refused(repo, capsys):
    _change_target(repo, PLAN, PLAN.replace("III: 1200", "III: 1000"))
    code, found = _check(repo, capsys)
    assert code == 1
    assert [(f["line"], f["code"]) for f in found] == [
        (_line_of(repo, "III: 1000"), "action-plan-changed-after-signing")
    ]
    assert (
        "dari I: 300, II: 700, III: 1.200, IV: 1.600 menjadi I: 300, II: 700, III: 1.000"
        in (found[0]["message"])
    )


def test_a_quarterly_plan_revised_by_a_revision_passes_and_is_the_one_measured(repo, capsys):
    _change_target(repo, "target: 76.00", "target: 76.00", PLAN_REVISION)
    assert _check(repo, capsys) == (0, [])
    assert main(["validate", "--root", str(repo.root)]) == 0
    pk = load_project(repo.root)[0].pks[2025]
    assert pk.action_plan_of("IKU-02") == {
        "I": Decimal(300), "II": Decimal(700), "III": Decimal(1000), "IV": Decimal(1600)
    }  # fmt: skip
    assert pk.target_of("IKU-02") == Target.of(Decimal(1600))  # a plan-only change keeps it


def test_a_revision_change_with_neither_target_nor_plan_is_a_finding(repo, capsys):
    empty = PLAN_REVISION.replace(
        "        rencana_aksi: {I: 300, II: 700, III: 1000, IV: 1600}\n", ""
    )
    _change_target(repo, "target: 76.00", "target: 76.00", empty)
    capsys.readouterr()
    assert main(["validate", "--root", str(repo.root), "--format", "json"]) == 1
    found = json.loads(capsys.readouterr().out)
    assert [f["code"] for f in found] == ["revision-change-empty"]


def test_the_lampiran_lists_a_plan_only_revision(repo):
    from lakip.assemble.lampiran import _revisions

    _change_target(repo, "target: 76.00", "target: 76.00", PLAN_REVISION)
    project = load_project(repo.root)[0]
    table = _revisions(project.pks[2025], project)
    assert "rencana aksi TW I: 300, TW II: 700, TW III: 1.000, TW IV: 1.600" in str(table)
