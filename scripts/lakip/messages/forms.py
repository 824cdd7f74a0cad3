"""Staff forms: the units' Excel workbook and Word narrative, written and imported back; and
the readers' workbook (`lakip figures --format xlsx`) and the finance system's import."""

# What a Word narrative holds that the report cannot print: where, and what to do about it.
_WHERE = ('Paragraf {paragraph} ("{words}"): ', 'Paragraph {paragraph} ("{words}"): ')

CATALOGUE: dict[str, tuple[str, str]] = {
    "form-unknown-unit": (
        "Unit '{unit}' tidak dikenal. Unit yang ada: {known}.",
        "Unknown unit '{unit}'. The units are: {known}.",
    ),
    "form-no-duty": (
        "Unit '{unit}' tidak memiliki indikator maupun kegiatan dalam PK {year}, jadi tidak ada "
        "formulir untuknya. Unit yang melapor tahun itu: {units}.",
        "Unit '{unit}' has no indicator and no kegiatan in the PK of {year}, so there is no form "
        "for it. The units reporting that year: {units}.",
    ),
    "form-validating": ("memvalidasi data ...", "validating the data ..."),
    "form-written": ("formulir {unit}: {path}", "form of {unit}: {path}"),
    "form-narrative-written": ("narasi {unit}: {path}", "narrative of {unit}: {path}"),
    "form-done": (
        "{count} formulir dan {narratives} dokumen narasi tahun {year} ditulis di {folder}. "
        "Kirim setiap berkas ke unitnya; berkas yang sudah diisi dibaca kembali dengan "
        "'lakip impor'.",
        "{count} forms and {narratives} narrative documents of {year} written to {folder}. Send "
        "each file to its unit; filled files are read back with 'lakip impor'.",
    ),
    "yaml-edit-path": (
        "Jalur '{path}' tidak sah (contoh: indikator[kode=IKU-08].realisasi). Ini kesalahan "
        "lakip; laporkan.",
        "The path '{path}' is invalid (example: indikator[kode=IKU-08].realisasi). This is a "
        "lakip bug; please report it.",
    ),
    "yaml-edit-syntax": (
        "Berkas YAML tidak dapat dibaca ({error}), jadi tidak diubah. Perbaiki dulu dengan "
        "lakip validate.",
        "The YAML file cannot be read ({error}), so it is left unchanged. Fix it first with "
        "lakip validate.",
    ),
    "yaml-edit-shape": (
        "Bentuk data di '{path}' bukan yang diharapkan (pemetaan atau daftar), jadi berkas tidak "
        "diubah. Periksa berkas itu dengan lakip validate.",
        "The data at '{path}' is not of the expected shape (a mapping or a list), so the file "
        "is left unchanged. Check it with lakip validate.",
    ),
    "yaml-edit-missing": (
        "'{path}' tidak ada di berkas, jadi berkas tidak diubah.",
        "'{path}' is not in the file, so the file is left unchanged.",
    ),
    "yaml-edit-last-key": (
        "'{path}' adalah satu-satunya kunci di tempatnya dan tidak dapat dihapus sendiri.",
        "'{path}' is the only key in its place and cannot be removed on its own.",
    ),
    "yaml-edit-value": (
        "Nilai '{value}' tidak dapat ditulis ke YAML.",
        "The value '{value}' cannot be written to YAML.",
    ),
    "yaml-edit-guard": (
        "Perubahan pada '{path}' tidak menghasilkan data yang dimaksud, jadi berkas tidak diubah. "
        "Ini kesalahan lakip; laporkan bersama berkasnya.",
        "The change at '{path}' did not give the intended data, so the file is left unchanged. "
        "This is a lakip bug; please report it with the file.",
    ),
    "form-unreadable": (
        "{path} tidak dapat dibuka sebagai buku kerja Excel ({reason}). Simpan ulang sebagai "
        ".xlsx dari Excel atau LibreOffice Calc.",
        "{path} cannot be opened as an Excel workbook ({reason}). Save it again as .xlsx from "
        "Excel or LibreOffice Calc.",
    ),
    "form-unknown-kind": (
        "{path}: jenis berkas ini tidak dapat diimpor. Yang dapat diimpor: {known} (formulir "
        "Excel dan narasi Word); simpan berkasnya dalam salah satu bentuk itu.",
        "{path}: this kind of file cannot be imported. Importable: {known} (Excel forms and "
        "Word narratives); save the file as one of them.",
    ),
    "form-not-lakip": (
        "Berkas ini bukan formulir lakip (lembar {sheet} tidak ada atau tidak sah). Isi "
        "formulir yang dibuat dengan lakip formulir.",
        "This file is not a lakip form (the sheet {sheet} is missing or invalid). Fill in a "
        "form made with lakip formulir.",
    ),
    "form-newer-format": (
        "Formulir ini berformat {version}, dibuat oleh lakip yang lebih baru. Perbarui lakip, "
        "lalu impor lagi.",
        "This form has format {version}, written by a newer lakip. Update lakip, then import "
        "it again.",
    ),
    "form-sheet-missing": (
        "Lembar {sheet} tidak ada di formulir. Jangan menghapus atau mengganti nama lembar; "
        "minta formulir baru bila perlu.",
        "The sheet {sheet} is missing from the form. Do not delete or rename sheets; ask for a "
        "new form if needed.",
    ),
    "form-other-year": (
        "Formulir ini untuk tahun {form_year}, sedangkan yang diimpor tahun {year}. Gunakan "
        "--year {form_year} atau formulir tahun {year}.",
        "This form is for {form_year}, but the import is for {year}. Use --year {form_year} or "
        "the form for {year}.",
    ),
    "form-other-unit": (
        "Formulir ini milik unit '{unit}', tetapi nama berkasnya menyebut unit '{named}'. "
        "Gunakan formulir unit Anda sendiri.",
        "This form belongs to the unit '{unit}', but its file name names the unit '{named}'. "
        "Use your own unit's form.",
    ),
    "form-outdated": (
        "Formulir unit {unit} ini dibuat {made}, sebelum PK (target, rencana aksi atau pagu) "
        "direvisi. Minta formulir baru (lakip formulir) dan salin isian Anda ke sana.",
        "This form of the unit {unit} was made on {made}, before the PK (targets, rencana aksi "
        "or pagu) was revised. Ask for a new form (lakip formulir) and copy your entries into "
        "it.",
    ),
    "form-row-missing": (
        "{code} tidak ada di formulir (lembar {sheet}); datanya di YAML tidak diubah.",
        "{code} is not in the form (sheet {sheet}); its data in the YAML is left unchanged.",
    ),
    "form-unknown-code": (
        "Kode '{code}' di lembar {sheet} tidak ada di PK unit ini, jadi isiannya tidak dapat "
        "diimpor. Jangan mengubah atau menambah kode; pakai baris kode yang benar.",
        "The code '{code}' on the sheet {sheet} is not in this unit's PK, so its entries "
        "cannot be imported. Do not change or add codes; use the row of the right code.",
    ),
    "form-row-without-code": (
        "Baris ini berisi isian tetapi tidak berkode, jadi tidak dapat diimpor. Isi di baris "
        "indikator atau kegiatan yang sesuai.",
        "This row has entries but no code, so it cannot be imported. Fill in the row of the "
        "right indicator or kegiatan.",
    ),
    "form-duplicate-row": (
        "Kode {code} muncul lagi (pertama di baris {first}); baris ini tidak diimpor. Hapus "
        "salah satunya.",
        "The code {code} appears again (first on row {first}); this row is not imported. "
        "Delete one of them.",
    ),
    "form-locked-changed": (
        "{column} {code} diubah di formulir menjadi '{found}'; yang berlaku tetap nilai PK "
        "{expected} (kolom ini tidak diimpor).",
        "{column} of {code} was changed in the form to '{found}'; the PK's {expected} stays in "
        "force (this column is not imported).",
    ),
    "form-number-text": (
        "'{text}' diketik sebagai teks dan dibaca sebagai {read}. Bila bukan itu maksudnya, "
        "ketik angkanya sebagai angka.",
        "'{text}' was typed as text and is read as {read}. If that is not what is meant, type "
        "the number as a number.",
    ),
    "form-not-a-number": (
        "'{text}' bukan angka. Ketik angka saja, misalnya 85,5 atau 1912.",
        "'{text}' is not a number. Type a number only, for example 85.5 or 1912.",
    ),
    "form-twice": (
        "Formulir unit {unit} sudah diimpor dari {other} dalam perintah yang sama. Impor satu "
        "formulir per unit.",
        "The form of the unit {unit} is already imported from {other} in the same command. "
        "Import one form per unit.",
    ),
    "form-not-written": (
        "Berkas ini tidak tertulis utuh, dan berkas berikutnya dari impor ini tidak ditulis. "
        "Periksa ruang disk, lalu jalankan impor lagi.",
        "This file was not written whole, and the files after it in this import were not "
        "written. Check the disk space, then run the import again.",
    ),
    "impor-written": ("Ditulis: {path}", "Written: {path}"),
    "impor-would-write": ("Akan ditulis (--dry-run): {path}", "Would write (--dry-run): {path}"),
    "impor-change": ("  {code} {key}: {old} menjadi {new}", "  {code} {key}: {old} -> {new}"),
    "impor-nothing": (
        "Tidak ada yang berubah: isian formulir sudah sama dengan data.",
        "Nothing changes: the form's entries already equal the data.",
    ),
    "impor-refused": (
        "Tidak ada berkas yang ditulis. Perbaiki temuan di atas, lalu impor lagi.",
        "No file was written. Fix the findings above, then import again.",
    ),
    "form-too-large": (
        "{path} berukuran {size} bait, melebihi batas {limit} bait untuk formulir. Periksa "
        "apakah ini berkas yang benar.",
        "{path} is {size} bytes, over the limit of {limit} bytes for a form. Check that this is "
        "the right file.",
    ),
    "form-percent-cell": (
        "Sel berformat persen menyimpan {stored}; dibaca sebagai {read} (persen yang diketik). "
        "Bila bukan itu maksudnya, ketik angkanya tanpa '%'.",
        "The percent-formatted cell holds {stored}; it is read as {read} (the percentage "
        "typed). If that is not what is meant, type the number without '%'.",
    ),
    "form-hidden-character": (
        "Teks ini memuat karakter kendali atau tak terlihat (biasanya dari salinan dokumen "
        "lain). Ketik ulang teksnya di sel ini.",
        "This text holds a control or invisible character (usually from a copied document). "
        "Type the text again in this cell.",
    ),
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
    "docx-no-indicator-headings": (
        "Dokumen ini tidak memuat judul indikator unit ({codes}) bergaya Judul 2 (Heading 2), "
        "jadi tidak dapat menjadi narasinya. Pakai dokumen dari 'lakip formulir', atau beri "
        "setiap judul indikator gaya Judul 2, diawali kodenya (misalnya 'IKU-01 ...').",
        "This document holds none of the unit's indicator headings ({codes}) in the Heading 2 "
        "style, so it cannot become its narrative. Use the document from 'lakip formulir', or "
        "give each indicator heading the Heading 2 style, starting with its code (e.g. "
        "'IKU-01 ...').",
    ),
    "docx-other-year": (
        "{document} adalah narasi tahun {year}, bukan tahun {asked} yang diminta (--year). "
        "Impor dokumen tahun {asked}, atau jalankan tanpa --year.",
        "{document} is the narrative of {year}, not of {asked} as asked (--year). Import the "
        "document of {asked}, or run without --year.",
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
    "docx-hidden-text": (
        _WHERE[0] + "ada teks tersembunyi (format Tersembunyi). Word tidak menampilkannya, "
        "laporan akan mencetaknya: tampilkan (Beranda > Tampilkan/Sembunyikan), lalu hapus atau "
        "jadikan teks biasa.",
        _WHERE[1] + "there is hidden text (the Hidden format). Word does not show it, the "
        "report would print it: show it (Home > Show/Hide), then delete it or make it ordinary "
        "text.",
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
    "impor-file-missing": (
        "{path}: berkas ini tidak ada. Periksa nama berkas dan foldernya; tidak ada yang diimpor.",
        "{path}: there is no such file. Check the file name and its folder; nothing was imported.",
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
    # `lakip figures --format xlsx`
    "figures-xlsx-terminal": (
        "Buku kerja Excel tidak dicetak ke layar. Tulis ke berkas dengan --out BERKAS.xlsx, "
        "atau alihkan keluaran: lakip figures --format xlsx > tabel.xlsx",
        "An Excel workbook is not printed to a terminal. Write it to a file with "
        "--out FILE.xlsx, or redirect the output: lakip figures --format xlsx > tables.xlsx",
    ),
    "figures-out-only-xlsx": (
        "--out hanya untuk --format xlsx; format {format} dicetak ke layar (alihkan dengan >).",
        "--out is only for --format xlsx; format {format} is printed (redirect it with >).",
    ),
    "figures-xlsx-changed": (
        "{path} berubah saat ditulis (program lain menulisnya juga?); jalankan lagi.",
        "{path} changed while it was written (another program writing it?); run again.",
    ),
    "figures-xlsx-written": (
        "Buku kerja tabel kinerja ditulis: {path} ({sheets} lembar)",
        "Performance tables workbook written: {path} ({sheets} sheets)",
    ),
    # `lakip impor-anggaran`: the finance system's realisation export
    "finance-unreadable": (
        "Ekspor anggaran {path} tidak dapat dibaca: {reason}",
        "The budget export {path} cannot be read: {reason}",
    ),
    "finance-too-big": (
        "{path} lebih dari {limit} MB: bukan ekspor realisasi anggaran. Periksa berkasnya.",
        "{path} is over {limit} MB: not a budget realisation export. Check the file.",
    ),
    "finance-save-as-xlsx": (
        "{path} bukan XLSX atau CSV (berkas .xls lama atau halaman HTML). Buka di Excel atau "
        "LibreOffice, simpan sebagai .xlsx, lalu impor berkas itu.",
        "{path} is no XLSX or CSV (an old .xls or an HTML page). Open it in Excel or "
        "LibreOffice, save it as .xlsx, and import that file.",
    ),
    "finance-no-sheet": (
        "{path} tidak memiliki lembar '{sheet}' (pengaturan.impor_anggaran.lembar di "
        "reports/profil.yml). Lembar yang ada: {sheets}.",
        "{path} has no sheet '{sheet}' (pengaturan.impor_anggaran.lembar in "
        "reports/profil.yml). Its sheets: {sheets}.",
    ),
    "finance-no-header": (
        "{path}: baris judul kolom tidak ditemukan; dicari kolom kode ({codes}) dan kolom "
        "realisasi ({realisation}). Tulis judul kolom ekspor Anda di pengaturan.impor_anggaran "
        "reports/profil.yml (kolom_kode, kolom_realisasi, baris_judul).",
        "{path}: no header row found; looked for a code column ({codes}) and a realisation "
        "column ({realisation}). Write your export's headers in pengaturan.impor_anggaran of "
        "reports/profil.yml (kolom_kode, kolom_realisasi, baris_judul).",
    ),
    "finance-year-differs": (
        "judul ekspor menyebut tahun {named}, bukan {year}: pastikan ekspornya untuk tahun "
        "laporan (--year memilih tahun lain)",
        "the export's title names the year {named}, not {year}: make sure the export is for the "
        "reporting year (--year picks another)",
    ),
    "finance-kegiatan-missing": (
        "kegiatan {code} dari PK tidak ada di ekspor {file}; realisasinya tidak diubah",
        "kegiatan {code} of the PK is not in the export {file}; its realisation is unchanged",
    ),
    "finance-duplicate-code": (
        "baris {row}, kolom {column}: kode {code} sudah ada di baris {first}; hapus salah satunya",
        "row {row}, column {column}: code {code} is already on row {first}; remove one of them",
    ),
    "finance-code-unknown": (
        "baris {row}, kolom {column}: kode {code} bukan kegiatan atau sub kegiatan di PK; "
        "baris ini dilewati",
        "row {row}, column {column}: code {code} is no kegiatan or sub-kegiatan of the PK; "
        "the row is skipped",
    ),
    "finance-pagu-differs": (
        "baris {row}, kolom {column}: pagu kegiatan {code} di ekspor {export}, di PK {pk}; "
        "bila anggaran berubah, ubah PK melalui revisi",
        "row {row}, column {column}: the pagu of kegiatan {code} is {export} in the export and "
        "{pk} in the PK; if the budget changed, change the PK through a revision",
    ),
    "finance-money-unreadable": (
        "baris {row}, kolom {column}: '{text}' bukan jumlah rupiah (contoh: 1.250.000 atau "
        "1250000)",
        "row {row}, column {column}: '{text}' is no rupiah amount (e.g. 1.250.000 or 1250000)",
    ),
    "finance-money-fraction": (
        "baris {row}, kolom {column}: '{text}' terbaca {read}, dengan sen; realisasi ditulis "
        "dalam rupiah utuh",
        "row {row}, column {column}: '{text}' reads as {read}, with a fraction; realisations "
        "are whole rupiah",
    ),
    "finance-no-budget-file": (
        "{path} belum ada: buka tahun {year} dengan lakip new lebih dulu",
        "{path} does not exist: open the year {year} with lakip new first",
    ),
    "finance-write-changed": (
        "{path} berubah saat ditulis (program lain menulisnya juga?); jalankan lagi.",
        "{path} changed while it was written (another program writing it?); run again.",
    ),
    "finance-change": (
        "{path}: {code} realisasi {old} -> {new}",
        "{path}: {code} realisation {old} -> {new}",
    ),
    "finance-written": (
        "{matched} kegiatan cocok dengan ekspor; {changed} realisasi diperbarui di {files} berkas.",
        "{matched} kegiatan matched the export; {changed} realisations updated in {files} files.",
    ),
    "finance-dry-run": (
        "{matched} kegiatan cocok dengan ekspor; {changed} realisasi akan diperbarui "
        "(--dry-run: tidak ada yang ditulis).",
        "{matched} kegiatan matched the export; {changed} realisations would be updated "
        "(--dry-run: nothing written).",
    ),
    "finance-unchanged": (
        "{matched} kegiatan cocok dengan ekspor; semua realisasi sudah sama, tidak ada yang "
        "ditulis.",
        "{matched} kegiatan matched the export; every realisation is already the same, nothing "
        "written.",
    ),
    "impor-planning-errors": (
        "Data perencanaan bermasalah ({files}), jadi formulir tidak dapat dicocokkan dengan PK. "
        "Tidak ada yang diimpor; jalankan lakip validate dan minta Perencanaan memperbaikinya.",
        "The planning data has errors ({files}), so no form can be matched against the PK. "
        "Nothing was imported; run lakip validate and ask Planning to fix them.",
    ),
}
