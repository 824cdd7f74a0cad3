"""Turn a release tag into who signed it: a valid signature, a registered key, and the head's?

The allowed signers come from the protected branch, by its full ref (`git show
refs/heads/main:.github/allowed_signers`), never from the working tree or the tagged tree, so a
tag cannot bring its own key. A principal counts as the head when it is one of `kepala.akun` in
reports/profil.yml of the tagged commit (see docs/signing.md). SSH signatures are checked by git
with `gpg.ssh.allowedSignersFile`; OpenPGP signatures by git and gpg, with fingerprints listed in
`.github/allowed_gpg_signers`.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import Finding, LakipError, finding
from lakip.load import spec
from lakip.load.committed import committed_doc

_GOOD_SSH = re.compile(r'Good "git" signature (?:for (\S+) )?with (\S+) key (\S+)')
_VALIDSIG = re.compile(r"^\[GNUPG:\] VALIDSIG (\S+)(?: .* (\S+))?$", re.MULTILINE)


@dataclass(frozen=True)
class TagSignature:
    kind: str  # "ssh", "openpgp", or "" for an unsigned tag
    source: str  # where the allowed signers came from
    listed: bool = False  # the allowed-signers list exists
    valid: bool = False  # the signature is good and made by a listed key
    head: bool = False  # the key is listed for one of the head's accounts
    signer: str = ""  # the principal(s) git matched
    key: str = ""  # the key's fingerprint
    accounts: tuple[str, ...] = ()  # kepala.akun of the tagged commit
    problems: tuple[Finding, ...] = ()  # why the tagged commit's profile could not be read


def tag_signature(root: Path, tag: str, branch: str, signers_file: Path | None) -> TagSignature:
    """Who signed `tag`, judged by the allowed signers on `branch` (or `signers_file`)."""
    ref = layout.tag_ref(tag)
    raw = gitrepo.run(root, "cat-file", "tag", ref) if _annotated(root, ref) else ""
    commit = gitrepo.run(root, "rev-parse", f"{ref}^{{commit}}").strip()
    accounts, problems = head_accounts(root, commit)
    if "-----BEGIN SSH SIGNATURE-----" in raw:
        text, source = _signers_text(root, branch, signers_file, layout.ALLOWED_SIGNERS)
        found = _ssh(root, tag, text, source, tuple(accounts))
    elif "-----BEGIN PGP SIGNATURE-----" in raw:
        text, source = _signers_text(root, branch, signers_file, layout.ALLOWED_GPG_SIGNERS)
        found = _openpgp(root, tag, text, source, tuple(accounts))
    else:
        found = TagSignature("", "", accounts=tuple(accounts))
    return dataclasses.replace(found, problems=tuple(problems))


def head_accounts(root: Path, commit: str) -> tuple[list[str], list[Finding]]:
    """kepala.akun of reports/profil.yml as committed in `commit`, and why it could not be read.

    The profile goes through the hardened loader: a broken one is a finding to show, not an
    empty list that would make every tag "not signed by the head".
    """
    doc, found = committed_doc(root, commit, layout.PROFILE, spec.PROFILE)
    accounts = [str(a) for a in ((doc.value.get("kepala") or {}).get("akun", ()) if doc else ())]
    if accounts:
        return accounts, []
    if doc is None and not found:
        return [], [finding(layout.PROFILE, 0, "", "file-missing", name=layout.PROFILE)]
    return [], [f for f in found if f.is_error]


def _annotated(root: Path, ref: str) -> bool:
    return gitrepo.run(root, "cat-file", "-t", ref).strip() == "tag"


def _signers_text(root, branch: str, signers_file: Path | None, rel: str):
    """The allowed-signers text and its origin: an explicit file, else the branch's copy."""
    if signers_file is not None:
        return Path(signers_file).read_text(encoding="utf-8"), str(signers_file)
    return gitrepo.show(root, gitrepo.branch(root, branch), rel), f"{branch}:{rel}"


def _ssh(root: Path, tag: str, text: str | None, source: str, accounts) -> TagSignature:
    if text is None:
        return TagSignature("ssh", source, accounts=accounts)
    valid, signer, key = _ssh_verify(root, tag, text)
    head_only = only_principals(text, accounts)
    head = valid and bool(head_only) and _ssh_verify(root, tag, head_only)[0]
    return TagSignature("ssh", source, True, valid, head, signer, key, accounts)


