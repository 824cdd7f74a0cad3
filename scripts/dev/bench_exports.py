"""Time the spreadsheet commands of issue 15 against `lakip validate` of the same sample.

Each command runs in a fresh interpreter on a copy of the sample, as a user runs it: the readers'
workbook (`lakip figures --format xlsx`), and the finance import, each as a dry run so every
repeat does the same work, of the sample's own budget (13 kegiatan) into the sample, where
nothing changes, and into a copy whose realisations were wiped, where the changes are validated
in a copy; and of a regency-wide export (the sample's lines among 200,000 other agencies' lines,
13 MB of CSV). CPU seconds (user + system, from `os.wait4`) move little when the machine is busy;
the ratio to `validate` in the same run compares machines.

    .venv/bin/python scripts/dev/bench_exports.py [--repeat 3]

It is a report: it always exits 0.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_hostile import REPO, _sample

FOREIGN_LINES = 200_000


def _export(root: Path, path: Path, foreign: int) -> Path:
    """A `;` CSV of the sample's kegiatan (pagu and realisation as typed), then `foreign` lines."""
    sys.path.insert(0, str(REPO / "scripts"))
    from lakip.validate.gate import load_and_validate

    project = load_and_validate(root, 2025).project
    spent = project.year_data(2025).budgets
    lines = ["Laporan Realisasi Anggaran;;;", "Kode Rekening;Uraian;Pagu;Realisasi"]
    for p in project.pks[2025].programmes:
        for k in p.kegiatan:
            lines.append(f"{k.code};{k.name};{_dots(k.pagu)};{_dots(spent[k.code].value)}")
    for n in range(foreign):
        lines.append(f"1.{n % 30:02d}.01.2.{n // 10000:02d}.{n % 10000:04d};Dinas lain;1.000;500")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _dots(amount) -> str:
    """Rupiah as typed in Indonesia: `1.250.000`."""
    return f"{int(amount):,}".replace(",", ".")


def _timed(args: list[str], out: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds and the exit code of one `lakip ARGS` in a fresh process."""
    with out.open("wb") as stream:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "lakip", *args], stdout=stream,
                                 stderr=subprocess.STDOUT, env={**os.environ, "PYTHONPATH":
                                 str(REPO / "scripts")})  # fmt: skip
        _, status, usage = os.wait4(child.pid, 0)
    return (
        time.perf_counter() - start,
        usage.ru_utime + usage.ru_stime,
        os.waitstatus_to_exitcode(status),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory(prefix="lakip-exports-") as tmp:
        scratch = Path(tmp)
        root = _sample(scratch)
        small = _export(root, scratch / "lra.csv", 0)
        big = _export(root, scratch / "lra-kabupaten.csv", FOREIGN_LINES)
        wiped = _sample(scratch / "wiped")  # every realisation differs: changes to validate
        for path in wiped.glob("sections/*/2025/anggaran.yml"):
            text = path.read_text(encoding="utf-8")
            path.write_text(re.sub(r"(?m)^(    realisasi: )\d+", r"\g<1>1000", text), "utf-8")
        cases = {
            "validate (baseline)": ["validate", "--root", str(root)],
            "figures --format json": ["figures", "--root", str(root), "--format", "json"],
            "figures --format xlsx --out": [
                *("figures", "--root", str(root), "--format", "xlsx"),
                *("--out", str(scratch / "tabel.xlsx")),
            ],
            "impor-anggaran, 13 kegiatan, none changed": [
                *("impor-anggaran", "--root", str(root), str(small), "--dry-run"),
            ],
            "impor-anggaran, 13 kegiatan, all changed": [
                *("impor-anggaran", "--root", str(wiped), str(small), "--dry-run"),
            ],
            "impor-anggaran, 200,000 lines (13 MB)": [
                *("impor-anggaran", "--root", str(root), str(big), "--dry-run"),
            ],
        }
        print("| command | wall s | CPU s | CPU / validate | exit |")
        print("| --- | --- | --- | --- | --- |")
        base = None
        for name, args in cases.items():
            runs = [_timed(args, scratch / "out.txt") for _ in range(repeat)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            base = base or cpu
            print(f"| {name} | {wall:.2f} | {cpu:.2f} | {cpu / base:.1f} | {runs[0][2]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
