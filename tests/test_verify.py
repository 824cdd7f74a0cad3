"""`lakip verify` on real tags and real signatures: what passes, and every tampering that must fail.

Tag checks use real SSH keys and git's own signing; PAdES checks use a test CA made here with
`cryptography`, a PKCS#12 file, and an external-service signer whose `request_signature` signs
the digest with a local key (a real signature, produced through the two-step flow).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, utils

from lakip.cli.main import main
from lakip.findings import LakipError
from lakip.release.bundle import sha256sums, tag_message
from lakip.release.distribute import load_profile
from lakip.release.pades import ExternalServiceSigner, Pkcs12Signer, signer_from_spec
from lakip.release.verify import (
    FAIL,
    INFO,
    OK,
    Options,
    check,
    failed,
    report,
    verify,
    verify_bundle,
    verify_tag,
)
from signing import HEAD, Pki, signers_line, ssh_key

SIGN = {"reason": "Pengesahan LKjIP 2025", "location": "Purwakarta", "signer_name": "Kepala"}


def signed_tag(repo, name: str, key: Path, rev: str = "HEAD") -> None:
    profile = load_profile(repo.root)
    message = tag_message(profile, 2025, 1, repo.head(), "LKjIP-2025.pdf", "00" * 32)
    settings = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={key}"]
    repo.git(*settings, "tag", "-s", "-m", message, name, rev)


def codes(checks) -> dict[str, str]:
    return {c.code: c.status for c in checks}


@pytest.fixture
def repo(repo, tmp_path):
    """The sample repository with the head's and a secretary's keys on main; a stranger's not."""
    keys = tmp_path / "keys"
    keys.mkdir()
    repo.head_key = ssh_key(keys, "head")
    repo.other_key = ssh_key(keys, "other")
    repo.stranger_key = ssh_key(keys, "stranger")
    text = signers_line(HEAD, repo.head_key) + signers_line("rina-sekretaris", repo.other_key)
    repo.commit("Register signing keys", {".github/allowed_signers": text})
    return repo


def _tag_checks(repo, tag: str, **options) -> dict[str, str]:
    return codes(verify_tag(repo.root, tag, Options(repo.root, rebuild=False, **options), None))


def test_tag_signed_by_the_head_passes(repo):
    signed_tag(repo, "lakip-2025-v1", repo.head_key)
    checks = verify_tag(repo.root, "lakip-2025-v1", Options(repo.root, rebuild=False), None)
    assert codes(checks) == {
        "verify-tag-signature-ok": OK,
        "verify-tag-head-ok": OK,
        "verify-tag-on-branch-ok": OK,
        "verify-rebuild-skipped": INFO,
    }
    text = report(checks, "id")
    assert "✓ Tanda tangan tag lakip-2025-v1 sah" in text
    assert "main:.github/allowed_signers" in text
    assert "\n• dilewati: pembangunan ulang tidak diperiksa (--no-rebuild)\n" in text
    assert text.endswith(
        "Semua pemeriksaan yang dijalankan lulus; 1 hal tidak diperiksa (tanda •)."
    )
    assert "skipped: rebuild not checked (--no-rebuild)" in report(checks, "en")
    assert "Semua pemeriksaan lulus." not in text


def test_the_verdict_says_all_passed_only_when_everything_was_checked():
    sums = [check("verify-sums-ok", OK, count=2)]
    assert failed(sums)  # matching checksums prove nothing about who made the files
    assert "KEASLIAN TIDAK DAPAT DIPASTIKAN" in report(sums, "id")
    assert "AUTHENTICITY CANNOT BE ESTABLISHED" in report(sums, "en")
    signed = [check(f"verify-tag-{name}-ok", OK) for name in ("signature", "head", "on-branch")]
    passed = [*sums, *signed]
    assert not failed(passed)
    assert report(passed, "id").endswith("\n\nSemua pemeriksaan lulus.")
    skipped = [*passed, check("verify-pades-trust-unchecked", INFO)]
    assert report(skipped, "en").endswith(
        "All checks that ran passed; 1 item(s) not checked (marked •)."
    )
    assert report([*skipped, check("verify-file-extra", FAIL, name="x")], "id").endswith(
        "1 pemeriksaan GAGAL: rilis ini tidak dapat dipercaya."
    )


def test_tag_signed_by_an_unknown_key_fails(repo):
    signed_tag(repo, "lakip-2025-v1", repo.stranger_key)
    assert _tag_checks(repo, "lakip-2025-v1") == {  # stops at the first failed check
        "verify-tag-signature-fail": FAIL,
        "verify-stopped": INFO,
    }


