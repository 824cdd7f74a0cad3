"""The `lakip` command end to end: on the sample, on a broken copy, and on misuse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import REPO

LAKIP = [sys.executable, "-m", "lakip"]


def run(*args: str, cwd: Path = REPO, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    environment.pop("LAKIP_LANG", None) if env is None else None
    return subprocess.run(
        [*LAKIP, *args], cwd=cwd, capture_output=True, text=True, env=environment, timeout=120
    )


@pytest.fixture
def broken(sample_copy) -> Path:
    root = sample_copy
    path = root / "sections/bidang-ideologi/2025/realisasi.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("realisasi: 92.22", "realisasi: 92,22"), encoding="utf-8")
    return root


def test_validate_sample_is_clean():
    result = run("validate", "--final")
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr.strip() == "Tidak ada temuan."


def test_validate_broken_copy_points_at_the_line(broken):
    result = run("validate", cwd=broken)
    assert result.returncode == 1
    assert (
        "sections/bidang-ideologi/2025/realisasi.yml:5: kesalahan: indikator[0].realisasi: "
        "'92,22' ditulis dengan format angka Indonesia. Di berkas data tulis 92.22 (titik untuk "
        "desimal, tanpa pemisah ribuan, tanpa '%' atau 'Rp'). [indonesian-number]"
    ) in result.stdout.splitlines()
    assert "Traceback" not in result.stderr


def test_validate_github_annotations_in_english(broken):
    result = run("validate", "--format", "github", "--lang", "en", cwd=broken)
    assert result.returncode == 1
    assert (
        "::error file=sections/bidang-ideologi/2025/realisasi.yml,line=5,title=indonesian-number::"
        "indikator[0].realisasi: '92,22' is written in Indonesian number format. In data files "
        "write 92.22 (dot as decimal point, no thousands separators, no '%25' or 'Rp')."
    ) in result.stdout.splitlines()  # '%' is escaped as '%25' in workflow commands


def test_lakip_lang_environment_switches_to_english(broken):
    result = run("validate", cwd=broken, env={"LAKIP_LANG": "en"})
    assert "is written in Indonesian number format" in result.stdout


def test_validate_json_is_machine_readable(broken):
    result = run("validate", "--format", "json", cwd=broken)
    found = json.loads(result.stdout)
    assert {f["code"] for f in found} == {"indonesian-number"}  # not also "missing"
    assert all({"path", "line", "key", "code", "severity", "message"} <= set(f) for f in found)


def test_validate_paths_filter_findings(broken):
    other = run("validate", "sections/bidang-politik/2025/realisasi.yml", cwd=broken)
    assert (other.returncode, other.stdout) == (0, "")
    own = run("validate", "sections/bidang-ideologi/2025/realisasi.yml", cwd=broken)
    assert own.returncode == 1


def test_final_turns_missing_data_into_errors(sample_copy):
    root = sample_copy
    (root / "sections/bidang-politik/2025/narasi.md").unlink()
    assert run("validate", cwd=root).returncode == 0
    final = run("validate", "--final", cwd=root)
    assert final.returncode == 1
    assert "[missing-narrative]" in final.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("validate", "--year", "1999"), "Tahun 1999 tidak ada di reports/"),
        (("validate", "--format", "xml"), "'xml' bukan pilihan yang dikenal. Pilih salah"),
        (("nonsense",), "'nonsense' bukan perintah lakip"),
        (("validate", "/etc/passwd"), "berada di luar repositori"),
    ],
)
def test_usage_errors_exit_2_without_traceback(args, message):
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_outside_a_repository_exits_2(tmp_path):
    result = run("validate", cwd=tmp_path)
    assert result.returncode == 2
    assert "bukan repositori laporan lakip" in result.stderr


def test_figures_text_json_csv():
    text = run("figures")
    assert text.returncode == 0
    assert "102,47" in text.stdout  # DOMAIN worked example: positive, 90 -> 92.22
    data = json.loads(run("figures", "--format", "json").stdout)
    assert data
    csv_out = run("figures", "--format", "csv").stdout.splitlines()
    assert len(csv_out) == 1 + 17


def test_figures_refuse_broken_data(broken):
    result = run("figures", cwd=broken)
    assert result.returncode == 1
    assert "[indonesian-number]" in result.stderr


def _main(capsys, *args: str) -> tuple[int, str, str]:
    from lakip.cli.main import main

    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def no_lang_env(monkeypatch):
    monkeypatch.delenv("LAKIP_LANG", raising=False)


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_lang_works_before_and_after_the_command(before, broken, capsys, no_lang_env):
    options = ("--lang", "en", "--root", str(broken))
    args = (*options, "validate") if before else ("validate", *options)
    code, out, err = _main(capsys, *args)
    assert code == 1
    assert (
        "is written in Indonesian number format" in out
        and err.strip() == "1 error(s), 0 warning(s)."
    )


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_root_works_before_and_after_the_command(before, tmp_path, capsys, no_lang_env):
    args = (
        ("--root", str(tmp_path), "validate") if before else ("validate", "--root", str(tmp_path))
    )
    code, _, err = _main(capsys, *args)
    assert code == 2 and f"{tmp_path} bukan repositori laporan lakip" in err


def _crash(args) -> int:
    raise RuntimeError("boom")


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_debug_works_before_and_after_the_command(before, monkeypatch, capsys, no_lang_env):
    monkeypatch.setattr(sys.modules["lakip.cli.main"], "validate_cmd", _crash)
    with pytest.raises(RuntimeError, match="boom"):
        _main(capsys, *(("--debug", "validate") if before else ("validate", "--debug")))


def test_an_internal_error_exits_3_with_a_message_not_a_traceback(monkeypatch, capsys, no_lang_env):
    from lakip.findings import EXIT_INTERNAL

    monkeypatch.setattr(sys.modules["lakip.cli.main"], "validate_cmd", _crash)
    code, out, err = _main(capsys, "validate", "--lang", "en")
    assert code == EXIT_INTERNAL == 3
    assert (
        err
        == "lakip: Internal error: RuntimeError('boom'). Run again with --debug and report it.\n"
    )


def test_a_closed_pipe_is_not_an_internal_error():
    from lakip.findings import EXIT_BROKEN_PIPE

    child = subprocess.Popen(
        [*LAKIP, "figures"], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    child.stdout.close()  # the reader leaves before lakip writes a line, as `| head` may
    with child.stderr:
        err = child.stderr.read().decode()
    assert child.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert err == ""


def test_root_must_be_the_repository_itself(capsys, no_lang_env):
    inside = REPO / "sections"
    code, _, err = _main(capsys, "check-targets", "--root", str(inside))
    assert code == 2 and f"{inside} bukan repositori laporan lakip" in err


def test_a_pyyaml_without_libyaml_is_refused_with_the_fix():
    """Findings must not depend on how PyYAML was built: without libyaml, lakip says so."""
    code = (
        "import sys, yaml; del yaml.CSafeLoader\n"
        "from lakip.cli.main import main\n"
        "sys.exit(main(['validate']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2  # an environment error, not an internal one
    assert "PyYAML yang dibangun dengan libyaml (yaml.CSafeLoader tidak ada)" in result.stderr
    assert "pip install --force-reinstall --only-binary PyYAML PyYAML" in result.stderr
    assert "Traceback" not in result.stderr
