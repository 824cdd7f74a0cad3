"""`lakip release` in real git repositories: what it refuses, and what a release leaves behind."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from lakip.cli.main import main
from lakip.findings import LakipError
from lakip.pipeline import release
from lakip.release.bundle import release_tags, tag_facts
from lakip.release.signkey import require_head_key
from lakip.release.verify import FAIL, OK, Options, failed, report, verify
from signing import HEAD, Pki, answer_passphrase, encrypted_ssh_key, signers_line, ssh_key


@pytest.fixture
def repo(repo, tmp_path):
    """The sample repository, with the head's SSH key registered and set to sign."""
    repo.key = ssh_key(tmp_path, "head")
    repo.commit(
        "Register the head's key", {".github/allowed_signers": signers_line(HEAD, repo.key)}
    )
    repo.git("config", "gpg.format", "ssh")
    repo.git("config", "user.signingkey", str(repo.key))
    return repo


def _refusal(repo, capsys, *extra: str) -> str:
    assert main(["release", "2025", "--root", str(repo.root), *extra]) == 2
    assert release_tags(repo.root, 2025) == []
    return capsys.readouterr().err


def test_refused_on_a_dirty_tree(repo, capsys):
    (repo.root / "catatan.txt").write_text("belum di-commit\n", encoding="utf-8")
    err = _refusal(repo, capsys)
    assert "Rilis ditolak: ada perubahan yang belum di-commit (?? catatan.txt)" in err
    (repo.root / "catatan.txt").unlink()
    with (repo.root / "reports/profil.yml").open("a", encoding="utf-8") as handle:
        handle.write("# ubah\n")
    assert "M reports/profil.yml" in _refusal(repo, capsys)


def test_ignored_files_do_not_make_the_tree_dirty(repo):
    (repo.root / "build").mkdir()
    (repo.root / "build" / "lama.pdf").write_bytes(b"%PDF")
    repo.git("config", "--unset", "user.signingkey")
    with pytest.raises(LakipError) as error:  # the next check after the clean tree
        release(repo.root, 2025)
    assert error.value.code == "release-no-signing-key"


def test_refused_off_main(repo, capsys):
    repo.switch("perbaikan", create=True)
    err = _refusal(repo, capsys)
    assert "Rilis hanya dari cabang 'main' yang dilindungi, sekarang di 'perbaikan'" in err
    repo.git("switch", "-q", "--detach", "main")
    assert "(detached)" in _refusal(repo, capsys)


def test_refused_without_a_signing_key(repo, capsys):
    repo.git("config", "--unset", "user.signingkey")
    err = _refusal(repo, capsys)
    assert "belum ada kunci penanda tangan tag" in err and "gpg.format ssh" in err


def test_refused_when_the_key_is_not_the_heads_on_main(repo, tmp_path, capsys):
    stranger = ssh_key(tmp_path, "stranger")
    repo.git("config", "user.signingkey", str(stranger))
    err = _refusal(repo, capsys)
    public = " ".join(stranger.with_suffix(".pub").read_text().split()[:2])
    assert f"kunci penanda tangan tag ({stranger}) tidak terdaftar" in err
    assert "akun Kepala (dadang-kurniawan) di main:.github/allowed_signers" in err
    assert f'dadang-kurniawan namespaces="git" {public}' in err
    repo.commit(
        "Give the key to someone else",
        {".github/allowed_signers": signers_line("rina-sekretaris", stranger)},
    )
    assert "tidak terdaftar untuk akun Kepala" in _refusal(repo, capsys)


@pytest.mark.parametrize("form", ["private", "public", "key::", "literal"])
def test_the_heads_key_passes_in_every_form_git_accepts(repo, form):
    public = repo.key.with_suffix(".pub").read_text().strip()
    value = {
        "private": str(repo.key),
        "public": str(repo.key.with_suffix(".pub")),
        "key::": f"key::{public}",
        "literal": public,
    }[form]
    repo.git("config", "user.signingkey", value)
    assert require_head_key(repo.root, "main") == []


