"""Turn the configured tag-signing key into a yes or no: will `lakip verify` count it as the head's?

Before tagging, `require_head_key` asks; after tagging, `confirm_tag` reads the tag back.

`lakip release` asks before it tags. A tag signed with a key that the protected branch's
allowed-signers file does not list under one of the head's accounts (`kepala.akun`) fails
`lakip verify`, and its version number is spent for good, since tags are never moved. The lists
are read and matched by tagsig, exactly as `lakip verify` reads them.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from lakip import gitrepo, layout
from lakip.findings import LakipError
from lakip.messages import Both, phrase
from lakip.release.tagsig import (
    gpg_principals,
    head_accounts,
    lists_ssh_key,
    principals,
    tag_signature,
)

SKIPPED = "release-key-check-skipped"


def require_head_key(root: Path, branch: str, head: bool = True) -> list[str]:
    """Raise (exit 2) unless `branch` registers the signing key for the head; else note codes.

    With `head=False` (the PK tag, which planning makes) any principal listed there will do.
    Returns [SKIPPED] when the key cannot be looked up here (x509, or no gpg program).
    """
    value = gitrepo.config(root, "user.signingkey")
    fmt = gitrepo.config(root, "gpg.format") or "openpgp"
    accounts, problems = head_accounts(root, "HEAD")
    if problems:
        first = problems[0]
        problem = Both(first.message("id"), first.message("en"))
        raise LakipError("profile-unreadable", path=first.path, problem=problem)
    full = gitrepo.branch(root, branch)
    if fmt == "ssh":
        public = _ssh_public_key(root, value)
        text = gitrepo.show(root, full, layout.ALLOWED_SIGNERS) or ""
        wanted = accounts if head else principals(text)
        if wanted and lists_ssh_key(text, wanted, public):
            return []
        line = f'{_principal(accounts, head)} namespaces="git" {public}'
        _refuse(value, accounts, f"{branch}:{layout.ALLOWED_SIGNERS}", branch, line, head)
    if fmt != "openpgp":
        return [SKIPPED]
    fingerprints = _gpg_fingerprints(root, value)
    if fingerprints is None:
        return [SKIPPED]
    text = gitrepo.show(root, full, layout.ALLOWED_GPG_SIGNERS) or ""
    listed = gpg_principals(text, fingerprints)
    if any(p in accounts for p in listed) or (listed and not head):
        return []
    line = f"{_principal(accounts, head)} {sorted(fingerprints)[0]}"
    _refuse(value, accounts, f"{branch}:{layout.ALLOWED_GPG_SIGNERS}", branch, line, head)
    return []


def confirm_tag(root: Path, tag: str, branch: str, git_said: str, head: bool = True) -> None:
    """Delete `tag` and raise (exit 2) unless it verifies as `lakip verify` will judge it.

    Git 2.39 makes an unsigned tag and exits 0 when signing fails (a wrong passphrase), so the
    tag just made is read back: signed, by a key on `branch`'s allowed signers, the head's.
    """
    found = tag_signature(root, tag, branch, None)
    if not found.kind:
        reason = "tag-reason-unsigned"
    elif not found.listed:
        reason = "tag-reason-no-signers"
    elif not found.valid:
        reason = "tag-reason-invalid"
    elif head and (found.problems or not found.head):
        reason = "tag-reason-not-head"
    else:
        return
    gitrepo.run(root, "tag", "-d", tag)
    said = " ".join(git_said.split()) or "-"
    raise LakipError("tag-signature-failed", tag=tag, reason=phrase(reason), git=said)


def _principal(accounts, head: bool) -> str:
    """The first word of the line to register: the head's account, or the signer's own."""
    return accounts[0] if head and accounts else "<akun>"


def _refuse(key: str, accounts, source: str, branch: str, line: str, head: bool) -> None:
    if not head:
        raise LakipError("sign-key-not-listed", key=key, source=source, branch=branch, line=line)
    if not accounts:
        raise LakipError("release-no-head-account", key=key, line=line)
    shown = ", ".join(accounts)
    params = {"key": key, "accounts": shown, "source": source, "branch": branch, "line": line}
    raise LakipError("release-key-not-registered", **params)


def _ssh_public_key(root: Path, value: str) -> str:
    """The "type base64" public key git signs with: a literal key, or read from the key file."""
    if value.startswith("key::"):
        return value[len("key::") :].strip()
    if value.startswith("ssh-"):  # git still accepts a bare literal key
        return value.strip()
    path = Path(os.path.expanduser(value))
    path = path if path.is_absolute() else root / path
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise LakipError("release-key-unreadable", key=value, error=str(error)) from error
    if "PRIVATE KEY-----" not in text:
        return " ".join(text.strip().splitlines()[0].split()[:2]) if text.strip() else ""
    # -P "": a passphrase-protected key fails here instead of prompting; its .pub then answers
    done = subprocess.run(
        ["ssh-keygen", "-y", "-P", "", "-f", str(path)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    if done.returncode == 0 and done.stdout.strip():
        return " ".join(done.stdout.split()[:2])
    public = path.with_name(path.name + ".pub")
    if public.is_file():
        return " ".join(public.read_text(encoding="utf-8").split()[:2])
    error = done.stderr.strip() or "ssh-keygen -y"
    raise LakipError("release-key-unreadable", key=value, error=error)


def _gpg_fingerprints(root: Path, value: str) -> set[str] | None:
    """Fingerprints of the secret key (primary and subkeys), or None when gpg cannot run."""
    program = (
        gitrepo.config(root, "gpg.openpgp.program") or gitrepo.config(root, "gpg.program") or "gpg"
    )
    try:
        done = subprocess.run(
            [program, "--batch", "--with-colons", "--list-secret-keys", "--", value],
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except OSError:
        return None
    found = {
        line.split(":")[9].upper()
        for line in done.stdout.splitlines()
        if line.startswith("fpr:") and len(line.split(":")) > 9
    }
    if not found:
        raise LakipError("release-key-unreadable", key=value, error=done.stderr.strip() or "gpg")
    return found
