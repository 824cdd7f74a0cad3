"""Describe a build's inputs: which files of a year went in, their hashes, and the commit.

The same manifest is embedded in the final PDF/A, written into the release bundle and read back
by `lakip verify`, so a reader can tell exactly which data produced a report.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

from lakip import __version__, layout
from lakip.findings import LakipError
from lakip.model import Project


def year_inputs(project: Project, year: int) -> list[str]:
    """The data files behind the report of `year`, sorted: shared ones and that year's own."""
    shared = (layout.PROFILE, layout.HISTORY, *(r.loc.path for r in project.renstras))
    return sorted(
        rel
        for rel in set(project.files)
        if rel in shared
        or rel.startswith(f"{layout.year_folder(year)}/")
        or layout.is_unit_year_file(rel, year)
    )


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def git_commit(root: Path) -> str:
    """The checked-out commit, or "" outside a git repository."""
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return ""
    return out.stdout.strip()


# gzip headers (the site's sitemap) hold the date in 32 bits: 2106-02-07 is the last second.
MAX_EPOCH = 2**32 - 1


def source_date_epoch() -> int | None:
    """SOURCE_DATE_EPOCH as the reproducible-builds spec reads it; a malformed one stops the build.

    `str.isdigit` accepts '²' and '٣', which `int` then refuses or reads as another number, so
    only ASCII digits count; unset or empty means "not given".
    """
    value = os.environ.get("SOURCE_DATE_EPOCH", "")
    if value == "":
        return None
    if not re.fullmatch(r"[0-9]{1,20}", value) or int(value) > MAX_EPOCH:
        shown = value[:40] if value[:40].isprintable() else ascii(value[:40])[1:-1]
        raise LakipError("source-date-epoch-invalid", value=shown, maximum=MAX_EPOCH)
    return int(value)


def build_epoch(root: Path, inputs: list[str]) -> int:
    """SOURCE_DATE_EPOCH, else the commit time, else the newest input's mtime: never the clock."""
    if (epoch := source_date_epoch()) is not None:
        return epoch
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        )
        if out.stdout.strip().isdigit():
            return int(out.stdout.strip())
    except (OSError, subprocess.CalledProcessError):
        pass
    mtimes = [(root / rel).stat().st_mtime for rel in inputs if (root / rel).is_file()]
    return int(max(mtimes)) if mtimes else int(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0, 0)))


def manifest(root: Path, project: Project, year: int, final: bool) -> dict:
    inputs = year_inputs(project, year)
    return {
        "lakip": __version__,
        "tahun": year,
        "final": final,
        "commit": git_commit(root),
        "source_date_epoch": build_epoch(root, inputs),
        "files": {rel: sha256_file(root / rel) for rel in inputs if (root / rel).is_file()},
    }


def manifest_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


@contextmanager
def source_date(epoch: int):
    """Let WeasyPrint and MkDocs see the commit's date instead of the clock."""
    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


def pdf_attachments(pdf: bytes) -> dict[str, bytes] | None:
    """A PDF's embedded files by name (the final PDF/A carries the manifest and the data), or
    None when the PDF cannot be read."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(pdf))
        return {name: contents[0] for name, contents in reader.attachments.items() if contents}
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        return None


def embedded_manifest(attachments: dict[str, bytes]) -> dict | None:
    """The manifest.json a final PDF embeds, or None when it has none that reads as an object."""
    try:
        data = json.loads(attachments["manifest.json"].decode("utf-8"))
    except (KeyError, ValueError):
        return None
    return data if isinstance(data, dict) else None
