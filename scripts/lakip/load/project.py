"""Read the whole repository into a `Project`, collecting every loading finding on the way.

Loading never stops at the first problem: a broken file is left out of the model and reported,
and the rest still loads so that validation can report everything in one run.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from lakip import layout
from lakip.findings import WARNING, Finding, LakipError, finding
from lakip.load import records, registers, spec
from lakip.load.conform import Doc, conform, positioned
from lakip.load.headings import Section, heading_lines, headings, sections
from lakip.load.markdown_limits import markdown_limits
from lakip.load.yamlfile import (
    MAX_MARKDOWN_BYTES,
    MAX_YAML_BYTES,
    collector_paused,
    parse_yaml,
    read_text,
    real_root,
)
from lakip.model import (
    BudgetRealisation,
    Loc,
    NarrativePart,
    Project,
    YearData,
)

CHAPTERS = (
    "kata-pengantar",
    "ikhtisar-eksekutif",
    "pendahuluan",
    "perencanaan-kinerja",
    "akuntabilitas-kinerja",
    "penutup",
)
_YEAR_DIR = re.compile(r"^(19|20)[0-9]{2}$")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def has_text(markdown: str) -> bool:
    """Whether a chapter says anything yet: a fresh one holds only a guiding comment."""
    return bool(_COMMENT.sub("", markdown).strip())


def load_project(root: Path) -> tuple[Project, list[Finding]]:
    """Load every data file under `root`; raise `LakipError` only if it is no lakip repository."""
    root = Path(root)
    if not (root / "reports").is_dir():
        raise LakipError("not-a-repository", path=str(root))
    loader = _Loader(root)
    if loader.inside(root / layout.REPORTS, layout.REPORTS):
        loader.load_reports()
    loader.load_sections()
    loader.check_inspectorate()
    return loader.project, loader.found


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.project = Project(root=str(root))
        self.found: list[Finding] = []

    def read_doc(self, rel: str, kind: spec.FileKind) -> Doc | None:
        self.project.files.append(rel)
        text, problems = read_text(self.root, rel, MAX_YAML_BYTES)
        self.found += problems
        if text is None:
            return None
        # the node tree of a 1 MiB file is 400,000 objects, alive while it is conformed: with
        # the collector on, each sweep of the old generation walks all of them (issue 12)
        with collector_paused():
            return self._parse_doc(text, rel, kind)

    def _parse_doc(self, text: str, rel: str, kind: spec.FileKind) -> Doc | None:
        node, problems = parse_yaml(text, rel)
        self.found += problems
        if problems:
            return None
        if node is None:
            self.found.append(
                finding(rel, 1, "", "file-empty", required=", ".join(kind.spec.required))
            )
            return None
        doc, problems = conform(node, kind, rel)
        self.found += problems
        return doc

    def read_markdown(self, rel: str) -> str | None:
        self.project.files.append(rel)
        text, problems = read_text(self.root, rel, MAX_MARKDOWN_BYTES)
        self.found += problems
        if text is not None and (limits := markdown_limits(text, rel)):
            self.found += limits
            return None
        return text

    def require(self, rel: str, kind: spec.FileKind) -> Doc | None:
        if not (self.root / rel).exists() and not (self.root / rel).is_symlink():
            self.found.append(finding(rel, 0, "", "file-missing", name=rel))
            return None
        return self.read_doc(rel, kind)

    def load_reports(self) -> None:
        doc = self.require(layout.PROFILE, spec.PROFILE)
        if doc:
            self.project.profile = records.profile(doc)
        doc = self.require(layout.RENSTRA, spec.RENSTRA)
        if doc:
            self.project.renstras.append(records.renstra(doc))
        self.load_periods()
        self.load_history()
        known = (Path(layout.PROFILE).name, Path(layout.RENSTRA).name, Path(layout.HISTORY).name)
        self.report_strays(layout.REPORTS, known)
        for year_dir in self.year_dirs(self.root / layout.REPORTS):
            year = int(year_dir.name)
            self.report_strays(layout.year_folder(year), (layout.PK_FILE, layout.LETTER_FILE))
            if (year_dir / layout.PK_FILE).exists():
                doc = self.read_doc(layout.pk(year), spec.PK)
                if doc and self._year_matches(doc, year):
                    self.project.pks[year] = records.perjanjian_kinerja(doc, year)
            if (year_dir / layout.LETTER_FILE).exists():
                doc = self.read_doc(layout.letter(year), spec.LETTER)
                if doc and self._year_matches(doc, year) and "nomor" in doc.value:
                    self.project.letters[year] = records.letter(doc, year)
            self.load_chapters(year, year_dir)
            if (year_dir / layout.REGISTER_FOLDER).is_dir():
                self.check_registers(year)
            if (year_dir / layout.REVIEW_FOLDER).is_dir():
                self.load_review(year)

    def load_periods(self) -> None:
        """The other Renstra periods, `reports/renstra/*.yml`, ordered by their first year."""
        folder = self.root / layout.RENSTRA_FOLDER
        if folder.is_dir() and self.inside(folder, layout.RENSTRA_FOLDER):
            names = tuple(path.name for path in sorted(folder.glob("*.yml")))
            self.report_strays(layout.RENSTRA_FOLDER, names)
            for path in sorted(folder.glob("*.yml")):
                doc = self.read_doc(f"{layout.RENSTRA_FOLDER}/{path.name}", spec.RENSTRA)
                if doc:
                    self.project.renstras.append(records.renstra(doc))
        self.project.renstras.sort(key=lambda r: (r.start, r.end))

    def load_history(self) -> None:
        """reports/riwayat.yml: the published figures of years before the repository, if any."""
        if not (self.root / layout.HISTORY).exists():
            return
        doc = self.read_doc(layout.HISTORY, spec.HISTORY)
        if not doc:
            return
        years, repeated = records.history(doc)
        for item, first in repeated:
            self.found.append(
                finding(
                    item.loc.path,
                    item.loc.line,
                    item.loc.key,
                    "duplicate-code",
                    code=item.code,
                    other=f"{first.loc.path}:{first.loc.line}",
                )
            )
        for year in years:
            first = self.project.history.setdefault(year.year, year)
            if first is not year:
                self.found.append(
                    finding(
                        year.loc.path,
                        year.loc.line,
                        year.loc.key,
                        "history-year-repeated",
                        year=year.year,
                        first=first.loc.line,
                    )
                )

    def check_registers(self, year: int) -> None:
        """Registers are no report input, but a broken entry must still show in validation."""
        profile = self.project.profile
        known = {r.code for r in profile.recipients} if profile and profile.recipients else None
        self.found += registers.read_year(self.root, year, known)[1]

    def load_review(self, year: int) -> None:
        """The Inspektorat's record and the agency's answers, read together into one `Review`."""
        folder = layout.review_folder(year)
        if not self.inside(self.root / folder, folder):
            return
        self.report_strays(folder, (layout.REVIEW_FILE, layout.ANSWERS_FILE))
        docs = []
        for rel, kind in (
            (layout.review(year), spec.REVIEW),
            (layout.review_answers(year), spec.ANSWERS),
        ):
            doc = self.read_doc(rel, kind) if (self.root / rel).exists() else None
            docs.append(doc if doc and self._year_matches(doc, year) else None)
        review, found = registers.review(year, *docs)
        self.found += found
        if review is not None:
            self.project.reviews[year] = review

    def check_inspectorate(self) -> None:
        """The Inspektorat judges the agency's report: an account that is also the head's or a
        unit member's would let the agency record its own reviu."""
        profile = self.project.profile
        if profile is None or profile.inspectorate_loc is None:
            return
        agency = {account.lower(): "kepala" for account in profile.head.accounts}
        for slug, unit in self.project.units.items():
            for account in unit.members:
                agency.setdefault(account.lower(), slug)
        loc = profile.inspectorate_loc
        for account in profile.inspectorate:
            if account.lower() in agency:
                self.found.append(
                    finding(
                        loc.path,
                        loc.line,
                        loc.key,
                        "inspektorat-not-independent",
                        account=account,
                        role=agency[account.lower()],
                    )
                )

    def load_chapters(self, year: int, year_dir: Path) -> None:
        chapters: dict[str, str] = {}
        chapter_dir = year_dir / layout.CHAPTER_FOLDER
        folder = f"{layout.year_folder(year)}/{layout.CHAPTER_FOLDER}"
        # A folder linked out of the repository is reported once, its listing never read
        if chapter_dir.is_dir() and self.inside(chapter_dir, folder):
            for path in sorted(chapter_dir.iterdir()):
                rel = f"{folder}/{path.name}"
                if path.suffix != ".md" or path.stem not in CHAPTERS:
                    known = ", ".join(f"{name}.md" for name in CHAPTERS)
                    self.found.append(
                        finding(rel, 0, "", "unknown-file", WARNING, name=path.name, known=known)
                    )
                    continue
                text = self.read_markdown(rel)
                if text is not None:
                    chapters[path.stem] = text
        self.project.chapters[year] = chapters

    def load_sections(self) -> None:
        sections = self.root / layout.SECTIONS
        if not sections.is_dir() or not self.inside(sections, layout.SECTIONS):
            return
        self.report_strays(layout.SECTIONS, ())
        for unit_dir in sorted(p for p in sections.iterdir() if p.is_dir()):
            slug = unit_dir.name
            if not self.inside(unit_dir, layout.unit_folder(slug)):
                continue
            self.report_strays(layout.unit_folder(slug), (layout.UNIT_FILE,))
            rel = layout.unit_file(slug)
            doc = self.require(rel, spec.UNIT)
            # Its folder exists, so the unit does: with unit.yml missing or broken, that one file
            # is the finding, not every reference to the unit in renstra.yml and pk.yml.
            self.project.units[slug] = records.unit(doc or Doc(rel), slug)
            for year_dir in self.year_dirs(unit_dir):
                self.load_section_year(slug, year_dir)

    def inside(self, folder: Path, rel: str) -> bool:
        """False, with a finding, for a folder that is a symbolic link out of the repository."""
        if folder.resolve().is_relative_to(real_root(self.root.absolute())):
            return True
        self.found.append(finding(rel, 0, "", "outside-repo"))
        return False

    def year_dirs(self, parent: Path) -> list[Path]:
        base = parent.relative_to(self.root).as_posix()
        return [p for p in _year_dirs(parent) if self.inside(p, f"{base}/{p.name}")]

    def report_strays(self, rel: str, known: tuple[str, ...]) -> None:
        """Warn about data files lakip never reads here, such as a pk.yml one folder too high."""
        for path in sorted((self.root / rel).iterdir()):
            looks_like_data = (
                path.suffix in (".yml", ".yaml") or path.name in layout.SECTION_YEAR_FILES
            )
            if looks_like_data and path.name not in known and not path.is_dir():
                self.found.append(
                    finding(
                        f"{rel}/{path.name}",
                        0,
                        "",
                        "unknown-file",
                        WARNING,
                        name=path.name,
                        known=", ".join(known) or "-",
                    )
                )

    def load_section_year(self, slug: str, year_dir: Path) -> None:
        year = int(year_dir.name)
        data = self.project.years.setdefault(year, YearData(year))
        submitted = data.submitted_units.setdefault(slug, set())
        base = layout.unit_year(slug, year)
        for path in sorted(year_dir.iterdir()):
            if path.name not in layout.SECTION_YEAR_FILES and path.name != layout.IMAGE_FOLDER:
                known = ", ".join(layout.SECTION_YEAR_FILES)
                self.found.append(
                    finding(
                        f"{base}/{path.name}",
                        0,
                        "",
                        "unknown-file",
                        WARNING,
                        name=path.name,
                        known=known,
                    )
                )
        if (year_dir / layout.REALISATION_FILE).exists():
            doc = self.read_doc(layout.realisation(slug, year), spec.REALISATION)
            if doc and self._year_matches(doc, year):
                submitted.add(layout.REALISATION_FILE)
                for index, item in positioned(doc.value.get("indikator", [])):
                    if item.get("kode"):  # without one, conform has reported it: nothing to claim
                        record = records.realisation(doc, index, item, slug)
                        self._claim(data, data.realisations, record)
        if (year_dir / layout.BUDGET_FILE).exists():
            doc = self.read_doc(layout.budget(slug, year), spec.BUDGET)
            if doc and self._year_matches(doc, year):
                submitted.add(layout.BUDGET_FILE)
                for index, item in positioned(doc.value.get("kegiatan", [])):
                    if item.get("kode"):  # as for realisations
                        record = records.budget_realisation(doc, index, item, slug)
                        self._claim(data, data.budgets, record)
        if (year_dir / layout.NARRATIVE_FILE).exists():
            rel = layout.narrative(slug, year)
            text = self.read_markdown(rel)
            if text is not None:
                submitted.add(layout.NARRATIVE_FILE)
                empty: list[NarrativePart] = []
                for part in self._narrative(rel, text, slug, empty):
                    self._claim(data, data.narratives, part)
                data.unwritten.update({part.code: part.loc for part in empty})

    def _year_matches(self, doc: Doc, year: int) -> bool:
        found = doc.value.get("tahun")
        if found is not None and found != year:
            self.found.append(
                finding(
                    doc.path,
                    doc.line("tahun"),
                    "tahun",
                    "year-mismatch",
                    found=found,
                    expected=year,
                )
            )
            return False
        return found is not None

    def _claim(self, data: YearData, registry: dict, item) -> None:
        """Register a unit's item unless another unit owns that code; report duplicates."""
        if not item.code:
            return
        owner = self._owner(data.year, item)
        if owner is not None and owner != item.unit:
            data.misplaced.append(item)
            return
        first = registry.get(item.code)
        if first is None:
            registry[item.code] = item
            return
        code = "narrative-duplicate" if isinstance(item, NarrativePart) else "duplicate-code"
        where = f"{first.loc.path}:{first.loc.line}"
        self.found.append(
            finding(
                item.loc.path,
                item.loc.line,
                item.loc.key,
                code,
                code=item.code,
                other=where,
                first=first.loc.line,
            )
        )

    def _owner(self, year: int, item) -> str | None:
        if isinstance(item, BudgetRealisation):
            pk = self.project.pks.get(year)
            kegiatan = pk.kegiatan_of(item.code) if pk else None
            return kegiatan.unit if kegiatan else None
        return self.project.owner(item.code, year)

    def _narrative(
        self, rel: str, text: str, slug: str, empty: list[NarrativePart]
    ) -> list[NarrativePart]:
        """One part per `## CODE title` heading; other text before the first is a preamble."""
        found = headings(text)
        preamble, *bodies = sections(text, [h for h in found if h.level == 2 and h.title])
        titles = heading_lines([h for h in found if h.level == 1])
        if stray := _first_text(preamble, titles):
            self.found.append(finding(rel, stray, "", "narrative-preamble", WARNING))
        titles = heading_lines(found)
        parts = []
        for section in bodies:
            code, _, title = section.heading.title.partition(" ")
            body = section.body.strip()
            start = section.start + section.body[
                : len(section.body) - len(section.body.lstrip())
            ].count("\n")
            part = NarrativePart(code, slug, title, body, Loc(rel, section.line), start)
            # Only subheadings and comments (a fresh scaffold) is no narrative yet: completeness
            # reports it as missing, at this heading.
            if _first_text(section, titles, _COMMENT):
                parts.append(part)
            else:
                empty.append(replace(part, markdown=""))
        return parts


def _first_text(section: Section, skipped: set[int], hidden: re.Pattern | None = None) -> int:
    """The first line of `section` with text on it, other than the `skipped` lines; 0 if none."""
    body = section.body
    if hidden is not None:  # keep the line count, so the numbers stay those of the file
        body = hidden.sub(lambda m: "\n" * m.group().count("\n"), body)
    lines = enumerate(body.split("\n"), section.start)
    return next((n for n, line in lines if line.strip() and n not in skipped), 0)


def _year_dirs(parent: Path) -> list[Path]:
    return sorted(p for p in parent.iterdir() if p.is_dir() and _YEAR_DIR.match(p.name))
