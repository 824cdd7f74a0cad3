"""Messages of the reviu worksheet (`lakip reviu`): its summary lines and stage."""

from __future__ import annotations

CATALOGUE: dict[str, tuple[str, str]] = {
    "stage-reviu": ("Menilai butir reviu", "Deciding the reviu items"),
    "reviu-summary": (
        "Butir reviu {year}: {met} memenuhi, {not_met} tidak memenuhi, {not_yet} belum, "
        "{reviewer} untuk penilai.",
        "Reviu items {year}: {met} met, {not_met} not met, {not_yet} not yet, "
        "{reviewer} for the reviewer.",
    ),
    "reviu-score": (
        "Perkiraan nilai komponen Pelaporan Kinerja: {score} dari {out_of} "
        "(perkiraan dari bukti data, bukan nilai evaluator).",
        "Estimated score of the Pelaporan Kinerja component: {score} of {out_of} "
        "(an estimate from the evidence, not the evaluator's score).",
    ),
    "reviu-not-met": ("Tidak memenuhi: {code}: {reason}", "Not met: {code}: {reason}"),
}