def test_a_passphrase_protected_key_is_read_from_its_pub_file(repo, tmp_path):
    subprocess.run(
        ["ssh-keygen", "-q", "-p", "-P", "", "-N", "rahasia", "-f", str(repo.key)],
        check=True,
        capture_output=True,
    )
    assert require_head_key(repo.root, "main") == []
    repo.key.with_suffix(".pub").unlink()
    with pytest.raises(LakipError) as error:
        require_head_key(repo.root, "main")
    assert error.value.code == "release-key-unreadable"


def test_no_sign_tag_skips_the_key_check(repo, tmp_path, capsys):
    repo.git("config", "user.signingkey", str(ssh_key(tmp_path, "stranger")))
    repo.git("rm", "-q", "reports/2025/bab/penutup.md")
    repo.commit("Hapus penutup")
    assert main(["release", "2025", "--root", str(repo.root), "--no-sign-tag"]) == 1
    assert "tidak terdaftar" not in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("gpg") is None, reason="needs gpg")
def test_openpgp_key_is_checked_by_fingerprint(repo, gnupg, capsys):
    repo.git("config", "--unset", "gpg.format")
    repo.git("config", "user.signingkey", gnupg)
    err = _refusal(repo, capsys)
    assert "main:.github/allowed_gpg_signers" in err and f"dadang-kurniawan {gnupg}" in err
    repo.commit("List the head's GPG key", {".github/allowed_gpg_signers": f"{HEAD} {gnupg}\n"})
    assert require_head_key(repo.root, "main") == []


def test_a_wrong_passphrase_leaves_no_tag_and_no_release(repo, tmp_path, capsys, monkeypatch):
    """Git 2.39 makes an unsigned tag and exits 0 when the passphrase is wrong (issue 11)."""
    key = encrypted_ssh_key(tmp_path, "kepala-terkunci", "rahasia")
    repo.commit("Register the head's key", {".github/allowed_signers": signers_line(HEAD, key)})
    repo.git("config", "user.signingkey", str(key))
    answer_passphrase(monkeypatch, tmp_path, "salah")
    assert main(["release", "2025", "--root", str(repo.root)]) == 2
    err = capsys.readouterr().err
    assert "Tag lakip-2025-v1 dihapus lagi" in err
    assert "tag itu tidak bertanda tangan" in err and "frasa sandi kunci salah" in err
    assert "incorrect passphrase" in err
    assert "Rilis lakip-2025-v1 dibuat" not in err
    assert release_tags(repo.root, 2025) == []
    assert not (repo.root / "build" / "release" / "lakip-2025-v1").exists()


def test_a_tag_that_is_not_the_heads_is_deleted(repo, tmp_path):
    """The key check before tagging reads the config; the tag read back is what counts."""
    from lakip.release.signkey import confirm_tag

    repo.git("tag", "-a", "-m", "tanpa tanda tangan", "lakip-2025-v1")
    with pytest.raises(LakipError) as error:
        confirm_tag(repo.root, "lakip-2025-v1", "main", "")
    assert error.value.code == "tag-signature-failed"
    assert release_tags(repo.root, 2025) == []
    other = ssh_key(tmp_path, "sekretaris")
    text = signers_line(HEAD, repo.key) + signers_line("rina-sekretaris", other)
    repo.commit("Register the secretary", {".github/allowed_signers": text})
    repo.git("-c", f"user.signingkey={other}", "tag", "-s", "-m", "rilis", "lakip-2025-v1")
    with pytest.raises(LakipError) as error:
        confirm_tag(repo.root, "lakip-2025-v1", "main", "")
    assert "bukan untuk akun Kepala" in error.value.message("id")
    assert release_tags(repo.root, 2025) == []
    repo.git("tag", "-s", "-m", "rilis", "lakip-2025-v1")
    confirm_tag(repo.root, "lakip-2025-v1", "main", "")
    assert [name for _, name in release_tags(repo.root, 2025)] == ["lakip-2025-v1"]


