"""Turn a release bundle, a lone PDF or a tag into checks: who made it, and was it changed?

A bundle has one fixed layout: the report PDF, optionally its `.signed.pdf` copy, manifest.json
and SHA256SUMS. Names are derived from the bundle itself, never read from the manifest, and
anything else is a finding even when SHA256SUMS lists it. What binds a bundle to its release is
the signed tag's message, which names the PDF and its SHA-256; the tag is judged against the
allowed signers of the protected branch (never the working tree). A PAdES signed copy is checked
whenever it is present. The tag's commit is then rebuilt with this lakip, never with code from
what is being verified, and only once every authenticity check passed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import lakip
from lakip import __version__, gitrepo, layout
from lakip.findings import LakipError
from lakip.release.bundle import MANIFEST_NAME, SUMS_NAME, tag_facts
from lakip.release.checks import (  # noqa: F401 - re-exported: verify's public names
    FAIL,
    INFO,
    OK,
    Check,
    any_failed,
    check,
    established,
    failed,
    outcome,
    report,
)
from lakip.release.manifest import embedded_manifest, pdf_attachments
from lakip.release.pades import check_signature, load_trust_roots, signature_count
from lakip.release.tagsig import tag_message, tag_naming, tag_signature

SIGNED_SUFFIX = ".signed.pdf"


@dataclass
class Options:
    root: Path | None = None
    allowed_signers: Path | None = None
    trust: list[Path] = field(default_factory=list)
    branch: str = "main"
    rebuild: bool = True
    sums: str | None = None  # a published SHA256SUMS: a file or an http(s) URL


def verify(target: str, options: Options) -> list[Check]:
    """Every check on `target`: a bundle folder, a PDF, or a release or PK tag of the repository."""
    try:
        return _verify(target, options)
    except OSError as error:  # a file that cannot be read (bundle, --allowed-signers): usage
        params = {"path": error.filename or target, "error": error.strerror or str(error)}
        raise LakipError("verify-unreadable", **params) from error


def _verify(target: str, options: Options) -> list[Check]:
    path = Path(target)
    if path.is_dir():
        return verify_bundle(path, options)
    if path.is_file():
        return verify_pdf(path, options)
    root = options.root
    if root is None or not gitrepo.ok(root, "show-ref", "--verify", "-q", layout.tag_ref(target)):
        raise LakipError("verify-target-unknown", target=target)
    bundle = root / "build" / "release" / target
    pdf = _layout(bundle)[1] if bundle.is_dir() else None
    return verify_tag(root, target, options, bundle / pdf if pdf else None)


def verify_bundle(bundle: Path, options: Options) -> list[Check]:
    roots = load_trust_roots(options.trust)
    checks, pdf_name = _layout(bundle)
    checks += _sums(bundle)
    pdf = (bundle / pdf_name).read_bytes() if pdf_name else None
    data = _manifest(bundle)
    if data is None:
        checks.append(check("verify-manifest-unreadable", FAIL, name=MANIFEST_NAME))
    elif pdf_name and pdf is not None:
        checks += _manifest_matches(data, pdf_name, pdf)
    signed = bundle / f"{pdf_name[:-4]}{SIGNED_SUFFIX}" if pdf_name else None
    if signed is not None and signed.is_file() and not signed.is_symlink():
        checks += check_signature(signed.read_bytes(), signed.name, pdf, roots)
    root = options.root
    tag = data.get("tag") if isinstance(data, dict) else None
    if not isinstance(tag, str) or layout.parse_release_tag(tag) is None:
        # The manifest is unsigned: in a clone, the tag that names this PDF's hash still counts.
        in_clone = root is not None and pdf is not None and gitrepo.is_repository(root)
        tag = tag_naming(root, _sha(pdf)) if in_clone else None
        if tag is None:
            return [*checks, check("verify-no-tag", INFO)]
    if root is None:
        return [*checks, check("verify-no-clone", INFO, tag=tag)]
    if not gitrepo.ok(root, "show-ref", "--verify", "-q", layout.tag_ref(tag)):
        return [*checks, check("verify-tag-absent", INFO, tag=tag)]
    if pdf is None or not pdf_name:
        return checks
    checks.append(_binds(root, tag, pdf_name, pdf))
    if any_failed(checks):  # the first failed authenticity check ends it: nothing is rebuilt
        return [*checks, check("verify-stopped", INFO)]
    return checks + verify_tag(root, tag, options, bundle / pdf_name)


def _layout(bundle: Path) -> tuple[list[Check], str]:
    """Findings for entries outside the fixed layout, and the report PDF's name ("" if unclear)."""
    checks = []
    files = []
    for entry in sorted(bundle.iterdir(), key=lambda p: p.name):
        if entry.is_symlink() or not entry.is_file():
            checks.append(check("verify-file-unknown", FAIL, name=entry.name))
        else:
            files.append(entry.name)
    pdfs = [n for n in files if n.lower().endswith(".pdf") and not n.endswith(SIGNED_SUFFIX)]
    pdf_name = pdfs[0] if len(pdfs) == 1 else ""
    if not pdf_name:
        checks.append(check("verify-bundle-pdf-count", FAIL, names=", ".join(pdfs) or "-"))
    known = {SUMS_NAME, MANIFEST_NAME}
    if pdf_name:
        known |= {pdf_name, pdf_name[:-4] + SIGNED_SUFFIX}
    unknown = [n for n in files if n not in known and n not in pdfs]
    checks += [check("verify-file-unknown", FAIL, name=name) for name in unknown]
    return checks, pdf_name


