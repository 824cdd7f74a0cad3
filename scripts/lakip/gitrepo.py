"""Ask the `git` command line about a repository: files changed, history of a path, tags, old files.

A thin layer over `subprocess`, not a git library: every question lakip asks git is one command
here, so the ownership check, the target lock and the status report read history the same way
(and CI needs nothing but git itself).
"""

from __future__ import annotations

import datetime
import io
import os
import re
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from lakip import layout
from lakip.findings import LakipError
from lakip.messages import Both

_SEP = "\x1f"


@dataclass(frozen=True)
class Commit:
    hash: str
    author: str
    email: str
    authored: datetime.datetime
    committed: datetime.datetime
    parents: tuple[str, ...]
    subject: str

    @property
    def short(self) -> str:
        return self.hash[:7]

    @property
    def is_merge(self) -> bool:
        return len(self.parents) > 1


@dataclass(frozen=True)
class Tag:
    name: str
    date: datetime.datetime
    annotated: bool


def run(root: Path, *args: str, check: bool = True) -> str:
    """Run `git -C root args...` and return its standard output; raise `LakipError` on failure."""
    return _run(root, args, check).stdout


def run_said(root: Path, *args: str) -> str:
    """Run a git command that must succeed and return what it said on standard error.

    Git 2.39 reports a failed tag signature (a wrong passphrase) there and still exits 0.
    """
    return _run(root, args, True).stderr.strip()


def _run(root: Path, args: tuple[str, ...], check: bool) -> subprocess.CompletedProcess:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except OSError as error:
        raise LakipError("git-missing", error=str(error)) from error
    if check and done.returncode != 0:
        raise git_error(root, "git " + " ".join(args), done.stderr)
    return done


# git's complaints that have a known cause and fix, most specific first: (pattern, code).
_GIT_ERRORS = (
    (r"Please tell me who you are|identity unknown|empty ident name", "git-identity-missing"),
    (r"incorrect passphrase|bad passphrase|Bad passphrase", "git-sign-passphrase"),
    (r"gpg failed to sign|failed to write commit object|signing failed|"
     r"Couldn't load public key|No such file or directory.*ssh-keygen", "git-sign-failed"),
    (r"detected dubious ownership", "git-unsafe-directory"),
    (r"index\.lock': File exists|Unable to create .*\.lock", "git-locked"),
    (r"tag '[^']+' already exists", "git-tag-exists"),
    (r"Could not resolve host|unable to access|Connection (refused|timed out)|"
     r"Could not read from remote repository|Permission denied \(publickey", "git-remote"),
    (r"not a git repository", "not-a-git-repository"),
)  # fmt: skip


def git_error(root: Path, command: str, stderr: str) -> LakipError:
    """git's English stderr as a refusal that says, in the user's language, what to do."""
    said = stderr.strip()
    last = next((line for line in reversed(said.splitlines()) if line.strip()), "")
    for pattern, code in _GIT_ERRORS:
        if re.search(pattern, said):
            if code == "git-identity-missing":
                return identity_error(root, before=False)
            return LakipError(code, command=command, path=str(root), error=_short(last))
    return LakipError("git-failed", command=command, error=_short(said))


def _short(text: str, limit: int = 600) -> str:
    return text if len(text) <= limit else text[:limit] + " ..."


def identity_error(root: Path, before: bool = True) -> LakipError:
    """The refusal naming what git lacks; `before`: asked before anything was done."""
    missing = [key for key in ("user.name", "user.email") if not _identity_part(root, key)]
    missing = missing or ["user.email"]  # both set, yet git refuses one of them
    said = Both(" dan ".join(missing), " and ".join(missing))
    state = Both(" Belum ada yang dibangun atau diubah.", " Nothing was built or changed yet.")
    return LakipError("git-identity-missing", missing=said, state=state if before else "")


def _identity_part(root: Path, key: str) -> str | None:
    env = {"user.name": "GIT_COMMITTER_NAME", "user.email": "GIT_COMMITTER_EMAIL"}[key]
    return os.environ.get(env) or config(root, key)


