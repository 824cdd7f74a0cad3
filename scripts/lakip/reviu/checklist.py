"""The reviu checklist: what the Inspektorat asks of an LKjIP, and what each answer is worth.

The items follow the "Pelaporan Kinerja" component of the SAKIP evaluation (PermenPAN-RB
88/2021, weight 15 of 100), which the reviu of the LKjIP (PermenPAN-RB 53/2014) checks before the
head signs. The component splits into three sub-components weighted 20/30/50 of it: pemenuhan
(3), kualitas (4,5) and pemanfaatan (7,5). Each item is decided either from the data and the
built report (`DATA`) or by the reviewer, with the evidence beside it (`REVIEWER`).

The codes are stable: the Inspektorat's records (`reports/<year>/reviu/`) name items by them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

DATA = "data"
REVIEWER = "penilai"

# Verdicts an item can carry, from the data or from the reviewer.
MET = "memenuhi"
NOT_MET = "tidak-memenuhi"
NOT_YET = "belum"  # its SOP step has not happened yet (e.g. delivery before signing)
FOR_REVIEWER = "penilai"  # left for the reviewer's judgement
VERDICTS = (MET, NOT_MET, NOT_YET, FOR_REVIEWER)


@dataclass(frozen=True)
class SubComponent:
    code: str
    title: str
    weight: Decimal  # points of the 100 of the SAKIP evaluation


@dataclass(frozen=True)
class Item:
    code: str
    subcomponent: str
    question: str  # as the worksheet prints it, in Indonesian
    decided_by: str  # DATA or REVIEWER


COMPONENT_TITLE = "Pelaporan Kinerja"
COMPONENT_WEIGHT = Decimal(15)

SUBCOMPONENTS = (
    SubComponent("pemenuhan", "Pemenuhan Pelaporan", Decimal(3)),
    SubComponent("kualitas", "Kualitas Pelaporan", Decimal("4.5")),
    SubComponent("pemanfaatan", "Pemanfaatan Pelaporan", Decimal("7.5")),
)

ITEMS = (
    Item("pk-diungkap", "pemenuhan",
         "Seluruh indikator Perjanjian Kinerja diungkap dalam LKjIP", DATA),
    Item("ditandatangani", "pemenuhan",
         "LKjIP ditandatangani oleh pimpinan instansi", DATA),
    Item("tepat-waktu", "pemenuhan",
         "LKjIP ditetapkan dan disampaikan tepat waktu", DATA),
    Item("disampaikan", "pemenuhan",
         "LKjIP disampaikan kepada seluruh penerima dengan tanda terima", DATA),
    Item("dipublikasikan", "pemenuhan",
         "LKjIP dipublikasikan", DATA),
    Item("banding-target", "kualitas",
         "Realisasi setiap indikator dibandingkan dengan targetnya", DATA),
    Item("banding-tahun-lalu", "kualitas",
         "Realisasi dibandingkan dengan tahun-tahun sebelumnya", DATA),
    Item("banding-renstra", "kualitas",
         "Realisasi dibandingkan dengan target akhir Renstra", DATA),
    Item("banding-nasional", "kualitas",
         "Realisasi dibandingkan dengan standar nasional, atau dinyatakan tidak tersedia", DATA),
    Item("analisis-penyebab", "kualitas",
         "Penyebab keberhasilan atau kegagalan, upaya dan hambatan dijelaskan per indikator",
         DATA),
    Item("efisiensi", "kualitas",
         "Efisiensi penggunaan sumber daya dijelaskan", DATA),
    Item("sumber-data", "kualitas",
         "Setiap realisasi dapat ditelusuri ke sumber datanya", DATA),
    Item("hitung-ulang", "kualitas",
         "Capaian yang dilaporkan sesuai dengan hasil hitung ulang", DATA),
    Item("target-terkunci", "kualitas",
         "Perjanjian Kinerja ditandatangani dan targetnya tidak berubah sesudahnya", DATA),
    Item("keandalan-informasi", "kualitas",
         "Informasi kinerja andal, relevan dan dapat diperbandingkan", REVIEWER),
    Item("rekomendasi", "pemanfaatan",
         "Bab IV Penutup memuat rekomendasi dan rencana perbaikan", DATA),
    Item("tindak-lanjut", "pemanfaatan",
         "Rekomendasi LKjIP tahun sebelumnya telah ditindaklanjuti", REVIEWER),
    Item("pemanfaatan-perencanaan", "pemanfaatan",
         "Informasi kinerja dimanfaatkan untuk perbaikan perencanaan dan penganggaran", REVIEWER),
)  # fmt: skip

BY_CODE = {item.code: item for item in ITEMS}


def items_of(subcomponent: str) -> tuple[Item, ...]:
    """The items of one sub-component, in checklist order."""
    return tuple(item for item in ITEMS if item.subcomponent == subcomponent)
