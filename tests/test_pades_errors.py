"""pyHanko's failures while signing reach the user as a refusal with the fix, never a traceback."""

from __future__ import annotations

import types

import pytest

from lakip.findings import LakipError
from lakip.release import bundle
from lakip.release.pades import ExternalServiceSigner, Pkcs12Signer
from signing import Pki

PROFILE = types.SimpleNamespace(
    title="Laporan Kinerja", short_title="LKjIP", city="Purwakarta",
    head=types.SimpleNamespace(name="Kepala"),
)  # fmt: skip


def test_pyhanko_refusing_the_pdf_is_worded(tmp_path):
    pki = Pki(tmp_path)
    signer = Pkcs12Signer(pki.p12, b"rahasia")
    with pytest.raises(LakipError) as refused:
        bundle._sign(signer, b"%PDF-1.7 not really a PDF", PROFILE, 2025, "lakip-2025-v1")
    assert refused.value.code == "pades-sign-failed"
    said = refused.value.message("id")
    assert said.startswith("PDF tidak dapat ditandatangani secara elektronik (PAdES, Pkcs12Signer)")
    assert said.endswith("Belum ada tag yang dibuat.")
    assert refused.value.message("en").endswith("No tag was made.")


class _ServiceDown(ExternalServiceSigner):
    """A BSrE client whose service cannot be reached (a real refused connection)."""

    def __init__(self, cert: bytes) -> None:
        self._cert = cert

    def certificate(self) -> bytes:
        return self._cert

    def request_signature(self, digest: bytes) -> bytes:
        import socket

        with socket.create_connection(("127.0.0.1", 9), timeout=2):  # discard port, closed
            return b""


def test_a_signing_service_that_cannot_be_reached_is_worded(tmp_path):
    from cryptography.hazmat.primitives import serialization

    pki = Pki(tmp_path)
    signer = _ServiceDown(pki.leaf.public_bytes(serialization.Encoding.DER))
    pdf = _tiny_pdf()
    with pytest.raises(LakipError) as refused:
        bundle._sign(signer, pdf, PROFILE, 2025, "lakip-2025-v1")
    assert refused.value.code == "pades-sign-failed"
    assert "(PAdES, _ServiceDown)" in refused.value.message("id")


def test_a_wrong_p12_passphrase_is_worded(tmp_path):
    pki = Pki(tmp_path)
    with pytest.raises(LakipError) as refused:
        Pkcs12Signer(pki.p12, b"salah")
    assert refused.value.code == "p12-invalid"
    assert "kata sandi salah" in refused.value.message("id")


def _tiny_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string="<p>Laporan</p>").write_pdf()
