"""Turn a final PDF/A into a PAdES-signed copy, through a pluggable signer.

In production the head signs through BSrE, which keeps the key: lakip only ever sees a digest go
out and a signature come back (`ExternalServiceSigner`). Small offices and tests sign with a
PKCS#12 file (`Pkcs12Signer`). Both append the signature as an incremental update, so the signed
copy starts with the exact bytes of the unsigned PDF/A and stays PDF/A. See docs/signing.md.
`check_signature` is the other side: what `lakip verify` can tell from a signed copy.
"""

from __future__ import annotations

import abc
import asyncio
import hashlib
import io
import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from lakip.findings import LakipError
from lakip.release.checks import FAIL, INFO, Check, check, outcome

FIELD_NAME = "Signature1"
DIGEST_ALGORITHM = "sha256"
PASSPHRASE_ENV = "LAKIP_P12_PASSPHRASE"


class PdfSigner(Protocol):
    """Anything that turns PDF bytes into signed PDF bytes."""

    def sign(self, pdf: bytes, *, reason: str, location: str, signer_name: str) -> bytes: ...


def _metadata(reason: str, location: str, signer_name: str):
    from pyhanko.sign import fields, signers

    return signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm=DIGEST_ALGORITHM,
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
        name=signer_name,
    )


def _writer(pdf: bytes):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    # strict=False: WeasyPrint's PDFs are valid, but pyHanko's strict mode rejects some harmless
    # producer quirks; the signature still covers every byte of the original.
    return IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)


class Pkcs12Signer:
    """Sign with a key and certificate held in a PKCS#12 (.p12/.pfx) file."""

    def __init__(self, path: Path, passphrase: bytes | None) -> None:
        from pyhanko.sign import signers

        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise LakipError("p12-unreadable", path=str(path), error=error.strerror) from error
        try:
            self._signer = signers.SimpleSigner.load_pkcs12_data(
                data, other_certs=(), passphrase=passphrase
            )
        except (ValueError, TypeError) as error:
            raise LakipError("p12-invalid", path=str(path), env=PASSPHRASE_ENV) from error

    def sign(self, pdf: bytes, *, reason: str, location: str, signer_name: str) -> bytes:
        from pyhanko.sign import signers

        pdf_signer = signers.PdfSigner(_metadata(reason, location, signer_name), self._signer)
        out = pdf_signer.sign_pdf(_writer(pdf))
        return out.getvalue()


class ExternalServiceSigner(abc.ABC):
    """Sign through a service that keeps the key (BSrE): only a digest leaves the machine.

    Subclass it and implement `certificate` and `request_signature`. `sign` prepares the PDF's
    signature placeholder, builds the CMS signed attributes over the document digest, sends the
    SHA-256 of those attributes to `request_signature`, and embeds the returned raw signature.
    """

    #: Bytes to reserve for the CMS container (hex-encoded twice over in the PDF); enough for a
    #: 4096-bit RSA signature with a chain of a few certificates.
    reserved_bytes = 24_000

    @abc.abstractmethod
    def certificate(self) -> bytes:
        """The signer's certificate, DER-encoded (BSrE returns it with the signing account)."""

    def chain(self) -> list[bytes]:
        """Intermediate certificates to embed, DER-encoded; none by default."""
        return []

    @abc.abstractmethod
    def request_signature(self, digest: bytes) -> bytes:
        """Return the raw signature value (e.g. RSA PKCS#1 v1.5) over a SHA-256 `digest`."""

    def sign(self, pdf: bytes, *, reason: str, location: str, signer_name: str) -> bytes:
        return asyncio.run(self._sign(pdf, _metadata(reason, location, signer_name)))

    async def _sign(self, pdf: bytes, meta) -> bytes:
        from asn1crypto import x509
        from pyhanko.sign import signers
        from pyhanko.sign.signers.pdf_signer import PdfTBSDocument
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        cert = x509.Certificate.load(self.certificate())
        registry = SimpleCertificateStore.from_certs(
            [x509.Certificate.load(c) for c in self.chain()]
        )
        # First pass: a placeholder signature only fixes the layout and yields the digest.
        placeholder = signers.ExternalSigner(cert, registry, signature_value=bytes(512))
        pdf_signer = signers.PdfSigner(meta, placeholder)
        prepared, tbs, output = await pdf_signer.async_digest_doc_for_signing(
            _writer(pdf), bytes_reserved=self.reserved_bytes
        )
        signed_attrs = await placeholder.signed_attrs(
            prepared.document_digest, DIGEST_ALGORITHM, use_pades=True
        )
        digest = hashlib.sha256(signed_attrs.dump()).digest()
        signature = self.request_signature(digest)
        final = signers.ExternalSigner(cert, registry, signature_value=signature)
        cms = await final.async_sign_prescribed_attributes(DIGEST_ALGORITHM, signed_attrs)
        await PdfTBSDocument.async_finish_signing(output, prepared, cms)
        output.seek(0)
        return output.read()


