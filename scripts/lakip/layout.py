"""Where everything lives in an agency's repository, and what its tags and refs are called.

The one module that knows the folder layout and the naming of tags: every other module asks it
for a path or a ref instead of writing an f-string. Paths are repository-relative POSIX strings,
as findings and `git show REV:PATH` want them.

    reports/profil.yml, reports/renstra.yml        planning: the agency and its Renstra
    reports/renstra/<awal>-<akhir>.yml             planning: other Renstra periods, if any
    reports/riwayat.yml                            planning: published figures of years before
    reports/<year>/pk.yml, surat.yml, bab/*.md     planning: the year's PK, letter, chapters
    reports/<year>/register/<kind>.yml             secretariat: archive, dispatch, receipts
    reports/<year>/reviu/reviu.yml                 the Inspektorat: verdicts, notes, conclusion
    reports/<year>/reviu/tanggapan.yml             planning or secretariat: the agency's answers
    sections/<unit>/unit.yml                       each unit: who it is, who its members are
    sections/<unit>/<year>/realisasi.yml, anggaran.yml, narasi.md
"""

from __future__ import annotations

import re

REPORTS = "reports"
SECTIONS = "sections"
PROFILE = "reports/profil.yml"
RENSTRA = "reports/renstra.yml"
RENSTRA_FOLDER = "reports/renstra"
HISTORY = "reports/riwayat.yml"
MKDOCS = "mkdocs.yml"
GUIDE = "docs/panduan"
GITHUB = ".github"
CODEOWNERS = f"{GITHUB}/CODEOWNERS"
ALLOWED_SIGNERS = f"{GITHUB}/allowed_signers"
ALLOWED_GPG_SIGNERS = f"{GITHUB}/allowed_gpg_signers"
WORKFLOWS = f"{GITHUB}/workflows"
PULL_REQUEST_TEMPLATE = f"{GITHUB}/PULL_REQUEST_TEMPLATE.md"
DATA_REQUEST_TEMPLATE = f"{GITHUB}/ISSUE_TEMPLATE/permintaan-data.md"
REQUIREMENTS = "requirements.txt"  # what CI installs in an agency's repository: lakip, pinned
SYSTEM_DEPS = "scripts/system-deps.sh"
GITIGNORE = ".gitignore"

PK_FILE = "pk.yml"
LETTER_FILE = "surat.yml"
CHAPTER_FOLDER = "bab"
REGISTER_FOLDER = "register"
REVIEW_FOLDER = "reviu"
REVIEW_FILE = "reviu.yml"
ANSWERS_FILE = "tanggapan.yml"
UNIT_FILE = "unit.yml"
REALISATION_FILE = "realisasi.yml"
BUDGET_FILE = "anggaran.yml"
NARRATIVE_FILE = "narasi.md"
IMAGE_FOLDER = "gambar"
SECTION_YEAR_FILES = (REALISATION_FILE, BUDGET_FILE, NARRATIVE_FILE)

RELEASE_TAG_PREFIX = "lakip-"
PK_TAG_PREFIX = "pk-"
_RELEASE_TAG = re.compile(rf"^{RELEASE_TAG_PREFIX}([0-9]{{4}})-v([1-9][0-9]*)$")
_PK_TAG = re.compile(rf"^{PK_TAG_PREFIX}([0-9]{{4}})$")


def renstra_period(start: int, end: int) -> str:
    """Another Renstra period's file, named after its years: `reports/renstra/2019-2023.yml`."""
    return f"{RENSTRA_FOLDER}/{start}-{end}.yml"


def year_folder(year: int) -> str:
    return f"{REPORTS}/{year}"


def pk(year: int) -> str:
    return f"{REPORTS}/{year}/{PK_FILE}"


def letter(year: int) -> str:
    return f"{REPORTS}/{year}/{LETTER_FILE}"


def chapter(year: int, name: str) -> str:
    return f"{REPORTS}/{year}/{CHAPTER_FOLDER}/{name}.md"


def register(year: int, kind: str) -> str:
    return f"{REPORTS}/{year}/{REGISTER_FOLDER}/{kind}.yml"


def review_folder(year: int) -> str:
    return f"{REPORTS}/{year}/{REVIEW_FOLDER}"


def review(year: int) -> str:
    """The Inspektorat's record of the year's reviu: verdicts, notes and the conclusion."""
    return f"{REPORTS}/{year}/{REVIEW_FOLDER}/{REVIEW_FILE}"


def review_answers(year: int) -> str:
    """The agency's answers to the Inspektorat's notes."""
    return f"{REPORTS}/{year}/{REVIEW_FOLDER}/{ANSWERS_FILE}"


def unit_folder(slug: str) -> str:
    return f"{SECTIONS}/{slug}"


def unit_file(slug: str) -> str:
    return f"{SECTIONS}/{slug}/{UNIT_FILE}"


def unit_year(slug: str, year: int) -> str:
    return f"{SECTIONS}/{slug}/{year}"


def quarter_output(year: int, quarter: str) -> str:
    """The folder in --out that holds a quarter's monitoring report: `triwulan-2025-III`."""
    return f"triwulan-{year}-{quarter}"


def realisation(slug: str, year: int) -> str:
    return f"{SECTIONS}/{slug}/{year}/{REALISATION_FILE}"


def budget(slug: str, year: int) -> str:
    return f"{SECTIONS}/{slug}/{year}/{BUDGET_FILE}"


def narrative(slug: str, year: int) -> str:
    return f"{SECTIONS}/{slug}/{year}/{NARRATIVE_FILE}"


def is_unit_year_file(rel: str, year: int) -> bool:
    """Whether `rel` is a file of some unit's folder for `year` (sections/<unit>/<year>/...)."""
    parts = rel.split("/")
    return len(parts) >= 4 and parts[0] == SECTIONS and parts[2] == str(year)


def release_tag(year: int, version: int) -> str:
    """The tag of a signed release: `lakip-2025-v1`, never moved, a revision is the next one."""
    return f"{RELEASE_TAG_PREFIX}{year}-v{version}"


def release_tag_glob(year: int) -> str:
    return f"{RELEASE_TAG_PREFIX}{year}-v*"


def parse_release_tag(name: str) -> tuple[int, int] | None:
    """(year, version) of a release tag name, or None for any other name."""
    match = _RELEASE_TAG.match(name)
    return (int(match[1]), int(match[2])) if match else None


def pk_tag(year: int) -> str:
    """The tag of the signed Perjanjian Kinerja of `year`: its targets are locked from then on."""
    return f"{PK_TAG_PREFIX}{year}"


def parse_pk_tag(name: str) -> int | None:
    """The year of a PK tag name (`pk-2026`), or None for any other name."""
    match = _PK_TAG.match(name)
    return int(match[1]) if match else None


def tag_ref(name: str) -> str:
    """The full ref of a tag: never ambiguous with a branch of the same name."""
    return f"refs/tags/{name}"


HEADS = "refs/heads/"
REMOTES = "refs/remotes/"


def branch_ref(name: str) -> str:
    """The full ref of a local branch."""
    return f"{HEADS}{name}"


def remote_ref(name: str) -> str:
    """The full ref of a remote-tracking branch (`origin/main` -> refs/remotes/origin/main)."""
    return f"{REMOTES}{name}"
