"""Time the Word narrative both ways for each unit of the sample: template out, document in.

An import loads the repository once (the unit's indicators) and validates a copy of the data
with the new narrative in place, so its cost is about two validations and a copy. The baseline
is `load_and_validate` of the same sample, measured in the same run: divide by it to compare
machines. Each figure is the median CPU second (user + system) of `--repeat` runs.

    .venv/bin/python scripts/dev/bench_docx.py [--repeat 5]

It is a report: it always exits 0.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from lakip.forms.narrative_import import import_narrative  # noqa: E402
from lakip.forms.narrative_template import write_narrative_template  # noqa: E402
from lakip.load.project import load_project  # noqa: E402
from lakip.validate.gate import load_and_validate  # noqa: E402

YEAR = 2025
WHEN = datetime(2026, 1, 15, tzinfo=UTC)


def _cpu(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        action()
        times.append(time.process_time() - start)
    return statistics.median(times)


def run(repeat: int) -> list[tuple[str, float, float]]:
    with tempfile.TemporaryDirectory(prefix="lakip-bench-docx-") as temp:
        root = Path(temp) / "repo"
        for name in ("reports", "sections"):
            shutil.copytree(REPO / name, root / name)
        rows = [("baseline", _cpu(partial(load_and_validate, root), repeat), 0.0)]
        project, _ = load_project(root)
        for unit, duty in project.duties(YEAR).items():
            if not duty.indicators:
                continue
            path = Path(temp) / f"narasi-{YEAR}-{unit}.docx"
            template = partial(write_narrative_template, project, YEAR, unit, path, WHEN)
            written = _cpu(template, repeat)
            imported = _cpu(partial(import_narrative, root, path), repeat)
            rows.append((unit, written, imported))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    rows = run(parser.parse_args().repeat)
    base = rows[0][1] or 1e-9
    print(
        f"Word narrative, CPU seconds (median); /base divides by load_and_validate ({base:.3f} s)"
    )
    print(f"{'unit':<28} {'template s':>10} {'/base':>6} {'import s':>9} {'/base':>6}")
    for unit, written, imported in rows[1:]:
        print(
            f"{unit:<28} {written:>10.3f} {written / base:>6.2f} "
            f"{imported:>9.3f} {imported / base:>6.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
