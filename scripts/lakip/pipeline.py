"""The pipeline, stage by stage: the file to read first.

    Path --load--> Project --validate--> findings --compute--> Figures --assemble--> Report
         --render--> PDF + site --release--> signed tag + bundle

`load_and_validate` is the gate; `build` turns a valid year into its PDF and site; `release` builds
the final report of a clean commit of main, tags it and writes its bundle; `publish` builds the
site main deploys, every signed year as released and the draft apart. Like MkDocs' own
build, everything is gathered and checked before anything is written, and the outputs are
rendered into a temporary folder beside the target and moved into place at the end, so a failed
or interrupted build leaves the previous one intact.
"""

from __future__ import annotations

import datetime
import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import Finding, LakipError, environment_error, finding
from lakip.model import Project
from lakip.release import bundle as bundles
from lakip.release.bundle import ReleaseResult
from lakip.release.manifest import (
    build_epoch,
    git_commit,
    manifest,
    manifest_json,
    source_date,
    year_inputs,
)
from lakip.release.procedure import procedure_blocks
from lakip.validate.gate import load_and_validate

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    findings: list[Finding]
    pdf: Path | None = None
    site: Path | None = None
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.pdf is not None


def build(
    root: Path,
    out: Path,
    year: int | None = None,
    final: bool = False,
    progress: Progress = lambda message: None,
) -> BuildResult:
    """Build the report of `year` into `out`; on findings with errors, write nothing."""
    # The renderers load WeasyPrint (0.7 s) and the assembler Markdown: imported here, so that
    # `lakip validate` in the pre-commit hook, which imports this module, starts fast.
    from lakip.assemble.report import assemble
    from lakip.render.site import ensure_replaceable

    timings: dict[str, float] = {}
    with _stage("validate", timings, progress):
        result = load_and_validate(root, year, final)
    if not result.ok or result.year is None:
        return BuildResult(result.findings, timings=timings)
    project, year = result.project, result.year
    epoch = build_epoch(root, year_inputs(project, year))

    with _stage("assemble", timings, progress), source_date(epoch):
        found = list(result.findings)
        report = assemble(project, year, draft=not final, date=_date(epoch), findings=found)
        if any(f.is_error for f in found):
            return BuildResult(found, timings=timings)
        _add_site_pages(report, root, project, year)
        if final:
            data = manifest(root, project, year, final)
            report.attachments = _attachments(root, project, year, data)

    ensure_replaceable(out / "site")  # before writing anything into `out`
    with _writing(out):
        return _render(report, root, out, epoch, found, timings, progress)


def build_quarter(
    root: Path,
    out: Path,
    number: int,
    year: int | None = None,
    final: bool = False,
    progress: Progress = lambda message: None,
) -> BuildResult:
    """Build quarter `number`'s monitoring report (PDF and site) into `out`/triwulan-<year>-<N>.

    The data is validated as for a draft: the year's report is not due at a quarter's end. A
    final (unmarked) monitoring report needs every monitored indicator's value for the quarter.
    """
    from lakip.assemble.quarterly import assemble_quarter  # see `build`
    from lakip.render.site import ensure_replaceable

    timings: dict[str, float] = {}
    with _stage("validate", timings, progress):
        result = load_and_validate(root, year)
    if not result.ok or result.year is None:
        return BuildResult(result.findings, timings=timings)
    project, year = result.project, result.year
    found = list(result.findings)
    if year not in project.pks:
        path = layout.pk(year)
        return BuildResult([*found, finding(path, 0, "", "quarter-no-pk", year=year, path=path)])
    epoch = build_epoch(root, year_inputs(project, year))
    with _stage("assemble", timings, progress), source_date(epoch):
        report, figures = assemble_quarter(project, year, number, not final, _date(epoch))
    if final and figures.late:
        found += [
            finding(
                layout.realisation(slug, year),
                0,
                "",
                "quarter-final-late",
                quarter=figures.quarter,
                codes=", ".join(codes),
            )
            for slug, codes in sorted(figures.late.items())
        ]
        return BuildResult(found, timings=timings)
    target = out / layout.quarter_output(year, figures.quarter)
    ensure_replaceable(target / "site")  # before writing anything into `out`
    with _writing(target):
        return _render(report, root, target, epoch, found, timings, progress)


