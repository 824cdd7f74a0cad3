"""Turn a clean, validated commit of `main` into a signed release: a Git tag and a bundle.

SOP step 5: the head's approval becomes a signed annotated tag `lakip-<year>-v<N>`, and the
soft copy becomes a bundle (the final PDF/A, its manifest, SHA256SUMS, and optionally a PAdES
signed copy). A tag is never moved or overwritten: a revised report is the next version.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from lakip import __version__, gitrepo, layout
from lakip.findings import Finding, LakipError
from lakip.release.manifest import manifest
from lakip.release.pades import PdfSigner, signer_from_spec
from lakip.release.signkey import confirm_tag, require_head_key

SUMS_NAME = "SHA256SUMS"
MANIFEST_NAME = "manifest.json"


@dataclass
class ReleaseResult:
    findings: list[Finding]
    tag: str = ""
    bundle: Path | None = None
    files: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.bundle is not None


def release_tags(root: Path, year: int) -> list[tuple[int, str]]:
    """Existing release tags of `year` as (version, name), oldest version first."""
    found = []
    for tag in gitrepo.tags(root, layout.release_tag_glob(year)):
        parsed = layout.parse_release_tag(tag.name)
        if parsed and parsed[0] == year:
            found.append((parsed[1], tag.name))
    return sorted(found)


@dataclass(frozen=True)
class Plan:
    """What a bundle is made of before anything is built: the year, the tag and its commit."""

    year: int
    version: int
    tag: str
    commit: str
    create_tag: bool = False
    sign_tag: bool = False
    signer: PdfSigner | None = None
    notes: tuple[str, ...] = ()
    branch: str = "main"


def plan_release(
    root: Path, year: int, *, signer_spec: str | None, sign_tag: bool, branch: str
) -> Plan:
    """The next release of `year`; refuses (exit 2) unless HEAD is a clean commit of `branch`."""
    _require_releasable(root, branch, sign_tag)
    notes = _require_up_to_date(root, branch)
    notes += tuple(require_head_key(root, branch)) if sign_tag else ("release-unsigned-tag",)
    signer = signer_from_spec(signer_spec) if signer_spec else None
    version = 1 + max((v for v, _ in release_tags(root, year)), default=0)
    commit = gitrepo.run(root, "rev-parse", "HEAD").strip()
    tag = layout.release_tag(year, version)
    return Plan(year, version, tag, commit, True, sign_tag, signer, notes, branch)


def plan_rebuild(root: Path, tag: str) -> Plan:
    """The bundle of an existing release tag, as `lakip release` wrote it, without tagging.

    The tag workflow publishes these files, so a GitHub release's assets pass `lakip verify`.
    HEAD must be the tag's commit, unchanged: the bundle is rebuilt from exactly that tree.
    """
    parsed = layout.parse_release_tag(tag)
    if parsed is None:
        raise LakipError("bundle-tag-name", tag=tag)
    if not gitrepo.is_repository(root):
        raise LakipError("not-a-git-repository", path=str(root))
    if not gitrepo.ok(root, "rev-parse", "--verify", "--quiet", layout.tag_ref(tag)):
        raise LakipError("bundle-tag-unknown", tag=tag)
    commit = gitrepo.run(root, "rev-parse", layout.tag_ref(tag) + "^{commit}").strip()
    head = gitrepo.run(root, "rev-parse", "HEAD").strip()
    if commit != head:
        raise LakipError("bundle-not-at-tag", tag=tag, commit=commit[:12], head=head[:12])
    _require_clean(root, "bundle-dirty")
    return Plan(*parsed, tag, commit)


def target_folder(root: Path, tag: str, out: Path | None) -> Path:
    """Where the bundle goes; refuses a folder that already holds something."""
    target = Path(out) if out else root / "build" / "release" / tag
    if target.exists() and any(target.iterdir()):
        raise LakipError("release-out-exists", path=str(target))
    return target


def commit_time(root: Path) -> int:
    """HEAD's commit time: the date a release is built with, and `lakip verify` rebuilds with."""
    return int(gitrepo.run(root, "log", "-1", "--format=%ct"))


def write_files(files: dict[str, bytes], folder: Path) -> Path:
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder


def move_into_place(folder: Path, target: Path) -> None:
    if target.exists():
        target.rmdir()
    folder.rename(target)


def create_tag(root: Path, plan: Plan, profile, files: dict[str, bytes], pdf_name: str) -> None:
    """Tag `plan.commit` with a message that names the PDF and its hash; a signed tag is read
    back and deleted again unless it verifies as the head's (see `signkey.confirm_tag`)."""
    message = tag_message(
        profile, plan.year, plan.version, plan.commit, pdf_name, _sha(files[pdf_name])
    )
    said = _create_tag(root, plan.tag, plan.commit, message, plan.sign_tag)
    if plan.sign_tag:
        confirm_tag(root, plan.tag, plan.branch, said)


def _require_releasable(root: Path, branch: str, sign_tag: bool) -> None:
    """Refuse (exit 2) unless HEAD is a clean commit of `branch` and a signing key is set."""
    if not gitrepo.is_repository(root):
        raise LakipError("not-a-git-repository", path=str(root))
    current = gitrepo.run(root, "symbolic-ref", "--quiet", "--short", "HEAD", check=False).strip()
    if current != branch:
        raise LakipError("release-wrong-branch", branch=branch, current=current or "(detached)")
    _require_clean(root, "release-dirty")
    if sign_tag and not gitrepo.config(root, "user.signingkey"):
        fmt = gitrepo.config(root, "gpg.format") or "openpgp"
        raise LakipError("release-no-signing-key", format=fmt)