def _sums(bundle: Path) -> list[Check]:
    """Every file of the layout listed once in SHA256SUMS with its hash; nothing else listed."""
    sums = bundle / SUMS_NAME
    if sums.is_symlink() or not sums.is_file():
        return [check("verify-sums-missing", FAIL, name=SUMS_NAME)]
    listed: dict[str, str] = {}
    checks = []
    text = sums.read_bytes().decode("utf-8", errors="replace")
    for number, line in enumerate(text.splitlines(), start=1):
        digest, _, name = line.partition("  ")
        name = name.removeprefix("*")
        plain = name not in ("", ".", "..") and "/" not in name and "\\" not in name
        if len(digest) != 64 or not plain or name in listed or name == SUMS_NAME:
            checks.append(check("verify-sums-line", FAIL, line=number))
            continue
        listed[name] = digest.lower()
    present = [p.name for p in bundle.iterdir() if p.is_file() and not p.is_symlink()]
    for name, digest in sorted(listed.items()):
        path = bundle / name
        if name not in present:
            checks.append(check("verify-file-missing", FAIL, name=name))
        elif _sha(path.read_bytes()) != digest:
            checks.append(check("verify-file-changed", FAIL, name=name))
    unlisted = sorted(n for n in present if n not in listed and n != SUMS_NAME)
    checks += [check("verify-file-extra", FAIL, name=name) for name in unlisted]
    if not checks:
        checks.append(check("verify-sums-ok", OK, count=len(listed)))
    return checks


def _manifest(bundle: Path) -> dict | None:
    path = bundle / MANIFEST_NAME
    if path.is_symlink() or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _manifest_matches(data: dict, pdf_name: str, pdf: bytes) -> list[Check]:
    """The manifest names the bundle's PDF, with its hash, and says what the PDF embeds."""
    named = (data.get("pdf") or {}).get("file") if isinstance(data.get("pdf"), dict) else None
    checks = []
    if named != pdf_name:
        checks.append(check("verify-manifest-names-other", FAIL, named=str(named), name=pdf_name))
    sha = (data.get("pdf") or {}).get("sha256") if isinstance(data.get("pdf"), dict) else None
    checks.append(outcome(sha == _sha(pdf), "verify-manifest-pdf", name=pdf_name))
    embedded = embedded_manifest(pdf_attachments(pdf) or {})
    if embedded is not None:
        same = all(data.get(key) == value for key, value in embedded.items())
        checks.append(outcome(same, "verify-manifest-embedded", name=pdf_name))
    return checks


def _binds(root: Path, tag: str, pdf_name: str, pdf: bytes) -> Check:
    """The signed tag's message names this PDF and its SHA-256: the bundle's one binding."""
    facts = tag_facts(tag_message(root, tag))
    same = facts.get("pdf") == pdf_name and facts.get("pdf_sha256") == _sha(pdf)
    return outcome(same, "verify-tag-binds", tag=tag, name=pdf_name)