def test_refused_while_local_main_is_behind_its_upstream(repo, tmp_path, capsys):
    from gitfixtures import Repo
    from lakip.release.bundle import plan_release

    def plan():
        return plan_release(repo.root, 2025, signer_spec=None, sign_tag=True, branch="main")

    assert plan().notes == ("release-no-upstream",)
    origin = tmp_path / "origin.git"
    repo.git("clone", "-q", "--bare", str(repo.root), str(origin))
    repo.git("remote", "add", "origin", str(origin))
    repo.git("fetch", "-q", "origin")
    repo.git("branch", "-q", "--set-upstream-to=origin/main", "main")
    assert plan().notes == ()
    # A colleague's pull request is merged on the server after this clone last pulled.
    other = Repo(tmp_path / "other")
    repo.git("clone", "-q", str(origin), str(other.root))
    other.commit("Merge pull request from data", {"reports/2025/bab/catatan.md": "x\n"})
    other.git("push", "-q", "origin", "main")
    err = _refusal(repo, capsys)
    assert "cabang main lokal tertinggal 1 commit dari origin/main" in err
    assert "'git pull'" in err
    repo.git("pull", "-q", "--ff-only")
    assert plan().notes == ()
    repo.commit("Local only", {"reports/2025/bab/lokal.md": "y\n"})
    assert plan().notes == ("release-ahead-of-upstream",)
    repo.git("remote", "set-url", "origin", str(tmp_path / "hilang.git"))
    assert "tidak dapat mengambil (fetch) origin" in _refusal(repo, capsys)


def _bundle_refusal(repo, capsys, tag: str = "lakip-2025-v1") -> str:
    assert main(["bundle", tag, "--root", str(repo.root)]) == 2
    assert not (repo.root / "build" / "release").exists()
    return capsys.readouterr().err


def test_bundle_refuses_unless_head_is_the_tags_clean_commit(repo, capsys):
    assert "bukan nama tag rilis" in _bundle_refusal(repo, capsys, "v1")
    assert "Tag lakip-2025-v1 tidak ada" in _bundle_refusal(repo, capsys)
    repo.tag("lakip-2025-v1")
    (repo.root / "catatan.txt").write_text("belum di-commit\n", encoding="utf-8")
    assert "Bundel ditolak: ada perubahan yang belum di-commit (?? catatan.txt)" in (
        _bundle_refusal(repo, capsys)
    )
    repo.commit("Sesudah tag")
    err = _bundle_refusal(repo, capsys)
    assert "bukan commit tag lakip-2025-v1" in err and "git switch --detach lakip-2025-v1" in err


def test_refused_when_final_validation_fails(repo, capsys):
    repo.git("rm", "-q", "reports/2025/bab/penutup.md")
    repo.commit("Hapus penutup")
    assert main(["release", "2025", "--root", str(repo.root)]) == 1
    err = capsys.readouterr().err
    assert "reports/2025/bab/penutup.md" in err and "kesalahan" in err
    assert release_tags(repo.root, 2025) == []
    assert not (repo.root / "build" / "release").exists()


