"""`lakip serve` serves the draft site and rebuilds it when a section edits its data."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from helpers import copy_sample


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
        return response.read().decode("utf-8")


def _wait_for(url: str, text: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if text in _get(url):
                return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


@pytest.mark.slow
def test_serve_rebuilds_after_a_data_change(tmp_path):
    root = copy_sample(tmp_path / "repo")
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "lakip", "serve", "--port", str(port), "--root", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    page = f"http://127.0.0.1:{port}/2025/bab-3.html"
    try:
        assert _wait_for(page, "92,22", 120), "the first preview never came up"
        data = root / "sections/bidang-ideologi/2025/realisasi.yml"
        data.write_text(data.read_text().replace("realisasi: 92.22", "realisasi: 95.55"))
        assert _wait_for(page, "95,55", 60), "the preview did not rebuild after the change"
        assert "Traceback" not in _get(page)
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            _, err = server.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            _, err = server.communicate()
    assert "Traceback" not in err
    assert "[lakip serve] situs diperbarui (" in err
