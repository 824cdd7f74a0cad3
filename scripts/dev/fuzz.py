"""Fuzz the loader and validator for a bounded time and print every crash or stall it finds.

lakip's promise for contributed files is findings, never exceptions. This searches for inputs that
break it, in three targets:

- `yaml`: bytes decoded and checked as `read_text` does, parsed (`parse_yaml`) and conformed
  against every file kind. Fast, so most of the time goes here.
- `markdown`: bytes as a section's narasi.md, also one construct repeated thousands of times:
  the hidden-character check, the Markdown limits, the loader's heading splitter and the
  narrative sanitiser's scan that `validate` reports from.
- `project`: bytes written over one file of a copy of the sample, then `load_project`, `validate`
  and rendering the findings. Slow, but it exercises the cross-file checks on broken input.

Engines: `atheris` (coverage-guided libFuzzer, if it is installed: `pip install atheris`, or the
project's `fuzz` extra) or `hypothesis` (seeded random search over the same generators the
property tests use: raw bytes, generated YAML structures, spliced copies of the sample files).
`--engine auto` takes atheris when it imports.

An input is reported when it raises anything, or when one target takes longer than `--slow`
seconds. Each is saved under `--out` as `<kind>-<target>-<hash>.bin` with a `.txt` beside it
holding the traceback; turn it into a golden case in tests/cases/invalid/ (an `edit` that writes
the same content) once lakip is fixed. Exit status: 0 when nothing was found, 1 otherwise.

    .venv/bin/python scripts/dev/fuzz.py --seconds 60
    .venv/bin/python scripts/dev/fuzz.py --seconds 300 --engine hypothesis --seed 7
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TARGETS = ("yaml", "markdown", "project")
# Files of the sample the `project` target overwrites, picked by the input's first byte.
PROJECT_FILES = (
    "reports/profil.yml",
    "reports/renstra.yml",
    "reports/2025/pk.yml",
    "reports/2025/bab/penutup.md",
    "sections/bidang-ideologi/unit.yml",
    "sections/bidang-ideologi/2025/realisasi.yml",
    "sections/bidang-ideologi/2025/anggaran.yml",
    "sections/bidang-ideologi/2025/narasi.md",
)
MARKDOWN_FILE = "sections/bidang-ideologi/2025/narasi.md"
# Plain scalars that YAML 1.1 turns into numbers: octal, hex, sexagesimal, exponents, underscores.
NUMBERISH = (
    r"[-+]?(0[0-7_]{1,6000}|0x[0-9a-f_]{1,6000}|[1-9][0-9_]{0,6000}(\.[0-9_]{0,60})?"
    r"([eE][-+]?[0-9]{1,12})?|[1-9][0-9]?(:[0-5][0-9]){1,3000}(\.[0-9]{1,5})?)"
)
MARKDOWN_TOKENS = (
    "[", "![", "[a](", "(", "<", "<http://", "<b>", "#\n", "# a\n", "- ", "  - x\n", "> ", "`a ",
    "*_", "**a** ", "_a_ ", "|a", "|x|y|\n", "\n\n", "a\n\n", "&a; ", "~~", "\\", "```\n",
)  # fmt: skip
_KEY_VALUE = re.compile(r"^(\s*(?:- )?[^:#\s][^:#]*: )(.+)$")
TRICKY = (
    "no", "on", "~", "1:30", "010", "0x1f", "1e3", ".nan", "-.inf", "2025-02-30", "1_000",
    "85,5", "1.234.567", "Rp 1.000", "92%", "\u200b", "\u202e", "\u00a0", "9" * 40, "1e999999999",
    "0" + "7" * 5000, "&a ", "*a", "<<: ", "!!python/object:os.system ", "%YAML 1.1\n", "---\n",
    "\t", "- ", "? ", ": ", "{", "[", '"\\e', "<script>", "<img src=x onerror=y>",
    "![](https://x/y.png)", "[a](javascript:b)", "## IKU-01\n", "```\n", "\x00",
)  # fmt: skip


class _TimeUp(BaseException):
    """Ends a Hypothesis search; a BaseException, so Hypothesis does not treat it as a failure."""


class Fuzzer:
    """Runs inputs through the targets and remembers what broke."""

    def __init__(self, out: Path, slow: float, stats: Path | None = None) -> None:
        self.out = out
        self.stats = stats
        self.saved = time.monotonic()
        self.slow = slow
        self.runs: Counter[str] = Counter()
        self.found: dict[str, str] = {}
        self.workspace = Path(tempfile.mkdtemp(prefix="lakip-fuzz-"))
        self.repo = _copy_sample(self.workspace / "repo")
        # The markdown target loads a repository of three files, so it runs many times a second.
        self.mini = self.workspace / "mini"
        for rel in ("reports/profil.yml", "reports/renstra.yml", MARKDOWN_FILE):
            (self.mini / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(REPO / rel, self.mini / rel)

    def close(self) -> None:
        shutil.rmtree(self.workspace, ignore_errors=True)

    def one(self, data: bytes) -> None:
        """Atheris' entry point: the first byte picks the target, the rest is the input."""
        if not data:
            return
        target = TARGETS[data[0] % len(TARGETS)]
        self.run(target, data[1:])

    def run(self, target: str, data: bytes) -> None:
        self.runs[target] += 1
        if self.stats and time.monotonic() - self.saved > 1:
            self.save()
        started = time.perf_counter()
        try:
            getattr(self, f"_{target}")(data)
        except Exception:  # noqa: BLE001 - every exception is what we are looking for
            self._keep("crash", target, data, traceback.format_exc())
            return
        elapsed = time.perf_counter() - started
        if elapsed > self.slow:
            self._keep("slow", target, data, f"{elapsed:.1f} s for {len(data)} bytes\n")

    def _yaml(self, data: bytes) -> None:
        from lakip.load import spec
        from lakip.load.conform import conform
        from lakip.load.yamlfile import hidden_characters, parse_yaml

        text = _decode(data)
        if text is None or hidden_characters(text, "f.yml"):
            return
        node, found = parse_yaml(text, "f.yml")
        _render(found)
        if node is not None:
            for kind in spec.FILE_KINDS.values():
                _render(conform(node, kind, "f.yml")[1])

    def _markdown(self, data: bytes) -> None:
        from lakip.load.project import load_project
        from lakip.validate.markdown_hazards import markdown_hazards

        (self.mini / MARKDOWN_FILE).write_bytes(data)
        project, found = load_project(self.mini)
        _render(found + list(markdown_hazards(project)))

    def _project(self, data: bytes) -> None:
        from lakip.load.project import load_project
        from lakip.validate.rules import validate

        rel = PROJECT_FILES[data[0] % len(PROJECT_FILES)] if data else PROJECT_FILES[0]
        original = (self.repo / rel).read_bytes()
        (self.repo / rel).write_bytes(data[1:])
        try:
            project, found = load_project(self.repo)
            _render(found + validate(project, 2025, final=True))
        finally:
            (self.repo / rel).write_bytes(original)

    def _keep(self, kind: str, target: str, data: bytes, detail: str) -> None:
        # One report per distinct problem: the exception line and the innermost lakip frame.
        lines = detail.strip().splitlines()
        frames = [line for line in lines if "/lakip/" in line]
        key = f"{kind}:{target}:{lines[-1][:120]}:{frames[-1] if frames else ''}"
        if key in self.found:
            return
        name = f"{kind}-{target}-{hashlib.sha256(data).hexdigest()[:12]}"
        self.out.mkdir(parents=True, exist_ok=True)
        (self.out / f"{name}.bin").write_bytes(data)
        (self.out / f"{name}.txt").write_text(detail, encoding="utf-8")
        self.found[key] = name
        print(f"\nfound {kind} in {target}: {lines[-1][:160]} -> {self.out / name}.bin", flush=True)
        self.save()

    def save(self) -> None:
        """libFuzzer ends the process without returning, so the child leaves its tally in a file."""
        if self.stats:
            self.saved = time.monotonic()
            data = {"runs": dict(self.runs), "found": self.found}
            self.stats.write_text(json.dumps(data), encoding="utf-8")