def _require_up_to_date(root: Path, branch: str) -> tuple[str, ...]:
    """Fetch `branch`'s upstream and refuse (exit 2) while it has commits the local one lacks.

    A release made from a local main behind origin/main would miss merged work. Returns a note
    code when there is no upstream to compare with, or local commits not pushed yet.
    """
    local = gitrepo.branch(root, branch)
    upstream = gitrepo.run(root, "for-each-ref", "--format=%(upstream)", local).strip()
    remote = gitrepo.config(root, f"branch.{local.removeprefix(layout.HEADS)}.remote")
    if not upstream or not remote or remote == ".":
        return ("release-no-upstream",)
    try:
        gitrepo.run(root, "fetch", "--quiet", "--no-tags", remote)
    except LakipError as error:
        params = {"remote": remote, "error": error.params.get("error", "")}
        raise LakipError("release-fetch-failed", **params) from error
    counts = gitrepo.run(root, "rev-list", "--left-right", "--count", f"{local}...{upstream}")
    ahead, behind = (int(n) for n in counts.split())
    if behind:
        shown = upstream.removeprefix(layout.REMOTES)
        raise LakipError("release-behind-upstream", branch=branch, upstream=shown, count=behind)
    return ("release-ahead-of-upstream",) if ahead else ()


def _require_clean(root: Path, code: str) -> None:
    """Refuse (exit 2) when the working tree differs from HEAD (ignored files do not count)."""
    dirty = gitrepo.run(root, "status", "--porcelain", "--untracked-files=all").splitlines()
    if dirty:
        shown = "; ".join(line.strip() for line in dirty[:5])
        more = f" (+{len(dirty) - 5})" if len(dirty) > 5 else ""
        raise LakipError(code, files=shown + more)


def _sign(signer: PdfSigner, pdf: bytes, profile, year: int, tag: str) -> bytes:
    """The PAdES-signed copy; pyHanko's and a signing service's failures become a refusal."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign.general import SigningError

    reason = f"Pengesahan {profile.title} ({profile.short_title}) Tahun {year}, {tag}"
    try:
        return signer.sign(pdf, reason=reason, location=profile.city, signer_name=profile.head.name)
    except (SigningError, PdfError, ValueError, OSError) as error:
        said = str(error) or type(error).__name__
        raise LakipError("pades-sign-failed", signer=type(signer).__name__, error=said) from error


def bundle_files(root: Path, project, plan: Plan, pdf_path: Path) -> dict[str, bytes]:
    """The bundle's files by name: PDF, signed copy, manifest.json and SHA256SUMS."""
    pdf = pdf_path.read_bytes()
    files = {pdf_path.name: pdf}
    if plan.signer is not None:
        signed = _sign(plan.signer, pdf, project.profile, plan.year, plan.tag)
        files[f"{pdf_path.stem}.signed.pdf"] = signed
    data = _bundle_manifest(root, project, plan.year, plan.tag, plan.version, files, pdf_path.name)
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    files[MANIFEST_NAME] = text.encode("utf-8")
    files[SUMS_NAME] = sha256sums(files).encode("ascii")
    return files


def _bundle_manifest(root, project, year, tag, version, files, pdf_name) -> dict:
    data = manifest(root, project, year, True)
    data["tag"] = tag
    data["version"] = version
    data["pdf"] = {"file": pdf_name, "sha256": _sha(files[pdf_name])}
    signed = [name for name in files if name.endswith(".signed.pdf")]
    if signed:
        data["signed_pdf"] = {"file": signed[0], "sha256": _sha(files[signed[0]])}
    return data


def tag_message(profile, year: int, version: int, commit: str, pdf_name: str, sha: str) -> str:
    """The tag's message: a title line, then `key: value` facts that `lakip verify` reads back."""
    title = f"{profile.short_title} {year} {profile.agency}, versi {version}"
    facts = {
        "tahun": year,
        "versi": version,
        "commit": commit,
        "pdf": pdf_name,
        "pdf_sha256": sha,
        "lakip": __version__,
    }
    return title + "\n\n" + "".join(f"{key}: {value}\n" for key, value in facts.items())


def tag_facts(message: str) -> dict[str, str]:
    """The `key: value` lines of a release tag's message (signature lines excluded)."""
    facts = {}
    for line in message.split("-----BEGIN", 1)[0].splitlines()[1:]:
        key, sep, value = line.partition(": ")
        if sep and key.replace("_", "").isalnum():
            facts[key] = value.strip()
    return facts


def _create_tag(root: Path, tag: str, commit: str, message: str, sign: bool) -> str:
    """Create the tag; return what git said on standard error (it may fail to sign, exit 0)."""
    if gitrepo.ok(root, "rev-parse", "--verify", "--quiet", layout.tag_ref(tag)):
        raise LakipError("release-tag-exists", tag=tag)
    mode = "-s" if sign else "-a"
    return gitrepo.run_said(root, "tag", mode, "-m", message, tag, commit)


def sha256sums(files: dict[str, bytes]) -> str:
    """`sha256sum` format, one line per file, sorted by name."""
    return "".join(f"{_sha(files[name])}  {name}\n" for name in sorted(files))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
