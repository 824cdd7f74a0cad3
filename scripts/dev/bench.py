"""Measure lakip on synthetic agencies 1, 4 and 16 times the sample, against its speed targets.

Each command runs in a fresh interpreter, as a user runs it, and is timed from spawn to exit
with the child's own peak RSS and CPU time from `os.wait4`. The build is also run once inside a
probe process whose timing wrappers sit around the engines' entry points (WeasyPrint's parse of
the HTML and CSS, its render and write, MkDocs' build), so lakip's own share of a build can be
told from the engines'.
`python -c "import yaml"` is measured in the same run as a baseline: divide by it to compare
machines. The benchmark is a report: it always exits 0; `--json FILE` keeps the numbers.

    make bench BENCH_ARGS="--sizes 1,4 --repeat 1 --json bench.json"
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts" / "dev"))

from synthetic import generate, history_years  # noqa: E402

EPOCH = "1767225600"  # 2026-01-01: builds must not depend on the clock or on git
VALIDATE_SAMPLE_S = 0.3
VALIDATE_16X_S = 1.5
SHARE_MAX = 0.10
TIME_GROWTH = 20 / 16  # 16x the data may cost 20x the time ...
MEMORY_GROWTH = 1.0  # ... and 16x the memory; scaled to every factor
BUILD_16X_MIB = 1536
SERVE_REBUILD_S = 2.0
COMMANDS = ("validate", "figures", "build")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.probe:
        return _probe(args.probe, Path(args.probe_root), Path(args.probe_out), args.repeat)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    results = run(sizes, args.repeat, args.seed)
    print_report(results)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nresults written to {args.json}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,16", help="factors of the sample (default 1,4,16)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; median (3)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic data")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    parser.add_argument("--probe", choices=("build", "serve"), help=argparse.SUPPRESS)
    parser.add_argument("--probe-root", help=argparse.SUPPRESS)
    parser.add_argument("--probe-out", help=argparse.SUPPRESS)
    return parser


def run(sizes: list[int], repeat: int, seed: int) -> dict:
    """Generate every size, measure every command, and judge each figure against its target."""
    results: dict = {"machine": machine(), "repeat": repeat, "seed": seed, "sizes": {}}
    results["baseline_s"] = _median(
        [_spawn([sys.executable, "-c", "import yaml"])["wall_s"] for _ in range(max(repeat, 5))]
    )
    print(f"baseline: python -c 'import yaml' {results['baseline_s']:.3f} s", flush=True)
    results["sample"] = {"validate": _measure(["validate"], REPO, repeat)}
    print(f"sample: validate {results['sample']['validate']['wall_s']:.3f} s", flush=True)
    with tempfile.TemporaryDirectory(prefix="lakip-bench-") as tmp:
        for factor in sizes:
            root = Path(tmp) / f"agency-{factor}x"
            started = time.perf_counter()
            generate(root, factor, seed)
            size = {"generate_s": time.perf_counter() - started, **_inputs(root, factor)}
            out = Path(tmp) / f"out-{factor}x"
            for command in COMMANDS:
                extra = {"figures": ["--format", "json"], "build": ["--out", str(out)]}
                size[command] = _measure([command, *extra.get(command, [])], root, repeat)
                print(f"{factor}x: {command} {size[command]['wall_s']:.2f} s", flush=True)
            size["engines"] = _probe_child("build", root, Path(tmp) / f"probe-{factor}x", 1)
            if factor == 1:
                size["serve"] = _probe_child("serve", root, Path(tmp) / "serve-1x", repeat)
            results["sizes"][str(factor)] = size
    results["finished"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    results["loadavg_end"] = os.getloadavg()
    results["verdicts"] = verdicts(results)
    return results


def machine() -> dict:
    """What the numbers were measured on, as docs/performance.md records it."""
    cpu = next(
        (line.split(":", 1)[1].strip() for line in _lines("/proc/cpuinfo") if "model name" in line),
        platform.processor() or "?",
    )
    mem = next((line.split()[1] for line in _lines("/proc/meminfo") if "MemTotal" in line), "0")
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "memory_gib": round(int(mem) / 1024 / 1024, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "started": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "loadavg_start": os.getloadavg(),
    }


def _lines(path: str) -> list[str]:
    try:
        return Path(path).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def _inputs(root: Path, factor: int) -> dict:
    files = [p for p in root.rglob("*") if p.is_file()]
    return {
        "units": sum(1 for p in (root / "sections").iterdir() if p.is_dir()),
        "indicators": sum(
            p.read_text(encoding="utf-8").count("penanggung_jawab:")
            for p in [root / "reports/renstra.yml"]
        ),
        "years": history_years(factor),
        "files": len(files),
        "bytes": sum(p.stat().st_size for p in files),
    }


def _env() -> dict[str, str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, LAKIP_LANG="en")
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO / "scripts"), env.get("PYTHONPATH")])
    )
    return env


def _spawn(cmd: list[str], cwd: Path | None = None) -> dict:
    """Run `cmd` to its end; its wall time, and the child's own CPU time and peak RSS."""
    started = time.perf_counter()
    child = subprocess.Popen(
        cmd, cwd=cwd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stderr = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rss_mib": usage.ru_maxrss / 1024,  # KiB on Linux
        "rc": child.returncode,
        "stderr": stderr.decode("utf-8", "replace")[-2000:] if child.returncode else "",
    }


