"""Time `lakip impor` on each sample unit's filled form, against `lakip validate` in the same run.

Each command runs in a fresh interpreter, as a user runs it, timed from spawn to exit; the
median of `--repeat` runs is reported, with its ratio to the median of `lakip validate` on the
same repository (an import validates the repository once, so the ratio shows its own cost). The
forms are written once, cell by cell as `lakip formulir` lays them out, with every realisation
changed, and imported with `--dry-run` so every run does the full work (read, check, edit,
validate) against the same data. Target: under 1 s per unit. A report, not a gate: exits 0.

    .venv/bin/python scripts/dev/bench_forms.py --repeat 5
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO / "tests"), str(REPO / "scripts")]

from formfiles import fill, rows_of, write_form  # noqa: E402
from helpers import copy_sample  # noqa: E402

YEAR = 2025
TARGET_S = 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lakip-bench-forms-") as temp:
        root = copy_sample(Path(temp) / "repo")
        forms = _filled_forms(root, Path(temp))
        baseline = _median(["validate", "--year", str(YEAR)], root, args.repeat)
        print(f"lakip validate (baseline)   {baseline:6.3f} s")
        for unit, form in forms.items():
            took = _median(["impor", "--dry-run", str(form)], root, args.repeat)
            verdict = "ok" if took < TARGET_S else "SLOW"
            print(f"lakip impor {unit:<24}{took:6.3f} s  {took / baseline:4.2f}x  {verdict}")
    return 0


def _filled_forms(root: Path, folder: Path) -> dict[str, Path]:
    forms = {}
    for unit in sorted(p.name for p in (root / "sections").iterdir() if p.is_dir()):
        rows = rows_of(root, YEAR, unit)
        form = write_form(root, YEAR, unit, folder)
        for row in rows.indicators:
            if row.realisation is not None:  # a changed value: the whole path runs
                fill(form, "Realisasi", row.code, H=float(row.realisation) + 1)
        forms[unit] = form
    return forms


def _median(args: list[str], root: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "lakip", "--root", str(root), *args],
            capture_output=True,
            check=False,
            cwd=REPO,
            env={"PYTHONPATH": str(REPO / "scripts"), "PATH": "/usr/bin:/bin"},
        )
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            sys.exit(f"lakip {' '.join(args)} failed:\n{done.stderr.decode()}")
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
