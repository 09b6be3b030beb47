# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2802-2838 ("SOP PENGEMBANGAN SOFTWARE")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2806): KASI | KABID | KADIN | BUPATI | GUBERNUR | KEMENDAGRI | ADB (ADB = administrator database).
# Langkah tanpa nomor di OCR (kecuali yang bernomor); urutan mengikuti teks. Tidak ada jalur Ya/Tidak di seed.
Fitur: SOP PENGEMBANGAN SOFTWARE
  Pengembangan software kependudukan: permasalahan ditampung, permohonan ditandatangani dan diteruskan kepada
  Gubernur dan Kemendagri, perbaikan software, perintah kepada ADB, pelaksanaan dan laporan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengembangan_software" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari permohonan sampai laporan pengembangan software
    # Uraian: "... merencanakan perbaikan yang mungkin dilaksanakan, membuat permohonan pengembangan software kependudukan
    # kepada kepala daerah" (MULAI).
    # Tafsiran (pola SOP PIAK seed ini, tanpa nomor langkah dan tanda kolom): KASI menyiapkan, mencatat dan menyimpan; "Memeriksa dan meneliti/menandatangani laporan" oleh KABID (atasan langsung; bisa juga KADIN); pihak luar (pengguna, petugas, helpdesk, ADB) melakukan langkah yang menyebut perannya.
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..."
    # OCR baris 2816: "Memeriksa dan menel" = "meneliti".
    # Tafsiran: di SOP ini oleh KADIN, karena surat permohonan ditujukan kepada kepala daerah (langkah 1); bisa juga KABID.
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Gubernur" untuk "BUPATI"
    Ketika "BUPATI" menyelesaikan langkah "Meneruskan permohonan kepada Gubernur"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Kemendagri" untuk "GUBERNUR"
    Ketika "GUBERNUR" menyelesaikan langkah "Meneruskan permohonan kepada Kemendagri"
    # Kelengkapan "Surat Permohonan Pengembangan Software", "Tim teknis"; output "Hasil Pengembangan", "Surat Jawaban"
    # (baris 2824-2826; butir tercampur, tidak diuji).
    Maka tugas berikutnya adalah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software" untuk "KEMENDAGRI"
    Ketika "KEMENDAGRI" menyelesaikan langkah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software"
    # Tafsiran: perintah kepada ADB oleh KABID (kolom ini tidak punya langkah lain dalam bacaan ini); bisa juga KADIN atau KASI.
    Maka tugas berikutnya adalah "Memerintahkan kepada ADB untuk menggunakan software terbaru" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru"
    # Uraian: "... membuat laporan hasil pengembangan software"; output "Software ter upgrade", "Laporan Pengembangan
    # Software" (tidak diuji).
    Maka tugas berikutnya adalah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi tim adminduk..." untuk "ADB"
    Ketika "ADB" menyelesaikan langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi tim adminduk..."
    # Uraian: "... membuat laporan kepada kabid dan kepala dinas".
    Maka tugas berikutnya adalah "Memeriksa laporan hasil pengembangan software..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Memeriksa laporan hasil pengembangan software..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..." adalah 1 hari
    Maka batas waktu langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan" adalah 1 jam
    Maka batas waktu langkah "Meneruskan permohonan kepada Gubernur" adalah 1 hari
    Maka batas waktu langkah "Meneruskan permohonan kepada Kemendagri" adalah 1 hari
    Maka batas waktu langkah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software" adalah 1 minggu
    Maka batas waktu langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru" adalah 1 jam
    Maka batas waktu langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi tim adminduk..." adalah 1 hari
    Maka batas waktu langkah "Memeriksa laporan hasil pengembangan software..." adalah 1 jam
    Maka kelengkapan langkah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..." adalah:
      | kelengkapan |
      | Permasalahan penggunaan software kependudukan |
    Maka kelengkapan langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan" adalah:
      | kelengkapan |
      | Permohonan pengembangan software |
    Maka kelengkapan langkah "Meneruskan permohonan kepada Gubernur" adalah:
      | kelengkapan |
      | Surat Permohonan Pengembangan Software |
    Maka kelengkapan langkah "Meneruskan permohonan kepada Kemendagri" adalah:
      | kelengkapan |
      | Surat Permohonan Pengembangan Software |
    Maka kelengkapan langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru" adalah:
      | kelengkapan |
      | Hasil Pengembangan |
      | Surat Jawaban |
    Maka kelengkapan langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi tim adminduk..." adalah:
      | kelengkapan |
      | Hasil Pengembangan |
      | Surat Perintah |
    Maka kelengkapan langkah "Memeriksa laporan hasil pengembangan software..." adalah:
      | kelengkapan |
      | laporan Pengembangan Software |
    Maka output langkah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..." adalah "Permohonan pengembangan software"
    Maka output langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan" adalah "Persetujuan Permohonan pengembangan software"
    Maka output langkah "Meneruskan permohonan kepada Gubernur" adalah "Persetujuan Permohonan pengembangan software"
    Maka output langkah "Meneruskan permohonan kepada Kemendagri" adalah "Persetujuan Permohonan pengembangan software"
    Maka output langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru" adalah "Surat perintah"
    Maka output langkah "Memeriksa laporan hasil pengembangan software..." adalah "Laporan Pengembangan Software"

  Skenario: Perbaikan software dan surat jawaban oleh Kemendagri
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Gubernur" untuk "BUPATI"
    Ketika "BUPATI" menyelesaikan langkah "Meneruskan permohonan kepada Gubernur"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Kemendagri" untuk "GUBERNUR"
    Ketika "GUBERNUR" menyelesaikan langkah "Meneruskan permohonan kepada Kemendagri"
    Maka tugas berikutnya adalah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software" untuk "KEMENDAGRI"
    Maka "KASI" tidak dapat menyelesaikan langkah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software"
    Maka "ADB" tidak dapat menyelesaikan langkah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software"
    Ketika "KEMENDAGRI" menyelesaikan langkah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software"
    Maka tugas berikutnya adalah "Memerintahkan kepada ADB untuk menggunakan software terbaru" untuk "KABID"

  Skenario: Perbaikan sesuai petunjuk oleh ADB
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Gubernur" untuk "BUPATI"
    Ketika "BUPATI" menyelesaikan langkah "Meneruskan permohonan kepada Gubernur"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Kemendagri" untuk "GUBERNUR"
    Ketika "GUBERNUR" menyelesaikan langkah "Meneruskan permohonan kepada Kemendagri"
    Maka tugas berikutnya adalah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software" untuk "KEMENDAGRI"
    Ketika "KEMENDAGRI" menyelesaikan langkah "Meninjau, melaksanakan perbaikan software, memberikan surat jawaban perbaikan software"
    Maka tugas berikutnya adalah "Memerintahkan kepada ADB untuk menggunakan software terbaru" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru"
    Maka tugas berikutnya adalah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi tim adminduk..." untuk "ADB"
    Maka "KASI" tidak dapat menyelesaikan langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi tim adminduk..."
    Ketika "ADB" menyelesaikan langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi tim adminduk..."
    Maka tugas berikutnya adalah "Memeriksa laporan hasil pengembangan software..." untuk "KASI"

  Skenario: Setiap pelaksana bertindak sendiri: surat permohonan hanya ditandatangani Kadin
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menampung semua permasalahan berkaitan dengan penggunaan software kependudukan..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan" untuk "KADIN"
    Maka "KASI" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan"
    Ketika "KADIN" menyelesaikan langkah "Memeriksa dan meneliti Permohonan pengembangan software, menandatangani surat permohonan"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Gubernur" untuk "BUPATI"
