"""Every golden bad-input case gives exactly its expected findings and exit code, never a crash."""

from __future__ import annotations

import pytest

from golden import apply_edits, case_files, load_case, observed, run_validate
from helpers import copy_sample


def test_sample_is_clean(sample_copy):
    code, found, err = run_validate(sample_copy, ["--final"])
    assert (code, found) == (0, [])
    assert "Traceback" not in err


def test_there_are_enough_cases():
    assert len(case_files()) >= 60


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_case(path, tmp_path):
    case = load_case(path)
    assert case.get("description"), "every case says what it breaks"
    root = copy_sample(tmp_path)
    apply_edits(root, case.get("edit", {}))
    assert observed(root, case) == case["expect"]


@pytest.mark.parametrize("path", case_files()[:5], ids=lambda p: p.stem)
def test_case_messages_in_both_languages(path, tmp_path):
    case = load_case(path)
    root = copy_sample(tmp_path)
    apply_edits(root, case.get("edit", {}))
    _, found_id, err = run_validate(root, case.get("args", []))
    _, found_en, _ = run_validate(root, [*case.get("args", []), "--lang", "en"])
    assert "Traceback" not in err
    for id_item, en_item in zip(found_id, found_en, strict=True):
        assert id_item["message"] != en_item["message"]
        assert "{" not in id_item["message"] and "{" not in en_item["message"]
