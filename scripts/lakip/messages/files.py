"""Files and their syntax: missing, unreadable, hostile or malformed data files and Markdown."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "file-missing": (
        "Berkas wajib {name} tidak ada. Buat berkas ini (lihat docs/data-format.md).",
        "Required file {name} is missing. Create it (see docs/data-format.md).",
    ),
    "not-a-file": (
        "Diharapkan berkas biasa, ditemukan folder atau berkas khusus. Ganti dengan berkas {name}.",
        "Expected a regular file, found a folder or special file. Replace it with a file {name}.",
    ),
    "outside-repo": (
        "Tautan simbolik menunjuk ke luar repositori. Ganti dengan berkas biasa di dalam "
        "repositori.",
        "Symbolic link points outside the repository. Replace it with a regular file inside it.",
    ),
    "file-too-large": (
        "Berkas berukuran {size} bait, melebihi batas {limit} bait. Periksa apakah ini berkas yang "
        "benar.",
        "File is {size} bytes, over the limit of {limit} bytes. Check that this is the right file.",
    ),
    "file-empty": (
        "Berkas kosong. Isi paling sedikit kunci wajib: {required}.",
        "File is empty. It needs at least the required keys: {required}.",
    ),
    "encoding": (
        "Berkas bukan UTF-8 (bait tidak sah di kolom {column}){guess}. Simpan ulang sebagai UTF-8 "
        "(Simpan Sebagai > Encoding: UTF-8).",
        "File is not UTF-8 (invalid byte at column {column}){guess}. Save it again as UTF-8 "
        "(Save As > Encoding: UTF-8).",
    ),
    "byte-order-mark": (
        "Berkas diawali penanda BOM. Simpan sebagai UTF-8 tanpa BOM.",
        "File starts with a byte-order mark. Save it as UTF-8 without BOM.",
    ),
    "more-findings": (
        "... dan {count} temuan lain di berkas ini tidak ditampilkan. Perbaiki temuan di atas "
        "(sering penyebabnya sama), lalu jalankan 'lakip validate' lagi.",
        "... and {count} more findings in this file are not shown. Fix the ones above (they "
        "often share one cause), then run 'lakip validate' again.",
    ),
    "unknown-file": (
        "Berkas {name} tidak dikenal di folder ini dan diabaikan. Yang dikenal: {known}.",
        "Unknown file {name} in this folder is ignored. Known files: {known}.",
    ),
    "yaml-syntax": (
        "Kesalahan sintaks YAML di kolom {column}: {problem}.",
        "YAML syntax error at column {column}: {problem}.",
    ),
    "yaml-colon-in-value": (
        "Titik dua diikuti spasi di kolom {column} tidak boleh ada di sini: YAML membacanya "
        "sebagai kunci baru. Bila ini bagian dari teks, beri tanda kutip pada seluruh nilai "
        '(misalnya sumber_data: "Laporan: Survei 2025"); bila ini kunci baru, tulis di baris '
        "sendiri, sejajar dengan kunci lain pada tingkat yang sama.",
        "A colon followed by a space at column {column} is not allowed here: YAML reads it as a "
        "new key. If it is part of the text, quote the whole value (e.g. sumber_data: "
        '"Laporan: Survei 2025"); if it is a new key, put it on its own line, aligned with the '
        "other keys of its level.",
    ),
    "yaml-colon-space": (
        "Setelah titik dua di kolom {column} harus ada spasi: tulis '{key}: ...', bukan "
        "'{key}:...'. Tanpa spasi YAML membaca seluruh baris sebagai teks, bukan kunci dan nilai.",
        "The colon at column {column} must be followed by a space: write '{key}: ...', not "
        "'{key}:...'. Without it YAML reads the whole line as text, not a key and a value.",
    ),
    "yaml-unclosed-quote": (
        "Tanda kutip {quote} yang dibuka di kolom {column} tidak pernah ditutup. Tambahkan {quote} "
        "di akhir nilai ini.",
        "The quote {quote} opened at column {column} is never closed. Add {quote} at the end of "
        "this value.",
    ),
    "yaml-missing-colon": (
        "Baris ini bukan 'kunci: nilai': titik dua diikuti spasi tidak ditemukan. Tambahkan ': ' "
        "setelah nama kunci; bila baris ini lanjutan teks baris sebelumnya, beri tanda kutip pada "
        "seluruh nilai itu atau pakai '|' (teks beberapa baris).",
        "This line is not 'key: value': no colon followed by a space was found. Add ': ' after "
        "the key's name; if the line continues the text of the line before, quote that whole "
        "value or use '|' (multi-line text).",
    ),
    "yaml-unclosed-bracket": (
        "Kurung {open} yang dibuka di kolom {column} tidak ditutup dengan {close}, atau dua butir "
        "di dalamnya tidak dipisah koma. Tambahkan {close} atau koma yang kurang.",
        "The bracket {open} opened at column {column} is not closed with {close}, or two items in "
        "it are not separated by a comma. Add the missing {close} or comma.",
    ),
    "yaml-list-in-mapping": (
        "Butir daftar ('- ') di kolom {column} tidak sejajar dengan butir daftar di atasnya atau "
        "muncul di antara kunci. Samakan indentasinya dengan butir lain, di bawah kunci daftarnya.",
        "The list item ('- ') at column {column} is not aligned with the list items above it or "
        "appears among keys. Indent it like the other items, under its list's key.",
    ),
    "yaml-text-after-quote": (
        "Ada teks setelah tanda kutip penutup di kolom {column}. Bila nilainya memuat tanda "
        "kutip, kutip seluruh nilai dengan jenis kutip yang lain (\"Dinas 'X'\" atau "
        "'Dinas \"X\"'), atau gandakan kutip tunggal di dalamnya ('it''s').",
        "There is text after the closing quote at column {column}. If the value contains a "
        "quote, quote the whole value with the other kind (\"Dinas 'X'\" or 'Dinas \"X\"'), "
        "or double the single quote inside it ('it''s').",
    ),
    "yaml-indentation": (
        "Indentasi di kolom {column} tidak cocok dengan baris di atasnya. Kunci pada tingkat yang "
        "sama harus sejajar tepat (pakai spasi, dua per tingkat); nilai beberapa baris diberi "
        "tanda kutip atau '|'.",
        "The indentation at column {column} does not match the lines above. Keys of one level "
        "must line up exactly (use spaces, two per level); quote multi-line values or use '|'.",
    ),
    "yaml-bad-start": (
        "Nilai tidak boleh diawali '{char}' (kolom {column}, '{text}'). Beri tanda kutip pada "
        'nilai ini, misalnya "{text}".',
        "A value cannot start with '{char}' (column {column}, '{text}'). Quote the value, e.g. "
        '"{text}".',
    ),
    "yaml-escape": (
        "Garis miring terbalik '\\' di kolom {column}, di dalam tanda kutip ganda, memulai kode "
        "khusus. Pakai tanda kutip tunggal untuk nilai ini, atau tulis '\\\\'.",
        "The backslash '\\' at column {column}, inside double quotes, starts an escape code. "
        "Use single quotes for this value, or write '\\\\'.",
    ),
    "yaml-tab": (
        "Karakter tab dipakai untuk indentasi; YAML hanya menerima spasi. Ganti tab dengan spasi.",
        "A tab is used for indentation; YAML accepts spaces only. Replace the tab with spaces.",
    ),
    "yaml-alias": (
        "Anchor atau alias YAML ('&', '*', '<<') tidak diizinkan. Tulis nilainya secara lengkap.",
        "YAML anchors and aliases ('&', '*', '<<') are not allowed. Write the value out in full.",
    ),
    "yaml-too-deep": (
        "Struktur bersarang lebih dari {limit} tingkat. Periksa indentasi berkas ini.",
        "Nesting is deeper than {limit} levels. Check this file's indentation.",
    ),
    "yaml-multiple-documents": (
        "Berkas berisi lebih dari satu dokumen YAML ('---'). Gabungkan menjadi satu dokumen.",
        "File holds more than one YAML document ('---'). Merge them into one.",
    ),
    "yaml-tag": (
        "Tag YAML '{tag}' tidak diizinkan. Hapus tag tersebut.",
        "YAML tag '{tag}' is not allowed. Remove it.",
    ),
    "invisible-character": (
        "Karakter tak terlihat {char} di kolom {column}. Karakter seperti ini biasanya terbawa "
        "saat menyalin dari Word, web atau aplikasi pesan, dan dapat menyamarkan isi (kode atau "
        "angka yang tampak sama tetapi berbeda). Hapus karakter itu, misalnya dengan mengetik "
        "ulang baris ini. Berkas tidak dipakai sampai diperbaiki.",
        "Invisible character {char} at column {column}. Such characters usually come along when "
        "copying from Word, the web or a chat app, and can disguise the content (a code or number "
        "that looks the same but is not). Delete it, e.g. by retyping this line. The file is not "
        "used until this is fixed.",
    ),
    "markdown-too-complex": (
        "Markdown ini terlalu rumit untuk diolah: {reason}. Biasanya ini teks tempelan yang "
        "rusak; sederhanakan bagian ini. Berkas tidak dipakai sampai diperbaiki.",
        "This Markdown is too complex to process: {reason}. This is usually broken pasted text; "
        "simplify this part. The file is not used until this is fixed.",
    ),
    "narrative-unsafe": (
        "Markdown ini tidak dapat dimuat apa adanya: {detail} Laporan tidak dibangun sampai "
        "bagian ini diperbaiki.",
        "This Markdown cannot be used as it is: {detail} The report is not built until this is "
        "fixed.",
    ),
    "site-setting-refused": (
        "Pengaturan '{setting}' tidak diizinkan di mkdocs.yml; yang boleh di sini: {allowed}. "
        "Hapus baris ini: lakip membangun situs sendiri, dan skrip, hooks, plugin atau templat "
        "dari berkas ini akan dijalankan saat build atau di browser pembaca (lihat "
        "docs/security.md).",
        "Setting '{setting}' is not allowed in mkdocs.yml; allowed here: {allowed}. Remove this "
        "line: lakip builds the site itself, and scripts, hooks, plugins or templates from this "
        "file would run during the build or in the reader's browser (see docs/security.md).",
    ),
    "site-setting-value": (
        "Nilai '{setting}' di mkdocs.yml harus {expected}. Perbaiki nilainya atau hapus baris ini.",
        "'{setting}' in mkdocs.yml must be {expected}. Fix the value or remove this line.",
    ),
    "site-theme-file": (
        "Berkas {name} di folder tema (theme.custom_dir) tidak diizinkan: folder ini hanya untuk "
        "gaya, gambar dan fon ({allowed}). Templat HTML dijalankan sebagai kode saat build, dan "
        "skrip di browser pembaca; pindahkan atau hapus berkas ini.",
        "File {name} in the theme folder (theme.custom_dir) is not allowed: the folder holds "
        "styles, images and fonts only ({allowed}). HTML templates run as code during the build, "
        "scripts in the reader's browser; move or delete this file.",
    ),
    "site-theme-css-remote": (
        "Berkas {name} di folder tema memuat dari situs lain ({url}); situs laporan tidak "
        "memuat apa pun dari luar. Simpan fon atau gambarnya di folder tema dan tautkan dengan "
        "path relatif.",
        "File {name} in the theme folder loads from another site ({url}); the report's site "
        "loads nothing from outside. Keep the font or image in the theme folder and link it "
        "with a relative path.",
    ),
}
