"""Staff forms: the units' Excel workbook and Word narrative, written and imported back."""

# What a Word narrative holds that the report cannot print: where, and what to do about it.
_WHERE = ('Paragraf {paragraph} ("{words}"): ', 'Paragraph {paragraph} ("{words}"): ')

CATALOGUE: dict[str, tuple[str, str]] = {
    "narrative-no-indicators": (
        "Unit '{unit}' tidak memegang indikator dalam PK {year}, jadi tidak ada narasi untuk "
        "ditulis. Periksa nama folder unit di sections/ dan penanggung_jawab di Renstra.",
        "Unit '{unit}' holds no indicator in the {year} PK, so it has no narrative to write. "
        "Check the unit's folder name under sections/ and penanggung_jawab in the Renstra.",
    ),
    "docx-unreadable": (
        "{path} bukan dokumen Word (.docx) yang dapat dibaca ({reason}). Buka di Word atau "
        "LibreOffice Writer dan simpan sebagai 'Dokumen Word (*.docx)', tanpa kata sandi.",
        "{path} is no readable Word document (.docx) ({reason}). Open it in Word or LibreOffice "
        "Writer and save it as 'Word Document (*.docx)', without a password.",
    ),
    "docx-too-large": (
        "{path} terlalu besar ({size} bita, paling banyak {limit}). Perkecil gambar di dalamnya "
        "(Kompres Gambar di Word) lalu simpan lagi.",
        "{path} is too large ({size} bytes, at most {limit}). Make its pictures smaller "
        "(Compress Pictures in Word) and save it again.",
    ),
    "docx-identity-unknown": (
        "{document}: tidak diketahui unit dan tahunnya. Pakai dokumen dari 'lakip formulir' "
        "(namanya narasi-<tahun>-<unit>.docx) atau beri nama berkas seperti itu.",
        "{document}: its unit and year are unknown. Use the document from 'lakip formulir' "
        "(named narasi-<year>-<unit>.docx) or give the file such a name.",
    ),
    "docx-identity-mismatch": (
        "{document} dibuat untuk unit '{unit}' tahun {year}, tetapi nama berkasnya menyebut "
        "unit '{named_unit}' tahun {named_year}. Impor dokumen unit yang benar, atau kembalikan "
        "nama berkasnya.",
        "{document} was made for unit '{unit}', year {year}, but its file name says unit "
        "'{named_unit}', year {named_year}. Import the right unit's document, or restore its "
        "file name.",
    ),
    "docx-tracked-change": (
        _WHERE[0] + "ada perubahan terlacak (track changes) yang belum diterima. Di Word: "
        "Tinjau > Terima Semua Perubahan (atau tolak), lalu simpan lagi.",
        _WHERE[1] + "there are tracked changes not yet accepted. In Word: Review > Accept All "
        "Changes (or reject them), then save again.",
    ),
    "docx-comment": (
        _WHERE[0] + "ada komentar. Komentar tidak dicetak: selesaikan lalu hapus (Tinjau > "
        "Hapus Semua Komentar), atau pindahkan isinya ke teks.",
        _WHERE[1] + "there is a comment. Comments are not printed: resolve and delete them "
        "(Review > Delete All Comments), or move what they say into the text.",
    ),
    "docx-equation": (
        _WHERE[0] + "ada persamaan (equation). Laporan tidak dapat mencetaknya: tulis sebagai "
        "teks biasa atau sisipkan sebagai gambar PNG.",
        _WHERE[1] + "there is an equation. The report cannot print it: write it as plain text "
        "or insert it as a PNG picture.",
    ),
    "docx-text-box": (
        _WHERE[0] + "ada kotak teks atau bentuk (shape). Laporan tidak dapat mencetaknya: "
        "pindahkan teksnya ke paragraf biasa, atau simpan gambarnya sebagai PNG dan sisipkan "
        "sejajar teks.",
        _WHERE[1] + "there is a text box or shape. The report cannot print it: move its text "
        "into an ordinary paragraph, or save the drawing as a PNG and insert it in line with "
        "the text.",
    ),
    "docx-embedded-object": (
        _WHERE[0] + "ada objek tersemat (lembar Excel, grafik, SmartArt atau dokumen lain). "
        "Laporan tidak dapat mencetaknya: salin sebagai tabel sederhana atau gambar PNG.",
        _WHERE[1] + "there is an embedded object (an Excel sheet, chart, SmartArt or another "
        "document). The report cannot print it: copy it as a simple table or a PNG picture.",
    ),
    "docx-footnote": (
        _WHERE[0] + "ada catatan kaki atau catatan akhir. Laporan tidak mencetaknya: tulis "
        "isinya di dalam teks, misalnya dalam kurung.",
        _WHERE[1] + "there is a footnote or endnote. The report does not print them: write "
        "what it says in the text, for example in brackets.",
    ),
    "docx-merged-cells": (
        _WHERE[0] + "tabel memiliki sel gabungan. Laporan hanya mencetak tabel sederhana: "
        "pisahkan sel itu (Tata Letak > Pisahkan Sel) dan isi setiap sel.",
        _WHERE[1] + "the table has merged cells. The report prints simple tables only: split "
        "the cells (Layout > Split Cells) and fill each one.",
    ),
    "docx-nested-table": (
        _WHERE[0] + "ada tabel di dalam sel tabel. Laporan hanya mencetak tabel sederhana: "
        "pindahkan tabel dalam itu keluar, di bawah tabelnya.",
        _WHERE[1] + "there is a table inside a table cell. The report prints simple tables "
        "only: move the inner table out, below its table.",
    ),
    "docx-image-linked": (
        _WHERE[0] + "gambar hanya ditautkan ke berkas lain, tidak disimpan di dokumen. "
        "Sisipkan gambarnya (Sisipkan > Gambar), bukan tautannya.",
        _WHERE[1] + "a picture is only linked to another file, not stored in the document. "
        "Insert the picture itself (Insert > Pictures), not a link to it.",
    ),
    "docx-image-format": (
        _WHERE[0] + "gambar berformat {kind} tidak dapat dicetak laporan. Simpan sebagai PNG "
        "atau JPEG lalu sisipkan lagi.",
        _WHERE[1] + "a picture of type {kind} cannot be printed in the report. Save it as PNG "
        "or JPEG and insert it again.",
    ),
    "docx-image-too-large": (
        _WHERE[0] + "gambar berukuran {size} bita, paling besar {limit}. Perkecil gambarnya "
        "(Kompres Gambar di Word, atau simpan ulang dengan resolusi lebih rendah).",
        _WHERE[1] + "a picture of {size} bytes, at most {limit}. Make it smaller (Compress "
        "Pictures in Word, or save it again at a lower resolution).",
    ),
    "impor-unknown-kind": (
        "{path}: lakip mengimpor dokumen narasi Word (.docx). Simpan dokumennya sebagai "
        "'Dokumen Word (*.docx)' lalu impor lagi.",
        "{path}: lakip imports Word narrative documents (.docx). Save the document as "
        "'Word Document (*.docx)' and import it again.",
    ),
    "narrative-imported": (
        "{document}: ditulis ke {path} ({images} gambar baru)",
        "{document}: written to {path} ({images} new pictures)",
    ),
    "narrative-unchanged": (
        "{document}: {path} sudah sama dengan dokumen ini, tidak ada yang diubah",
        "{document}: {path} already matches this document, nothing changed",
    ),
    "narrative-not-written": (
        "{document}: tidak ada yang ditulis; perbaiki temuan di bawah dalam dokumen lalu impor "
        "lagi",
        "{document}: nothing was written; fix the findings below in the document and import it "
        "again",
    ),
}
