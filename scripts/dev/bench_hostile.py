"""Time `lakip validate` on the worst inputs the limits allow: one data file of almost 1 MiB.

The hostile review found validation quadratic inside the documented limits (20k list items took
38 s; a 1 MiB file of `- {}` ran past 300 s) and 262k findings printed as 38 MB. Each case here
puts one such file into a copy of the sample and runs `lakip validate` in a fresh interpreter,
as a user or the pull-request workflow does, next to the untouched sample measured in the same
run (the baseline: divide by it to compare machines). The target is an absolute 2 s per case
(issue 12); the printed output must stay small, because findings are capped per file.

    .venv/bin/python scripts/dev/bench_hostile.py [--repeat 3] [--json FILE]

It is a report: it always exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGET_S = 2.0
LIMIT = 1024 * 1024 - 4096  # just under the loader's MAX_YAML_BYTES / MAX_MARKDOWN_BYTES
UNIT = "sections/bidang-politik/2025"


def _repeat(head: str, item: str) -> str:
    """`head` then `item` as many times as fits in the limit."""
    return head + item * ((LIMIT - len(head)) // len(item))


def _flow_items() -> str:
    return _repeat("tahun: 2025\nindikator:\n", "- {}\n")


def _octal_items() -> str:
    return _repeat("tahun: 2025\nindikator:\n", "- kode: IKU-01\n  realisasi: 0777\n")


def _comma_split() -> str:
    return _repeat("tahun: 2025\nindikator:\n", "- {kode: IKU-01, realisasi: 0,0189}\n")


def _unknown_keys() -> str:
    lines = "".join(f"  k{i:06d}: 1\n" for i in range(LIMIT // 14))
    return ("tahun: 2025\nindikator:\n- kode: IKU-01\n" + lines)[:LIMIT]


def _empty_bullets() -> str:
    return _repeat("## IKU-01 Judul\n\n### Penyebab\n\n", "- -\n")


def _headings() -> str:
    return _repeat("", "## IKU-01\n\n")


# name -> (file replaced in the sample copy, its hostile content)
CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "realisasi.yml: '- {}' items": (f"{UNIT}/realisasi.yml", _flow_items),
    "realisasi.yml: 'realisasi: 0777' items": (f"{UNIT}/realisasi.yml", _octal_items),
    "realisasi.yml: comma decimals in flow items": (f"{UNIT}/realisasi.yml", _comma_split),
    "realisasi.yml: 70k unknown keys": (f"{UNIT}/realisasi.yml", _unknown_keys),
    "narasi.md: empty bullets": (f"{UNIT}/narasi.md", _empty_bullets),
    "narasi.md: repeated headings": (f"{UNIT}/narasi.md", _headings),
}


def _sample(into: Path) -> Path:
    root = into / "repo"
    for name in ("reports", "sections", "mkdocs.yml"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy2(source, root / name)
    return root


def _validate(root: Path, out: Path) -> tuple[float, float, int, int]:
    """Wall and CPU seconds, exit code and bytes printed by one `lakip validate` in a fresh
    process. CPU time (user + system, from `os.wait4`) hardly moves when the machine is busy."""
    command = [sys.executable, "-m", "lakip", "validate", "--root", str(root)]
    with out.open("wb") as stream:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=stream, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, child.returncode, out.stat().st_size


def run(repeat: int) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory(prefix="lakip-hostile-") as tmp:
        scratch = Path(tmp)
        baseline_root = _sample(scratch / "baseline")
        cases = [("baseline: the sample", baseline_root, "", 0)]
        for index, (name, (rel, make)) in enumerate(CASES.items()):
            root = _sample(scratch / f"case{index}")
            text = make()
            (root / rel).write_text(text, encoding="utf-8")
            cases.append((name, root, rel, len(text.encode("utf-8"))))
        for name, root, rel, size in cases:
            runs = [_validate(root, scratch / "out.txt") for _ in range(repeat)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            results.append(
                {
                    "case": name,
                    "file": rel,
                    "bytes": size,
                    "wall_s": round(wall, 3),
                    "cpu_s": round(cpu, 3),
                    "exit": runs[0][2],
                    "printed_bytes": runs[0][3],
                }
            )
    base = results[0]["cpu_s"] or 1e-9
    for result in results:
        result["ratio"] = round(result["cpu_s"] / base, 2)
    return results


def print_report(results: list[dict]) -> None:
    print(f"lakip validate on hostile 1 MiB files (target < {TARGET_S:.0f} s each)\n")
    print("The verdict is on CPU seconds (user + system); /base divides them by the sample's.\n")
    header = ("case", "bytes", "wall s", "CPU s", "/base", "exit", "printed")
    print("{:<44} {:>9} {:>7} {:>6} {:>6} {:>4} {:>8}  verdict".format(*header))
    for r in results:
        verdict = "" if r["file"] == "" else ("PASS" if r["cpu_s"] < TARGET_S else "FAIL")
        print(
            f"{r['case']:<44} {r['bytes']:>9} {r['wall_s']:>7.2f} {r['cpu_s']:>6.2f} "
            f"{r['ratio']:>6.1f} {r['exit']:>4} {r['printed_bytes']:>8}  {verdict}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per case; the median (3)")
    parser.add_argument("--json", help="also write the results to this file")
    args = parser.parse_args(argv)
    results = run(args.repeat)
    print_report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