def require_identity(root: Path) -> str:
    """Who git will record as committer or tagger; refuses (exit 2) when git does not know.

    Asked before anything long or half-done: a release builds for minutes before it tags, and a
    register entry is written before it is committed. git's own fallback (`root@host`) does not
    count as an identity: a tag or a register commit must name a person.
    """
    if not is_repository(root):
        raise LakipError("not-a-git-repository", path=str(root))
    if not (_identity_part(root, "user.name") and _identity_part(root, "user.email")):
        raise identity_error(root, before=True)
    if not ok(root, "var", "GIT_COMMITTER_IDENT"):
        raise identity_error(root, before=True)
    return run(root, "var", "GIT_COMMITTER_IDENT").rsplit(">", 1)[0] + ">"


def ok(root: Path, *args: str) -> bool:
    """True when the git command succeeds (for yes/no questions such as "does this rev exist")."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except OSError:
        return False
    return done.returncode == 0


def is_repository(root: Path) -> bool:
    return ok(root, "rev-parse", "--git-dir")


def require_rev(root: Path, rev: str) -> str:
    """The full commit hash of `rev`, or a usage error naming it."""
    if not is_repository(root):
        raise LakipError("not-a-git-repository", path=str(root))
    if not ok(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"):
        raise LakipError("rev-not-found", rev=rev)
    return run(root, "rev-parse", f"{rev}^{{commit}}").strip()


def branch(root: Path, name: str) -> str:
    """The full ref of the branch `name` (`main`, `origin/main`, or a full `refs/...` name).

    Git resolves `refs/tags/X` before `refs/heads/X` and `refs/remotes/X`, so a pushed tag named
    `origin/main` would stand in for the protected branch wherever a short name is passed to git.
    lakip passes git only the full ref, and refuses (exit 2) while a tag carries the branch's name.
    `HEAD` and a full commit hash stay as they are: git reads them before any ref.
    """
    if not is_repository(root):
        raise LakipError("not-a-git-repository", path=str(root))
    if name == "HEAD" or re.fullmatch(r"[0-9a-f]{40}", name):
        return name
    if name.startswith("refs/"):
        candidates = [name] if name.startswith((layout.HEADS, layout.REMOTES)) else []
    else:
        candidates = [layout.branch_ref(name), layout.remote_ref(name)]
    full = next((ref for ref in candidates if ok(root, "show-ref", "--verify", "--quiet", ref)), "")
    if not full:
        raise LakipError("rev-not-found", rev=name)
    short = full.removeprefix(layout.HEADS).removeprefix(layout.REMOTES)
    like = {name, short, "HEAD"}
    if full.startswith(layout.REMOTES):
        like.add(short.split("/", 1)[-1])  # origin/main: a tag `main` is as misleading
    tagged = [t for t in like if ok(root, "show-ref", "--verify", "--quiet", layout.tag_ref(t))]
    clashing = sorted(tagged)
    if clashing:
        raise LakipError("tag-named-like-branch", tags=", ".join(clashing), branch=full)
    return full


def changed_files(root: Path, base: str, head: str = "HEAD") -> list[str]:
    """Files a pull request from `head` into `base` changes: the diff since their merge base.

    Renames are listed under both names, so moving a file out of another unit's folder counts
    as changing it.
    """
    out = run(root, "diff", "--name-only", "-z", "--no-renames", f"{base}...{head}", "--")
    return sorted(name for name in out.split("\0") if name)


def show(root: Path, rev: str, path: str) -> str | None:
    """The text of `path` at `rev`, or None when the file does not exist there."""
    if not ok(root, "cat-file", "-e", f"{rev}:{path}"):
        return None
    return run(root, "show", f"{rev}:{path}")


def export(root: Path, rev: str, dest: Path, *paths: str) -> None:
    """Write the files under `paths` as they are at `rev` into the folder `dest`.

    Through `git archive` and tarfile's "data" filter: no link, device or path outside `dest`.
    """
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "archive", "--format=tar", rev, "--", *paths],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except OSError as error:
        raise LakipError("git-missing", error=str(error)) from error
    if done.returncode != 0:
        error = done.stderr.decode("utf-8", "replace").strip()
        raise LakipError("git-failed", command=f"git archive {rev}", error=error)
    with tarfile.open(fileobj=io.BytesIO(done.stdout)) as archive:
        archive.extractall(dest, filter="data")


def list_dir(root: Path, rev: str, path: str) -> list[str]:
    """Names of the folders directly under `path` at `rev`."""
    out = run(root, "ls-tree", "-d", "-z", "--name-only", f"{rev}:{path}", check=False)
    return sorted(name for name in out.split("\0") if name)


def log(
    root: Path,
    *paths: str,
    limit: int | None = None,
    merges: bool | None = None,
    added: bool = False,
    first_parent: bool = False,
) -> list[Commit]:
    """Commits of the current branch touching `paths` (git pathspecs), newest first.

    `merges=True` lists only the merges into this branch (first-parent history: a merge counts
    when it changed the paths relative to the branch before it); `merges=False` lists every
    non-merge commit on any merged branch (full history, so no side branch is simplified
    away). `added` keeps only commits that added one of the paths. `first_parent` lists what
    reached this branch: a merged pull request as its merge, a direct commit as itself.
    """
    fields = ["%H", "%an", "%ae", "%aI", "%cI", "%P", "%s"]
    args = ["log", f"--format={_SEP.join(fields)}%x00"]
    if limit is not None:
        args.append(f"-{limit}")
    if merges is True:
        args += ["--merges", "--first-parent"]
    elif merges is False:
        args += ["--no-merges", "--full-history"]
    if added:
        args.append("--diff-filter=A")
    if first_parent and merges is None:
        args.append("--first-parent")
    if not is_repository(root) or not ok(root, "rev-parse", "--verify", "--quiet", "HEAD"):
        return []
    out = run(root, *args, "--", *paths)
    return [_commit(record.strip("\n")) for record in out.split("\0") if record.strip()]


def _commit(record: str) -> Commit:
    hash_, author, email, authored, committed, parents, subject = record.split(_SEP, 6)
    return Commit(
        hash=hash_,
        author=author,
        email=email,
        authored=datetime.datetime.fromisoformat(authored),
        committed=datetime.datetime.fromisoformat(committed),
        parents=tuple(parents.split()),
        subject=subject,
    )


def tags(root: Path, pattern: str = "*") -> list[Tag]:
    """Tags matching the glob `pattern`, oldest first (by tagger date, or commit date if light)."""
    if not is_repository(root):
        return []
    fmt = _SEP.join(["%(refname:lstrip=2)", "%(creatordate:iso-strict)", "%(objecttype)"])
    out = run(root, "for-each-ref", f"--format={fmt}", layout.tag_ref(pattern))
    found = []
    for line in out.splitlines():
        name, date, kind = line.split(_SEP)
        found.append(Tag(name, datetime.datetime.fromisoformat(date), kind == "tag"))
    return sorted(found, key=lambda tag: (tag.date, tag.name))


def tag(root: Path, name: str) -> Tag | None:
    return next((t for t in tags(root, name) if t.name == name), None)


def today() -> datetime.date:
    """The day a commit made now would carry: `GIT_COMMITTER_DATE` when it is set (ISO 8601, as
    scripts and tests that replay a year set it), otherwise the clock's."""
    stamp = os.environ.get("GIT_COMMITTER_DATE", "").strip()
    if stamp:
        try:
            return datetime.datetime.fromisoformat(stamp).date()
        except ValueError:
            pass  # git's other formats: the clock is the honest fallback
    return datetime.date.today()


def config(root: Path, key: str) -> str | None:
    """A git configuration value as git itself resolves it, or None when unset."""
    out = run(root, "config", "--get", key, check=False).strip()
    return out or None


def blame_line(root: Path, path: str, line: int) -> Commit | None:
    """The commit that last wrote line `line` of `path` at HEAD; None when it is not committed."""
    if line < 1 or not ok(root, "rev-parse", "--verify", "--quiet", "HEAD"):
        return None
    out = run(root, "blame", "--porcelain", "-L", f"{line},{line}", "HEAD", "--", path, check=False)
    first = out.split(" ", 1)[0] if out else ""
    if not first or set(first) == {"0"}:
        return None
    return log_one(root, first)


def log_one(root: Path, rev: str) -> Commit | None:
    """The commit `rev` names, or None."""
    fields = ["%H", "%an", "%ae", "%aI", "%cI", "%P", "%s"]
    out = run(root, "log", "-1", f"--format={_SEP.join(fields)}", rev, "--", check=False)
    return _commit(out.strip("\n")) if out.strip() else None
