"""Golden cases of bad input: apply a case's edits to a copy of the sample and run lakip on it.

A case is one YAML file in tests/cases/invalid/: a description, `edit` (what to break in a copy of
the sample repository), optional `args` for `lakip validate`, and `expect` (exit code and the
findings as "path:line code"). Adding a case is adding a file.

Edit operations, per path: `delete`, `symlink: target`, `mkdir`, `fifo` (a named pipe), `sparse:
size` (a file of that many bytes that takes no disk space), `hex: "89504e47..."` (raw bytes), or
text edits: `write`, `replace: [[old, new], ...]`, `append`, `repeat` with `times`, then how the
text is stored: `encoding`, `crlf`, `bom`.

Regenerate the expectations after a deliberate change, then read the diff:

    make golden

(every golden case; this folder's alone: `.venv/bin/python tests/golden.py --update`)
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

from helpers import REPO, copy_sample, run_lakip

CASES = Path(__file__).resolve().parent / "cases" / "invalid"


def case_files() -> list[Path]:
    return sorted(CASES.glob("*.yml"))


def load_case(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def apply_edits(root: Path, edits: dict) -> None:
    """Break the copy as the case says; each operation mimics something users really do."""
    for rel, op in edits.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if op.get("delete"):
            shutil.rmtree(path) if path.is_dir() else path.unlink()
            continue
        if "symlink" in op:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)  # the link replaces a folder of the sample
            path.unlink(missing_ok=True)
            path.symlink_to(op["symlink"])
            continue
        if op.get("mkdir"):
            path.unlink(missing_ok=True)
            path.mkdir()
            continue
        if op.get("fifo"):
            path.unlink(missing_ok=True)
            os.mkfifo(path)
            continue
        if "sparse" in op:
            with path.open("wb") as handle:
                handle.truncate(op["sparse"])
            continue
        if "hex" in op:
            path.write_bytes(bytes.fromhex(op["hex"]))
            continue
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if "write" in op:
            text = op["write"]
        for old, new in op.get("replace", []):
            if old not in text:
                raise AssertionError(f"{rel}: text to replace not found: {old!r}")
            text = text.replace(old, new, 1)
        text += op.get("append", "")
        if "repeat" in op:
            text += op["repeat"] * op["times"]
        data = text.encode(op.get("encoding", "utf-8"))
        if op.get("crlf"):
            data = data.replace(b"\n", b"\r\n")
        if op.get("bom"):
            data = b"\xef\xbb\xbf" + data
        path.write_bytes(data)


def run_validate(root: Path, args: list[str]) -> tuple[int, list[dict], str]:
    code, out, err = run_lakip("validate", "--root", root, "--format", "json", *args)
    return code, (json.loads(out) if out.strip() else []), err


def observed(root: Path, case: dict) -> dict:
    code, found, _ = run_validate(root, case.get("args", []))
    return {
        "exit": code,
        "findings": sorted({f"{f['path']}:{f['line']} {f['code']}" for f in found}),
    }


def _update(path: Path, scratch: Path) -> bool:
    case = load_case(path)
    root = scratch / path.stem
    copy_sample(root)
    apply_edits(root, case.get("edit", {}))
    return write_expect(path, case, observed(root, case))


def write_expect(path: Path, case: dict, result: dict) -> bool:
    """Replace the case file's trailing `expect:` block with `result`; False if unchanged."""
    if result == case.get("expect"):
        return False
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("\nexpect:") + 1] if "\nexpect:" in text else text
    block = yaml.safe_dump({"expect": result}, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(head + block, encoding="utf-8")
    return True


def update_cases(paths: list[Path], update: Callable[[Path, Path], bool], usage: str) -> None:
    """A golden-case module's `--update` command: `update` each case in a scratch folder."""
    if "--update" not in sys.argv:
        sys.exit(usage)
    sys.path.insert(0, str(REPO / "scripts"))
    with tempfile.TemporaryDirectory() as scratch:
        changed = [path.name for path in paths if update(path, Path(scratch))]
    print("\n".join(f"updated: {name}" for name in changed) or "all cases up to date")


if __name__ == "__main__":
    update_cases(case_files(), _update, __doc__)
