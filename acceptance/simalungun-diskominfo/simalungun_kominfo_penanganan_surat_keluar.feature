# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 159-171 ("SOP PENANGANAN SURAT KELUAR")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 160, huruf besar seperti seed): SEKRETARIS, KASUBBAG, JFU, KEPALA DINAS. Teks menyebut "Kasubbag Umum" untuk KASUBBAG.
# Judul tabel ada di bawah tabel (baris 171).
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PENANGANAN SURAT KELUAR
  Surat keluar: konsep dibuat Kasubbag Umum, diketik JFU, diperiksa dan diparaf Kasubbag dan Sekretaris,
  ditandatangani Kepala Dinas, lalu dinomori, distempel, diarsipkan dan didistribusikan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penanganan_surat_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: konsep, paraf Kasubbag dan Sekretaris, tanda tangan Kepala Dinas, distribusi
    Ketika "SEKRETARIS" memulai SOP
    # Sumber: baris 161: "Mulai" di kolom SEKRETARIS.
    Maka tugas berikutnya adalah "Menugaskan Kasubbag Umum membuat KONSEP..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP..."
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 162: Kasubbag (Umum) membuat konsep dan menugaskan JFU (langkah 1 menugaskan Kasubbag Umum).
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Maka tugas berikutnya adalah "Membuat konsep surat, kemudian menugaskan..." untuk "KASUBBAG"
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan..."
    # Tafsiran: baris 163: JFU membuat (mengetik) surat dan menyampaikannya kembali kepada Kasubbag Umum untuk diperiksa.
    Maka tugas berikutnya adalah "Membuat surat, kemudian menyampaikannya..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya..."
    # Tafsiran: baris 164: pemeriksaan pertama milik KASUBBAG (baris 163: surat disampaikan "kembali kepada kasubbag umum untuk diperiksa"); "disampaikan kepada Kasubbag untuk diparaf" dibaca sebagai salah tulis untuk Sekretaris (langkah 5). Paraf Kasubbag = langkahnya sendiri.
    # Sumber: baris 164: "Jika belum sesuai dikembalikan kepada JFU untuk diperbaiki": keputusan; Ya ke langkah 5, Tidak ke langkah 3 (JFU).
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika..." untuk "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    # Sumber: baris 165: "diparaf dan disampaikan kepada Kepala Dinas untuk ditandatangani" -> paraf SEKRETARIS sebagai langkahnya sendiri.
    # Sumber: baris 164: "Tidak" di kolom SEKRETARIS pada baris langkah 4 = ujung panah Tidak dari pemeriksaan Sekretaris (masuk ke langkah 4).
    # Sumber: baris 165: "Jika belum sesuai dikembalikan kepada Kasubbag Umum untuk diperbaiki": Tidak ke langkah 4 (KASUBBAG).
    Maka tugas berikutnya adalah "Memeriksa surat, jika sudah sesuai diparaf..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf..."
    # Sumber: baris 166: "jika sudah sesuai ditandatangani" -> tanda tangan KEPALA DINAS sebagai langkahnya sendiri.
    # Sumber: baris 166: "Jika belum sesuai dikembalikan kepada Kasubbag untuk diperbaiki": Tidak ke langkah 4 (langkah KASUBBAG terakhir; tafsiran).
    Maka tugas berikutnya adalah "Memeriksa Surat, jika sudah sesuai ditandatangani..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani..."
    # Tafsiran: baris 167: menerima surat bertanda tangan dan menyerahkan kepada Kasubbag Umum -> SEKRETARIS (pola naik-turun kolom).
    Maka tugas berikutnya adalah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    # Tafsiran: baris 168: menyerahkan kepada JFU -> KASUBBAG.
    Maka tugas berikutnya adalah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    # Tafsiran: baris 169.
    Maka tugas berikutnya adalah "Membuat stempel, menggandakan, mengagendakan/..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/..."
    Maka SOP selesai

  Skenario: "KASUBBAG" memutuskan "Tidak" pada "Memeriksa dan meneruskan surat, jika..."
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP..."
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan..."
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya..."
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika..." untuk "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Tidak" pada "Memeriksa dan meneruskan surat, jika..." dengan alasan "surat belum sesuai"
    Maka tugas berikutnya adalah "Membuat surat, kemudian menyampaikannya..." untuk "JFU"
    Dan alasan "surat belum sesuai" terlihat oleh "JFU"
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya..."
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika..." untuk "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    Maka tugas berikutnya adalah "Memeriksa surat, jika sudah sesuai diparaf..." untuk "SEKRETARIS"

  Skenario: "SEKRETARIS" memutuskan "Tidak" pada "Memeriksa surat, jika sudah sesuai diparaf..."
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP..."
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan..."
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya..."
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    Maka tugas berikutnya adalah "Memeriksa surat, jika sudah sesuai diparaf..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" memutuskan "Tidak" pada "Memeriksa surat, jika sudah sesuai diparaf..." dengan alasan "paraf ditunda, surat perlu diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika..." untuk "KASUBBAG"
    Dan alasan "paraf ditunda, surat perlu diperbaiki" terlihat oleh "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    Maka tugas berikutnya adalah "Memeriksa surat, jika sudah sesuai diparaf..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf..."
    Maka tugas berikutnya adalah "Memeriksa Surat, jika sudah sesuai ditandatangani..." untuk "KEPALA DINAS"

  Skenario: "KEPALA DINAS" memutuskan "Tidak" pada "Memeriksa Surat, jika sudah sesuai ditandatangani..."
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP..."
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan..."
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya..."
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf..."
    Maka tugas berikutnya adalah "Memeriksa Surat, jika sudah sesuai ditandatangani..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" memutuskan "Tidak" pada "Memeriksa Surat, jika sudah sesuai ditandatangani..." dengan alasan "surat belum sesuai untuk ditandatangani"
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika..." untuk "KASUBBAG"
    Dan alasan "surat belum sesuai untuk ditandatangani" terlihat oleh "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf..."
    Maka tugas berikutnya adalah "Memeriksa Surat, jika sudah sesuai ditandatangani..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani..."
    Maka tugas berikutnya adalah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." untuk "SEKRETARIS"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Menugaskan Kasubbag Umum membuat KONSEP..." adalah 10 menit
    Maka kelengkapan langkah "Menugaskan Kasubbag Umum membuat KONSEP..." adalah:
      | kelengkapan |
      | Disposisi Dokumen |
    Maka output langkah "Menugaskan Kasubbag Umum membuat KONSEP..." adalah "Disposisi"
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Maka batas waktu langkah "Membuat konsep surat, kemudian menugaskan..." adalah 30 menit
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Maka kelengkapan langkah "Membuat konsep surat, kemudian menugaskan..." adalah:
      | kelengkapan |
      | Disposisi |
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Maka output langkah "Membuat konsep surat, kemudian menugaskan..." adalah "Instruksi"
    Maka batas waktu langkah "Membuat surat, kemudian menyampaikannya..." adalah 30 menit
    # Diselaraskan: sel KELENGKAPAN seed (baris 163-169) adalah daftar barang yang pemisah barisnya hilang di teks ("ATK Surat Dokumen"); tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Membuat surat, kemudian menyampaikannya..." adalah:
      | kelengkapan |
      | ATK |
      | Surat |
      | Dokumen |
    Maka output langkah "Membuat surat, kemudian menyampaikannya..." adalah "Konsep Surat"
    Maka batas waktu langkah "Memeriksa dan meneruskan surat, jika..." adalah 1 jam
    # Diselaraskan: sel KELENGKAPAN seed (baris 163-169) adalah daftar barang yang pemisah barisnya hilang di teks ("ATK Surat Dokumen"); tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Memeriksa dan meneruskan surat, jika..." adalah:
      | kelengkapan |
      | ATK |
      | dokumen pendukung |
    Maka output langkah "Memeriksa dan meneruskan surat, jika..." adalah "Paraf"
    Maka batas waktu langkah "Memeriksa surat, jika sudah sesuai diparaf..." adalah 1 jam
    # Diselaraskan: sel KELENGKAPAN seed (baris 163-169) adalah daftar barang yang pemisah barisnya hilang di teks ("ATK Surat Dokumen"); tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Memeriksa surat, jika sudah sesuai diparaf..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Memeriksa surat, jika sudah sesuai diparaf..." adalah "Paraf"
    Maka batas waktu langkah "Memeriksa Surat, jika sudah sesuai ditandatangani..." adalah 1 jam
    # Diselaraskan: sel KELENGKAPAN seed (baris 163-169) adalah daftar barang yang pemisah barisnya hilang di teks ("ATK Surat Dokumen"); tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Memeriksa Surat, jika sudah sesuai ditandatangani..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Memeriksa Surat, jika sudah sesuai ditandatangani..." adalah "Disposisi"
    Maka batas waktu langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah 30 menit
    # Diselaraskan: sel KELENGKAPAN seed (baris 163-169) adalah daftar barang yang pemisah barisnya hilang di teks ("ATK Surat Dokumen"); tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah "Disposisi"
    Maka batas waktu langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah 30 menit
    # Diselaraskan: sel KELENGKAPAN seed (baris 163-169) adalah daftar barang yang pemisah barisnya hilang di teks ("ATK Surat Dokumen"); tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah "Instruksi"
    Maka batas waktu langkah "Membuat stempel, menggandakan, mengagendakan/..." adalah 1 hari
    # Diselaraskan: sel KELENGKAPAN seed (baris 163-169) adalah daftar barang yang pemisah barisnya hilang di teks ("ATK Surat Dokumen"); tabel memberi satu kotak centang per barang, isi sama dengan seed.
    Maka kelengkapan langkah "Membuat stempel, menggandakan, mengagendakan/..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
      | Komputer |
    Maka output langkah "Membuat stempel, menggandakan, mengagendakan/..." adalah "SURAT PEMBERI TAHUAN"

  Skenario: "KASUBBAG" tidak dapat menyelesaikan langkah "Memeriksa surat, jika sudah sesuai diparaf..."
    # Paraf langkah 5 milik SEKRETARIS (baris 165).
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP..."
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan..."
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya..."
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    Maka tugas berikutnya adalah "Memeriksa surat, jika sudah sesuai diparaf..." untuk "SEKRETARIS"
    Maka "KASUBBAG" tidak dapat menyelesaikan langkah "Memeriksa surat, jika sudah sesuai diparaf..."

  Skenario: "SEKRETARIS" tidak dapat menyelesaikan langkah "Memeriksa Surat, jika sudah sesuai ditandatangani..."
    # Tanda tangan milik KEPALA DINAS (baris 166).
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP..."
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Menbuat" -> "Membuat"), baris 162.
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan..."
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya..."
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika..."
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf..."
    Maka tugas berikutnya adalah "Memeriksa Surat, jika sudah sesuai ditandatangani..." untuk "KEPALA DINAS"
    Maka "SEKRETARIS" tidak dapat menyelesaikan langkah "Memeriksa Surat, jika sudah sesuai ditandatangani..."
