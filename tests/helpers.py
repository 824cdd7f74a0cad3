"""Plain helpers the test modules and golden scripts share: the checkout, the sample, the CLI.

Fixtures live in conftest.py; git repositories in gitfixtures.py; signing keys in signing.py.
"""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# The chapters of the sample's printed report, in order, as their running headers name them.
SAMPLE_CHAPTERS = (
    "KATA PENGANTAR",
    "DAFTAR ISI",
    "DAFTAR TABEL",
    "DAFTAR GAMBAR",
    "IKHTISAR EKSEKUTIF",
    "BAB I PENDAHULUAN",
    "BAB II PERENCANAAN KINERJA",
    "BAB III AKUNTABILITAS KINERJA",
    "BAB IV PENUTUP",
    "LAMPIRAN",
)


def copy_sample(target: Path, *extra: str) -> Path:
    """Copy the sample data (reports/, sections/ and `extra` files or folders) into `target`."""
    for rel in ("reports", "sections", *extra):
        source, copy = REPO / rel, target / rel
        if source.is_dir():
            shutil.copytree(source, copy)
        else:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, copy)
    return target


def run_lakip(*args: str) -> tuple[int, str, str]:
    """Run `lakip ARGS` in this process: its exit code, stdout and stderr."""
    from lakip.cli.main import main  # late: the golden scripts put scripts/ on sys.path first

    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return code, out.getvalue(), err.getvalue()
