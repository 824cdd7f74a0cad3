"""What the renderers notice reaches the user as located findings; a clean sample has none."""

from __future__ import annotations

import pytest

from golden import copy_sample
from lakip.cli import main
from lakip.pipeline import build

pytestmark = pytest.mark.slow


def test_the_sample_builds_without_a_single_finding_or_log_line(
    sample_copy, tmp_path, assert_no_logs
):
    result = build(sample_copy, tmp_path / "out")
    assert result.ok
    assert result.findings == []


def test_a_weasyprint_warning_is_a_finding_located_in_the_narrative(tmp_path, capsys):
    root = copy_sample(tmp_path / "repo")
    unit = root / "sections/bidang-ideologi/2025"
    (unit / "gambar").mkdir()
    # A PNG signature over garbage: validation accepts the file, WeasyPrint cannot decode it.
    (unit / "gambar/rusak.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with (unit / "narasi.md").open("a", encoding="utf-8") as handle:
        handle.write("\n![Grafik rusak](gambar/rusak.png)\n")
    assert main(["build", "--root", str(root), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    line = next(line for line in err.splitlines() if "[pdf-engine-warning]" in line)
    assert line.startswith("sections/bidang-ideologi/2025/narasi.md: peringatan: ")
    assert "Failed to load image at 'data:image/png;base64," in line
    assert "0 kesalahan, 1 peringatan." in err