def _copy_sample(target: Path) -> Path:
    for folder in ("reports", "sections"):
        shutil.copytree(REPO / folder, target / folder)
    return target


def _decode(data: bytes) -> str | None:
    try:
        return data.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        return None


def _render(found: list) -> None:
    from lakip.findings import format_findings

    for lang in ("id", "en"):
        for fmt in ("text", "json", "github"):
            format_findings(found, fmt, lang)


def _seeds() -> list[bytes]:
    """The sample's own files, each prefixed for every target that reads that kind of file."""
    seeds = []
    for index, rel in enumerate(PROJECT_FILES):
        data = (REPO / rel).read_bytes()
        target = TARGETS.index("markdown" if rel.endswith(".md") else "yaml")
        seeds.append(bytes([target]) + data)
        seeds.append(bytes([TARGETS.index("project"), index]) + data)
    return seeds


def run_atheris(fuzzer: Fuzzer, seconds: int) -> None:
    import atheris

    corpus = fuzzer.workspace / "corpus"
    corpus.mkdir()
    for number, seed in enumerate(_seeds()):
        (corpus / f"seed-{number}").write_bytes(seed)
    with atheris.instrument_imports(include=["lakip", "yaml", "markdown", "markdown_it"]):
        import lakip.load.conform  # noqa: F401
        import lakip.load.narrative  # noqa: F401
        import lakip.load.project  # noqa: F401
        import lakip.load.yamlfile  # noqa: F401
        import lakip.validate.markdown_hazards  # noqa: F401
        import lakip.validate.rules  # noqa: F401
    argv = [sys.argv[0], f"-max_total_time={seconds}", "-timeout=60", "-rss_limit_mb=4096"]
    atheris.Setup([*argv, str(corpus)], fuzzer.one)
    with contextlib.suppress(SystemExit):
        atheris.Fuzz()


