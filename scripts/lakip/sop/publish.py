"""Turn the validly signed release tags into the years of the published site.

A year is published from its latest release tag that verifies as the head's (`tagsig.verified`,
as `lakip status` and `lakip verify` judge it), assembled from that tag's own data (exported
with `git archive` into a temporary folder: nothing from the tag is run), next to the PDF of its
release bundle, byte for byte. A PDF rebuilt here could differ from the one whose hash the tag,
the cover letter and the archive name, so a missing or different bundle is refused instead.
"""

from __future__ import annotations

import datetime
import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import Finding, LakipError
from lakip.release.bundle import tag_facts
from lakip.release.manifest import source_date
from lakip.release.procedure import procedure_blocks
from lakip.release.tagsig import verified
from lakip.render.site_pages import Edition
from lakip.validate.gate import load_and_validate


@dataclass(frozen=True)
class SignedRelease:
    """The release a year is published from: its tag, commit, and the PDF the tag names."""

    year: int
    tag: str
    commit: str
    pdf_name: str
    sha256: str


def signed_releases(root: Path) -> tuple[list[SignedRelease], list[str]]:
    """Per year, the latest release tag signed by the head, newest year first; and the newer
    tags passed over because their signature does not verify as the head's."""
    by_year: dict[int, list[tuple[int, str]]] = {}
    for tag in gitrepo.tags(root, f"{layout.RELEASE_TAG_PREFIX}*"):
        if parsed := layout.parse_release_tag(tag.name):
            by_year.setdefault(parsed[0], []).append((parsed[1], tag.name))
    found, passed_over = [], []
    for year in sorted(by_year, reverse=True):
        for _, name in sorted(by_year[year], reverse=True):
            if verified(root, name, head=True):
                found.append(_release(root, year, name))
                break
            passed_over.append(name)
    return found, passed_over


def _release(root: Path, year: int, tag: str) -> SignedRelease:
    ref = layout.tag_ref(tag)
    facts = tag_facts(gitrepo.run(root, "cat-file", "tag", ref))
    commit = gitrepo.run(root, "rev-parse", f"{ref}^{{commit}}").strip()
    name = facts.get("pdf", "")
    # a file name, never a path: the name is joined to the bundle folder
    if Path(name).name != name or not name.endswith(".pdf") or not facts.get("pdf_sha256"):
        raise LakipError("publish-tag-facts", tag=tag)
    return SignedRelease(year, tag, commit, facts["pdf"], facts["pdf_sha256"])


def official_pdf(root: Path, release: SignedRelease, bundles: Path | None) -> Path:
    """The release bundle's PDF of `release`, checked against the hash its signed tag names."""
    folder = (Path(bundles) if bundles else root / "build" / "release") / release.tag
    pdf = folder / release.pdf_name
    if not pdf.is_file():
        raise LakipError("publish-bundle-missing", tag=release.tag, path=str(pdf))
    actual = hashlib.sha256(pdf.read_bytes()).hexdigest()
    if actual != release.sha256:
        raise LakipError(
            "publish-bundle-hash", tag=release.tag, path=str(pdf), actual=actual,
            expected=release.sha256,
        )  # fmt: skip
    return pdf


def signed_edition(root: Path, release: SignedRelease) -> tuple[Edition | None, list[Finding]]:
    """The final report of `release`, assembled from the tag's own data as it was released.

    The date is the tagged commit's, as `lakip release` built it; the delivery page reads the
    registers of `root` (main), which are written after the release.
    """
    from lakip.assemble.report import assemble  # loads Markdown; see `pipeline.build`

    epoch = int(gitrepo.run(root, "log", "-1", "--format=%ct", release.commit).strip())
    with tempfile.TemporaryDirectory(prefix="lakip-tag-") as tmp:
        tree = Path(tmp)
        gitrepo.export(root, release.commit, tree, layout.REPORTS, layout.SECTIONS)
        with source_date(epoch):
            checked = load_and_validate(tree, release.year, final=True)
            found = list(checked.findings)
            if not checked.ok:
                return None, found
            date = datetime.datetime.fromtimestamp(epoch, tz=datetime.UTC).date()
            report = assemble(checked.project, release.year, draft=False, date=date, findings=found)
    if any(f.is_error for f in found):
        return None, found
    report.procedure = procedure_blocks(root, checked.project, release.year)
    return Edition(report, release.tag, release.sha256), found
