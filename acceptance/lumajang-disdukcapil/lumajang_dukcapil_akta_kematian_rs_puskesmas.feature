# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2407-2446 ("STANDART OPERASIONAL PROSEDURE ( SOP ) PENERBITAN AKTA KEMATIAN")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2410-2415, OCR tumpang tindih): angka kolom 1-13 = uraian + 8 pelaksana +
# kelengkapan/waktu/output/keterangan. Tafsiran susunan: PEMOHON | PETUGAS RS/PUSKESMAS |
# PETUGAS PENGANTAR DAN PENGAMBIL | PETUGAS OPERATOR | PETUGAS PENGAMBILAN | KEPALA SEKSI |
# KEPALA BIDANG | KEPALA DINAS ("DISPENDUK CAPIL" di baris 2414 dibaca sebagai bagian judul kolom
# Kepala Dinas atau Operator; nama peran di sini tanpa itu).
# Katalog jabatan: KEPALA SEKSI = Kasi, KEPALA BIDANG = Kabid, KEPALA DINAS = Kadin.
# Tanda Ya/Tidak: tidak ada di seed untuk SOP ini; tidak ada keputusan.
Fitur: STANDART OPERASIONAL PROSEDURE ( SOP ) PENERBITAN AKTA KEMATIAN
  Penerbitan Kutipan Akta Kematian lewat RS/Puskesmas: berkas diperiksa dan dientri di SIAK,
  diantar ke Dinas, kutipan dan register akta diparaf dan ditandatangani, kutipan diserahkan ke pemohon.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_akta_kematian_rs_puskesmas" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: berkas dari RS/Puskesmas sampai kutipan akta kematian diserahkan ke pemohon
    # Sumber: baris 2416-2418: "Melengkapi persyaratan permohonan Akta ... Kelahiran" (seed menulis
    # "Kelahiran" di SOP akta kematian; nama langkah mengikuti seed). Waktu dan output tidak ada.
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    # Sumber: baris 2421-2422: "Memeriksa kelengkapan _um%m.m o_m.s v ... memasukan data ke dalam aplikasi SIAK"
    # (OCR rusak; dibaca "Memeriksa kelengkapan berkas, memasukan data ke dalam aplikasi SIAK", seperti
    # baris 2467 SOP Ketan Ireng). Tafsiran pelaksana: PETUGAS RS/PUSKESMAS, karena outputnya Surat
    # Keterangan Kematian dan Surat Pengantar (baris 2422-2426) yang dibuat RS/Puskesmas.
    Maka tugas berikutnya adalah "Memeriksa kelengkapan..." untuk "PETUGAS RS/PUSKESMAS"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2421-2422
    Ketika "PETUGAS RS/PUSKESMAS" memutuskan "Ya" pada "Memeriksa kelengkapan..."
    # Tafsiran pelaksana: PETUGAS PENGANTAR DAN PENGAMBIL (nama kolom = mengantar berkas).
    Maka tugas berikutnya adalah "Mengantar berkas" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Mengantar berkas"
    # Sumber: baris 2430-2434: "- Memeriksa dan memverifikasi hasil entry dan hasil scan
    # - Memeriksa dan mencetak Kutipan dan Register Akta Kematian" (langkah 4, nomor hilang di OCR).
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry..." untuk "PETUGAS OPERATOR"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2430-2431
    Ketika "PETUGAS OPERATOR" memutuskan "Ya" pada "Memeriksa dan memverifikasi hasil entry..."
    # Sumber: baris 2437-2439: "membawa register dan kutipan Akta ke Kepala Seksi, Kepala Bidang, dan Kepala Dinas untuk di paraf dan di tanda tangani"
    # Langkah persetujuan ini ada di teks langkah petugas; ditulis sebagai langkah pejabat sendiri
    # (issue 12: setiap pelaksana bertindak). Seed tidak menunjukkan Ya/Tidak untuknya.
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Seksi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    # Sumber: baris 2437-2439: "membawa register dan kutipan Akta ke Kepala Seksi, Kepala Bidang, dan Kepala Dinas untuk di paraf dan di tanda tangani"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Bidang" untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    # Sumber: baris 2437-2439: "membawa register dan kutipan Akta ke Kepala Seksi, Kepala Bidang, dan Kepala Dinas untuk di paraf dan di tanda tangani"
    Maka tugas berikutnya adalah "Tanda tangan kutipan dan register akta oleh Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    # Sumber: baris 2440-2442: "5 Menyerahkan Kutipan Akta Kematian ... - Tanda Pengambilan 1 hari".
    # Tafsiran pelaksana: PETUGAS PENGAMBILAN (kolom pengambilan; kelengkapan Tanda Pengambilan)
    # menyerahkan kutipan kepada petugas pengantar dan pengambil. Tanda kolom tidak terbaca.
    Maka tugas berikutnya adalah "Menyerahkan Kutipan Akta Kematian" untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menyerahkan Kutipan Akta Kematian"
    # Sumber: baris 2443-2446: "6 Menyerahkan Kutipan ke Pemohon ... 1 menit ... selesai".
    # Tafsiran pelaksana: PETUGAS PENGANTAR DAN PENGAMBIL (yang mengambil kutipan);
    # bisa juga PETUGAS RS/PUSKESMAS. SOP berakhir ("selesai") setelah langkah ini.
    Maka tugas berikutnya adalah "Menyerahkan Kutipan ke Pemohon" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memeriksa kelengkapan..." adalah 10 menit
    # Sumber: baris 2429: "1 hari" (seed tidak menyebut hari kerja/kalender; butuh kebijakan hari SOP)
    Maka batas waktu langkah "Mengantar berkas" adalah 1 hari
    # Sumber: baris 2436: "2 hari" untuk seluruh langkah 4 (termasuk paraf dan tanda tangan)
    Maka batas waktu langkah "Memeriksa dan memverifikasi hasil entry..." adalah 2 hari
    Maka batas waktu langkah "Menyerahkan Kutipan Akta Kematian" adalah 1 hari
    Maka batas waktu langkah "Menyerahkan Kutipan ke Pemohon" adalah 1 menit
    Maka kelengkapan langkah "Melengkapi persyaratan permohonan Akta Kelahiran" adalah:
      | kelengkapan |
      | KK asli |
      | Fotocopy ktp pelapor |
      | Fotocopy ktp jenazah |
    Maka kelengkapan langkah "Memeriksa kelengkapan..." adalah:
      | kelengkapan |
      | Komputer |
      | Aplikasi SIAK |
      | Printer |
      | Scanner |
    Maka kelengkapan langkah "Mengantar berkas" adalah:
      | kelengkapan |
      | Berkas Permohonan |
    Maka kelengkapan langkah "Memeriksa dan memverifikasi hasil entry..." adalah:
      | kelengkapan |
      | Komputer |
      | Aplikasi SIAK |
      # Diselaraskan: "- Kutipan dan Register" (baris 2433) berada di kolom kelengkapan antara Aplikasi SIAK dan Printer; kolom output memuat "- Kutipan", "- Register" sendiri; seed ambigu, model dipertahankan
      | Kutipan dan Register |
      | Printer |
    Maka kelengkapan langkah "Menyerahkan Kutipan Akta Kematian" adalah:
      | kelengkapan |
      | Kutipan Akta Kematian |
      | Tanda Pengambilan |
    Maka output langkah "Menyerahkan Kutipan Akta Kematian" adalah "Kutipan Akta Kematian"
    Maka output langkah "Menyerahkan Kutipan ke Pemohon" adalah "Kutipan Akta Kematian"

  Skenario: Hanya petugas pengantar yang mengantar berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan..." untuk "PETUGAS RS/PUSKESMAS"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2421-2422
    Ketika "PETUGAS RS/PUSKESMAS" memutuskan "Ya" pada "Memeriksa kelengkapan..."
    Maka tugas berikutnya adalah "Mengantar berkas" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Mengantar berkas"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Mengantar berkas"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Mengantar berkas"
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan..." untuk "PETUGAS RS/PUSKESMAS"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2421-2422
    Ketika "PETUGAS RS/PUSKESMAS" memutuskan "Ya" pada "Memeriksa kelengkapan..."
    Maka tugas berikutnya adalah "Mengantar berkas" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Mengantar berkas"
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry..." untuk "PETUGAS OPERATOR"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2430-2431
    Ketika "PETUGAS OPERATOR" memutuskan "Ya" pada "Memeriksa dan memverifikasi hasil entry..."
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Seksi" untuk "KEPALA SEKSI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Bidang" untuk "KEPALA BIDANG"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Maka tugas berikutnya adalah "Tanda tangan kutipan dan register akta oleh Kepala Dinas" untuk "KEPALA DINAS"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Menyerahkan Kutipan Akta Kematian" untuk "PETUGAS PENGAMBILAN"