def test_registered_key_of_someone_else_is_not_the_heads(repo):
    signed_tag(repo, "lakip-2025-v1", repo.other_key)
    checks = _tag_checks(repo, "lakip-2025-v1")
    assert checks["verify-tag-signature-ok"] == OK
    assert checks["verify-tag-head-fail"] == FAIL


def test_head_listed_second_on_a_shared_line_is_recognised(repo):
    text = signers_line(f"rina-sekretaris,{HEAD}", repo.head_key)
    repo.commit("Share a line", {".github/allowed_signers": text})
    signed_tag(repo, "lakip-2025-v1", repo.head_key)
    assert _tag_checks(repo, "lakip-2025-v1")["verify-tag-head-ok"] == OK


def test_signers_added_outside_main_are_not_trusted(repo):
    forged = signers_line(HEAD, repo.stranger_key)
    repo.switch("tambah-kunci", create=True)
    repo.commit("Add my key", {".github/allowed_signers": forged})
    signed_tag(repo, "lakip-2025-v1", repo.stranger_key)
    repo.switch("main")
    # The working tree and the repository's own configuration also point at the forged list.
    (repo.root / ".github/allowed_signers").write_text(forged, encoding="utf-8")
    repo.git("config", "gpg.ssh.allowedSignersFile", str(repo.root / ".github/allowed_signers"))
    assert _tag_checks(repo, "lakip-2025-v1") == {
        "verify-tag-signature-fail": FAIL,
        "verify-stopped": INFO,
    }
    # Only an explicit --allowed-signers file given by the verifier is used instead of main's.
    explicit = repo.root.parent / "trusted_signers"
    explicit.write_text(forged, encoding="utf-8")
    checks = _tag_checks(repo, "lakip-2025-v1", allowed_signers=explicit)
    assert checks["verify-tag-signature-ok"] == OK


def test_unsigned_tag_fails(repo):
    repo.git("tag", "-a", "lakip-2025-v1", "-m", "tanpa tanda tangan")
    assert _tag_checks(repo, "lakip-2025-v1")["verify-tag-unsigned"] == FAIL


def test_head_is_read_from_the_tagged_commit(repo):
    signed_tag(repo, "lakip-2025-v1", repo.head_key)
    profile = (repo.root / "reports/profil.yml").read_text(encoding="utf-8")
    repo.commit("New head", {"reports/profil.yml": profile.replace(HEAD, "kepala-baru")})
    assert _tag_checks(repo, "lakip-2025-v1")["verify-tag-head-ok"] == OK


def test_unknown_target_is_a_usage_error(repo, capsys):
    with pytest.raises(LakipError) as error:
        verify("lakip-2025-v7", Options(repo.root))
    assert error.value.code == "verify-target-unknown"
    signed_tag(repo, "lakip-2025-v1", repo.head_key)
    argv = ["verify", "lakip-2025-v1", "--root", str(repo.root), "--no-rebuild"]
    assert main([*argv, "--allowed-signers", str(repo.root / "tidak-ada")]) == 2
    err = capsys.readouterr().err
    assert "tidak-ada tidak dapat dibaca" in err and "Traceback" not in err


class LocalKeyService(ExternalServiceSigner):
    """Stands in for BSrE: holds the key elsewhere and signs only the digest it is sent."""

    def __init__(self, pki: Pki) -> None:
        self.pki = pki
        self.digests: list[bytes] = []

    def certificate(self) -> bytes:
        return self.pki.leaf.public_bytes(serialization.Encoding.DER)

    def chain(self) -> list[bytes]:
        return [self.pki.root.public_bytes(serialization.Encoding.DER)]

    def request_signature(self, digest: bytes) -> bytes:
        self.digests.append(digest)
        return self.pki.key.sign(digest, padding.PKCS1v15(), utils.Prehashed(hashes.SHA256()))


@pytest.fixture(scope="module")
def pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string="<h1>Laporan Kinerja</h1><p>Uji tanda tangan.</p>").write_pdf()


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


def make_bundle(folder: Path, pdf: bytes, signed: bytes | None) -> Path:
    """A bundle laid out as `lakip release` writes it, naming no tag."""
    files = {"laporan.pdf": pdf}
    data = {"pdf": {"file": "laporan.pdf", "sha256": hashlib.sha256(pdf).hexdigest()}}
    if signed is not None:
        files["laporan.signed.pdf"] = signed
        data["signed_pdf"] = {"file": "laporan.signed.pdf"}
    files["manifest.json"] = json.dumps(data).encode()
    folder.mkdir(parents=True)
    for name, content in files.items():
        (folder / name).write_bytes(content)
    (folder / "SHA256SUMS").write_text(sha256sums(files), encoding="ascii")
    return folder