def _render(report, root: Path, out: Path, epoch: int, found, timings, progress) -> BuildResult:
    """Print the PDF and the site into a staging folder in `out`, then move them into place."""
    from lakip.render.pdf import render_pdf
    from lakip.render.site import ensure_replaceable, render_site

    out.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".lakip-build-", dir=out))
    try:
        pdf_name = f"{report.file_stem}.pdf"
        with _stage("pdf", timings, progress), source_date(epoch):
            found += render_pdf(report, root, staging / pdf_name)
        with _stage("site", timings, progress), source_date(epoch):
            found += render_site(report, root, staging / "site", staging / pdf_name)
        if any(f.is_error for f in found):
            return BuildResult(found, timings=timings)
        with _stage("publish", timings, progress), _locked(out):
            ensure_replaceable(out / "site")  # again: another program may have written it since
            _move_into_place(staging, out, pdf_name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return BuildResult(found, out / pdf_name, out / "site", timings)


def build_preview(root: Path, site_dir: Path, year: int | None = None) -> BuildResult:
    """Rebuild only the draft site in place, for `lakip serve`: no PDF, no atomic swap."""
    from lakip.assemble.report import assemble  # loads Markdown; see `build`
    from lakip.render.site import render_site

    timings: dict[str, float] = {}
    with _stage("validate", timings, lambda _: None):
        result = load_and_validate(root, year)
    if not result.ok or result.year is None:
        return BuildResult(result.findings, timings=timings)
    epoch = build_epoch(root, year_inputs(result.project, result.year))
    found = list(result.findings)
    with _stage("site", timings, lambda _: None), source_date(epoch):
        report = assemble(result.project, result.year, draft=True, date=_date(epoch))
        _add_site_pages(report, root, result.project, result.year)
        found += render_site(report, root, site_dir, None)
    if any(f.is_error for f in found):
        return BuildResult(found, timings=timings)
    return BuildResult(found, site=site_dir, timings=timings)


def _add_site_pages(report, root: Path, project, year: int) -> None:
    """The site-only pages: the year's release and delivery state, and the user guide."""
    report.procedure = procedure_blocks(root, project, year)
    _add_guide(report, root)
    _add_workbook(report, git_commit(root))


def _add_workbook(report, commit: str) -> None:
    """The readers' workbook (`tabel-kinerja-YYYY.xlsx`), a download beside the CSV."""
    from lakip.office import figures_book  # openpyxl: only for a build, not for `validate`

    if report.figures is None:  # a report without a year's figures has no tables to offer
        return
    info = figures_book.BookInfo(
        report.agency, report.year, report.draft, report.date, report.repository, commit
    )
    report.exports[figures_book.file_name(report.year)] = figures_book.to_bytes(
        report.figures, info
    )


def figures_workbook(
    root: Path, year: int | None = None, final: bool = False
) -> tuple[list[Finding], bytes | None]:
    """`lakip figures --format xlsx`: the workbook the site offers, byte for byte, or findings."""
    from lakip.compute.figures import compute
    from lakip.office import figures_book  # see `_add_workbook`

    result = load_and_validate(root, year, final)
    if not result.ok:
        return result.findings, None
    if result.year is None:
        raise LakipError("no-year")
    project, year = result.project, result.year
    date = _date(build_epoch(root, year_inputs(project, year)))
    profile = project.profile
    info = figures_book.BookInfo(
        profile.agency, year, not final, date, profile.repository, git_commit(root)
    )
    return result.findings, figures_book.to_bytes(compute(project, year), info)


@dataclass
class PublishResult:
    findings: list[Finding]
    site: Path | None = None
    years: list[str] = field(default_factory=list)  # the release tags published, newest first
    draft_year: int | None = None
    unsigned: list[str] = field(default_factory=list)  # release tags not shown: not the head's

    @property
    def ok(self) -> bool:
        return self.site is not None


def publish(
    root: Path, out: Path, bundles: Path | None = None, progress: Progress = lambda stage: None
) -> PublishResult:
    """The site the main workflow deploys: every signed year as released, the draft apart.

    Each year with a release tag signed by the head shows that tag's report and its bundle's
    PDF; the year in progress, if it has no signed release, is built as a draft into
    `draf/<year>/`. Everything is built before `out` is replaced.
    """
    from lakip.render.site import SITE_MARKER, ensure_replaceable, render_published
    from lakip.render.site_pages import draft_folder
    from lakip.sop import publish as published

    ensure_replaceable(out)  # before minutes of work: `--out` may name a folder of other files
    with _stage("validate", {}, progress):
        releases, unsigned = published.signed_releases(root)
        pdfs = [published.official_pdf(root, r, bundles) for r in releases]  # refuse first
        current = load_and_validate(root)
    signed = {r.year for r in releases}
    draft_year = current.year if current.year not in signed else None
    if not releases and draft_year is None:
        raise LakipError("publish-nothing", root=str(root))
    if draft_year is not None and not current.ok:  # the draft would fail: say so before building
        return PublishResult(current.findings)
    editions, found = [], []
    with _stage("assemble", {}, progress):
        for each in releases:
            edition, notes = published.signed_edition(root, each)
            found += notes
            if edition is None:
                return PublishResult(found)
            _add_guide(edition.report, root)
            _add_workbook(edition.report, each.commit)
            editions.append(edition)
    ensure_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        site = staging / "site"
        if editions:
            with _stage("site", {}, progress):
                found += render_published(editions, pdfs, root, site, draft_year)
            if any(f.is_error for f in found):
                return PublishResult(found)
        else:
            _draft_only_home(site, draft_year)
        if draft_year is not None:
            progress("draft")
            draft = build(root, staging / "draft", draft_year)
            found += [f for f in draft.findings if f not in found]
            if not draft.ok:
                return PublishResult(found)
            (site / "draf").mkdir(exist_ok=True)
            draft.site.rename(site / draft_folder(draft_year))
        (site / SITE_MARKER).write_text("lakip publish\n", encoding="utf-8")
        site.chmod(0o755)
        with _stage("publish", {}, progress), _writing(out):
            ensure_replaceable(out)  # again: another program may have written it since
            _swap(site, out, staging)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return PublishResult(found, out, [r.tag for r in releases], draft_year, unsigned)


def _add_guide(report, root: Path) -> None:
    guide = root / layout.GUIDE
    if guide.is_dir():
        report.guide = {p.name: p.read_text(encoding="utf-8") for p in sorted(guide.glob("*.md"))}
        # the screenshots the pages show (img/formulir-*.png), else links MkDocs cannot resolve
        pictures = sorted((guide / "img").glob("*.png"))
        report.guide_images = {f"img/{p.name}": p.read_bytes() for p in pictures if p.is_file()}


def _draft_only_home(site: Path, year: int) -> None:
    """Before the first signed release the site root only says so and links the draft."""
    site.mkdir(parents=True)
    (site / "index.html").write_text(
        '<!doctype html>\n<html lang="id"><meta charset="utf-8">'
        "<title>Belum ada laporan yang ditandatangani</title>\n"
        "<p>Belum ada laporan yang ditandatangani. "
        f'<a href="draf/{year}/index.html">Draf laporan tahun {year}</a> '
        "(belum final, belum ditandatangani).</p>\n</html>\n",
        encoding="utf-8",
    )


def _swap(site: Path, out: Path, staging: Path) -> None:
    """Put the new site where `out` was with renames; the previous one goes with `staging`."""
    if out.exists():
        out.rename(staging / "retired")
    site.rename(out)


def release(
    root: Path,
    year: int,
    *,
    signer_spec: str | None = None,
    out: Path | None = None,
    sign_tag: bool = True,
    branch: str = "main",
    progress: Progress = lambda stage: None,
) -> ReleaseResult:
    """SOP step 5: build the final report of a clean commit of `branch`, tag it, bundle it."""
    gitrepo.require_identity(root)  # the tagger, asked before minutes of building
    plan = bundles.plan_release(
        root, year, signer_spec=signer_spec, sign_tag=sign_tag, branch=branch
    )
    result = _bundle(root, plan, out, progress)
    if result.ok:
        result.warnings = list(plan.notes)
    return result


def rebuild_bundle(
    root: Path, tag: str, *, out: Path | None = None, progress: Progress = lambda stage: None
) -> ReleaseResult:
    """The bundle of an existing release tag, rebuilt from its checked-out commit, untagged."""
    return _bundle(root, bundles.plan_rebuild(root, tag), out, progress)


def _bundle(root: Path, plan: bundles.Plan, out: Path | None, progress: Progress) -> ReleaseResult:
    """Validate, build at the commit's own date, tag if planned, and move the bundle into place.

    The tag is made after the build and before the bundle is moved, so a failed tag leaves no
    bundle behind.
    """
    target = bundles.target_folder(root, plan.tag, out)
    checked = load_and_validate(root, plan.year, final=True)
    if not checked.ok:
        return ReleaseResult(checked.findings)
    if plan.create_tag:  # a rebuild of a tag made earlier is what it was then
        _require_review(checked.project, plan.year)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".lakip-release-", dir=target.parent))
    try:
        with source_date(bundles.commit_time(root)):
            built = build(root, staging / "build", plan.year, final=True, progress=progress)
            if not built.ok:
                return ReleaseResult(built.findings)
            files = bundles.bundle_files(root, checked.project, plan, built.pdf)
        folder = bundles.write_files(files, staging / "bundle")
        if plan.create_tag:
            progress("tag")
            bundles.create_tag(root, plan, checked.project.profile, files, built.pdf.name)
        bundles.move_into_place(folder, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ReleaseResult(built.findings, plan.tag, target, sorted(files))


def _require_review(project: Project, year: int) -> None:
    """With `pengaturan.wajib_reviu`, a year is released only once the Inspektorat concluded."""
    review = project.reviews.get(year)
    if project.settings.review_required and (review is None or review.conclusion is None):
        raise LakipError("reviu-required", year=year, path=layout.review(year))


@dataclass
class ReviuResult:
    findings: list[Finding]
    sheet: object | None = None  # reviu.sheet.Worksheet
    pdf: Path | None = None
    xlsx: Path | None = None

    @property
    def ok(self) -> bool:
        return self.sheet is not None


def reviu(
    root: Path,
    out: Path,
    year: int | None = None,
    recorded: dict | None = None,
    progress: Progress = lambda stage: None,
) -> ReviuResult:
    """The reviu worksheet of `year`: build the report (final once the year has a release tag,
    else a draft), decide every item from the data and the PDF, write `reviu-<year>.pdf/.xlsx`.

    The target lock is `sop`'s check, asked here because the reviu sits beside `sop`; `recorded`
    holds the Inspektorat's verdicts and notes by item code, shown beside the data's.
    """
    from lakip.compute.figures import compute
    from lakip.reviu import pages, write
    from lakip.reviu.items import Inputs
    from lakip.reviu.sheet import evaluate
    from lakip.sop.targetlock import check_targets

    checked = load_and_validate(root, year)
    if not checked.ok or checked.year is None:
        return ReviuResult(checked.findings)
    year = checked.year
    final = bool(gitrepo.tags(root, layout.release_tag_glob(year)))
    with _writing(out):  # `out` may be a file, or on a read-only disk: an environment error
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".lakip-reviu-", dir=out))
    try:
        built = build(root, staging, year, final=final, progress=progress)
        if not built.ok:
            return ReviuResult(built.findings)
        progress("reviu")
        lock = check_targets(root, year) if gitrepo.is_repository(root) else None
        given = Inputs(
            root, checked.project, year, compute(checked.project, year),
            pages.read_pages(built.pdf), lock,
        )  # fmt: skip
        sheet = evaluate(given, recorded)
        with _writing(out):
            pdf, xlsx = out / f"reviu-{year}.pdf", out / f"reviu-{year}.xlsx"
            write.write_pdf(root, checked.project.profile, sheet, pdf)
            write.write_xlsx(sheet, xlsx)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return ReviuResult(built.findings, sheet, pdf, xlsx)