def verify_pdf(path: Path, options: Options) -> list[Check]:
    """What a lone PDF shows: its embedded data, its PAdES signature, published sums, its tag."""
    roots = load_trust_roots(options.trust)
    data = path.read_bytes()
    sha = _sha(data)
    checks = [check("verify-pdf-sha", OK, name=path.name, sha=sha)]  # a fact, computed here
    attachments = pdf_attachments(data)
    if attachments is None:
        return [*checks, check("verify-pdf-unreadable", FAIL, name=path.name)]
    checks += _embedded_data(path.name, attachments)
    if signature_count(data):
        checks += check_signature(data, path.name, None, roots)
    else:
        checks.append(check("verify-pdf-unsigned", INFO, name=path.name))
    if options.sums is not None:
        checks.append(_published(path.name, sha, options.sums))
    if options.root is None or not gitrepo.is_repository(options.root):
        return [*checks, check("verify-pdf-no-clone", INFO)]
    tag = tag_naming(options.root, sha)
    if tag is None:
        return [*checks, check("verify-pdf-no-tag", INFO, name=path.name)]
    named = tag_facts(tag_message(options.root, tag)).get("pdf_sha256") == sha
    checks.append(outcome(named, "verify-tag-binds", tag=tag, name=path.name))
    return checks + verify_tag(options.root, tag, options, path)


def _embedded_data(name: str, attachments: dict[str, bytes]) -> list[Check]:
    """The embedded manifest, and whether each embedded data file matches its hash there."""
    try:
        data = json.loads(attachments[MANIFEST_NAME].decode("utf-8"))
        files = data["files"]
        year, commit = data["tahun"], str(data.get("commit", ""))[:12] or "-"
    except (KeyError, ValueError, TypeError, AttributeError):
        return [check("verify-pdf-no-manifest", INFO, name=name)]
    checks = [check("verify-pdf-manifest", OK, name=name, year=year, commit=commit)]
    wrong = sorted(
        rel for rel, digest in dict(files).items() if _sha(attachments.get(rel, b"")) != digest
    )
    checks.append(
        outcome(not wrong, "verify-pdf-data", count=len(files), names=", ".join(wrong) or "-")
    )
    return checks


def _published(name: str, sha: str, sums: str) -> Check:
    """The file against a published SHA256SUMS: by its name, else by any line with its hash."""
    listed = {}
    for line in _sums_text(str(sums)).splitlines():
        digest, _, listed_name = line.partition("  ")
        listed[listed_name.removeprefix("*").strip()] = digest.strip().lower()
    if name in listed:
        return outcome(listed[name] == sha, "verify-pdf-sums", name=name, source=str(sums))
    same = [n for n, digest in listed.items() if digest == sha]
    if same:
        return check("verify-pdf-sums-ok", OK, name=same[0], source=str(sums))
    return check("verify-pdf-sums-absent", FAIL, name=name, source=str(sums))


_SUMS_LIMIT = 1 << 20  # a SHA256SUMS of a few lines; refuse a download that is not one


def _sums_text(source: str) -> str:
    """The published checksums, from a file or an http(s) URL (the agency's site)."""
    if source.startswith(("https://", "http://")):
        import urllib.request  # only for a URL: keeps start-up light

        try:
            with urllib.request.urlopen(source, timeout=30) as response:  # noqa: S310 - http(s)
                data = response.read(_SUMS_LIMIT + 1)
        except (OSError, ValueError) as error:
            reason = str(getattr(error, "reason", "") or error)
            raise LakipError("verify-sums-unreadable", path=source, error=reason) from error
        if len(data) > _SUMS_LIMIT:
            raise LakipError("verify-sums-unreadable", path=source, error="> 1 MiB")
        return data.decode("utf-8", errors="replace")
    try:
        return Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise LakipError("verify-sums-unreadable", path=source, error=error.strerror) from error


