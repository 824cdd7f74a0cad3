"""Turn a pull request's changed files into ownership findings: who may change which folder.

A unit's members change only `sections/<unit>/`; the planning unit (`perencanaan` in the
profile) also owns `reports/`; the secretariat (`sekretariat`) owns the registers under
`reports/<year>/register/` (planning does, when no secretariat is named); the Inspektorat's
reviewers (`inspektorat.akun`) own the reviu record `reports/<year>/reviu/reviu.yml`, and
nobody else changes it, not even the head, whose report it judges; the agency's answers beside it
(`tanggapan.yml`) are planning's or the secretariat's; the head of the agency may change anything
else. Two changes are allowed to the roles that make them because lakip writes
them and they carry nothing of their own: planning's opening of a year (the units' files exactly
as `lakip new` scaffolds them, new files only), and a `.github/CODEOWNERS` regenerated exactly
from the metadata, which any unit member may commit after a staff change.

Every account the pull request carries is judged, the opener and the author and committer of
each commit (`accounts.py`). The rules are read from the metadata as it stands on the base
branch (the protected one), never from the pull request itself: otherwise a pull request could
first add its author to another unit's `anggota` and then change that unit's files.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import Finding, LakipError, finding
from lakip.messages import Both
from lakip.sop.accounts import Person, commit_people
from lakip.sop.teams import Teams, read_teams


@dataclass(frozen=True)
class _Rights:
    """What one account may change, by its own rights."""

    units: list[str]
    prefixes: list[str]
    registers: bool
    planning: bool
    reviewer: bool = False
    head: bool = False

    def allows(self, path: str) -> bool:
        if _is_review(path, layout.REVIEW_FILE):
            return self.reviewer  # the Inspektorat's verdicts: neither planning's nor the head's
        if self.head:
            return True
        if _is_review(path, layout.ANSWERS_FILE):
            return self.planning or self.registers
        if _is_register(path):
            return self.registers  # the secretariat's, even inside planning's reports/
        return any(path.startswith(prefix) for prefix in self.prefixes)


def check_ownership(
    root: Path,
    base: str,
    author: str,
    head: str = "HEAD",
    commits: Path | None = None,
) -> list[Finding]:
    """One `ownership` finding per file changed between `base` and `head` that an account of the
    pull request may not change (its opener `author`, and every commit's author and committer,
    from the host's record `commits` when given), judged by the metadata at `base`."""
    base_commit = gitrepo.require_rev(root, gitrepo.branch(root, base))
    head_commit = gitrepo.require_rev(root, head)
    teams = read_teams(root, base_commit)
    changed = gitrepo.changed_files(root, base_commit, head_commit)
    people = commit_people(root, base_commit, head_commit, teams.known(), commits)
    accounts = {author.lower(): author}
    found: list[Finding] = []
    unknown: set[str] = set()
    for person in people:
        if person.account is None:
            if person.identity not in unknown:  # once per identity, at its first commit
                unknown.add(person.identity)
                found.append(_unknown(person, changed))
        else:
            accounts.setdefault(person.account.lower(), person.account)
    generated = _Generated(root, base_commit, head_commit)
    roles_changed = layout.PROFILE in changed and _roles_changed(root, teams, head_commit)
    for account in accounts.values():
        rights = _rights(teams, account)
        for path in changed:
            if rights.head and rights.allows(path):
                continue
            if path == layout.PROFILE and roles_changed:
                found.append(finding(path, 0, "", "ownership-roles", author=account))
                continue
            if rights.allows(path) or generated.allows(path, rights):
                continue
            if _is_review(path, layout.REVIEW_FILE):
                found.append(finding(path, 0, "", "ownership-reviu", author=account))
                continue
            found.append(
                finding(
                    path,
                    0,
                    "",
                    "ownership",
                    author=account,
                    units=_units_text(rights.units),
                    owners=_owner_of(teams, path),
                    scope=_scope_text(rights),
                )
            )
    return sorted(found, key=lambda f: (f.path, f.code, f.message("en")))


def _rights(teams: Teams, account: str) -> _Rights:
    mine = teams.units_of(account)
    prefixes = [f"{layout.unit_folder(slug)}/" for slug in mine]
    planning = bool(teams.planning) and teams.planning in mine
    keeper = bool(teams.register_keeper) and teams.register_keeper in mine
    if planning:
        prefixes.append(f"{layout.REPORTS}/")
    return _Rights(
        mine, prefixes, keeper, planning, teams.is_reviewer(account), teams.is_head(account)
    )


class _Generated:
    """Changes lakip itself writes, recognised by rewriting them from the head's own data."""

    def __init__(self, root: Path, base: str, head: str) -> None:
        self.root, self.base, self.head = root, base, head
        self._expected: dict[str, str] | None = None

    def allows(self, path: str, rights: _Rights) -> bool:
        if path == layout.CODEOWNERS:
            if not rights.units:
                return False
        elif not (rights.planning and _is_scaffold(path)):
            return False
        elif gitrepo.show(self.root, self.base, path) is not None:
            return False  # opening a year adds files; it never rewrites a unit's work
        text = gitrepo.show(self.root, self.head, path)
        return text is not None and text == self.expected().get(path)

    def expected(self) -> dict[str, str]:
        """CODEOWNERS and every year's scaffold as lakip writes them from the head's data."""
        if self._expected is None:
            # imported here: only a pull request that touches generated files needs the loader
            from lakip.load.project import load_project
            from lakip.sop.codeowners import codeowners
            from lakip.sop.open_year import scaffold

            with tempfile.TemporaryDirectory(prefix="lakip-head-") as folder:
                tree = Path(folder)
                gitrepo.export(self.root, self.head, tree, layout.REPORTS, layout.SECTIONS)
                project, _ = load_project(tree)
                expected = {layout.CODEOWNERS: codeowners(tree)}
                for year in project.pks:
                    expected.update(scaffold(project, year))
            self._expected = expected
        return self._expected


def _roles_changed(root: Path, teams: Teams, head: str) -> bool:
    """Whether the pull request changes who holds a role (the head's accounts, which units are
    planning and the secretariat): the rules that judge everyone else are the head's to change."""
    try:
        after = read_teams(root, head)
    except LakipError:
        return True  # an unreadable profile cannot show that the roles stayed
    return _roles(after) != _roles(teams)


def _roles(teams: Teams) -> tuple:
    return (
        sorted(h.lower() for h in teams.head),
        teams.planning,
        teams.secretariat,
        sorted(h.lower() for h in teams.inspectorate),
    )


def _is_register(path: str) -> bool:
    return _in_year_folder(path, layout.REGISTER_FOLDER)


def _is_review(path: str, name: str) -> bool:
    """Whether `path` is the reviu record `name` (reviu.yml, tanggapan.yml) of some year."""
    return _in_year_folder(path, layout.REVIEW_FOLDER, name)


def _in_year_folder(path: str, folder: str, name: str | None = None) -> bool:
    """Whether `path` is a file (named `name`, if given) of `reports/<year>/<folder>/`."""
    parts = path.split("/")
    return (
        len(parts) == 4
        and parts[0] == layout.REPORTS
        and parts[1].isdigit()
        and parts[2] == folder
        and name in (None, parts[3])
    )


def _is_scaffold(path: str) -> bool:
    parts = path.split("/")
    return (
        len(parts) == 4
        and parts[0] == layout.SECTIONS
        and parts[2].isdigit()
        and parts[3] in layout.SECTION_YEAR_FILES
    )


def _unknown(person: Person, changed: list[str]) -> Finding:
    """A commit whose author or committer is no listed account: nobody may vouch for it."""
    return finding(
        changed[0] if changed else "",
        0,
        "",
        "ownership-unknown-account",
        commit=person.commit[:7],
        role=Both("penulis", "author")
        if person.role == "author"
        else Both("committer", "committer"),
        identity=person.identity,
    )


def _units_text(units: list[str]) -> Both:
    if not units:
        return Both("tidak terdaftar di unit mana pun", "not listed in any unit")
    joined = ", ".join(units)
    return Both(f"anggota unit {joined}", f"a member of {joined}")


def _scope_text(rights: _Rights) -> Both:
    """What the author may change, by their own rights: not every author has a unit folder."""
    registers = f"{layout.REPORTS}/<tahun>/{layout.REGISTER_FOLDER}/"
    allowed = list(rights.prefixes)
    if rights.reviewer:
        allowed.append(f"{layout.REPORTS}/<tahun>/{layout.REVIEW_FOLDER}/{layout.REVIEW_FILE}")
    if rights.registers and not rights.planning:
        allowed.append(registers)
    if rights.planning and not rights.registers:
        allowed[-1] += f" (kecuali {registers})"
    if not allowed:
        return Both(
            "Akun ini baru dapat mengubah berkas setelah terdaftar sebagai anggota unit "
            "(anggota di sections/<unit>/unit.yml)",
            "This account can change files once it is listed as a unit member "
            "(anggota in sections/<unit>/unit.yml)",
        )
    return Both(
        "Batasi perubahan pada " + " dan ".join(allowed),
        "Keep your changes to "
        + " and ".join(allowed).replace("<tahun>", "<year>").replace("kecuali", "except"),
    )


def _owner_of(teams: Teams, path: str) -> Both:
    parts = path.split("/")
    if _is_review(path, layout.REVIEW_FILE):
        return Both(
            "Inspektorat (inspektorat.akun di reports/profil.yml)",
            "the Inspektorat (inspektorat.akun in reports/profil.yml)",
        )
    if _is_review(path, layout.ANSWERS_FILE):
        return Both(
            f"unit {teams.planning} atau {teams.register_keeper}, atau kepala",
            f"unit {teams.planning} or {teams.register_keeper}, or the head",
        )
    if parts[0] == "sections" and len(parts) > 2 and parts[1] in teams.units:
        return Both(f"unit {parts[1]}", f"unit {parts[1]}")
    if _is_register(path) and teams.register_keeper:
        return Both(
            f"unit {teams.register_keeper} (register) atau kepala",
            f"unit {teams.register_keeper} (registers) or the head",
        )
    if parts[0] == "reports" and teams.planning:
        return Both(
            f"unit perencanaan {teams.planning} atau kepala",
            f"planning unit {teams.planning} or the head",
        )
    return Both("kepala instansi", "the head of the agency")
