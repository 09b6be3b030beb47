# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 119-134 ("SOP : PENYUSUNAN RENCANA STRATEGIS (RENSTRA)")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 122): Staf/Jabatan Fungsional Umum, Kasubag Program, Sekretaris, Kepala Dinas.
Fitur: SOP : PENYUSUNAN RENCANA STRATEGIS (RENSTRA)
  Penyusunan Renstra lima tahunan: bahan disiapkan, konsep dan draft disusun, diperiksa Sekretaris,
  ditandatangani Kepala Dinas, lalu Buku Renstra digandakan, didistribusikan dan diarsipkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_renstra" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: Renstra disusun, diperiksa, ditandatangani dan didistribusikan
    Ketika "Staf/Jabatan Fungsional Umum" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 123. Ket.: "SOP Renja".
    Maka tugas berikutnya adalah "Menyiapkan bahan, data yang terkait..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyiapkan bahan, data yang terkait..."
    # Tafsiran: baris 124 (uraian memuat daftar isi Renstra; nama disingkat).
    Maka tugas berikutnya adalah "Membuat konsep Renstra untuk lima tahunan..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan..."
    # Sumber: baris 125: "Menyampaikan konsep kepada Kasubag" -> pelaksana bukan Kasubag; tafsiran Staf/JFU.
    Maka tugas berikutnya adalah "Menyampaikan konsep kepada Kasubag untuk..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk..."
    # Tafsiran: baris 126: rapat koordinasi -> Kasubag Program. Ket.: "SOP Rapat Internal".
    Maka tugas berikutnya adalah "Melaksanakan Rapat koordinasi mencakup..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup..."
    # Tafsiran: baris 127: membuat draft dan mengajukan kepada Sekretaris -> Kasubag Program ("Tidak" baris 128 ada di kolom Kasubag Program = ujung panah Tidak).
    Maka tugas berikutnya adalah "Membuat Draft Renstra dan mengajukannya..." untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya..."
    # Sumber: baris 127: "mengajukannya kepada sekretaris Dinas untuk dinilai dan diperiksa".
    # Sumber: baris 128: "Jika sudah baik diajukan ke Kepala Dinas ... jika belum akan dikembalikan untuk diperbaiki"; "Tidak" di kolom Kasubag Program -> kembali ke langkah 5; "Ya" di kolom Kepala Dinas -> langkah 7.
    Maka tugas berikutnya adalah "Memeriksa Draft Renstra, Jika sudah..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah..."
    # Sumber: baris 132: memeriksa dan memberikan tanda tangan -> Kepala Dinas.
    # Sumber: baris 132: "Jika sudah baik diberikan tanda tangan ... jika belum akan dikembalikan untuk diperbaiki"; "Ya" baris 133 di kolom Kepala Dinas -> langkah 8.
    Maka tugas berikutnya adalah "Memeriksa dan memberikan tanda tangan..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa dan memberikan tanda tangan..."
    # Sumber: baris 132: Kadis "memerintahkan Sekretaris, Kasubbagprogram dan JPU untuk menggandakan dan mendistribusikan"; tafsiran pelaksana: Staf/JFU ("JPU" di seed). Ket.: "Pelaksanaannya terkait percetakan".
    Maka tugas berikutnya adalah "Menggandakan dan mendistribusikan Buku..." untuk "Staf/Jabatan Fungsional Umum"
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menggandakan dan mendistribusikan Buku..."
    # Tafsiran: baris 134: menerima dan menyimpan sebagai arsip -> Kasubag Program. Kolom tidak pasti.
    Maka tugas berikutnya adalah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" untuk "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip"
    Maka SOP selesai

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Memeriksa Draft Renstra, Jika sudah..."
    Ketika "Staf/Jabatan Fungsional Umum" memulai SOP
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyiapkan bahan, data yang terkait..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya..."
    Maka tugas berikutnya adalah "Memeriksa Draft Renstra, Jika sudah..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Tidak" pada "Memeriksa Draft Renstra, Jika sudah..." dengan alasan "draft Renstra perlu diperbaiki"
    Maka tugas berikutnya adalah "Membuat Draft Renstra dan mengajukannya..." untuk "Kasubag Program"
    Dan alasan "draft Renstra perlu diperbaiki" terlihat oleh "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya..."
    Maka tugas berikutnya adalah "Memeriksa Draft Renstra, Jika sudah..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah..."
    Maka tugas berikutnya adalah "Memeriksa dan memberikan tanda tangan..." untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa dan memberikan tanda tangan..."
    # Tafsiran: baris 132: seed tidak menyebut ke mana dikembalikan; dibaca ke pembuat draft (langkah 5), sama dengan Tidak langkah 6.
    Ketika "Staf/Jabatan Fungsional Umum" memulai SOP
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyiapkan bahan, data yang terkait..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah..."
    Maka tugas berikutnya adalah "Memeriksa dan memberikan tanda tangan..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa dan memberikan tanda tangan..." dengan alasan "draft Renstra belum baik"
    Maka tugas berikutnya adalah "Membuat Draft Renstra dan mengajukannya..." untuk "Kasubag Program"
    Dan alasan "draft Renstra belum baik" terlihat oleh "Kasubag Program"
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah..."
    Maka tugas berikutnya adalah "Memeriksa dan memberikan tanda tangan..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa dan memberikan tanda tangan..."
    Maka tugas berikutnya adalah "Menggandakan dan mendistribusikan Buku..." untuk "Staf/Jabatan Fungsional Umum"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Menyiapkan bahan, data yang terkait..." adalah 2 hari
    # Diselaraskan: sel kelengkapan seed baris 123 ("Agenda kerja Bahan, Data ATK") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Menyiapkan bahan, data yang terkait..." adalah:
      | kelengkapan |
      | Agenda kerja |
      | Bahan |
      | Data |
      | ATK |
    Maka output langkah "Menyiapkan bahan, data yang terkait..." adalah "Rancangan Renstra"
    Maka batas waktu langkah "Membuat konsep Renstra untuk lima tahunan..." adalah 14 hari
    # Diselaraskan: sel kelengkapan seed baris 124 ("Rancangan Renstra Komputer ATK") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat konsep Renstra untuk lima tahunan..." adalah:
      | kelengkapan |
      | Rancangan Renstra |
      | Komputer |
      | ATK |
    Maka output langkah "Membuat konsep Renstra untuk lima tahunan..." adalah "Konsep Renstra"
    Maka batas waktu langkah "Menyampaikan konsep kepada Kasubag untuk..." adalah 2 hari
    Maka kelengkapan langkah "Menyampaikan konsep kepada Kasubag untuk..." adalah:
      | kelengkapan |
      | Konsep Renstra |
    Maka output langkah "Menyampaikan konsep kepada Kasubag untuk..." adalah "Konsep Renstra"
    Maka batas waktu langkah "Melaksanakan Rapat koordinasi mencakup..." adalah 3 jam
    # Diselaraskan: sel kelengkapan seed baris 126 ("Konsep Renstra, Ruang rapat, Makan, Minum, LCD, Komputer") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Melaksanakan Rapat koordinasi mencakup..." adalah:
      | kelengkapan |
      | Konsep Renstra |
      | Ruang rapat |
      | Makan |
      | Minum |
      | LCD |
      | Komputer |
    Maka output langkah "Melaksanakan Rapat koordinasi mencakup..." adalah "Konsep Renstra Notulen"
    Maka batas waktu langkah "Membuat Draft Renstra dan mengajukannya..." adalah 14 hari
    # Diselaraskan: sel kelengkapan seed baris 127 ("Konsep Renstra, Notulen, Komputer, ATK") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat Draft Renstra dan mengajukannya..." adalah:
      | kelengkapan |
      | Konsep Renstra |
      | Notulen |
      | Komputer |
      | ATK |
    Maka output langkah "Membuat Draft Renstra dan mengajukannya..." adalah "Draft Renstra"
    Maka batas waktu langkah "Memeriksa Draft Renstra, Jika sudah..." adalah 3 jam
    Maka kelengkapan langkah "Memeriksa Draft Renstra, Jika sudah..." adalah:
      | kelengkapan |
      | Draft Renstra |
    Maka output langkah "Memeriksa Draft Renstra, Jika sudah..." adalah "Draft Renstra"
    Maka batas waktu langkah "Memeriksa dan memberikan tanda tangan..." adalah 1 jam
    Maka kelengkapan langkah "Memeriksa dan memberikan tanda tangan..." adalah:
      | kelengkapan |
      | Draft Renstra |
    Maka output langkah "Memeriksa dan memberikan tanda tangan..." adalah "Disposisi Draft Renstra"
    Maka batas waktu langkah "Menggandakan dan mendistribusikan Buku..." adalah 3 hari
    # Diselaraskan: sel kelengkapan seed baris 133 ("Disposisi Draft Renstra Foto copy, penjilidan") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Menggandakan dan mendistribusikan Buku..." adalah:
      | kelengkapan |
      | Disposisi Draft Renstra |
      | Foto copy |
      | penjilidan |
    Maka output langkah "Menggandakan dan mendistribusikan Buku..." adalah "Dokumen Renstra"
    Maka batas waktu langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" adalah 5 menit
    Maka kelengkapan langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" adalah:
      | kelengkapan |
      | Buku Renstra |
    Maka output langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" adalah "Arsip"

  Skenario: "Kasubag Program" tidak dapat menyelesaikan langkah "Memeriksa Draft Renstra, Jika sudah..."
    # Pembuat draft tidak memeriksa sendiri.
    Ketika "Staf/Jabatan Fungsional Umum" memulai SOP
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyiapkan bahan, data yang terkait..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya..."
    Maka tugas berikutnya adalah "Memeriksa Draft Renstra, Jika sudah..." untuk "Sekretaris"
    Maka "Kasubag Program" tidak dapat menyelesaikan langkah "Memeriksa Draft Renstra, Jika sudah..."

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa dan memberikan tanda tangan..."
    # Tanda tangan milik Kepala Dinas.
    Ketika "Staf/Jabatan Fungsional Umum" memulai SOP
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyiapkan bahan, data yang terkait..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan..."
    Ketika "Staf/Jabatan Fungsional Umum" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk..."
    Ketika "Kasubag Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup..."
    Ketika "Kasubag Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah..."
    Maka tugas berikutnya adalah "Memeriksa dan memberikan tanda tangan..." untuk "Kepala Dinas"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa dan memberikan tanda tangan..."
