"""Signing material for the release tests: SSH keys git signs tags with, and a test CA for PAdES.

The CA is made here with `cryptography`: a root and a head's certificate in a PKCS#12 file, as a
small office or BSrE would issue them.
"""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

HEAD = "dadang-kurniawan"  # the head's account in the sample (reports/profil.yml)


def ssh_key(folder: Path, name: str) -> Path:
    """A new ed25519 key without passphrase at folder/name (and name.pub), `name` as comment."""
    path = folder / name
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", str(path)],
        check=True,
        capture_output=True,
    )
    return path


def encrypted_ssh_key(folder: Path, name: str, passphrase: str) -> Path:
    """A new ed25519 key protected by `passphrase`, as a careful head keeps it."""
    path = folder / name
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", name, "-f", str(path)],
        check=True,
        capture_output=True,
    )
    return path


def answer_passphrase(monkeypatch, folder: Path, answer: str) -> None:
    """Make ssh-keygen read `answer` as the passphrase, without a terminal (SSH_ASKPASS)."""
    script = folder / "askpass.sh"
    script.write_text(f"#!/bin/sh\necho '{answer}'\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("SSH_ASKPASS", str(script))
    monkeypatch.setenv("SSH_ASKPASS_REQUIRE", "force")
    monkeypatch.setenv("DISPLAY", ":0")


def signers_line(principals: str, key: Path) -> str:
    """The allowed_signers line that lets `principals` sign git objects with `key`."""
    public = key.with_suffix(".pub").read_text().strip()
    return f'{principals} namespaces="git" {public}\n'


class Pki:
    """A test CA and a head's signing certificate, as a small office or BSrE would issue."""

    def __init__(self, folder: Path, name: str = "Kepala Kesbangpol") -> None:
        start = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
        end = start + datetime.timedelta(days=3650)
        self.root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        root_name = _name(f"{name} Test Root CA")
        self.root = (
            _builder(root_name, root_name, self.root_key.public_key(), start, end)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_usage(cert_sign=True), critical=True)
            .sign(self.root_key, hashes.SHA256())
        )
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.leaf = (
            _builder(_name(name), root_name, self.key.public_key(), start, end)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(cert_sign=False), critical=True)
            .sign(self.root_key, hashes.SHA256())
        )
        self.root_pem = folder / "root.pem"
        self.root_pem.write_bytes(self.root.public_bytes(serialization.Encoding.PEM))
        self.p12 = folder / "kepala.p12"
        self.p12.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"kepala",
                self.key,
                self.leaf,
                [self.root],
                serialization.BestAvailableEncryption(b"rahasia"),
            )
        )


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _builder(subject, issuer, public, start, end) -> x509.CertificateBuilder:
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
    )


def _usage(cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )
