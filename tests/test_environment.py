"""The machine, not lakip: a full or read-only disk, a file where `--out` should be, a malformed
SOURCE_DATE_EPOCH and a console that cannot show every character each get a message naming the
path or the variable and exit 2 (exit 1 for findings), never "kesalahan internal ... laporkan"."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import copy_sample, run_lakip
from lakip.findings import environment_error

LAKIP = Path(sys.executable).with_name("lakip")
INTERNAL = ("internal", "laporkan", "Traceback")


def _no_internal(text: str) -> None:
    assert not any(word in text for word in INTERNAL), text


def test_an_out_that_is_a_file_is_named(tmp_path):
    root = copy_sample(tmp_path / "repo")
    out = tmp_path / "hasil.pdf"
    out.write_bytes(b"%PDF milik pengguna")
    code, stdout, stderr = run_lakip("build", "--root", root, "--out", out)
    assert code == 2
    assert f"Tidak dapat menulis atau membaca {out}: sudah ada berkas dengan nama itu" in stderr
    _no_internal(stderr)
    assert out.read_bytes() == b"%PDF milik pengguna" and stdout == ""
    code, _, stderr = run_lakip("build", "--root", root, "--out", out / "sub", "--lang", "en")
    assert code == 2 and f"{out / 'sub'}" in stderr and "not a folder" in stderr


@pytest.mark.parametrize("value", ["99999999999999", "²", "٣", "-1", "1e9", " 12", "4294967296"])
def test_a_malformed_source_date_epoch_is_named(tmp_path, monkeypatch, value):
    root = copy_sample(tmp_path / "repo")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    code, stdout, stderr = run_lakip("build", "--root", root, "--out", tmp_path / "out")
    assert code == 2, stderr
    assert f"SOURCE_DATE_EPOCH bernilai '{value}'" in stderr and "4294967295" in stderr
    _no_internal(stderr)
    assert not (tmp_path / "out").exists()


def test_a_write_to_a_full_device_names_the_output(tmp_path):
    """A real ENOSPC, from /dev/full: the message names the output folder, not the device."""
    with pytest.raises(OSError) as raised, open("/dev/full", "wb", buffering=0) as full:
        full.write(b"x")
    assert raised.value.errno == errno.ENOSPC
    error = environment_error(raised.value, tmp_path / "build")
    assert error.message("id").startswith(
        f"Tidak dapat menulis atau membaca {tmp_path / 'build'}: disk penuh (ENOSPC)."
    )
    assert "no space left on the disk (ENOSPC)" in error.message("en")


@contextlib.contextmanager
def _tmpfs(folder: Path, options: str):
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("options", "said"),
    [("size=256k", "disk penuh (ENOSPC)"), ("ro,size=64k", "sistem berkas hanya-baca (EROFS)")],
)
def test_a_full_or_read_only_disk_is_named(tmp_path, options, said):
    root = copy_sample(tmp_path / "repo")
    with _tmpfs(tmp_path / "disk", options) as disk:
        code, stdout, stderr = run_lakip("build", "--root", root, "--out", disk / "build")
        left = sorted(p.name for p in disk.rglob("*"))
    assert code == 2, stderr
    assert f"Tidak dapat menulis atau membaca {disk / 'build'}: {said}" in stderr
    _no_internal(stderr)
    assert stdout == "" and left in ([], ["build"])  # no staging, no half-written PDF


def test_a_narrow_console_gets_every_finding(tmp_path):
    root = copy_sample(tmp_path / "repo")
    with (root / "sections/bidang-ideologi/unit.yml").open("a", encoding="utf-8") as unit:
        unit.write("政治: 1\n")
    with (root / "sections/bidang-politik/unit.yml").open("a", encoding="utf-8") as unit:
        unit.write("batas≤: 1\n")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "LAKIP_LANG": "id"}
    done = subprocess.run(
        [str(LAKIP), "validate", "--root", str(root)], capture_output=True, env=env, timeout=120
    )
    stdout, stderr = done.stdout.decode("cp1252"), done.stderr.decode("cp1252")
    assert done.returncode == 1, stderr
    assert "unit.yml:15: kesalahan: \\u653f\\u6cbb: Kunci '\\u653f\\u6cbb' tidak dikenal" in stdout
    assert "batas\\u2264" in stdout
    assert "2 kesalahan" in stderr
    _no_internal(stderr)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder anyway")
def test_an_out_without_write_permission_is_named(tmp_path):
    root = copy_sample(tmp_path / "repo")
    locked = tmp_path / "terkunci"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        code, _, stderr = run_lakip("build", "--root", root, "--out", locked / "build")
    finally:
        locked.chmod(0o755)
    assert code == 2
    assert f"Tidak dapat menulis atau membaca {locked / 'build'}: izin ditolak (EACCES)" in stderr
    _no_internal(stderr)
