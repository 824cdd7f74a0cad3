"""Real builds under hostile conditions: racing, other time zones, no network, no stray writes.

All builds here run `lakip build` as a subprocess on a committed copy of the sample whose narrative
holds everything contributed Markdown may still hold after validation: links to the cloud metadata
address and to the internet, an autolink, an embedded PNG. Every build runs with a
`sitecustomize.py` on PYTHONPATH that turns any socket connection or name lookup into an entry in
a log file and an error, so a build that reaches for the network is caught even when it would
have failed quietly.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from golden import apply_edits
from helpers import copy_sample

pytestmark = pytest.mark.slow

LAKIP = Path(sys.executable).with_name("lakip")
NARRATIVE = "sections/bidang-ideologi/2025/narasi.md"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f8cf00000301010018dd8db00000000049454e44ae426082"
)
# Passes validation, so it reaches both renderers: only links, which nothing may fetch.
STILL_HOSTILE = """
Data rinci ada di [layanan metadata](http://169.254.169.254/latest/meta-data/) dan di
<http://169.254.169.254/latest/user-data>, juga <a href="http://127.0.0.1:9/">di sini</a> dan
[situs luar](https://contoh.invalid/laporan.pdf "unduh").

![Grafik kecil](gambar/grafik.png)
"""
SITECUSTOMIZE = """
import os, socket

_LOG = os.environ["LAKIP_NETWORK_LOG"]


def _refuse(*args, **kwargs):
    with open(_LOG, "a", encoding="utf-8") as log:
        log.write(f"{os.getpid()} {args!r}\\n")
    raise OSError("network access is not allowed during a lakip build")


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""


def _git(root: Path, *args: str) -> None:
    date = "2026-02-20T09:00:00+07:00"
    env = {
        **os.environ,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_AUTHOR_NAME": "Penguji",
        "GIT_AUTHOR_EMAIL": "penguji@example.invalid",
        "GIT_COMMITTER_NAME": "Penguji",
        "GIT_COMMITTER_EMAIL": "penguji@example.invalid",
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def _snapshot(folder: Path, skip: str = ".git") -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): (
            hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        )
        for path in sorted(folder.rglob("*"))
        if skip not in path.relative_to(folder).parts
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict[str, Path]:
    """A committed hostile-but-valid repository, a network guard and an empty home folder."""
    base = tmp_path_factory.mktemp("hostile")
    repo = copy_sample(base / "repo")
    apply_edits(repo, {NARRATIVE: {"append": STILL_HOSTILE}})
    (repo / NARRATIVE).parent.joinpath("gambar").mkdir()
    (repo / NARRATIVE).parent.joinpath("gambar", "grafik.png").write_bytes(PNG)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "Data contoh")
    guard = base / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    return {"base": base, "repo": repo, "guard": guard}


def _env(world: dict[str, Path], name: str, **extra: str) -> dict[str, str]:
    home = world["base"] / f"home-{name}"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "LAKIP_"))}
    env.pop("SOURCE_DATE_EPOCH", None)  # the epoch must come from the commit
    env.update(
        HOME=str(home),
        PYTHONPATH=str(world["guard"]),
        LAKIP_NETWORK_LOG=str(world["base"] / f"network-{name}.log"),
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
    )
    env.update(extra)
    return env


def _start(world: dict[str, Path], out: Path, name: str, **extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(LAKIP), "build", "--root", str(world["repo"]), "--out", str(out)],
        cwd=world["base"],
        env=_env(world, name, **extra),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen) -> tuple[int, str]:
    stdout, stderr = process.communicate(timeout=600)
    return process.returncode, stdout + stderr


def _network_attempts(world: dict[str, Path]) -> str:
    return "".join(
        log.read_text(encoding="utf-8") for log in sorted(world["base"].glob("network-*.log"))
    )


def _pdf(out: Path) -> Path:
    (pdf,) = out.glob("*.pdf")
    return pdf


def _assert_complete(out: Path) -> None:
    reader = PdfReader(_pdf(out))
    assert len(reader.pages) > 10
    assert "KESATUAN BANGSA" in reader.pages[0].extract_text()
    assert (out / "site" / "index.html").is_file()
    assert not list(out.glob(".lakip-build-*")), "a temporary build folder was left behind"


