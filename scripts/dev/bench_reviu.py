"""Time what `lakip reviu` adds to the report build it starts with, on the sample.

The worksheet reads the built PDF back (text and page labels of every page), decides the items
(git blame per realisation, the recount, the target lock) and prints its own PDF and XLSX. Each
step is timed in this process after one build of the sample's draft, which is the baseline:
divide by it to compare machines.

    .venv/bin/python scripts/dev/bench_reviu.py [--repeat 3]

It is a report: it always exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from lakip.compute.figures import compute  # noqa: E402
from lakip.pipeline import build  # noqa: E402
from lakip.reviu import pages  # noqa: E402
from lakip.reviu.items import Inputs  # noqa: E402
from lakip.reviu.sheet import evaluate  # noqa: E402
from lakip.reviu.write import write_pdf, write_xlsx  # noqa: E402
from lakip.sop.targetlock import check_targets  # noqa: E402
from lakip.validate.gate import load_and_validate  # noqa: E402


def _timed(step) -> tuple[float, object]:
    started = time.perf_counter()
    value = step()
    return time.perf_counter() - started, value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-reviu-") as tmp:
        out = Path(tmp)
        base, built = _timed(lambda: build(REPO, out / "report", 2025))
        project = load_and_validate(REPO, 2025).project
        figures = compute(project, 2025)
        steps = {
            "read the PDF back": lambda: pages.read_pages(built.pdf),
            "target lock": lambda: check_targets(REPO, 2025),
        }
        found: dict[str, list[float]] = {name: [] for name in steps}
        found |= {"evaluate": [], "worksheet PDF": [], "worksheet XLSX": []}
        for _ in range(args.repeat):
            results = {}
            for name, step in steps.items():
                took, results[name] = _timed(step)
                found[name].append(took)
            given = Inputs(
                REPO, project, 2025, figures, results["read the PDF back"], results["target lock"]
            )
            took, sheet = _timed(lambda g=given: evaluate(g))
            found["evaluate"].append(took)
            found["worksheet PDF"].append(
                _timed(lambda s=sheet: write_pdf(REPO, project.profile, s, out / "r.pdf"))[0]
            )
            found["worksheet XLSX"].append(_timed(lambda s=sheet: write_xlsx(s, out / "r.xlsx"))[0])
    print(f"baseline: build of the sample's draft (PDF and site) {base:.2f} s")
    total = 0.0
    for name, times in found.items():
        best = min(times)
        total += best
        print(
            f"{name:<20} {best:6.2f} s  {best / base:5.2f} x build  "
            f"(median {statistics.median(times):.2f} s)"
        )
    print(f"{'reviu adds':<20} {total:6.2f} s  {total / base:5.2f} x build")
    return 0


if __name__ == "__main__":
    sys.exit(main())