def _measure(args: list[str], root: Path, repeat: int) -> dict:
    """Run `lakip ARGS` `repeat` times, each in a fresh interpreter; medians of every figure."""
    if args[0] != "build":  # warm the OS cache and the .pyc files (validate has, for the build)
        _spawn([sys.executable, "-m", "lakip", *args], root)
    runs = [_spawn([sys.executable, "-m", "lakip", *args], root) for _ in range(repeat)]
    failed = [r for r in runs if r["rc"] != 0]
    return {
        "wall_s": _median([r["wall_s"] for r in runs]),
        "cpu_s": _median([r["cpu_s"] for r in runs]),
        "rss_mib": max(r["rss_mib"] for r in runs),
        "runs_s": [round(r["wall_s"], 3) for r in runs],
        "rc": failed[0]["rc"] if failed else 0,
        "error": failed[0]["stderr"] if failed else "",
    }


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _probe_child(kind: str, root: Path, out: Path, repeat: int) -> dict:
    cmd = [sys.executable, __file__, "--probe", kind, "--probe-root", str(root)]
    cmd += ["--probe-out", str(out), "--repeat", str(repeat)]
    done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, check=False)
    try:
        return json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        return {"error": (done.stderr or done.stdout)[-2000:]}


def _probe(kind: str, root: Path, out: Path, repeat: int) -> int:
    """Inside a child: time a build with the engines wrapped, or serve's rebuild; print JSON."""
    engines = _wrap_engines()
    from lakip.pipeline import build, build_preview

    if kind == "build":
        started = time.perf_counter()
        result = build(root, out)
        total = time.perf_counter() - started
        spent = {name: sum(times) for name, times in engines.items()}
        engine_s = sum(spent.values())
        from pypdf import PdfReader

        pages = len(PdfReader(result.pdf).pages) if result.ok and result.pdf else None
        print(
            json.dumps(
                {
                    "ok": result.ok,
                    "total_s": total,
                    "engines_s": engine_s,
                    "engine_calls": {name: len(times) for name, times in engines.items()},
                    "by_engine_s": spent,
                    "lakip_s": total - engine_s,
                    "share": (total - engine_s) / engine_s if engine_s else None,
                    "stages_s": result.timings,
                    "pdf_pages": pages,
                }
            )
        )
        return 0
    site = out / "site"
    build_preview(root, site)  # warm-up: imports, first MkDocs build
    touched = next(iter(sorted(root.glob("sections/*/*/realisasi.yml"))))
    times = []
    for _ in range(max(repeat, 1)):
        touched.write_bytes(touched.read_bytes())
        started = time.perf_counter()
        result = build_preview(root, site)
        times.append(time.perf_counter() - started)
    print(json.dumps({"ok": result.site is not None, "rebuild_s": _median(times), "runs_s": times}))
    return 0


def _wrap_engines() -> dict[str, list[float]]:
    """Time every call of the engines' entry points; the real functions still do the work."""
    import mkdocs.commands.build
    import weasyprint
    import weasyprint.document

    spent: dict[str, list[float]] = {}
    # Parsing lakip's HTML and CSS is WeasyPrint's work too (tinyhtml5 and tinycss2 in pure
    # Python, ~6 s of a 16x build): it is timed as the engine's, and shown on its own.
    targets = (
        ("weasyprint.HTML.__init__", weasyprint.HTML, "__init__"),
        ("weasyprint.CSS.__init__", weasyprint.CSS, "__init__"),
        ("weasyprint.HTML.render", weasyprint.HTML, "render"),
        ("weasyprint.Document.write_pdf", weasyprint.document.Document, "write_pdf"),
        ("mkdocs.commands.build.build", mkdocs.commands.build, "build"),
    )
    for name, owner, attr in targets:
        spent[name] = []
        setattr(owner, attr, _timed(getattr(owner, attr), spent[name]))
    return spent


_ENGINE_LABELS = {
    "weasyprint.HTML.__init__": "HTML parse",
    "weasyprint.CSS.__init__": "CSS parse",
    "weasyprint.HTML.render": "render",
    "weasyprint.Document.write_pdf": "write_pdf",
    "mkdocs.commands.build.build": "mkdocs build",
}


def _timed(function, times: list[float]):
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            times.append(time.perf_counter() - started)

    return wrapper


