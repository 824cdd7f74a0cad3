"""The Indonesian words of a unit's form: the Petunjuk sheet and Excel's input and error messages.

Section staff read these in Excel, not on the command line, so they live with the form rather
than in the message catalogue; they say plainly which cells to fill, how to type a number, and
what happens to the file next. Excel limits an input message's title to 32 characters and its
text to 255 (`tests/test_forms_out.py` checks them); `{limit}` is filled in.
"""

from __future__ import annotations

from typing import NamedTuple


class Validation(NamedTuple):
    """Excel's input message (shown on the cell) and its error message (on a refused value)."""

    prompt_title: str
    prompt: str
    error_title: str
    error: str


NUMBER_INPUT = Validation(
    "Isi dengan angka",
    "Ketik angka saja, tanpa satuan dan tanpa tanda %. Pecahan memakai koma jika komputer "
    "berbahasa Indonesia (85,5), titik jika berbahasa Inggris (85.5). Kosongkan jika belum ada.",
    "Bukan angka",
    "Sel ini hanya menerima angka. Hapus satuan, tanda % atau teks lain, lalu ketik angkanya "
    "saja, misalnya 85,5.",
)
COUNT_INPUT = Validation(
    "Isi dengan bilangan bulat",
    "Indikator ini menghitung jumlah (orang, kegiatan, dokumen ...): ketik bilangan bulat tanpa "
    "pecahan, misalnya 1912. Kosongkan jika belum ada.",
    "Harus bilangan bulat",
    "Sel ini hanya menerima bilangan bulat 0 atau lebih. Jika Anda mengetik 1.912 untuk seribu "
    "sembilan ratus dua belas, ketik 1912 tanpa titik.",
)
RUPIAH_INPUT = Validation(
    "Isi dengan rupiah",
    "Ketik realisasi dalam rupiah penuh, tanpa Rp, tanpa titik dan tanpa sen, misalnya "
    "661203450. Kosongkan jika belum ada.",
    "Harus rupiah bulat",
    "Sel ini hanya menerima rupiah bulat 0 atau lebih, tanpa Rp, tanpa titik ribuan dan tanpa "
    "sen, misalnya 661203450.",
)

TEXT_INPUT = Validation(
    "Isi dengan teks singkat",
    "Paling banyak {limit} karakter. Uraian panjang (penyebab, upaya, kendala) ditulis di narasi.",
    "Teks terlalu panjang",
    "Sel ini menerima paling banyak {limit} karakter. Persingkat, dan tulis uraian panjang di "
    "narasi indikator.",
)

UNAVAILABLE_NOTE = (
    "Tercatat data tidak tersedia: {reason}. Biarkan kosong bila tetap tidak tersedia; bila "
    "angkanya sudah ada, ketik di sel ini."
)

INPUT_HINT = "Isi hanya sel berwarna kuning. Cara mengisi ada di lembar Petunjuk."
NO_INDICATORS = "Unit ini tidak memiliki indikator kinerja dalam PK tahun ini: isi lembar Anggaran."
NO_KEGIATAN = "Unit ini tidak memiliki kegiatan dalam PK tahun ini: lembar ini tidak perlu diisi."

# One line per row of the Petunjuk sheet; `{year}`, `{unit}` and `{file}` are filled in. A line
# ending in ":" is a heading.
GUIDE = (
    "Petunjuk Pengisian Formulir Realisasi Tahun {year} — {unit}",
    "",
    "Apa yang diisi:",
    "- Lembar Realisasi: satu baris per indikator kinerja unit Anda. Isi kolom Realisasi {year}, "
    "Sumber Data dan Keterangan, serta Realisasi s.d. TW I sampai TW IV (nilai kumulatif sampai "
    "akhir triwulan itu, seperti rencana aksinya).",
    "- Lembar Anggaran: satu baris per kegiatan/sub kegiatan unit Anda. Isi kolom Realisasi (Rp) "
    "dan, bila perlu, Keterangan.",
    "- Hanya sel berwarna kuning yang dapat diisi. Kode, indikator, satuan, target, rencana aksi "
    "dan pagu dikunci karena ditetapkan dalam Perjanjian Kinerja: jika ada yang keliru, hubungi "
    "bagian perencanaan, jangan mengubahnya di sini.",
    "- Realisasi tahun-tahun sebelumnya ditampilkan sebagai pembanding saja.",
    "",
    "Cara mengetik angka:",
    "- Ketik angka saja, tanpa satuan, tanpa tanda % dan tanpa Rp. Excel menolak isian yang "
    "bukan angka dan menjelaskan sebabnya.",
    "- Pecahan: di komputer berbahasa Indonesia pakai koma (85,5); di komputer berbahasa "
    "Inggris pakai titik (85.5). Excel menampilkan angka dengan pemisah komputer Anda.",
    "- Jumlah orang, kegiatan, dokumen dan sejenisnya adalah bilangan bulat: ketik 1912, bukan "
    "1.912 dan bukan 1,912.",
    "- Rupiah ditulis penuh tanpa titik ribuan dan tanpa sen: 661203450.",
    "- Jangan menyalin sel dari berkas lain dengan tempel biasa (Ctrl+V), karena pemeriksaan "
    "Excel ikut tertimpa: pakai Tempel Spesial > Nilai.",
    "- Biarkan kosong sel yang datanya belum ada. Jangan menghapus, menyisipkan atau memindah "
    "baris dan lembar.",
    "",
    "Setelah diisi:",
    "- Simpan berkas dengan nama yang sama ({file}), dalam format Excel (.xlsx).",
    "- Kirim berkas ke sekretariat/bagian perencanaan, atau, jika unit Anda memakai lakip "
    "sendiri, jalankan: lakip impor {file}",
    "- lakip memeriksa isian dengan aturan yang sama seperti laporan. Setiap temuan menyebut "
    "lembar dan selnya (misalnya Realisasi!H6) dan cara memperbaikinya: perbaiki di berkas ini, "
    "lalu kirim atau impor lagi.",
    "- Formulir ini terikat pada unit, tahun dan Perjanjian Kinerja yang berlaku saat dibuat. "
    "Jika PK direvisi, formulir lama ditolak: minta formulir baru (isian yang sudah masuk ikut "
    "terisi di dalamnya).",
)
