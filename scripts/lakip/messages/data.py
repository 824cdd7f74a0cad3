"""The data's shape, values and references: what `lakip validate` says about a well-formed file."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "duplicate-key": (
        "Kunci '{name}' muncul dua kali (pertama di baris {first}); YAML hanya menyimpan salah "
        "satunya. Hapus atau gabungkan salah satunya.",
        "Key '{name}' appears twice (first on line {first}); YAML keeps only one of them. Remove "
        "or merge one.",
    ),
    "comma-decimal-split": (
        "Kunci '{names}' muncul karena di dalam kurung kurawal koma memisahkan butir: '{field}: "
        "{typed}' dibaca sebagai '{field}: {head}' dan kunci '{names}'. Bila yang dimaksud angka "
        "desimal, tulis {field}: {fixed} (titik sebagai tanda desimal).",
        "Key '{names}' appears because inside curly braces a comma separates items: '{field}: "
        "{typed}' is read as '{field}: {head}' and key '{names}'. If a decimal number is meant, "
        "write {field}: {fixed} (a dot as the decimal point).",
    ),
    "comma-thousands-split": (
        "Kunci '{names}' muncul karena di dalam kurung kurawal koma memisahkan butir: '{field}: "
        "{typed}' dibaca sebagai '{field}: {head}' dan kunci '{names}'. Tulis {field}: {fixed}, "
        "tanpa pemisah ribuan.",
        "Keys '{names}' appear because inside curly braces a comma separates items: '{field}: "
        "{typed}' is read as '{field}: {head}' and keys '{names}'. Write {field}: {fixed}, "
        "without thousands separators.",
    ),
    "unknown-key": (
        "Kunci '{name}' tidak dikenal{suggestion}. Kunci yang berlaku: {allowed}.",
        "Unknown key '{name}'{suggestion}. Valid keys: {allowed}.",
    ),
    "missing-key": (
        "Kunci wajib '{name}' tidak ada. Tambahkan '{name}: ...'.",
        "Required key '{name}' is missing. Add '{name}: ...'.",
    ),
    "type-mapping": (
        "Diharapkan pasangan 'kunci: nilai', ditemukan {found}.",
        "Expected 'key: value' pairs, found {found}.",
    ),
    "type-list": (
        "Diharapkan daftar (setiap butir diawali '- '), ditemukan {found}.",
        "Expected a list (each item starting with '- '), found {found}.",
    ),
    "type-string": (
        "Diharapkan teks, ditemukan {found}.",
        "Expected text, found {found}.",
    ),
    "type-number": (
        "Diharapkan angka, ditemukan '{text}'. Tulis angka dengan titik sebagai desimal, "
        "misalnya 85.5.",
        "Expected a number, found '{text}'. Write numbers with a dot as decimal point, e.g. 85.5.",
    ),
    "type-integer": (
        "Diharapkan bilangan bulat, ditemukan '{text}'.",
        "Expected a whole number, found '{text}'.",
    ),
    "type-date": (
        "Tanggal '{text}' tidak dapat dibaca. Tulis dalam salah satu bentuk ini: {forms}.",
        "Date '{text}' cannot be read. Write it in one of these forms: {forms}.",
    ),
    "invalid-date": (
        "Tanggal '{text}' tidak ada di kalender. Periksa bulan dan harinya.",
        "Date '{text}' does not exist. Check the month and day.",
    ),
    "yaml-coerced": (
        "YAML membaca '{text}' sebagai {became}, bukan {expected}. {hint}",
        "YAML reads '{text}' as {became}, not {expected}. {hint}",
    ),
    "indonesian-number": (
        "'{text}' ditulis dengan format angka Indonesia. Di berkas data tulis {fixed} (titik "
        "untuk desimal, tanpa pemisah ribuan, tanpa '%' atau 'Rp').",
        "'{text}' is written in Indonesian number format. In data files write {fixed} (dot as "
        "decimal point, no thousands separators, no '%' or 'Rp').",
    ),
    "quoted-number": (
        "Angka '{text}' ditulis di dalam tanda kutip. Hapus tanda kutipnya: {text}.",
        "Number '{text}' is written in quotes. Remove the quotes: {text}.",
    ),
    "not-finite": (
        "'{text}' bukan angka berhingga. Tulis angka biasa.",
        "'{text}' is not a finite number. Write an ordinary number.",
    ),
    "number-special-space": (
        "Angka '{text}' memuat spasi khusus {char} (spasi tak terputus dari Word atau Excel). "
        "{hint}",
        "Number '{text}' contains the special space {char} (a non-breaking space from Word or "
        "Excel). {hint}",
    ),
    "too-many-digits": (
        "Angka '{text}' terlalu panjang: {digits} digit, paling banyak {limit}. Periksa kembali "
        "angkanya.",
        "Number '{text}' is too long: {digits} digits, at most {limit}. Check the number.",
    ),
    "text-too-long": (
        "Teks terlalu panjang: {length} karakter, paling banyak {limit}. Uraian panjang ditulis di "
        "narasi.md, bukan di berkas YAML.",
        "Text is too long: {length} characters, at most {limit}. Long prose belongs in narasi.md, "
        "not in a YAML file.",
    ),
    "below-minimum": (
        "Nilai {value} tidak boleh kurang dari {minimum}.",
        "Value {value} must not be less than {minimum}.",
    ),
    "above-maximum": (
        "Nilai {value} tidak boleh lebih dari {maximum}.",
        "Value {value} must not be more than {maximum}.",
    ),
    "enum": (
        "Nilai '{text}' tidak dikenal. Pilih salah satu: {allowed}.",
        "Unknown value '{text}'. Choose one of: {allowed}.",
    ),
    "pattern": (
        "Nilai '{text}' tidak sesuai format. {doc}",
        "Value '{text}' does not match the expected format. {doc}",
    ),
    "too-few-items": (
        "Daftar harus berisi paling sedikit {minimum} butir.",
        "The list needs at least {minimum} item(s).",
    ),
    "bad-map-key": (
        "Kunci '{name}' tidak sah. {doc}",
        "Key '{name}' is not valid. {doc}",
    ),
    "letter-received-before-dated": (
        "Tanggal diterima {received} lebih awal dari tanggal surat {dated}. Periksa kedua tanggal;"
        " surat tidak dapat diterima sebelum dibuat.",
        "Received on {received}, before the letter's own date {dated}. Check both dates; a letter"
        " cannot arrive before it was written.",
    ),
    "range-inverted": (
        "Batas bawah {low} lebih besar dari batas atas {high}. Tukar kedua nilainya.",
        "Lower bound {low} is greater than upper bound {high}. Swap them.",
    ),
    "year-mismatch": (
        "Tahun di berkas ({found}) berbeda dengan tahun foldernya ({expected}).",
        "The year in the file ({found}) differs from its folder's year ({expected}).",
    ),
    "duplicate-code": (
        "Kode '{code}' sudah dipakai di {other}. Setiap kode harus unik.",
        "Code '{code}' is already used at {other}. Every code must be unique.",
    ),
    "unknown-unit": (
        "Unit '{unit}' tidak ada di sections/. Unit yang ada: {known}.",
        "Unit '{unit}' does not exist under sections/. Existing units: {known}.",
    ),
    "unknown-sasaran": (
        "Sasaran '{code}' tidak ada di Renstra.",
        "Sasaran '{code}' is not in the Renstra.",
    ),
    "unknown-renstra-indicator": (
        "Indikator '{code}' tidak ada di Renstra. Indikator dan targetnya ditetapkan di "
        "reports/renstra.yml.",
        "Indicator '{code}' is not in the Renstra. Indicators and targets are set in "
        "reports/renstra.yml.",
    ),
    "pk-missing-indicator": (
        "Indikator Renstra '{code}' tidak tercantum di PK tahun {year}.",
        "Renstra indicator '{code}' is not listed in the {year} PK.",
    ),
    "pk-target-differs": (
        "Target PK ({pk}) berbeda dengan target Renstra tahun {year} ({renstra}). Pastikan "
        "perbedaan ini disengaja.",
        "PK target ({pk}) differs from the Renstra target for {year} ({renstra}). Make sure "
        "this is intended.",
    ),
    "year-outside-renstra": (
        "Tahun {year} berada di luar periode Renstra ({periods}).",
        "Year {year} is outside the Renstra periods ({periods}).",
    ),
    "year-outside-periods": (
        "Laporan tahun {year} tidak dapat disusun: tahun {year} di luar setiap periode Renstra "
        "({periods}). Tambahkan Renstra yang mencakupnya sebagai {path}, atau pilih tahun lain "
        "dengan --year.",
        "The {year} report cannot be built: {year} is outside every Renstra period ({periods}). "
        "Add the Renstra that covers it as {path}, or choose another year with --year.",
    ),
    "history-year-repeated": (
        "Tahun {year} sudah ada di riwayat (baris {first}). Gabungkan angkanya di satu tempat.",
        "Year {year} is already in the history (line {first}). Keep its figures in one place.",
    ),
    "history-year-has-pk": (
        "Tahun {year} memiliki PK di {path}: angkanya dihitung dari data tahun itu, bukan dari "
        "riwayat. Hapus tahun {year} dari riwayat.",
        "Year {year} has a PK at {path}: its figures come from that year's data, not from the "
        "history. Remove {year} from the history.",
    ),
    "history-unknown-indicator": (
        "Indikator '{code}' tidak ada di Renstra mana pun. Riwayat hanya untuk indikator Renstra "
        "(reports/renstra.yml atau reports/renstra/).",
        "Indicator '{code}' is in no Renstra. The history is for Renstra indicators only "
        "(reports/renstra.yml or reports/renstra/).",
    ),
    "no-pk-for-realisation": (
        "Tahun {year} tidak memiliki PK (reports/{year}/pk.yml), sehingga realisasi '{code}' "
        "tidak dapat dihitung. Angka tahun sebelum repositori dicatat oleh perencanaan di "
        "reports/riwayat.yml.",
        "Year {year} has no PK (reports/{year}/pk.yml), so the realisation of '{code}' cannot be "
        "used. Figures of years before the repository are recorded by planning in "
        "reports/riwayat.yml.",
    ),
    "renstra-empty": (
        "Renstra {start}-{end} belum memuat tujuan, sasaran dan indikator. Isi dari dokumen "
        "Renstra yang ditetapkan.",
        "Renstra {start}-{end} has no goals, sasaran or indicators yet. Fill them in from the "
        "adopted Renstra document.",
    ),
    "pk-empty": (
        "PK tahun {year} belum memuat indikator atau program. Isi {path} dari Perjanjian Kinerja "
        "yang ditandatangani.",
        "The {year} PK has no indicators or programmes yet. Fill in {path} from the signed "
        "Perjanjian Kinerja.",
    ),
    "period-overlap": (
        "Periode Renstra {start}-{end} tumpang tindih dengan periode {other_start}-{other_end} "
        "({other}). Setiap tahun hanya boleh masuk satu periode.",
        "Renstra period {start}-{end} overlaps period {other_start}-{other_end} ({other}). "
        "Each year may belong to one period only.",
    ),
    "renstra-file-name": (
        "Berkas Renstra periode {start}-{end} harus bernama {expected}.",
        "The file of Renstra period {start}-{end} must be named {expected}.",
    ),
    "revision-change-empty": (
        "Perubahan revisi untuk {code} tidak memuat target maupun rencana_aksi, jadi tidak "
        "mengubah apa pun. Tulis target baru, rencana_aksi baru, atau keduanya.",
        "The revision's change for {code} gives neither a target nor a rencana_aksi, so it "
        "changes nothing. Write the new target, the new rencana_aksi, or both.",
    ),
    "pk-revision-before-pk": (
        "Revisi PK bertanggal {date}, sebelum PK {year} itu sendiri ditandatangani ({signed}). "
        "Revisi berlaku sejak tanggalnya, jadi revisi ini tidak mengubah target apa pun. Tulis "
        "tanggal persetujuan revisi yang sebenarnya.",
        "The PK revision is dated {date}, before the {year} PK itself was signed ({signed}). A "
        "revision applies from its date, so this one changes no target. Write the real date the "
        "revision was approved.",
    ),
    "pk-revision-after-year": (
        "Revisi PK bertanggal {date}, sesudah tahun {year} berakhir. Target tahun {year} diukur "
        "pada akhir tahun, jadi revisi ini tidak berlaku. Target tidak diubah setelah tahunnya "
        "selesai; jelaskan perbedaannya di narasi.",
        "The PK revision is dated {date}, after the year {year} ended. The {year} targets are "
        "measured at the end of the year, so this revision does not apply. Targets are not changed "
        "after their year; explain the difference in the narrative.",
    ),
    "unknown-indicator": (
        "Indikator '{code}' tidak ada dalam PK tahun {year}. Periksa kodenya.",
        "Indicator '{code}' is not in the {year} PK. Check the code.",
    ),
    "not-assigned": (
        "Indikator '{code}' menjadi tanggung jawab unit '{owner}', bukan '{unit}'. Hapus dari "
        "berkas ini.",
        "Indicator '{code}' is assigned to unit '{owner}', not '{unit}'. Remove it from this file.",
    ),
    "unknown-kegiatan": (
        "Kegiatan '{code}' tidak ada dalam PK tahun {year}. Periksa kodenya.",
        "Kegiatan '{code}' is not in the {year} PK. Check the code.",
    ),
    "kegiatan-not-assigned": (
        "Kegiatan '{code}' dilaksanakan oleh unit '{owner}', bukan '{unit}'. Hapus dari "
        "berkas ini.",
        "Kegiatan '{code}' is run by unit '{owner}', not '{unit}'. Remove it from this file.",
    ),
    "renstra-target-missing": (
        "Indikator '{code}' tidak memiliki target untuk tahun {year} dalam periode Renstra.",
        "Indicator '{code}' has no target for {year} within the Renstra period.",
    ),
    "missing-realisation": (
        "Realisasi indikator '{code}' belum diisi (unit {unit}, {path}).",
        "Realisation of indicator '{code}' is missing (unit {unit}, {path}).",
    ),
    "missing-narrative": (
        "Narasi indikator '{code}' belum ditulis (unit {unit}, {path}: tambahkan '## {code}').",
        "Narrative for indicator '{code}' is missing (unit {unit}, {path}: add '## {code}').",
    ),
    "narrative-empty": (
        "Narasi indikator '{code}' masih kosong: judul '## {heading}' sudah ada, tetapi belum "
        "ada teks di bawah subjudulnya (unit {unit}). Tulis analisis di bawah setiap subjudul dan "
        "hapus komentar petunjuk.",
        "The narrative for indicator '{code}' is still empty: the heading '## {heading}' exists "
        "but there is no text under its subheadings (unit {unit}). Write the analysis under "
        "each subheading and remove the hint comment.",
    ),
    "narrative-subsection-missing": (
        "Narasi '{code}' belum memuat subjudul {missing}. Narasi yang lengkap menjelaskan "
        "penyebab keberhasilan atau kegagalan, upaya, kendala dan tindak lanjut, masing-masing "
        "di bawah subjudul '###'.",
        "Narrative '{code}' lacks the subheading(s) {missing}. A complete narrative explains "
        "the causes of success or failure, the efforts, the obstacles and the follow-up, each "
        "under a '###' subheading.",
    ),
    "narrative-subsection-empty": (
        "Subjudul '{title}' pada narasi '{code}' kosong. Tulis isinya, atau tulis 'Tidak ada' "
        "bila memang tidak ada yang perlu dilaporkan.",
        "Subheading '{title}' of narrative '{code}' is empty. Write its text, or 'Tidak ada' "
        "if there is truly nothing to report.",
    ),
    "narrative-placeholder": (
        "Subjudul '{title}' pada narasi '{code}' hanya berisi '{text}', yang tercetak sebagai "
        "butir kosong. Tulis isinya, atau 'Tidak ada' bila memang tidak ada.",
        "Subheading '{title}' of narrative '{code}' holds only '{text}', which prints as an "
        "empty bullet. Write its text, or 'Tidak ada' if there is truly nothing.",
    ),
    "narrative-empty-bullet": (
        "Butir daftar kosong di subjudul '{title}' narasi '{code}' tercetak sebagai butir tanpa "
        "isi. Tulis isinya atau hapus baris ini.",
        "An empty list item under subheading '{title}' of narrative '{code}' prints as a bullet "
        "with no text. Write its text or delete the line.",
    ),
    "narrative-hint-left": (
        "Komentar petunjuk '<!-- Petunjuk ... -->' dari kerangka masih ada. Hapus setelah "
        "narasi diisi.",
        "The scaffold's hint comment '<!-- Petunjuk ... -->' is still there. Delete it once "
        "the narrative is written.",
    ),
    "chapter-empty": (
        "Bab ini belum berisi teks (hanya judul atau komentar). Tulis isinya (bagian Perencanaan).",
        "This chapter has no text yet (only headings or comments). Write it (planning's task).",
    ),
    "chapter-section-empty": (
        "Judul '{title}' tidak diikuti teks apa pun. Tulis isinya atau hapus judulnya.",
        "Heading '{title}' has no text under it. Write its text or delete the heading.",
    ),
    "narrative-copied": (
        "{what} sama persis dengan tahun {previous} ({where}). Perbarui analisisnya untuk "
        "tahun {year}.",
        "{what} is the same as in {previous} ({where}). Update the analysis for {year}.",
    ),
    "source-other-year": (
        "Sumber data indikator '{code}' menyebut tahun {named}, bukan {year}. Periksa apakah "
        "datanya memang data tahun {year}.",
        "The data source of indicator '{code}' names {named}, not {year}. Check that the data "
        "is {year}'s.",
    ),
    "missing-chapter": (
        "Bab {path} belum ditulis. Tulis isinya di berkas ini (bagian Perencanaan).",
        "Chapter {path} has not been written. Write it in this file (planning's task).",
    ),
    "missing-budget": (
        "Realisasi anggaran kegiatan '{code}' belum diisi (unit {unit}, {path}).",
        "Budget realisation of kegiatan '{code}' is missing (unit {unit}, {path}).",
    ),
    "budget-over-pagu": (
        "Realisasi anggaran {realisasi} melebihi pagu {pagu}. Periksa kembali angkanya.",
        "Budget realisation {realisasi} exceeds the pagu {pagu}. Check the figure.",
    ),
    "budget-negative": (
        "Realisasi anggaran {realisasi} negatif. Realisasi tidak boleh kurang dari 0.",
        "Budget realisation {realisasi} is negative. It must not be less than 0.",
    ),
    "quarter-decrease": (
        "Triwulan {quarter} ({value}) lebih kecil dari triwulan {previous} ({previous_value}), "
        "padahal indikator ini kumulatif.",
        "Quarter {quarter} ({value}) is lower than quarter {previous} ({previous_value}), but "
        "this indicator is cumulative.",
    ),
    "action-plan-order": (
        "Rencana aksi {code} ditulis dengan urutan triwulan {written}. Tulis berurutan: I, II, "
        "III, IV.",
        "The action plan of {code} lists the quarters as {written}. Write them in order: I, II, "
        "III, IV.",
    ),
    "action-plan-incomplete": (
        "Rencana aksi {code} tidak memuat triwulan {missing}. Tulis target sampai akhir keempat "
        "triwulan (I, II, III, IV).",
        "The action plan of {code} lacks quarter {missing}. Give the target to the end of all "
        "four quarters (I, II, III, IV).",
    ),
    "action-plan-decrease": (
        "Rencana aksi {code} triwulan {quarter} ({value}) lebih kecil dari triwulan {previous} "
        "({previous_value}), padahal indikator ini kumulatif: tulis jumlah sampai akhir triwulan.",
        "Action plan of {code}: quarter {quarter} ({value}) is lower than quarter {previous} "
        "({previous_value}), but this indicator is cumulative: write the total to the quarter's "
        "end.",
    ),
    "action-plan-year-target": (
        "Rencana aksi triwulan IV {code} ({q4}) berbeda dengan target tahun ini ({target}); pada "
        "indikator kumulatif triwulan IV adalah target tahunan.",
        "Action plan quarter IV of {code} ({q4}) differs from this year's target ({target}); for "
        "a cumulative indicator quarter IV is the year's target.",
    ),
    "action-plan-year-end": (
        "Rencana aksi triwulan IV {code} ({q4}) berbeda dengan target tahun ini ({target}). "
        "Periksa kembali angkanya.",
        "Action plan quarter IV of {code} ({q4}) differs from this year's target ({target}). "
        "Check the figure.",
    ),
    "quarter-annual-mismatch": (
        "Realisasi tahunan {annual} berbeda dengan triwulan IV ({q4}) pada indikator kumulatif.",
        "Annual realisation {annual} differs from quarter IV ({q4}) of a cumulative indicator.",
    ),
    "capaian-mismatch": (
        "Capaian yang diketik ({typed}) berbeda dengan hasil hitung ({computed}). Hapus kunci "
        "'capaian' (dihitung otomatis) atau periksa realisasinya.",
        "The typed capaian ({typed}) differs from the computed value ({computed}). Remove the "
        "'capaian' key (it is computed) or check the realisation.",
    ),
    "count-fraction": (
        "{what} dibaca sebagai {read}, padahal satuan '{unit}' selalu bilangan bulat. {hint}",
        "{what} is read as {read}, but the unit '{unit}' is always a whole number. {hint}",
    ),
    "rupiah-fraction": (
        "{what} dibaca sebagai {read}, padahal rupiah ditulis tanpa pecahan. {hint}",
        "{what} is read as {read}, but rupiah amounts have no fraction. {hint}",
    ),
    "three-decimals": (
        "{what} dibaca sebagai {read} (tiga angka di belakang titik desimal). Bila yang dimaksud "
        "{words}, tulis {fixed}: di berkas data titik adalah tanda desimal, bukan pemisah ribuan.",
        "{what} is read as {read} (three digits after the decimal point). If {words} is meant, "
        "write {fixed}: in data files a dot is the decimal point, not a thousands separator.",
    ),
    "capaian-below-one-percent": (
        "Capaian {code} hanya {capaian} (realisasi dibaca sebagai {realisation}, target "
        "{target}). Periksa apakah realisasi ditulis dengan titik ribuan: di berkas data titik "
        "adalah tanda desimal.",
        "The capaian of {code} is only {capaian} (the realisation is read as {realisation}, "
        "target {target}). Check whether the realisation was typed with a thousands dot: in data "
        "files a dot is the decimal point.",
    ),
    "capaian-far-above-history": (
        "Capaian {code} tahun {year} ({capaian}; realisasi dibaca sebagai {realisation}, target "
        "{target}) lebih dari sepuluh kali capaian tertingginya sebelumnya ({best} pada "
        "{best_year}). Periksa penulisan realisasi dan target: di berkas data titik adalah tanda "
        "desimal.",
        "The {year} capaian of {code} ({capaian}; the realisation is read as {realisation}, "
        "target {target}) is more than ten times its best earlier one ({best} in {best_year}). "
        "Check how the realisation and target are typed: in data files a dot is the decimal "
        "point.",
    ),
    "serapan-below-one-percent": (
        "Serapan anggaran {code} hanya {serapan} (realisasi {realisasi} dari pagu {pagu}). "
        "Periksa apakah salah satunya ditulis dengan titik ribuan.",
        "The budget absorption of {code} is only {serapan} (realisation {realisasi} of a pagu of "
        "{pagu}). Check whether one of them was typed with a thousands dot.",
    ),
    "unavailable-no-reason": (
        "'tidak_tersedia' untuk indikator '{code}' kosong: tulis alasan resminya, misalnya "
        "'tidak_tersedia: BPS belum merilis data tahun ini'.",
        "'tidak_tersedia' for indicator '{code}' is empty: write the official reason, for example "
        "'tidak_tersedia: BPS belum merilis data tahun ini'.",
    ),
    "unavailable-with-value": (
        "Indikator '{code}' diberi realisasi {value} sekaligus 'tidak_tersedia': hapus salah "
        "satunya (data yang tidak tersedia tidak punya realisasi).",
        "Indicator '{code}' has a realisation of {value} and 'tidak_tersedia' at once: remove one "
        "of them (data that is not available has no realisation).",
    ),
    "renstra-target-empty": (
        "Indikator '{code}' menulis 'target' tanpa isi. Tulis target per tahun (misalnya "
        "'target: {{2025: 80}}'), atau hapus kunci 'target' bila indikator hanya punya "
        "'target_akhir'.",
        "Indicator '{code}' has an empty 'target'. Write a target per year (for example "
        "'target: {{2025: 80}}'), or remove the 'target' key if the indicator has only a "
        "'target_akhir'.",
    ),
    "renstra-no-target": (
        "Indikator '{code}' tidak punya 'target' per tahun maupun 'target_akhir': tulis salah "
        "satunya.",
        "Indicator '{code}' has neither a yearly 'target' nor a 'target_akhir': write one of them.",
    ),
    "pk-target-blank": (
        "Target indikator '{code}' di PK ditulis kosong. Tulis targetnya, atau hapus baris "
        "'target:' bila indikator ini diukur terhadap target akhir Renstra.",
        "The PK target of indicator '{code}' is written empty. Write the target, or remove the "
        "'target:' line if this indicator is measured against the Renstra end target.",
    ),
    "pk-no-target": (
        "Indikator '{code}' dicantumkan dalam PK {year} tanpa target, padahal Renstra tidak "
        "memberinya 'target_akhir'. Tulis 'target:' untuk tahun ini.",
        "Indicator '{code}' is listed in the {year} PK without a target, and the Renstra gives it "
        "no 'target_akhir'. Write a 'target:' for this year.",
    ),
    "r-over-t-without-negative-scale": (
        "Indikator negatif '{code}' memakai rumus R/T (hasil lebih baik tampil di bawah 100), "
        "tetapi kategorinya memakai skala yang menilai angka tinggi sebagai baik. Tambahkan "
        "'skala_kategori_negatif', misalnya 'skala_kategori_negatif: tercapai-r-per-t'.",
        "Negative indicator '{code}' uses the R/T rule (a better result shows below 100), but its "
        "category uses a scale that reads high values as good. Add 'skala_kategori_negatif', for "
        "example 'skala_kategori_negatif: tercapai-r-per-t'.",
    ),
    "category-scale-gap": (
        "Skala kategori tidak mencakup capaian {values}: setiap nilai harus masuk satu pita. "
        "Sambungkan batas pita (misalnya 'lebih_dari: 90' di bawah 'sampai: 90') atau beri pita "
        "terakhir tanpa batas.",
        "The category scale does not cover a capaian {values}: every value must fall in one "
        "band. Join the band bounds (for example 'lebih_dari: 90' below 'sampai: 90') or leave "
        "the last band unbounded.",
    ),
    "capaian-not-computable": (
        "Capaian indikator '{code}' tidak dapat dihitung: {reason}.",
        "Capaian of indicator '{code}' cannot be computed: {reason}.",
    ),
    "narrative-unknown-code": (
        "Judul '## {code}' tidak merujuk ke indikator atau sasaran unit ini. Awali judul dengan "
        "kode indikator, misalnya '## {example}'.",
        "Heading '## {code}' does not name an indicator or sasaran of this unit. Start the "
        "heading with an indicator code, e.g. '## {example}'.",
    ),
    "narrative-duplicate": (
        "Narasi '{code}' ditulis dua kali (pertama di baris {first}). Gabungkan keduanya.",
        "Narrative '{code}' is written twice (first on line {first}). Merge them.",
    ),
    "narrative-preamble": (
        "Teks sebelum judul '## KODE' pertama tidak masuk laporan. Pindahkan ke bawah judul.",
        "Text before the first '## CODE' heading does not reach the report. Move it below one.",
    ),
}