def _ssh_verify(root: Path, tag: str, signers: str) -> tuple[bool, str, str]:
    with tempfile.TemporaryDirectory(prefix="lakip-signers-") as folder:
        path = Path(folder) / "allowed_signers"
        path.write_text(signers, encoding="utf-8")
        done = subprocess.run(
            ["git", "-C", str(root), "-c", f"gpg.ssh.allowedSignersFile={path}"]
            + ["verify-tag", "--raw", layout.tag_ref(tag)],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    match = _GOOD_SSH.search(done.stderr)
    if done.returncode != 0 or not match:
        return False, "", ""
    return True, match.group(1) or "", match.group(3)


def only_principals(signers: str, accounts) -> str:
    """The allowed-signers lines of `accounts`, each rewritten to name only those principals.

    A line may list several principals and git reports just the first, so the head's key is
    recognised by verifying again against the head's lines alone. Wildcards never match.
    """
    kept = []
    for line in signers.splitlines():
        fields = line.strip().split(None, 1)
        if len(fields) < 2 or fields[0].startswith("#"):
            continue
        names = [name for name in fields[0].split(",") if name in accounts]
        if names:
            kept.append(",".join(names) + " " + fields[1])
    return "".join(line + "\n" for line in kept)


def _openpgp(root: Path, tag: str, text: str | None, source: str, accounts) -> TagSignature:
    """git and gpg check the signature; its fingerprint must be on the branch's list."""
    if text is None:
        return TagSignature("openpgp", source, accounts=accounts)
    done = subprocess.run(
        ["git", "-C", str(root), "verify-tag", "--raw", layout.tag_ref(tag)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    match = _VALIDSIG.search(done.stderr)
    fingerprints = {f.upper() for f in (match.groups() if match else ()) if f}
    principals = gpg_principals(text, fingerprints)
    valid = done.returncode == 0 and bool(principals)
    head = valid and any(p in accounts for p in principals)
    key = sorted(fingerprints)[0] if fingerprints else ""
    return TagSignature("openpgp", source, True, valid, head, ", ".join(principals), key, accounts)


def gpg_principals(signers: str, fingerprints) -> list[str]:
    """The principals an allowed_gpg_signers text lists for any of `fingerprints` (upper case)."""
    return [
        fields[0]
        for fields in (line.split() for line in signers.splitlines())
        if len(fields) >= 2 and not fields[0].startswith("#") and fields[1].upper() in fingerprints
    ]


def principals(signers: str) -> list[str]:
    """Every principal an allowed-signers text names (wildcards excluded)."""
    names = []
    for line in signers.splitlines():
        fields = line.strip().split(None, 1)
        if len(fields) == 2 and not fields[0].startswith("#"):
            names += [n for n in fields[0].split(",") if n and "*" not in n and "?" not in n]
    return names


def lists_ssh_key(signers: str, accounts, public_key: str) -> bool:
    """Whether the allowed-signers text lists `public_key` ("type base64 ...") under `accounts`."""
    wanted = public_key.split()[:2]
    for line in only_principals(signers, accounts).splitlines():
        tokens = line.split()
        if any(tokens[i : i + 2] == wanted for i in range(1, len(tokens) - 1)):
            return True
    return False


def tag_message(root: Path, tag: str) -> str:
    """The message of an annotated tag (signature included), "" for a lightweight one."""
    ref = layout.tag_ref(tag)
    if not _annotated(root, ref):
        return ""
    raw = gitrepo.run(root, "cat-file", "tag", ref)
    return raw.split("\n\n", 1)[1] if "\n\n" in raw else ""


def tag_naming(root: Path, sha: str) -> str | None:
    """The release tag whose message names a PDF with this SHA-256 (`pdf_sha256`), if any.

    The message is only trusted once the tag's signature is verified; this only finds it.
    """
    for tag in gitrepo.tags(root, layout.RELEASE_TAG_PREFIX + "*"):
        if layout.parse_release_tag(tag.name) and f"pdf_sha256: {sha}\n" in tag_message(
            root, tag.name
        ):
            return tag.name
    return None


def verified(root: Path, tag: str, head: bool) -> bool:
    """Whether `tag` verifies against main's allowed signers (origin/main in CI's checkout of a
    tag): a listed key, and for a release (`head`) the head's. False when neither branch exists.
    """
    for branch in ("main", "origin/main"):
        try:
            found = tag_signature(root, tag, branch, None)
        except LakipError:
            continue
        return found.valid and (not head or (found.head and not found.problems))
    return False


def signed_by_head(root: Path, tag: str, branch: str = "main") -> bool:
    """Whether `tag` verifies as `lakip verify` judges a release: a listed key, the head's."""
    found = tag_signature(root, tag, branch, None)
    return found.valid and found.head and not found.problems
