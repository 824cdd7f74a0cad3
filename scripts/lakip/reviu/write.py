"""Turn the reviu worksheet into its PDF (under the agency's letterhead) and its XLSX.

The PDF prints a table per sub-component (No, butir, simpulan data, bukti, simpulan penilai,
catatan) and the self-assessment; every data string goes through the template's escaping. The
workbook has one sheet per sub-component and one per item's evidence, for the reviewer to
annotate. Both are written to a temporary file and moved into place.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lakip import formatting as fmt
from lakip.model import Profile
from lakip.office.archive import write_atomically
from lakip.office.workbook import fit_columns, new_workbook, save, write_table
from lakip.render.letters import Sheet, print_sheets
from lakip.reviu.checklist import (
    COMPONENT_TITLE,
    COMPONENT_WEIGHT,
    FOR_REVIEWER,
    MET,
    NOT_MET,
    NOT_YET,
    SUBCOMPONENTS,
)
from lakip.reviu.sheet import ESTIMATE_NOTE, Worksheet

VERDICT_WORDS = {
    MET: "Memenuhi",
    NOT_MET: "Tidak memenuhi",
    NOT_YET: "Belum",
    FOR_REVIEWER: "Dinilai penilai",
}
EVIDENCE_SHEETS = {
    "pk-diungkap": "PK",
    "sumber-data": "Sumber Data",
    "hitung-ulang": "Hitung Ulang",
    "analisis-penyebab": "Analisis",
    "banding-tahun-lalu": "Tahun Lalu",
    "banding-renstra": "Renstra",
    "banding-nasional": "Nasional",
    "efisiensi": "Efisiensi",
    "rekomendasi": "Rekomendasi",
    "disampaikan": "Tanda Terima",
    "tindak-lanjut": "Tindak Lanjut",
}


def word(verdict: str) -> str:
    return VERDICT_WORDS.get(verdict, verdict)


def _points(value: Decimal | None) -> str:
    return fmt.decimal2(value) if value is not None else "-"


def write_pdf(root: Path, profile: Profile, sheet: Worksheet, path: Path) -> None:
    """The worksheet as a PDF at `path`."""
    groups = []
    for sub in SUBCOMPONENTS:
        rows = [
            {
                "number": r.number,
                "code": r.item.code,
                "question": r.item.question,
                "verdict": word(r.result.verdict),
                "reason": r.result.reason,
                "columns": r.result.columns,
                "evidence": r.result.rows,
                "recorded": word(r.recorded) if r.recorded else "",
                "note": r.note,
            }
            for r in sheet.rows
            if r.item.subcomponent == sub.code
        ]
        groups.append({"title": sub.title, "weight": fmt.decimal2(sub.weight), "rows": rows})
    scores = [
        {
            "title": s.title,
            "weight": fmt.decimal2(s.weight),
            "met": s.met,
            "decided": s.decided,
            "pending": s.pending,
            "at_stake": _points(s.at_stake),
            "value": _points(s.value),
        }
        for s in sheet.scores
    ]
    values = {
        "sheet": sheet,
        "groups": groups,
        "scores": scores,
        "total": _points(sheet.total),
        "out_of": fmt.decimal2(COMPONENT_WEIGHT),
        "component": COMPONENT_TITLE,
        "note": ESTIMATE_NOTE,
    }
    ident = f"lakip-reviu-{sheet.year}"
    (pdf,) = print_sheets(root, profile, [Sheet("kertas-kerja-reviu.html", values, ident)])
    write_atomically(path, pdf)


def write_xlsx(sheet: Worksheet, path: Path) -> None:
    """The worksheet as a workbook at `path`: sub-components, self-assessment, evidence."""
    book = new_workbook()
    headers = ("No", "Kode", "Butir", "Simpulan (data)", "Alasan", "Simpulan penilai", "Catatan")
    for sub in SUBCOMPONENTS:
        page = book.create_sheet(sub.title[:31])
        rows = [
            (r.number, r.item.code, r.item.question, word(r.result.verdict), r.result.reason,
             word(r.recorded) if r.recorded else "", r.note)
            for r in sheet.rows
            if r.item.subcomponent == sub.code
        ]  # fmt: skip
        write_table(page, headers, rows)
        fit_columns(page)
    page = book.create_sheet("Penilaian Mandiri")
    rows = [
        (s.title, s.weight, s.met, s.decided, s.pending, s.at_stake, s.value) for s in sheet.scores
    ]
    rows.append(("Jumlah", COMPONENT_WEIGHT, None, None, None, None, sheet.total))
    rows.append((ESTIMATE_NOTE, None, None, None, None, None, None))
    write_table(
        page,
        ("Sub-komponen", "Bobot", "Memenuhi", "Diputuskan", "Belum dinilai", "Poin belum dinilai",
         "Nilai perkiraan"),
        rows,
        (None, "0.00", "0", "0", "0", "0.00", "0.00"),
    )  # fmt: skip
    fit_columns(page)
    by_code = {r.item.code: r for r in sheet.rows}
    for code, title in EVIDENCE_SHEETS.items():
        result = by_code[code].result
        if result.columns:
            page = book.create_sheet(title)
            write_table(page, result.columns, result.rows)
            fit_columns(page)
    save(book, path)
