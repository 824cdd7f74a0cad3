"""Turn a release bundle or tag into a list of passed and failed checks: has anything been changed?

A bundle is checked against its own SHA256SUMS and manifest, its PAdES signature against the
given trust roots, and its tag against the allowed-signers file of the protected branch (never
the working tree, which anyone can edit). The tag's commit is then rebuilt in a temporary
worktree: a report that cannot be rebuilt byte for byte from its sources is not the signed one.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import LakipError
from lakip.messages import render_message
from lakip.release.bundle import MANIFEST_NAME, SUMS_NAME, tag_facts
from lakip.release.tagsig import tag_signature

OK, FAIL, INFO = "ok", "fail", "info"


@dataclass(frozen=True)
class Check:
    code: str
    status: str
    params: tuple[tuple[str, object], ...] = ()

    def message(self, lang: str) -> str:
        return render_message(self.code, lang, dict(self.params))


def check(code: str, status: str, **params: object) -> Check:
    return Check(code, status, tuple(sorted(params.items())))


def outcome(passed: bool, code: str, **params: object) -> Check:
    """A check with a message for each outcome: `<code>-ok` or `<code>-fail`."""
    return check(f"{code}-ok" if passed else f"{code}-fail", OK if passed else FAIL, **params)


@dataclass
class Options:
    root: Path | None = None
    allowed_signers: Path | None = None
    trust: list[Path] = field(default_factory=list)
    branch: str = "main"
    rebuild: bool = True


def verify(target: str, options: Options) -> list[Check]:
    """Every check on `target`: a bundle folder, or a release tag of the repository."""
    if Path(target).is_dir():
        return verify_bundle(Path(target), options)
    if options.root is None or not gitrepo.ok(options.root, "rev-parse", layout.tag_ref(target)):
        raise LakipError("verify-target-unknown", target=target)
    bundle = options.root / "build" / "release" / target
    pdf = _bundle_pdf(bundle) if bundle.is_dir() else None
    return verify_tag(options.root, target, options, pdf)


def failed(checks: list[Check]) -> bool:
    return any(c.status == FAIL for c in checks)


def verify_bundle(bundle: Path, options: Options) -> list[Check]:
    checks = _sums(bundle)
    try:
        data = json.loads((bundle / MANIFEST_NAME).read_text(encoding="utf-8"))
        pdf_name, pdf_sha = data["pdf"]["file"], data["pdf"]["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return [*checks, check("verify-manifest-unreadable", FAIL, name=MANIFEST_NAME)]
    pdf = bundle / pdf_name
    actual = _sha_file(pdf) if pdf.is_file() else "-"
    checks.append(outcome(actual == pdf_sha, "verify-manifest-pdf", name=pdf_name))
    signed = data.get("signed_pdf", {}).get("file")
    if signed:
        checks += _pades(bundle / signed, pdf, options.trust)
    tag = data.get("tag", "")
    root = options.root
    if not tag:
        checks.append(check("verify-no-tag", INFO))
    elif root is None or not gitrepo.ok(root, "rev-parse", "--verify", layout.tag_ref(tag)):
        checks.append(check("verify-tag-absent", INFO, tag=tag))
    else:
        checks += _tag_matches_manifest(root, tag, data)
        checks += verify_tag(root, tag, options, pdf if pdf.is_file() else None)
    return checks


def _sums(bundle: Path) -> list[Check]:
    sums = bundle / SUMS_NAME
    if not sums.is_file():
        return [check("verify-sums-missing", FAIL, name=SUMS_NAME)]
    listed: dict[str, str] = {}
    for line in sums.read_text(encoding="utf-8", errors="replace").splitlines():
        digest, _, name = line.partition("  ")
        listed[name.lstrip("*")] = digest
    checks = []
    for name, digest in sorted(listed.items()):
        path = bundle / name
        if "/" in name or not path.is_file():
            checks.append(check("verify-file-missing", FAIL, name=name))
        elif _sha_file(path) != digest:
            checks.append(check("verify-file-changed", FAIL, name=name))
    extra = sorted(p.name for p in bundle.iterdir() if p.name not in listed and p.name != SUMS_NAME)
    checks += [check("verify-file-extra", FAIL, name=name) for name in extra]
    if not checks:
        checks.append(check("verify-sums-ok", OK, count=len(listed)))
    return checks


def _pades(signed: Path, pdf: Path, trust: list[Path]) -> list[Check]:
    """Integrity, coverage and (with trust roots) trust of the signed copy's PAdES signature."""
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    name = signed.name
    if not signed.is_file():
        return [check("verify-file-missing", FAIL, name=name)]
    data = signed.read_bytes()
    original = pdf.read_bytes() if pdf.is_file() else b""
    roots = []
    for path in trust:
        raw = path.read_bytes()
        roots.append(x509.Certificate.load(pem.unarmor(raw)[2] if pem.detect(raw) else raw))
    logger = logging.getLogger("pyhanko")
    saved = logger.disabled
    logger.disabled = True  # pyHanko logs an untrusted chain as an error with a traceback
    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
        if not signatures:
            return [check("verify-pades-none", FAIL, name=name)]
        status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=roots))
    except Exception as error:  # noqa: BLE001 - a damaged file can fail anywhere in the parser
        return [check("verify-pades-broken", FAIL, name=name, error=str(error) or repr(error))]
    finally:
        logger.disabled = saved
    signer = status.signing_cert.subject.human_friendly if status.signing_cert else "?"
    intact = status.intact and status.valid and str(status.coverage).endswith("ENTIRE_FILE")
    checks = [outcome(intact, "verify-pades-intact", name=name, signer=signer)]
    same = bool(original) and data.startswith(original)
    checks.append(outcome(same, "verify-pades-same-pdf", name=name))
    if not roots:
        checks.append(check("verify-pades-trust-unchecked", INFO))
    else:
        checks.append(outcome(status.trusted, "verify-pades-trusted", signer=signer))
    return checks