def signer_from_spec(spec: str) -> PdfSigner:
    """`p12:/path/file.p12` -> a `Pkcs12Signer`; the passphrase comes from LAKIP_P12_PASSPHRASE."""
    kind, _, rest = spec.partition(":")
    if kind == "p12" and rest:
        passphrase = os.environ.get(PASSPHRASE_ENV)
        return Pkcs12Signer(Path(rest), passphrase.encode("utf-8") if passphrase else None)
    raise LakipError("signer-spec", spec=spec)


def load_trust_roots(paths: list[Path]) -> list:
    """The certificates given with --trust (PEM or DER); a usage error names an unreadable one."""
    from asn1crypto import pem, x509

    roots = []
    for path in paths:
        try:
            raw = Path(path).read_bytes()
            roots.append(x509.Certificate.load(pem.unarmor(raw)[2] if pem.detect(raw) else raw))
        except (OSError, ValueError, TypeError) as error:
            raise LakipError("verify-trust-unreadable", path=str(path), error=str(error)) from error
    return roots


def signature_count(data: bytes) -> int:
    """How many signatures a PDF embeds; 0 for a PDF pyHanko cannot read."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        with _quiet():
            return len(PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures)
    except Exception:  # noqa: BLE001 - a damaged file can fail anywhere in the parser
        return 0


def check_signature(data: bytes, name: str, original: bytes | None, roots: list) -> list[Check]:
    """Integrity, coverage and (with trust roots) trust of a PDF's first PAdES signature.

    `original` is the unsigned PDF the signed copy must start with (None for a lone PDF).
    """
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        with _quiet():
            signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
            if not signatures:
                return [check("verify-pades-none", FAIL, name=name)]
            status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=roots))
    except Exception as error:  # noqa: BLE001 - a damaged file can fail anywhere in the parser
        return [check("verify-pades-broken", FAIL, name=name, error=str(error) or repr(error))]
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else "?"
    intact = status.intact and status.valid and str(status.coverage).endswith("ENTIRE_FILE")
    checks = [outcome(intact, "verify-pades-intact", name=name, signer=signer)]
    if original is not None:
        same = bool(original) and data.startswith(original)
        checks.append(outcome(same, "verify-pades-same-pdf", name=name))
    if not roots:
        checks.append(check("verify-pades-trust-unchecked", INFO))
    else:
        checks.append(outcome(status.trusted, "verify-pades-trusted", signer=signer))
    return checks


@contextmanager
def _quiet():
    """Silence pyHanko while it validates: it logs an untrusted chain with a full traceback.

    Its modules log through child loggers (pyhanko.sign.validation...), which a disabled parent
    does not silence; a level above CRITICAL on the parents does, since children inherit it.
    """
    loggers = [logging.getLogger(name) for name in ("pyhanko", "pyhanko_certvalidator")]
    saved = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for logger, level in zip(loggers, saved, strict=True):
            logger.setLevel(level)
