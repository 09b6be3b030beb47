# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 260-273 ("SOP PEMBUATAN SURAT PENGANTAR USUL TUGAS/ IZIN BELAJAR PEGAWAI")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 264, huruf besar seperti seed): SEKRETARIS, KASUBBAG UMUM, JFU, KEPALA DINAS.
# Judul seed terbagi dua baris (260-261).
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PEMBUATAN SURAT PENGANTAR USUL TUGAS/ IZIN BELAJAR PEGAWAI
  Surat pengantar usul tugas/izin belajar: dibuat Kasubbag Umum, diketik JFU, diparaf Kasubbag Umum dan Sekretaris,
  ditandatangani Kepala Dinas, lalu digandakan, diagendakan, distempel dan diantar ke BKD Kabupaten.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_usul_tugas_izin_belajar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat pengantar dibuat, diparaf, ditandatangani dan diantar ke BKD
    Ketika "SEKRETARIS" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 265: menugaskan Kasubbag Umum -> SEKRETARIS (sama dengan surat keluar baris 161, "Mulai" di kolom SEKRETARIS).
    Maka tugas berikutnya adalah "Menugaskan Kasubbag Umum membuat surat..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat..."
    # Tafsiran: baris 266: membuat surat pengantar dan menugaskan JFU -> KASUBBAG UMUM.
    Maka tugas berikutnya adalah "Membuat Surat Pengantar Usulan Tugas/Izin..." untuk "KASUBBAG UMUM"
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin..."
    # Tafsiran: baris 267: mengetik sesuai instruksi Kasubbag Umum -> JFU.
    Maka tugas berikutnya adalah "Mengetik surat Pengantar Usulan Tugas..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas..."
    # Tafsiran: baris 268: memeriksa dan membuat paraf -> KASUBBAG UMUM (paraf sebagai langkahnya sendiri); "disampaikan kepada Kasubbag umum untuk paraf koordinasi" dibaca sebagai salah tulis untuk Sekretaris (langkah 5), seperti surat keluar baris 164.
    # Tafsiran: teks seed hanya menyebut "jika sudah sesuai" tanpa cabang "jika belum"; dibaca sebagai keputusan seperti SOP Penanganan Surat Keluar (baris 164-166, templat yang sama).
    # Tafsiran: Tidak ke langkah 3 (JFU mengetik ulang).
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "KASUBBAG UMUM"
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    # Sumber: baris 269: "membuat paraf jika sudah sesuai dan disampaikan kepada Kepala Dinas untuk ditandatangani" -> paraf SEKRETARIS sebagai langkahnya sendiri.
    # Tafsiran: teks seed hanya menyebut "jika sudah sesuai" tanpa cabang "jika belum"; dibaca sebagai keputusan seperti SOP Penanganan Surat Keluar (baris 164-166, templat yang sama).
    # Tafsiran: Tidak ke langkah 4 (KASUBBAG UMUM).
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    # Sumber: baris 270: "kemudian ditandatangani jika sesuai" -> tanda tangan KEPALA DINAS sebagai langkahnya sendiri.
    # Tafsiran: teks seed hanya menyebut "jika sudah sesuai" tanpa cabang "jika belum"; dibaca sebagai keputusan seperti SOP Penanganan Surat Keluar (baris 164-166, templat yang sama).
    # Tafsiran: Tidak ke langkah 4 (KASUBBAG UMUM), seperti surat keluar baris 166.
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    # Tafsiran: baris 271: menyerahkan surat bertanda tangan kepada Kasubbag Umum -> SEKRETARIS.
    Maka tugas berikutnya adalah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..."
    # Tafsiran: baris 272: menyerahkan kepada JFU -> KASUBBAG UMUM.
    Maka tugas berikutnya adalah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." untuk "KASUBBAG UMUM"
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..."
    # Tafsiran: baris 273.
    Maka tugas berikutnya adalah "Membuat stempel, menggandakan, mengagendakan/..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/..."
    Maka SOP selesai

  Skenario: "KASUBBAG UMUM" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat..."
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin..."
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "KASUBBAG UMUM"
    Ketika "KASUBBAG UMUM" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." dengan alasan "surat pengantar belum sesuai"
    Maka tugas berikutnya adalah "Mengetik surat Pengantar Usulan Tugas..." untuk "JFU"
    Dan alasan "surat pengantar belum sesuai" terlihat oleh "JFU"
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "KASUBBAG UMUM"
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." untuk "SEKRETARIS"

  Skenario: "SEKRETARIS" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat..."
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin..."
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas..."
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." dengan alasan "paraf ditunda, surat pengantar perlu diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "KASUBBAG UMUM"
    Dan alasan "paraf ditunda, surat pengantar perlu diperbaiki" terlihat oleh "KASUBBAG UMUM"
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." untuk "KEPALA DINAS"

  Skenario: "KEPALA DINAS" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat..."
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin..."
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas..."
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." dengan alasan "surat pengantar belum sesuai untuk ditandatangani"
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "KASUBBAG UMUM"
    Dan alasan "surat pengantar belum sesuai untuk ditandatangani" terlihat oleh "KASUBBAG UMUM"
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    Maka tugas berikutnya adalah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." untuk "SEKRETARIS"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Menugaskan Kasubbag Umum membuat surat..." adalah 30 menit
    Maka kelengkapan langkah "Menugaskan Kasubbag Umum membuat surat..." adalah:
      | kelengkapan |
      | DISPOSISI |
    Maka output langkah "Menugaskan Kasubbag Umum membuat surat..." adalah "Instruksi"
    Maka batas waktu langkah "Membuat Surat Pengantar Usulan Tugas/Izin..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 266 ("ATK Disposisi Surat") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat Surat Pengantar Usulan Tugas/Izin..." adalah:
      | kelengkapan |
      | ATK |
      | Disposisi |
      | Surat |
    Maka output langkah "Membuat Surat Pengantar Usulan Tugas/Izin..." adalah "Instruksi"
    Maka batas waktu langkah "Mengetik surat Pengantar Usulan Tugas..." adalah 1 jam
    # Diselaraskan: sel kelengkapan seed baris 267 ("ATK Surat Dokumen") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Mengetik surat Pengantar Usulan Tugas..." adalah:
      | kelengkapan |
      | ATK |
      | Surat |
      | Dokumen |
    Maka output langkah "Mengetik surat Pengantar Usulan Tugas..." adalah "Konsep Surat"
    Maka batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah 1 jam
    # Diselaraskan: sel kelengkapan seed baris 268 ("ATK dokumen pendukung") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah:
      | kelengkapan |
      | ATK |
      | dokumen pendukung |
    Maka output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah "Paraf"
    Maka batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah 1 jam
    # Diselaraskan: sel kelengkapan seed baris 269 ("Surat Dokumen Pendukung") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah "Paraf"
    Maka batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah 1 jam
    # Diselaraskan: sel kelengkapan seed baris 270 ("Surat Dokumen Pendukung") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah "Disposisi"
    Maka batas waktu langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 271 ("Surat Dokumen Pendukung") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah "Disposisi"
    Maka batas waktu langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah 30 menit
    # Diselaraskan: sel kelengkapan seed baris 272 ("Surat Dokumen Pendukung") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
    Maka output langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah "Instruksi"
    Maka batas waktu langkah "Membuat stempel, menggandakan, mengagendakan/..." adalah 1 hari
    # Diselaraskan: sel kelengkapan seed baris 273 ("Surat Dokumen Pendukung Komputer") kehilangan pemisah baris/butir; tabel memecahnya per butir dengan kata seed yang sama (seed ambigu: model dipertahankan).
    Maka kelengkapan langkah "Membuat stempel, menggandakan, mengagendakan/..." adalah:
      | kelengkapan |
      | Surat |
      | Dokumen Pendukung |
      | Komputer |
    Maka output langkah "Membuat stempel, menggandakan, mengagendakan/..." adalah "Dokumen Usulan Tugas/izin Belajar"

  Skenario: "KASUBBAG UMUM" tidak dapat menyelesaikan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    # Paraf langkah 5 milik SEKRETARIS.
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat..."
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin..."
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas..."
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." untuk "SEKRETARIS"
    Maka "KASUBBAG UMUM" tidak dapat menyelesaikan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."

  Skenario: "SEKRETARIS" tidak dapat menyelesaikan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    # Tanda tangan milik KEPALA DINAS.
    Ketika "SEKRETARIS" memulai SOP
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat..."
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin..."
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas..."
    Ketika "KASUBBAG UMUM" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." untuk "KEPALA DINAS"
    Maka "SEKRETARIS" tidak dapat menyelesaikan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