@pytest.fixture(scope="module")
def zone_builds(world) -> dict:
    """The same commit built at once in Jakarta with an Indonesian locale and in UTC with C."""
    before = _snapshot(world["repo"])
    outs = {"jakarta": world["base"] / "out-jakarta", "utc": world["base"] / "out-utc"}
    running = {
        "jakarta": _start(world, outs["jakarta"], "jakarta", TZ="Asia/Jakarta",
                          LANG="id_ID.UTF-8", LC_ALL="id_ID.UTF-8"),
        "utc": _start(world, outs["utc"], "utc", TZ="UTC", LANG="C", LC_ALL="C"),
    }  # fmt: skip
    results = {name: _finish(process) for name, process in running.items()}
    return {"outs": outs, "results": results, "before": before, "after": _snapshot(world["repo"])}


def test_the_network_guard_catches_a_connection(world) -> None:
    """The guard itself works, so an empty log below means no attempt, not a blind guard."""
    log = world["base"] / "selftest.log"
    code = (
        "import urllib.request as u\ntry: u.urlopen('http://169.254.169.254/')\nexcept OSError: 0"
    )
    env = {**_env(world, "selftest"), "LAKIP_NETWORK_LOG": str(log)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert "169.254.169.254" in log.read_text(encoding="utf-8")


def test_builds_succeed_and_are_complete(zone_builds) -> None:
    for name, (code, output) in zone_builds["results"].items():
        assert code == 0, f"{name}: {output}"
        assert "Traceback" not in output
        _assert_complete(zone_builds["outs"][name])


def test_builds_are_identical_across_time_zones_and_locales(zone_builds) -> None:
    jakarta, utc = zone_builds["outs"]["jakarta"], zone_builds["outs"]["utc"]
    assert _pdf(jakarta).read_bytes() == _pdf(utc).read_bytes()
    assert _snapshot(jakarta / "site") == _snapshot(utc / "site")


def test_no_network_connection_during_builds(world, zone_builds) -> None:
    assert _network_attempts(world) == ""


def test_nothing_written_outside_out(world, zone_builds) -> None:
    assert zone_builds["after"] == zone_builds["before"]
    assert not (world["repo"] / "build").exists()


def test_the_links_stay_links_and_the_image_is_embedded(zone_builds) -> None:
    site = zone_builds["outs"]["utc"] / "site"
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert 'href="http://169.254.169.254/latest/meta-data/"' in pages
    assert "data:image/png;base64," in pages
    assert '<img src="http' not in pages


def test_two_builds_racing_into_one_out_both_succeed(world, zone_builds) -> None:
    out = world["base"] / "out-shared"
    first = _start(world, out, "race-1", TZ="UTC")
    second = _start(world, out, "race-2", TZ="UTC")
    for code, output in (_finish(first), _finish(second)):
        assert code == 0, output
    _assert_complete(out)
    assert not list(out.rglob("retired-site")), "the replaced site was left behind"
    reference = zone_builds["outs"]["utc"]
    assert _pdf(out).read_bytes() == _pdf(reference).read_bytes()
    assert _snapshot(out / "site") == _snapshot(reference / "site")
    assert _network_attempts(world) == ""


def test_hostile_build_fails_without_network_or_output(world, tmp_path) -> None:
    repo = copy_sample(tmp_path / "repo")
    apply_edits(
        repo,
        {NARRATIVE: {"append": "\n![x](http://169.254.169.254/latest/meta-data/)\n"}},
    )
    out = tmp_path / "out"
    process = subprocess.run(
        [str(LAKIP), "build", "--root", str(repo), "--out", str(out), "--lang", "en"],
        env=_env(world, "refused"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert process.returncode == 1, process.stderr
    assert f"{NARRATIVE}:55: error:" in process.stderr
    assert "[narrative-unsafe]" in process.stderr
    assert not out.exists() or not any(out.iterdir())
    assert _network_attempts(world) == ""