def test_pkcs12_signature_is_intact_and_trusted(tmp_path, pdf, pki):
    signed = Pkcs12Signer(pki.p12, b"rahasia").sign(pdf, **SIGN)
    assert signed.startswith(pdf)
    bundle = make_bundle(tmp_path / "b", pdf, signed)
    checks = verify_bundle(bundle, Options(trust=[pki.root_pem]))
    assert codes(checks) == {
        "verify-sums-ok": OK,
        "verify-manifest-pdf-ok": OK,
        "verify-pades-intact-ok": OK,
        "verify-pades-same-pdf-ok": OK,
        "verify-pades-trusted-ok": OK,
        "verify-no-tag": INFO,
    }
    assert not failed(checks)
    assert "Kepala Kesbangpol" in report(checks, "id")
    without_trust = codes(verify_bundle(bundle, Options()))
    assert without_trust["verify-pades-trust-unchecked"] == INFO


def test_signature_from_another_ca_is_not_trusted(tmp_path, pdf, pki):
    signed = Pkcs12Signer(pki.p12, b"rahasia").sign(pdf, **SIGN)
    bundle = make_bundle(tmp_path / "b", pdf, signed)
    other = Pki(tmp_path, "Orang Lain")
    checks = codes(verify_bundle(bundle, Options(trust=[other.root_pem])))
    assert checks["verify-pades-intact-ok"] == OK
    assert checks["verify-pades-trusted-fail"] == FAIL


def test_external_service_signer_makes_a_real_pades_signature(tmp_path, pdf, pki):
    service = LocalKeyService(pki)
    signed = service.sign(pdf, **SIGN)
    assert len(service.digests) == 1 and len(service.digests[0]) == 32
    bundle = make_bundle(tmp_path / "b", pdf, signed)
    checks = codes(verify_bundle(bundle, Options(trust=[pki.root_pem])))
    assert checks["verify-pades-intact-ok"] == OK
    assert checks["verify-pades-trusted-ok"] == OK


def test_changed_byte_in_the_pdf_fails(tmp_path, pdf, pki):
    signed = Pkcs12Signer(pki.p12, b"rahasia").sign(pdf, **SIGN)
    bundle = make_bundle(tmp_path / "b", pdf, signed)
    target = bundle / "laporan.pdf"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    checks = verify_bundle(bundle, Options(trust=[pki.root_pem]))
    assert codes(checks)["verify-file-changed"] == FAIL
    assert codes(checks)["verify-manifest-pdf-fail"] == FAIL
    assert codes(checks)["verify-pades-same-pdf-fail"] == FAIL
    assert "✗ Berkas laporan.pdf TIDAK sesuai SHA256SUMS" in report(checks, "id")