def run_hypothesis(fuzzer: Fuzzer, seconds: int, seed: int) -> None:
    import yaml
    from hypothesis import strategies as st

    samples = {rel: (REPO / rel).read_text(encoding="utf-8") for rel in PROJECT_FILES}
    scalars = st.one_of(
        st.sampled_from(TRICKY),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.text(max_size=20),
        st.none(),
        st.booleans(),
    )
    structures = st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=10), inner, max_size=5)
        ),
        max_leaves=40,
    )

    values = st.one_of(
        st.sampled_from(TRICKY),
        st.from_regex(NUMBERISH, fullmatch=True),
        st.text(max_size=30),
    )

    @st.composite
    def spliced(draw) -> tuple[int, bytes]:
        """A sample file with a few values swapped and a few bytes spliced, as editors do."""
        index = draw(st.integers(min_value=0, max_value=len(PROJECT_FILES) - 1))
        lines = samples[PROJECT_FILES[index]].split("\n")
        keys = {n: match[1] for n, line in enumerate(lines) if (match := _KEY_VALUE.match(line))}
        for _ in range(draw(st.integers(min_value=0, max_value=4)) if keys else 0):
            number = draw(st.sampled_from(sorted(keys)))
            lines[number] = keys[number] + draw(values)
        text = "\n".join(lines)
        for _ in range(draw(st.integers(min_value=0, max_value=3))):
            start = draw(st.integers(min_value=0, max_value=len(text)))
            end = draw(st.integers(min_value=start, max_value=min(len(text), start + 60)))
            text = text[:start] + draw(values) + text[end:]
        return index, text.encode("utf-8", errors="surrogatepass")

    inputs = {
        "yaml": st.one_of(
            st.binary(max_size=2000),
            structures.map(lambda value: yaml.safe_dump(value, allow_unicode=True).encode()),
            spliced().map(lambda pair: pair[1]),
        ),
        "markdown": st.one_of(
            st.binary(max_size=2000),
            spliced().map(lambda pair: pair[1]),
            # One construct many times over: how the converter's slow paths were found.
            st.tuples(st.sampled_from(MARKDOWN_TOKENS), st.integers(100, 50_000)).map(
                lambda pair: (pair[0] * pair[1]).encode("utf-8")
            ),
        ),
        "project": st.one_of(
            st.binary(max_size=2000), spliced().map(lambda pair: bytes([pair[0]]) + pair[1])
        ),
    }
    # The fast targets get most of the time; the slow one still sees a few hundred inputs.
    for target, share in (("yaml", 0.5), ("markdown", 0.25), ("project", 0.25)):
        with contextlib.suppress(_TimeUp):
            _search(inputs[target], seed, time.monotonic() + seconds * share)(fuzzer, target)


