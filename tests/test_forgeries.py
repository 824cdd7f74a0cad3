"""Forged release bundles and lone PDFs, made from a genuine release built here with throwaway keys.

One real release (SSH-signed tag, PAdES signed copy from a test CA) is made for the module; each
test copies its bundle and forges it the way a hostile review did (issue 12): the official PDF
edited with SHA256SUMS and manifest.json recomputed, the manifest pointing elsewhere, the signed
copy swapped or damaged with its manifest entry removed, an extra file listed in SHA256SUMS.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from gitfixtures import sample_repo
from lakip.cli.main import main
from lakip.pipeline import release
from lakip.release.bundle import sha256sums
from lakip.release.pades import Pkcs12Signer
from lakip.release.verify import FAIL, INFO, OK, Options, failed, report, verify
from signing import HEAD, Pki, signers_line, ssh_key

PDF = "LKjIP-2025-Badan-Kesatuan-Bangsa-dan-Politik.pdf"
SIGNED = PDF[:-4] + ".signed.pdf"


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    """A real release of the sample: repository, bundle (with signed copy) and the test CA."""
    tmp = tmp_path_factory.mktemp("genuine")
    with pytest.MonkeyPatch.context() as patch:
        for key in list(os.environ):
            if key.startswith("GIT_"):
                patch.delenv(key)
        patch.setenv("HOME", str(tmp))
        patch.setenv("GIT_CONFIG_NOSYSTEM", "1")
        patch.setenv("GIT_CONFIG_GLOBAL", str(tmp / ".gitconfig"))
        patch.delenv("SOURCE_DATE_EPOCH", raising=False)
        patch.delenv("LAKIP_LANG", raising=False)
        repo = sample_repo(tmp / "repo")
        key = ssh_key(tmp, "head")
        repo.commit("Register the head's key", {".github/allowed_signers": signers_line(HEAD, key)})
        repo.git("config", "gpg.format", "ssh")
        repo.git("config", "user.signingkey", str(key))
        pki = Pki(tmp)
        patch.setenv("LAKIP_P12_PASSPHRASE", "rahasia")
        result = release(repo.root, 2025, signer_spec=f"p12:{pki.p12}")
        assert result.ok, result.findings
        yield SimpleNamespace(repo=repo, root=repo.root, bundle=result.bundle, pki=pki, tmp=tmp)


def _copy(genuine, tmp_path) -> Path:
    target = tmp_path / "bundle"
    shutil.copytree(genuine.bundle, target)
    return target


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _forge_pdf(data: bytes) -> bytes:
    """The report with a figure changed: one byte of its text flipped."""
    changed = bytearray(data)
    changed[len(changed) // 3] ^= 0x20
    return bytes(changed)


def _reseal(bundle: Path, manifest: dict | None = None) -> None:
    """What a forger does: rewrite manifest.json as wanted, then recompute SHA256SUMS."""
    if manifest is not None:
        text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        (bundle / "manifest.json").write_text(text, encoding="utf-8")
    files = {p.name: p.read_bytes() for p in bundle.iterdir() if p.name != "SHA256SUMS"}
    (bundle / "SHA256SUMS").write_text(sha256sums(files), encoding="ascii")


def _codes(checks) -> dict[str, str]:
    return {c.code: c.status for c in checks}


def _manifest(bundle: Path) -> dict:
    return json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))


def test_the_genuine_bundle_is_authentic_by_tag_and_by_pades(genuine, tmp_path):
    bundle = _copy(genuine, tmp_path)
    in_clone = verify(str(bundle), Options(genuine.root, rebuild=False))
    assert not failed(in_clone), report(in_clone, "id")
    codes = _codes(in_clone)
    assert codes["verify-tag-binds-ok"] == OK and codes["verify-manifest-embedded-ok"] == OK
    assert codes["verify-pades-trust-unchecked"] == INFO
    outside = verify(str(bundle), Options(None, trust=[genuine.pki.root_pem]))
    assert not failed(outside), report(outside, "id")
    assert _codes(outside)["verify-pades-trusted-ok"] == OK


def test_a_manifest_without_its_tag_is_still_bound_in_the_clone(genuine, tmp_path):
    bundle = _copy(genuine, tmp_path)
    data = _manifest(bundle)
    del data["tag"]
    _reseal(bundle, data)
    checks = verify(str(bundle), Options(genuine.root, rebuild=False))
    assert _codes(checks)["verify-manifest-embedded-ok"] == OK  # the tag is not embedded
    assert _codes(checks)["verify-tag-binds-ok"] == OK and not failed(checks)
    assert _codes(verify(str(bundle), Options(None)))["verify-no-tag"] == INFO


def test_outside_a_clone_without_trust_authenticity_is_not_established(genuine, tmp_path):
    bundle = _copy(genuine, tmp_path)
    checks = verify(str(bundle), Options(None))
    assert not any(c.status == FAIL for c in checks)
    assert failed(checks)
    assert _codes(checks)["verify-no-clone"] == INFO
    text = report(checks, "id")
    assert "KEASLIAN TIDAK DAPAT DIPASTIKAN" in text
    assert "Semua pemeriksaan" not in text


def test_forged_official_pdf_with_recomputed_sums_is_not_accepted(
    genuine, tmp_path, capsys, monkeypatch
):
    bundle = _copy(genuine, tmp_path)
    forged = _forge_pdf((bundle / PDF).read_bytes())
    (bundle / PDF).write_bytes(forged)
    (bundle / SIGNED).unlink()
    data = _manifest(bundle)
    del data["signed_pdf"]
    data["pdf"]["sha256"] = _sha(forged)
    _reseal(bundle, data)
    # Outside a clone every integrity check passes: the verdict must still not say "genuine".
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    monkeypatch.chdir(outside)
    assert main(["verify", str(bundle)]) == 1
    out = capsys.readouterr().out
    assert "KEASLIAN TIDAK DAPAT DIPASTIKAN" in out and "Semua pemeriksaan" not in out
    # In the clone, the signed tag names another PDF hash.
    checks = verify(str(bundle), Options(genuine.root, rebuild=False))
    assert _codes(checks)["verify-tag-binds-fail"] == FAIL
    assert _codes(checks)["verify-stopped"] == INFO


def test_forgery_1_genuine_pdf_renamed_and_named_in_the_manifest(genuine, tmp_path):
    bundle = _copy(genuine, tmp_path)
    genuine_pdf = (bundle / PDF).read_bytes()
    (bundle / "asli.pdf").write_bytes(genuine_pdf)
    (bundle / PDF).write_bytes(_forge_pdf(genuine_pdf))
    data = _manifest(bundle)
    data["pdf"] = {"file": "asli.pdf", "sha256": _sha(genuine_pdf)}
    _reseal(bundle, data)
    for root in (None, genuine.root):
        checks = verify(str(bundle), Options(root, trust=[genuine.pki.root_pem], rebuild=False))
        codes = _codes(checks)
        assert failed(checks)
        assert codes["verify-bundle-pdf-count"] == FAIL
        assert f"ditemukan: {PDF}, asli.pdf" in report(checks, "id")


def test_forgery_2_manifest_points_outside_the_bundle(genuine, tmp_path):
    bundle = _copy(genuine, tmp_path)
    outside = tmp_path / "genuine.pdf"
    genuine_pdf = (bundle / PDF).read_bytes()
    outside.write_bytes(genuine_pdf)
    (bundle / PDF).write_bytes(_forge_pdf(genuine_pdf))
    (bundle / SIGNED).unlink()
    data = _manifest(bundle)
    del data["signed_pdf"]
    data["pdf"] = {"file": str(outside), "sha256": _sha(genuine_pdf)}
    _reseal(bundle, data)
    for root in (None, genuine.root):
        checks = verify(str(bundle), Options(root, rebuild=False))
        codes = _codes(checks)
        assert failed(checks)
        assert codes["verify-manifest-names-other"] == FAIL
        assert codes["verify-manifest-pdf-fail"] == FAIL
    text = report(checks, "en")
    assert f"manifest.json names the PDF '{outside}', but this bundle's report PDF is {PDF}" in text


@pytest.mark.parametrize("how", ["other-ca", "flipped-byte"])
def test_forgery_3_signed_copy_replaced_and_unlisted_is_still_checked(genuine, tmp_path, how):
    bundle = _copy(genuine, tmp_path)
    pdf = (bundle / PDF).read_bytes()
    if how == "other-ca":
        other = Pki(tmp_path, "Kepala Palsu")
        sign = {"reason": "Pengesahan", "location": "X", "signer_name": "Kepala"}
        (bundle / SIGNED).write_bytes(
            Pkcs12Signer(other.p12, b"rahasia").sign(_forge_pdf(pdf), **sign)
        )
    else:
        signed = bytearray((bundle / SIGNED).read_bytes())
        signed[len(pdf) // 2] ^= 0x01  # inside the signed byte range
        (bundle / SIGNED).write_bytes(bytes(signed))
    data = _manifest(bundle)
    del data["signed_pdf"]
    _reseal(bundle, data)
    checks = verify(str(bundle), Options(None, trust=[genuine.pki.root_pem]))
    codes = _codes(checks)
    assert failed(checks) and any(c.status == FAIL for c in checks)
    if how == "other-ca":
        assert codes["verify-pades-trusted-fail"] == FAIL
        assert codes["verify-pades-same-pdf-fail"] == FAIL
    else:
        assert codes.get("verify-pades-intact-fail") == FAIL or "verify-pades-broken" in codes


def test_forgery_4_extra_file_listed_in_the_sums_is_unknown(genuine, tmp_path):
    bundle = _copy(genuine, tmp_path)
    (bundle / "Lampiran-tambahan.signed.pdf").write_bytes(b"%PDF-1.7 palsu")
    (bundle / "catatan.txt").write_text("dokumen resmi\n", encoding="utf-8")
    _reseal(bundle)
    checks = verify(str(bundle), Options(genuine.root, trust=[genuine.pki.root_pem], rebuild=False))
    unknown = sorted(dict(c.params)["name"] for c in checks if c.code == "verify-file-unknown")
    assert unknown == ["Lampiran-tambahan.signed.pdf", "catatan.txt"]
    assert _codes(checks)["verify-sums-ok"] == OK  # the sums match: still not genuine
    assert failed(checks)
    assert "bukan bagian dari paket rilis" in report(checks, "id")


def test_sums_naming_a_path_outside_the_bundle_is_a_finding(genuine, tmp_path):
    bundle = _copy(genuine, tmp_path)
    sums = (bundle / "SHA256SUMS").read_text(encoding="ascii")
    (bundle / "SHA256SUMS").write_text(sums + f"{'0' * 64}  ../../etc/passwd\n", "ascii")
    checks = verify(str(bundle), Options(None))
    assert _codes(checks)["verify-sums-line"] == FAIL
    assert "SHA256SUMS baris 4" in report(checks, "id")


def test_lone_pdf_says_what_was_and_was_not_established(genuine, tmp_path, capsys, monkeypatch):
    pdf = genuine.bundle / PDF
    sums = genuine.bundle / "SHA256SUMS"
    monkeypatch.chdir(tmp_path)
    assert main(["verify", str(pdf), "--sums", str(sums)]) == 1
    out = capsys.readouterr().out
    assert f"SHA-256 {PDF}: {_sha(pdf.read_bytes())}" in out
    assert "Manifest tertanam di" in out and "tahun 2025" in out
    assert "berkas data tertanam sesuai sidik" in out
    assert f"{PDF} tidak memuat tanda tangan PAdES" in out
    assert f"{PDF} sesuai sidik yang tercantum di {sums}" in out
    assert "Tidak berjalan di dalam clone" in out
    assert "KEASLIAN TIDAK DAPAT DIPASTIKAN" in out
    # Inside the clone the signed tag that names this PDF's hash is found and verified.
    argv = ["verify", str(pdf), "--root", str(genuine.root), "--no-rebuild"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "Tag bertanda tangan lakip-2025-v1 menyebut" in out
    assert "Kunci penanda tangan milik kepala" in out


def test_lone_forged_pdf_fails_against_published_sums(genuine, tmp_path, capsys):
    forged = tmp_path / PDF
    forged.write_bytes(_forge_pdf((genuine.bundle / PDF).read_bytes()))
    argv = ["verify", str(forged), "--sums", str(genuine.bundle / "SHA256SUMS"), "--lang", "en"]
    assert main([*argv, "--root", str(genuine.root)]) == 1
    out = capsys.readouterr().out
    assert f"{PDF} does NOT match the checksum listed in" in out
    assert "No release tag of this repository names the SHA-256" in out


def test_lone_signed_copy_without_trust_prints_no_traceback(genuine, tmp_path, capsys, monkeypatch):
    signed = genuine.bundle / SIGNED
    monkeypatch.chdir(tmp_path)
    assert main(["verify", str(signed)]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert "Failed to build path" not in captured.err
    assert "Kepercayaan sertifikat tidak diperiksa" in captured.out
    assert main(["verify", str(genuine.bundle)]) == 1  # the bundle too, outside a clone
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "KEASLIAN TIDAK DAPAT" in captured.out
    trust = ["--trust", str(genuine.pki.root_pem)]
    assert main(["verify", str(signed), *trust]) == 0
    assert "terpercaya menurut --trust" in capsys.readouterr().out
    assert main(["verify", str(signed), "--trust", str(tmp_path / "tidak-ada.pem")]) == 2
    assert "tidak dapat dibaca sebagai sertifikat" in capsys.readouterr().err


def test_published_sums_are_read_from_the_agencys_site(genuine, tmp_path, capsys, monkeypatch):
    """`--sums URL`: the list as the agency's site publishes it (a local HTTP server here)."""
    import functools
    import http.server
    import threading

    site = tmp_path / "situs"
    site.mkdir()
    shutil.copy(genuine.bundle / "SHA256SUMS", site / "SHA256SUMS")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(site))
    monkeypatch.setenv("no_proxy", "127.0.0.1")  # a proxy from the environment must not answer
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        monkeypatch.chdir(tmp_path)
        pdf = str(genuine.bundle / PDF)
        assert main(["verify", pdf, "--sums", f"{base}/SHA256SUMS"]) == 1  # not authenticity
        assert f"{PDF} sesuai sidik yang tercantum di {base}/SHA256SUMS" in capsys.readouterr().out
        assert main(["verify", pdf, "--sums", f"{base}/tidak-ada"]) == 2
        err = capsys.readouterr().err
        assert f"Berkas sidik --sums {base}/tidak-ada tidak dapat dibaca: File not found" in err
        assert "Traceback" not in err
    finally:
        server.shutdown()
        server.server_close()