def verify_tag(root: Path, tag: str, options: Options, bundle_pdf: Path | None) -> list[Check]:
    """Signature, signer and branch of a release or PK tag, then a release's rebuild.

    Stops at the first failed authenticity check: nothing more is read from such a tag.
    """
    release, pk = layout.parse_release_tag(tag), layout.parse_pk_tag(tag)
    if release is None and pk is None:
        return [check("verify-tag-name", FAIL, tag=tag)]
    branch = gitrepo.branch(root, options.branch)
    commit = gitrepo.run(root, "rev-parse", f"{layout.tag_ref(tag)}^{{commit}}").strip()
    checks = _signature(root, tag, options, head=pk is None)
    if not any_failed(checks):
        on_branch = gitrepo.ok(root, "merge-base", "--is-ancestor", commit, branch)
        checks.append(outcome(on_branch, "verify-tag-on-branch", branch=options.branch))
    if any_failed(checks):
        return [*checks, check("verify-stopped", INFO)]
    if pk is not None:
        rel = layout.pk(pk)
        present = gitrepo.show(root, commit, rel) is not None
        return [*checks, outcome(present, "verify-pk-file", tag=tag, path=rel)]
    if not options.rebuild:
        return [*checks, check("verify-rebuild-skipped", INFO)]
    facts = tag_facts(tag_message(root, tag))
    made_with = facts.get("lakip", "?")
    if made_with != __version__:
        checks.append(check("verify-rebuild-version", INFO, tagged=made_with, own=__version__))
    return checks + _reproduce(
        root, tag, commit, release[0], facts.get("pdf_sha256", ""), bundle_pdf
    )


def _signature(root: Path, tag: str, options: Options, head: bool) -> list[Check]:
    """The tag's signature by a listed key; for a release (`head`), the head's key."""
    found = tag_signature(root, tag, options.branch, options.allowed_signers)
    if not found.kind:
        return [check("verify-tag-unsigned", FAIL, tag=tag)]
    if not found.listed:
        return [check("verify-signers-missing", FAIL, source=found.source)]
    checks = [
        outcome(found.valid, "verify-tag-signature", tag=tag, source=found.source, key=found.key)
    ]
    if found.valid and found.problems and head:
        problem = found.problems[0]
        where = f"{problem.path}:{problem.line}" if problem.line else problem.path
        checks.append(check("verify-profile-unreadable", FAIL, where=where, code=problem.code))
    elif found.valid and head:
        accounts = ", ".join(found.accounts) or "-"
        who = found.signer or "?"
        checks.append(outcome(found.head, "verify-tag-head", who=who, head=accounts))
    elif found.valid:  # planning tags the signed PK: any listed key, named here
        checks.append(check("verify-pk-signer", OK, who=found.signer or "?"))
    return checks


def _reproduce(root, tag, commit, year, tag_sha: str, bundle_pdf: Path | None) -> list[Check]:
    """Rebuild the tagged commit in a temporary worktree and compare the PDF bytes."""
    folder = Path(tempfile.mkdtemp(prefix="lakip-verify-"))
    tree = folder / "src"
    no_hooks = ("-c", "core.hooksPath=/dev/null")  # the verifier's own hooks stay out too
    try:
        gitrepo.run(root, *no_hooks, "worktree", "add", "--detach", str(tree), commit)
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
    checks = [outcome(_sha(pdf) == tag_sha, "verify-rebuild-tag", tag=tag)]
    if bundle_pdf is not None:
        same = bundle_pdf.is_file() and bundle_pdf.read_bytes() == pdf
        checks.append(outcome(same, "verify-rebuild-bundle", name=bundle_pdf.name))
    return checks


# Runs this lakip: `-I` keeps the working directory, PYTHONPATH and the user's site off the path.
_OWN_LAKIP = (
    "import sys; sys.path.insert(0, sys.argv[1]); from lakip.cli.main import main; "
    "sys.exit(main(sys.argv[2:]))"
)


def _rebuild(tree: Path, out: Path, year: int, epoch: str) -> bytes | None:
    """Build the tree's data with this lakip, never with code from the tree being verified.

    The tree's `mkdocs.yml` is set aside (MkDocs `hooks:` are Python): only the PDF is compared.
    """
    (tree / layout.MKDOCS).unlink(missing_ok=True)
    own = str(Path(lakip.__file__).resolve().parent.parent)
    command = [sys.executable, "-I", "-c", _OWN_LAKIP, own, "build", "--final"]
    done = subprocess.run(
        [*command, "--year", str(year), "--root", str(tree), "--out", str(out)],
        cwd=out.parent,
        env={**os.environ, "SOURCE_DATE_EPOCH": epoch},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    pdfs = sorted(out.glob("*.pdf")) if out.is_dir() else []
    if done.returncode != 0 or len(pdfs) != 1:
        return None
    return pdfs[0].read_bytes()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
