"""`lakip <anything> | head`: a reader that goes away ends the command quietly, exit 141.

Real pipes, real processes: the reading end is closed before lakip writes (every write then
fails at once, whatever the size of the output), or after the first bytes, as `head -c 1` does.
Never a traceback, never "kesalahan internal: BrokenPipeError", never Python's "Exception
ignored" at exit.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys

import pytest

from helpers import REPO, copy_sample

# The commands that print much (or print findings), with what makes them print.
PRINTING = [
    ["figures"],
    ["figures", "--format", "json"],
    ["figures", "--format", "csv"],
    ["schema"],
    ["schema", "--markdown"],
    ["status", "2025", "--today", "2026-01-20"],
    ["status", "2025", "--format", "json", "--today", "2026-01-20"],
    ["validate", "--root", "BROKEN"],
    ["validate", "--root", "BROKEN", "--format", "json"],
    ["validate", "--root", "BROKEN", "--format", "github"],
    ["figures", "--root", "BROKEN"],
    ["codeowners", "--check", "--format", "json"],
    ["verify", "no-such-bundle"],
    ["--help"],
    ["validate", "--help"],
    ["release", "--help"],
    ["valdate"],
]
NOISE = ("Traceback", "BrokenPipe", "kesalahan internal", "Internal error", "Exception ignored")


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> str:
    root = copy_sample(tmp_path_factory.mktemp("broken"))
    path = root / "sections/bidang-ideologi/2025/realisasi.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("realisasi: 92.22", "realisasi: 92,22"), encoding="utf-8")
    return str(root)


def _argv(args: list[str], broken: str) -> list[str]:
    return [sys.executable, "-m", "lakip", *(broken if a == "BROKEN" else a for a in args)]


def _env() -> dict[str, str]:
    return {**os.environ, "LAKIP_LANG": "id", "PYTHONPATH": str(REPO / "scripts")}


@pytest.mark.parametrize("args", PRINTING, ids=" ".join)
def test_reader_gone_before_the_first_write(args, broken):
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            _argv(args, broken), cwd=REPO, env=_env(), stdout=write, stderr=subprocess.PIPE,
            timeout=120,
        )  # fmt: skip
    finally:
        os.close(write)
    err = done.stderr.decode()
    assert not any(word in err for word in NOISE), err
    assert done.returncode in (0, 1, 2, 141), err
    # What is printed to stdout cannot arrive: a command that prints there says so with 141.
    if args[0] in ("figures", "schema", "status") and "BROKEN" not in args:
        assert done.returncode == 141, err


@pytest.mark.parametrize("args", PRINTING, ids=" ".join)
def test_both_streams_into_a_closed_pipe(args, broken):
    """`lakip ... 2>&1 | head`: the error or summary lakip writes to stderr breaks the pipe too."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            _argv(args, broken), cwd=REPO, env=_env(), stdout=write, stderr=write, timeout=120
        )
    finally:
        os.close(write)
    # --help and usage errors go through argparse, which drops a failed write itself.
    expected = {"--help": (0, 141), "valdate": (2, 141)}.get(args[-1], (141,))
    assert done.returncode in expected


@pytest.mark.parametrize(
    "args", [["figures", "--format", "json"], ["schema"], ["schema", "--markdown"]], ids=" ".join
)
def test_head_reads_a_little_then_closes(args, broken):
    """The `| head -c 1` of a terminal: the reader leaves while lakip is still writing.

    The pipe holds one page, so lakip (printing more than that) is still writing when the
    reader closes, however fast or slow the machine.
    """
    read, write = os.pipe()
    fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, 4096)
    process = subprocess.Popen(
        _argv(args, broken), cwd=REPO, env=_env(), stdout=write, stderr=subprocess.PIPE
    )
    os.close(write)
    assert os.read(read, 1)
    os.close(read)
    err = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=120) == 141, err
    assert not any(word in err for word in NOISE), err


def test_a_pipe_error_wrapped_by_a_library_is_still_a_reader_gone(monkeypatch, capsys):
    """A library that catches EPIPE and raises its own error must not read as a lakip bug."""
    import importlib

    cli_main = importlib.import_module("lakip.cli.main")

    def wrapped(args) -> int:
        read, write = os.pipe()
        os.close(read)
        try:
            os.write(write, b"x")
        except BrokenPipeError as error:
            raise RuntimeError("could not write the page") from error
        finally:
            os.close(write)
        return 0

    monkeypatch.setattr(cli_main, "schema_cmd", wrapped)
    code = cli_main.main(["schema"])
    assert code == 141
    assert "kesalahan internal" not in capsys.readouterr().err
