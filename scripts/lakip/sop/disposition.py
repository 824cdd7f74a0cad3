"""Turn an incoming letter into its disposition sheet (lembar disposisi), an A4 PDF to sign.

The SOP's first step ends with the head's disposition to the units; this is the paper the head
signs, listing every unit with a checkbox (ticked for the units that owe data) and the deadline.
What the sheet says is decided here; `render.letters` prints it under the agency's letterhead.
"""

from __future__ import annotations

from pathlib import Path

from lakip.assemble.letterhead import head_position
from lakip.formatting import date_long, grade, nip
from lakip.model import Letter, Profile, Unit


def render_disposition(
    root: Path, profile: Profile, letter: Letter, units: list[Unit], ticked: set[str]
) -> bytes:
    """The PDF bytes of the disposition sheet for `letter`, forwarding it to `units`."""
    # imported here: WeasyPrint takes 0.7 s to load, and only commands that print need it
    from lakip.render.letters import Sheet, print_sheets

    values = disposition(profile, letter, units, ticked)
    sheet = Sheet("lembar-disposisi.html", values, f"disposisi-{letter.year}")
    return print_sheets(root, profile, [sheet])[0]


def disposition(profile: Profile, letter: Letter, units: list[Unit], ticked: set[str]) -> dict:
    """What the sheet shows: the letter, every unit (ticked if it owes data), the task, the head."""
    deadline = date_long(letter.deadline) if letter.deadline else "-"
    head = profile.head
    return {
        "year": letter.year,
        "created": letter.date.isoformat(),
        "rows": [
            ("Surat dari", letter.sender or "-"),
            ("Nomor surat", letter.number),
            ("Tanggal surat", date_long(letter.date)),
            ("Perihal", letter.subject),
            ("Diterima tanggal", ""),
            ("Tenggat", deadline),
        ],
        "units": [(unit.name, unit.slug in ticked) for unit in units],
        "task": (
            f"Mohon disiapkan data capaian kinerja dan realisasi anggaran tahun {letter.year} "
            f"paling lambat {deadline}."
        ),
        "head": {
            "position": head_position(profile),
            "name": head.name,
            "grade": grade(head.rank, head.grade),
            "nip": nip(head.nip) if head.nip else "",
        },
    }