def test_bad_signer_is_refused_before_anything_is_built(repo, capsys):
    err = _refusal(repo, capsys, "--signer", f"p12:{repo.root / 'tidak-ada.p12'}")
    assert "tidak dapat dibaca" in err


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.slow
def test_release_verify_and_revision(repo, tmp_path, monkeypatch, capsys):
    root = repo.root
    first = release(root, 2025)
    assert first.ok and first.tag == "lakip-2025-v1" and first.findings == []
    bundle = root / "build/release/lakip-2025-v1"
    assert first.bundle == bundle
    pdf_name = "LKjIP-2025-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
    names = sorted([pdf_name, "SHA256SUMS", "manifest.json"])
    assert sorted(p.name for p in bundle.iterdir()) == names
    pdf = (bundle / pdf_name).read_bytes()
    reader = PdfReader(io.BytesIO(pdf))
    assert b"pdfaid:part" in reader.trailer["/Root"]["/Metadata"].get_data()
    embedded = json.loads(reader.attachments["manifest.json"][0])

    sums = (bundle / "SHA256SUMS").read_text(encoding="ascii").splitlines()
    assert sums == [
        f"{_sha((bundle / name).read_bytes())}  {name}"
        for name in sorted([pdf_name, "manifest.json"])
    ]
    data = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert data["tag"] == "lakip-2025-v1" and data["version"] == 1
    assert data["commit"] == repo.head() and data["final"] is True and data["lakip"]
    assert data["pdf"] == {"file": pdf_name, "sha256": _sha(pdf)}
    assert data["files"]["reports/profil.yml"] == _sha((root / "reports/profil.yml").read_bytes())
    assert {k: data[k] for k in embedded} == embedded

    facts = tag_facts(repo.git("tag", "-l", "--format=%(contents)", "lakip-2025-v1"))
    assert facts["tahun"] == "2025" and facts["versi"] == "1" and facts["pdf_sha256"] == _sha(pdf)
    signers = tmp_path / "allowed_signers"
    signers.write_text(signers_line(HEAD, repo.key), encoding="utf-8")
    repo.git("-c", f"gpg.ssh.allowedSignersFile={signers}", "verify-tag", "lakip-2025-v1")

    checks = verify(str(bundle), Options(root))
    assert not failed(checks), report(checks, "id")
    statuses = {c.code: c.status for c in checks}
    assert statuses["verify-rebuild-bundle-ok"] == OK
    assert statuses["verify-rebuild-tag-ok"] == OK
    assert statuses["verify-tag-head-ok"] == OK

    other = tmp_path / "other"
    assert main(["bundle", "lakip-2025-v1", "--root", str(root), "--out", str(other)]) == 0
    assert sorted(p.name for p in other.iterdir()) == names
    assert {name: (other / name).read_bytes() for name in names} == {
        name: (bundle / name).read_bytes() for name in names
    }
    assert main(["verify", str(other), "--root", str(root)]) == 0
    assert "Semua pemeriksaan lulus." in capsys.readouterr().out

    tampered = tmp_path / "tampered"
    subprocess.run(["cp", "-r", str(bundle), str(tampered)], check=True)
    changed = bytearray(pdf)
    changed[len(changed) // 3] ^= 0x20
    (tampered / pdf_name).write_bytes(bytes(changed))
    assert main(["verify", str(tampered), "--root", str(root), "--no-rebuild"]) == 1
    out = capsys.readouterr().out
    assert f"✗ Berkas {pdf_name} TIDAK sesuai SHA256SUMS" in out
    assert "pemeriksaan GAGAL" in out

    tag_object = repo.git("rev-parse", "lakip-2025-v1")
    v1_files = {p.name: p.read_bytes() for p in bundle.iterdir()}
    narrative = root / "reports/2025/bab/penutup.md"
    narrative.write_text(narrative.read_text(encoding="utf-8") + "\nRevisi.\n", encoding="utf-8")
    repo.commit("Revisi penutup", date="2025-02-20T09:00:00+07:00")

    pki = Pki(tmp_path)
    monkeypatch.setenv("LAKIP_P12_PASSPHRASE", "rahasia")
    assert main(["release", "2025", "--root", str(root), "--signer", f"p12:{pki.p12}"]) == 0
    out = capsys.readouterr().out
    second = root / "build/release/lakip-2025-v2"
    assert str(second / f"{pdf_name[:-4]}.signed.pdf") in out
    assert [name for _, name in release_tags(root, 2025)] == ["lakip-2025-v1", "lakip-2025-v2"]
    assert repo.git("rev-parse", "lakip-2025-v1") == tag_object
    assert {p.name: p.read_bytes() for p in bundle.iterdir()} == v1_files
    assert (second / pdf_name).read_bytes() != pdf

    checks = verify(str(second), Options(root, trust=[pki.root_pem], rebuild=False))
    assert not failed(checks), report(checks, "id")
    assert {c.code for c in checks} >= {"verify-pades-trusted-ok", "verify-tag-binds-ok"}
    assert all(c.status != FAIL for c in checks)
