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
        "Kesalahan sintaks YAML: {problem}. Periksa indentasi, tanda titik dua dan tanda kutip.",
        "YAML syntax error: {problem}. Check indentation, colons and quotes.",
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