def _tag_matches_manifest(root: Path, tag: str, data: dict) -> list[Check]:
    facts = tag_facts(_tag_message(root, tag))
    commit = gitrepo.run(root, "rev-parse", f"{tag}^{{commit}}").strip()
    same = facts.get("pdf_sha256") == data["pdf"]["sha256"] and commit == data.get("commit")
    return [outcome(same, "verify-tag-manifest", tag=tag)]


def verify_tag(root: Path, tag: str, options: Options, bundle_pdf: Path | None) -> list[Check]:
    """Signature, signer, branch and reproducibility checks of a release tag."""
    match = re.match(r"^lakip-(\d{4})-v[1-9][0-9]*$", tag)
    if not match:
        return [check("verify-tag-name", FAIL, tag=tag)]
    year = int(match.group(1))
    branch = gitrepo.branch(root, options.branch)
    commit = gitrepo.run(root, "rev-parse", f"{layout.tag_ref(tag)}^{{commit}}").strip()
    checks = _signature(root, tag, options)
    on_branch = gitrepo.ok(root, "merge-base", "--is-ancestor", commit, branch)
    checks.append(outcome(on_branch, "verify-tag-on-branch", branch=options.branch))
    if options.rebuild:
        facts = tag_facts(_tag_message(root, tag))
        checks += _reproduce(root, tag, commit, year, facts.get("pdf_sha256", ""), bundle_pdf)
    else:
        checks.append(check("verify-rebuild-skipped", INFO))
    return checks


def _tag_message(root: Path, tag: str) -> str:
    if gitrepo.run(root, "cat-file", "-t", tag).strip() != "tag":
        return ""
    raw = gitrepo.run(root, "cat-file", "tag", tag)
    return raw.split("\n\n", 1)[1] if "\n\n" in raw else ""


def _signature(root: Path, tag: str, options: Options) -> list[Check]:
    found = tag_signature(root, tag, options.branch, options.allowed_signers)
    if not found.kind:
        return [check("verify-tag-unsigned", FAIL, tag=tag)]
    if not found.listed:
        return [check("verify-signers-missing", FAIL, source=found.source)]
    checks = [
        outcome(found.valid, "verify-tag-signature", tag=tag, source=found.source, key=found.key)
    ]
    if found.valid and found.problems:
        problem = found.problems[0]
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        checks.append(check("verify-profile-unreadable", FAIL, where=where, code=problem.code))
    elif found.valid:
        head = ", ".join(found.accounts) or "-"
        checks.append(outcome(found.head, "verify-tag-head", who=found.signer or "?", head=head))
    return checks


def _reproduce(root, tag, commit, year, tag_sha: str, bundle_pdf: Path | None) -> list[Check]:
    """Rebuild the tagged commit in a temporary worktree and compare the PDF bytes."""
    folder = Path(tempfile.mkdtemp(prefix="lakip-verify-"))
    tree = folder / "src"
    try:
        gitrepo.run(root, "worktree", "add", "--detach", str(tree), commit)
        try:
            epoch = gitrepo.run(tree, "log", "-1", "--format=%ct").strip()
            pdf = _rebuild(tree, folder / "out", year, epoch)
        finally:
            gitrepo.run(root, "worktree", "remove", "--force", str(tree), check=False)
            gitrepo.run(root, "worktree", "prune", check=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if pdf is None:
        return [check("verify-rebuild-failed", FAIL, tag=tag)]
    sha = hashlib.sha256(pdf).hexdigest()
    checks = [outcome(sha == tag_sha, "verify-rebuild-tag", tag=tag)]
    if bundle_pdf is not None:
        same = bundle_pdf.is_file() and bundle_pdf.read_bytes() == pdf
        checks.append(outcome(same, "verify-rebuild-bundle", name=bundle_pdf.name))
    return checks


def _rebuild(tree: Path, out: Path, year: int, epoch: str) -> bytes | None:
    """Build with the commit's own lakip when it carries one (scripts/lakip), else this one."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch}
    if (tree / "scripts" / "lakip" / "__init__.py").is_file():
        env["PYTHONPATH"] = str(tree / "scripts")
    command = [sys.executable, "-m", "lakip", "build", "--final", "--year", str(year)]
    done = subprocess.run(
        [*command, "--root", str(tree), "--out", str(out)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    pdfs = sorted(out.glob("*.pdf")) if out.is_dir() else []
    if done.returncode != 0 or len(pdfs) != 1:
        return None
    return pdfs[0].read_bytes()


def _bundle_pdf(bundle: Path) -> Path | None:
    try:
        data = json.loads((bundle / MANIFEST_NAME).read_text(encoding="utf-8"))
        return bundle / data["pdf"]["file"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _sha_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_MARKS = {OK: "✓", FAIL: "✗", INFO: "•"}


def report(checks: list[Check], lang: str) -> str:
    """One line per check, marked ✓ (passed), ✗ (failed) or • (not checked), then a verdict.

    The verdict counts what was not checked: "all passed" would overstate a partial check.
    """
    lines = [f"{_MARKS[c.status]} {c.message(lang)}" for c in checks]
    bad = sum(c.status == FAIL for c in checks)
    skipped = sum(c.status == INFO for c in checks)
    if bad:
        verdict = check("verify-verdict-fail", FAIL, count=bad)
    elif skipped:
        verdict = check("verify-verdict-partial", OK, count=skipped)
    else:
        verdict = check("verify-verdict-ok", OK)
    return "\n".join([*lines, "", verdict.message(lang)])
