"""Findings past a file's cap are counted, not built, and the count stays exact (issue 12).

A 1 MiB file of 70,000 unknown keys ran difflib 70,000 times for spelling suggestions nobody
saw. These walk real documents with more findings than `MAX_PER_FILE`: the shown findings and
the count of the rest must be what an uncapped walk gives, and the costly messages (the
suggestion, the YAML 1.1 reading, the comma-split text) are built only for shown findings.
"""

from __future__ import annotations

import yaml

from lakip.findings import MAX_PER_FILE, MORE_FINDINGS, hidden_count
from lakip.load import conform as conform_module
from lakip.load import spec
from lakip.load.conform import conform

_EXTRA = 3 * MAX_PER_FILE


def _realisation(items: str) -> yaml.Node:
    return yaml.compose("tahun: 2025\nindikator:\n" + items, Loader=yaml.CSafeLoader)


_UNKNOWN = "- kode: IKU-01\n" + "".join(f"  kunci{i:04d}: 1\n" for i in range(_EXTRA))
_COERCED = "".join(f"- kode: IKU-{i:02d}\n  keterangan: yes\n" for i in range(_EXTRA))
_COMMAS = "".join(f"- {{kode: IKU-{i:02d}, realisasi: 0,{i:04d}}}\n" for i in range(_EXTRA))


def _walk(items: str, monkeypatch, limit: int) -> list:
    monkeypatch.setattr(conform_module, "MAX_PER_FILE", limit)
    _, found = conform(_realisation(items), spec.REALISATION, "x.yml")
    return found


def test_shown_findings_and_count_match_an_uncapped_walk(monkeypatch) -> None:
    for items in (_UNKNOWN, _COERCED, _COMMAS):
        everything = _walk(items, monkeypatch, 10**9)
        capped = _walk(items, monkeypatch, MAX_PER_FILE)
        assert len(everything) >= _EXTRA
        assert capped[:-1] == everything[:MAX_PER_FILE]
        assert [f.message("en") for f in capped[:-1]] == [
            f.message("en") for f in everything[:MAX_PER_FILE]
        ]
        assert capped[-1].code == MORE_FINDINGS
        assert hidden_count(capped[-1]) == len(everything) - MAX_PER_FILE


def test_costly_messages_are_built_only_for_shown_findings(monkeypatch) -> None:
    calls = {"suggest": 0, "reading": 0}
    suggest, reading = conform_module._suggest, conform_module._yaml11_reading

    def counting_suggest(*args):
        calls["suggest"] += 1
        return suggest(*args)

    def counting_reading(*args):
        calls["reading"] += 1
        return reading(*args)

    monkeypatch.setattr(conform_module, "_suggest", counting_suggest)
    monkeypatch.setattr(conform_module, "_yaml11_reading", counting_reading)
    conform(_realisation(_UNKNOWN), spec.REALISATION, "x.yml")
    conform(_realisation(_COERCED), spec.REALISATION, "x.yml")
    assert calls == {"suggest": MAX_PER_FILE, "reading": MAX_PER_FILE}