def test_tampered_signed_copy_fails_even_with_new_checksums(tmp_path, pdf, pki):
    signed = bytearray(Pkcs12Signer(pki.p12, b"rahasia").sign(pdf, **SIGN))
    signed[len(pdf) // 2] ^= 0x01  # inside the signed byte range
    bundle = make_bundle(tmp_path / "b", pdf, bytes(signed))
    checks = codes(verify_bundle(bundle, Options(trust=[pki.root_pem])))
    assert checks["verify-sums-ok"] == OK
    assert checks.get("verify-pades-intact-fail") == FAIL or checks.get("verify-pades-broken")
    assert checks["verify-pades-same-pdf-fail"] == FAIL


def test_extra_or_missing_files_fail(tmp_path, pdf):
    bundle = make_bundle(tmp_path / "b", pdf, None)
    (bundle / "catatan.txt").write_text("x", encoding="utf-8")
    (bundle / "laporan.pdf").unlink()
    checks = codes(verify_bundle(bundle, Options()))
    assert checks["verify-file-extra"] == FAIL
    assert checks["verify-file-missing"] == FAIL


def test_pkcs12_spec_reads_the_passphrase_from_the_environment(pki, monkeypatch, pdf):
    monkeypatch.setenv("LAKIP_P12_PASSPHRASE", "rahasia")
    assert signer_from_spec(f"p12:{pki.p12}").sign(pdf, **SIGN).startswith(pdf)
    monkeypatch.setenv("LAKIP_P12_PASSPHRASE", "salah")
    with pytest.raises(LakipError) as error:
        signer_from_spec(f"p12:{pki.p12}")
    assert error.value.code == "p12-invalid"
    with pytest.raises(LakipError) as error:
        signer_from_spec("bsre:akun")
    assert error.value.code == "signer-spec"


@pytest.mark.skipif(shutil.which("gpg") is None, reason="needs gpg")
def test_openpgp_tag_is_checked_against_mains_fingerprints(repo, gnupg):
    repo.git("config", "user.signingkey", gnupg)
    repo.git("tag", "-s", "-m", "rilis", "lakip-2025-v1")
    assert _tag_checks(repo, "lakip-2025-v1")["verify-signers-missing"] == FAIL
    repo.commit("List the head's GPG key", {".github/allowed_gpg_signers": f"{HEAD} {gnupg}\n"})
    repo.git("tag", "-s", "-m", "rilis", "lakip-2025-v2")
    assert _tag_checks(repo, "lakip-2025-v2") == {
        "verify-tag-signature-ok": OK,
        "verify-tag-head-ok": OK,
        "verify-tag-on-branch-ok": OK,
        "verify-rebuild-skipped": INFO,
    }
    repo.commit("Give it to someone else", {".github/allowed_gpg_signers": f"rina {gnupg}\n"})
    assert _tag_checks(repo, "lakip-2025-v2")["verify-tag-head-fail"] == FAIL


def test_pk_tags_are_verified_too(repo, capsys):
    """`verify pk-2025` was refused as "not a release tag" (issue 11)."""
    settings = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.other_key}"]
    repo.git(*settings, "tag", "-s", "-m", "PK 2025 ditandatangani", "pk-2025")
    assert main(["verify", "pk-2025", "--root", str(repo.root)]) == 0
    out = capsys.readouterr().out
    assert "✓ Tanda tangan tag pk-2025 sah" in out
    assert "✓ Tag PK ditandatangani oleh rina-sekretaris" in out
    assert "✓ Commit tag pk-2025 memuat reports/2025/pk.yml" in out
    assert out.rstrip().endswith("Semua pemeriksaan lulus.")
    repo.git(*settings, "tag", "-s", "-m", "PK 2030", "pk-2030")  # no reports/2030/pk.yml
    assert main(["verify", "pk-2030", "--root", str(repo.root)]) == 1
    assert "TIDAK memuat reports/2030/pk.yml" in capsys.readouterr().out
    strange = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={repo.stranger_key}"]
    repo.git(*strange, "tag", "-s", "-m", "PK 2026", "pk-2026")
    assert main(["verify", "pk-2026", "--root", str(repo.root)]) == 1
    out = capsys.readouterr().out
    assert "TIDAK sah atau kuncinya tidak terdaftar" in out and "Pemeriksaan berhenti" in out


def _payload(repo, marker: Path) -> None:
    """Code a hostile tag might carry, each piece writing `marker` if it is ever run."""
    code = f"open({str(marker)!r}, 'a').write('ran\\n')\n"
    repo.commit(
        "Payload",
        {
            "scripts/lakip/__init__.py": code,
            "scripts/lakip/__main__.py": code,
            "lakip/__init__.py": code,
            "lakip/__main__.py": code,
            "sitecustomize.py": code,
            "hook.py": code,
            "mkdocs.yml": "site_name: x\ntheme:\n  name: material\nhooks:\n  - hook.py\n",
        },
    )


def test_a_failed_tag_is_never_rebuilt(repo, tmp_path):
    marker = tmp_path / "pwned"
    repo.switch("serang", create=True)
    _payload(repo, marker)
    repo.git("tag", "-a", "-m", "rilis", "lakip-2025-v1")  # unsigned, off main
    repo.switch("main")
    checks = verify_tag(repo.root, "lakip-2025-v1", Options(repo.root), None)
    assert codes(checks) == {"verify-tag-unsigned": FAIL, "verify-stopped": INFO}
    assert not marker.exists()


@pytest.mark.slow
def test_the_rebuild_runs_this_lakip_never_the_tags_code(repo, tmp_path):
    """Before: the rebuild put the tag's scripts/ on PYTHONPATH and ran it (issue 12)."""
    marker = tmp_path / "pwned"
    _payload(repo, marker)
    signed_tag(repo, "lakip-2025-v1", repo.head_key)  # genuine signature, on main
    checks = codes(verify_tag(repo.root, "lakip-2025-v1", Options(repo.root), None))
    assert checks["verify-tag-head-ok"] == OK
    assert "verify-rebuild-failed" not in checks  # it was rebuilt, by this lakip
    assert checks["verify-rebuild-tag-fail"] == FAIL  # the test tag names a made-up hash
    assert not marker.exists()