def _search(strategy, seed: int, deadline: float):
    """A Hypothesis search over `strategy` that stops at `deadline` by raising `_TimeUp`."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as fixed_seed

    def search(fuzzer: Fuzzer, target: str):
        @fixed_seed(seed)
        @settings(
            max_examples=10**9,
            phases=[Phase.generate],
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def run(data: bytes) -> None:
            if time.monotonic() > deadline:
                raise _TimeUp
            fuzzer.run(target, data)

        run()

    return search


def _atheris_child(args: argparse.Namespace) -> Fuzzer:
    """Run atheris in a child process and read back its tally."""
    tally = Fuzzer(args.out, args.slow)
    tally.close()
    with tempfile.TemporaryDirectory() as scratch:
        stats = Path(scratch) / "stats.json"
        command = [sys.executable, __file__, "--seconds", str(args.seconds), "--slow",
                   str(args.slow), "--out", str(args.out), "--child-stats", str(stats)]  # fmt: skip
        subprocess.run(command, check=False)
        if stats.exists():
            data = json.loads(stats.read_text(encoding="utf-8"))
            tally.runs.update(data["runs"])
            tally.found.update(data["found"])
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long to search (default 60)")
    parser.add_argument("--engine", choices=("auto", "atheris", "hypothesis"), default="auto")
    parser.add_argument("--seed", type=int, default=0, help="Hypothesis seed (default 0)")
    parser.add_argument("--slow", type=float, default=5.0, help="seconds that count as a stall")
    parser.add_argument("--out", type=Path, default=REPO / "build" / "fuzz", help="reproducers")
    parser.add_argument("--child-stats", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_stats:  # the atheris child: fuzz until libFuzzer's clock ends the process
        fuzzer = Fuzzer(args.out, args.slow, args.child_stats)
        try:
            run_atheris(fuzzer, args.seconds)
        finally:
            fuzzer.save()
            fuzzer.close()
        return 0

    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    started = time.monotonic()
    if engine == "atheris":
        fuzzer = _atheris_child(args)
    else:
        fuzzer = Fuzzer(args.out, args.slow)
        try:
            run_hypothesis(fuzzer, args.seconds, args.seed)
        finally:
            fuzzer.close()
    total = sum(fuzzer.runs.values())
    rates = ", ".join(f"{target} {fuzzer.runs[target]}" for target in TARGETS)
    print(f"\n{engine}: {total} inputs in {time.monotonic() - started:.0f} s ({rates})")
    for name in fuzzer.found.values():
        print(f"  {args.out / name}.bin")
    print(f"{len(fuzzer.found)} problem(s) found." if fuzzer.found else "Nothing found.")
    return 1 if fuzzer.found else 0


if __name__ == "__main__":
    sys.exit(main())
