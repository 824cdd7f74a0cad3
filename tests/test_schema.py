"""The JSON Schemas, the key reference and the sample data agree with the specs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from helpers import REPO
from lakip.cli.main import main
from lakip.load import schema, spec

SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


def _kind_of(rel: str) -> spec.FileKind:
    name = Path(rel).stem
    if rel.startswith("sections/") and name == "unit":
        return spec.UNIT
    return spec.FILE_KINDS[name]


DATA_FILES = sorted(
    p.relative_to(REPO).as_posix()
    for p in [*REPO.glob("reports/**/*.yml"), *REPO.glob("sections/**/*.yml")]
    if "/register/" not in p.as_posix()
)


def test_committed_schemas_are_current(capsys):
    assert main(["schema", "--check", "--root", str(REPO)]) == 0


def test_key_reference_is_current():
    committed = (REPO / "docs" / "data-format-reference.md").read_text(encoding="utf-8")
    assert committed == schema.markdown_reference() + "\n"


def test_every_kind_has_a_schema_that_is_valid_draft7():
    for kind in spec.FILE_KINDS.values():
        jsonschema.Draft7Validator.check_schema(schema.json_schema(kind))


@pytest.mark.parametrize("rel", DATA_FILES)
def test_sample_file_names_its_schema_and_satisfies_it(rel):
    text = (REPO / rel).read_text(encoding="utf-8")
    first = SCHEMA_LINE.match(text.splitlines()[0])
    assert first, f"{rel} must start with a yaml-language-server schema comment"
    target = (REPO / rel).parent / first.group(1)
    assert target.resolve() == (REPO / schema.SCHEMA_DIR / f"{_kind_of(rel).name}.json")
    data = json.loads(json.dumps(yaml.safe_load(text), default=str))
    jsonschema.Draft7Validator(json.loads(target.read_text(encoding="utf-8"))).validate(data)


def test_schema_rejects_what_lakip_rejects():
    validator = jsonschema.Draft7Validator(schema.json_schema(spec.REALISATION))
    bad = {"tahun": 2025, "indikator": [{"kode": "IKU-01", "realisasi": "85,5", "target": 80}]}
    messages = sorted(error.message for error in validator.iter_errors(bad))
    assert any("85,5" in m for m in messages)
    assert any("target" in m for m in messages)