def verdicts(results: dict) -> list[dict]:
    """Every target of the issue, with the measured figure and PASS or FAIL."""
    out: list[dict] = []

    def judge(name: str, value: float | None, limit: float, unit: str) -> None:
        ok = value is not None and value == value and value <= limit
        out.append({"target": name, "value": value, "limit": limit, "unit": unit, "pass": ok})

    sizes = results["sizes"]
    judge(
        "validate on the sample (wall)",
        results["sample"]["validate"]["wall_s"],
        VALIDATE_SAMPLE_S,
        "s",
    )
    if "16" in sizes:
        judge("validate at 16x (wall)", sizes["16"]["validate"]["wall_s"], VALIDATE_16X_S, "s")
        judge("build at 16x, peak memory", sizes["16"]["build"]["rss_mib"], BUILD_16X_MIB, "MiB")
    for factor, size in sizes.items():
        judge(
            f"build {factor}x, lakip share of engine time",
            size["engines"].get("share"),
            SHARE_MAX,
            "",
        )
        for command in COMMANDS:
            if factor == "1" or "1" not in sizes:
                continue
            base = sizes["1"][command]
            scale = int(factor)
            judge(
                f"{command} {factor}x/1x time",
                size[command]["wall_s"] / base["wall_s"],
                TIME_GROWTH * scale,
                "x",
            )
            judge(
                f"{command} {factor}x/1x memory",
                size[command]["rss_mib"] / base["rss_mib"],
                MEMORY_GROWTH * scale,
                "x",
            )
    if "1" in sizes and "serve" in sizes["1"]:
        judge(
            "serve rebuild 1x (one realisasi.yml touched)",
            sizes["1"]["serve"].get("rebuild_s"),
            SERVE_REBUILD_S,
            "s",
        )
    return out


def print_report(results: dict) -> None:
    m = results["machine"]
    print(
        f"\nlakip benchmark, {m['started']}: {m['cpu']}, {m['nproc']} CPUs, "
        f"{m['memory_gib']} GiB, Python {m['python']}"
    )
    print(
        f"load average at start {_load(m['loadavg_start'])}, "
        f"at end {_load(results['loadavg_end'])}; median of {results['repeat']} runs"
    )
    base = results["baseline_s"]
    print(f"baseline (interpreter start, python -c 'import yaml'): {base:.3f} s")
    sample = results["sample"]["validate"]
    print(f"validate on the sample: {_cell(sample)}")
    for factor, size in results["sizes"].items():
        print(
            f"\n== {factor}x: {size['units']} units, {size['indicators']} indicators, "
            f"{size['years']} years, {size['files']} files, {size['bytes'] / 2**20:.1f} MiB "
            f"(generated in {size['generate_s']:.1f} s)"
        )
        print(f"  {'command':<10}{'wall s':>9}{'/base':>8}{'cpu s':>9}{'peak MiB':>10}  runs")
        for command in COMMANDS:
            r = size[command]
            print(
                f"  {command:<10}{r['wall_s']:>9.3f}{r['wall_s'] / base:>8.1f}"
                f"{r['cpu_s']:>9.3f}{r['rss_mib']:>10.1f}  {r['runs_s']}"
                + (f"  FAILED rc={r['rc']}: {r['error'].strip()[-300:]}" if r["rc"] else "")
            )
        e = size["engines"]
        if "share" in e:
            engines = ", ".join(
                f"{_ENGINE_LABELS.get(k, k)} {v:.2f} s" for k, v in e["by_engine_s"].items()
            )
            print(
                f"  in-process build {e['total_s']:.2f} s = engines {e['engines_s']:.2f} s "
                f"({engines}) + lakip {e['lakip_s']:.2f} s"
            )
            parse = sum(v for k, v in e["by_engine_s"].items() if k.endswith("__init__"))
            strict = (e["lakip_s"] + parse) / (e["engines_s"] - parse)
            note = f"{strict:.3f} counting WeasyPrint's parse as lakip's"
            print(f"  lakip share {e['share']:.3f} ({note})")
            stages = ", ".join(f"{k} {v:.2f}" for k, v in e["stages_s"].items())
            print(f"  build stages (s): {stages}")
            parts = e["engine_calls"].get("weasyprint.HTML.render", 0)
            print(f"  PDF: {e.get('pdf_pages')} pages, laid out in {parts} part(s)")
        else:
            print(f"  engine probe failed: {e.get('error', '')[-300:]}")
        if "serve" in size:
            s = size["serve"]
            print(
                f"  serve rebuild: {s.get('rebuild_s', float('nan')):.3f} s {s.get('runs_s', '')}"
            )
    if "1" in results["sizes"] and len(results["sizes"]) > 1:
        print("\ngrowth against 1x (time = wall, memory = peak RSS)")
        for command in COMMANDS:
            one = results["sizes"]["1"][command]
            cells = [
                f"{f}x: time {s[command]['wall_s'] / one['wall_s']:.1f}x "
                f"memory {s[command]['rss_mib'] / one['rss_mib']:.1f}x"
                for f, s in results["sizes"].items()
                if f != "1"
            ]
            print(f"  {command:<10}" + "; ".join(cells))
    print("\ntargets")
    for v in results["verdicts"]:
        value = "n/a" if v["value"] is None else f"{v['value']:.3f}{v['unit']}"
        limit = f"<= {v['limit']:g}{v['unit']}"
        print(f"  {'PASS' if v['pass'] else 'FAIL'}  {v['target']:<48}{value:>14}  {limit}")


def _cell(r: dict) -> str:
    return f"{r['wall_s']:.3f} s wall, {r['cpu_s']:.3f} s cpu, {r['rss_mib']:.1f} MiB"


def _load(values) -> str:
    return " ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