@contextmanager
def _writing(out: Path):
    """A refusal of the disk while writing (full, read-only, a file named like `out`) names
    `out` when the system names no file: it is an environment error, not lakip's."""
    try:
        yield
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        raise environment_error(error, out) from error


@contextmanager
def _stage(name: str, timings: dict[str, float], progress: Progress):
    progress(name)
    started = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - started


def _date(epoch: int) -> datetime.date:
    return datetime.datetime.fromtimestamp(epoch, tz=datetime.UTC).date()


def _attachments(root: Path, project, year: int, data: dict) -> dict[str, bytes]:
    files = {rel: (root / rel).read_bytes() for rel in year_inputs(project, year)}
    files["manifest.json"] = manifest_json(data).encode("utf-8")
    return files


@contextmanager
def _locked(out: Path):
    """Serialise the final moves of concurrent builds into the same folder."""
    with (out / ".lakip-build.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _move_into_place(staging: Path, out: Path, pdf_name: str) -> None:
    """Swap the new site and PDF in with renames, so readers never see a half-written output."""
    site = out / "site"
    retired = staging / "retired-site"
    if site.exists():
        site.rename(retired)
    try:
        (staging / "site").rename(site)
    except OSError:
        if retired.exists():  # put the previous site back: an error must leave it as it was
            retired.rename(site)
        raise
    os.replace(staging / pdf_name, out / pdf_name)
