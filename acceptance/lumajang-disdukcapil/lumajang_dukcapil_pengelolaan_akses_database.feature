# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2843-2875 ("SOP PENGELOLAAN AKSES KE DATABASE")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2847): KASI | KABID | KADIN | PENGGUNA.
# Langkah tanpa nomor di OCR (kecuali yang bernomor); urutan mengikuti teks. Tidak ada jalur Ya/Tidak di seed.
# KADIN tidak mempunyai langkah sendiri dalam bacaan ini.
Fitur: SOP PENGELOLAAN AKSES KE DATABASE
  Pengelolaan akses ke database: daftar perangkat dan pengguna serta aturan hak akses, pemeriksaan dan tanda
  tangan laporan, perjanjian pengaksesan, penyimpanan dan monitoring.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengelolaan_akses_database" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari daftar pengguna sampai monitoring
    # Uraian: "... mendaftar semua pengguna, pengaturan hak akses sesuai dengan tupoksi pengguna, membuat peraturan tentang
    # pengaksesan database baik dari perangkat maupun pengguna, membuat laporan daftar perangkat dan pengguna".
    # Output dua butir (tidak diuji).
    # Tafsiran (pola SOP PIAK seed ini, tanpa nomor langkah dan tanda kolom): KASI menyiapkan, mencatat dan menyimpan; "Memeriksa dan meneliti/menandatangani laporan" oleh KABID (atasan langsung; bisa juga KADIN); pihak luar (pengguna, petugas, helpdesk, ADB) melakukan langkah yang menyebut perannya.
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua perangkat yang terhubung ke database..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar semua perangkat yang terhubung ke database..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan"
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna"
    # Tafsiran: ditandatangani PENGGUNA (perjanjian "antara dinas dan pengguna", diteruskan kepada pengguna).
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "PENGGUNA"
    Ketika "PENGGUNA" menyelesaikan langkah "Menandatangani surat perjanjian"
    # Uraian: "... perangkat dan pengguna secara berkala, membuat laporan monitoring".
    Maka tugas berikutnya adalah "Menyimpan surat perjanjian dan melaksanakan monitoring..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Membuat daftar semua perangkat yang terhubung ke database..." adalah 1 hari
    Maka batas waktu langkah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan" adalah 1 jam
    Maka batas waktu langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna" adalah 3 jam
    Maka batas waktu langkah "Menandatangani surat perjanjian" adalah 1 hari
    Maka batas waktu langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..." adalah 1 jam
    Maka kelengkapan langkah "Membuat daftar semua perangkat yang terhubung ke database..." adalah:
      | kelengkapan |
      | Perangkat dan pengguna akses ke database |
      | Komputer |
      | Printer |
    Maka kelengkapan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan" adalah:
      | kelengkapan |
      | Laporan daftar perangkat dan pengguna |
    Maka kelengkapan langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna" adalah:
      | kelengkapan |
      | Perjanjian |
      | Komputer |
      | Printer |
    Maka kelengkapan langkah "Menandatangani surat perjanjian" adalah:
      | kelengkapan |
      | Surat perjanjian |
    Maka kelengkapan langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..." adalah:
      | kelengkapan |
      | Surat perjanjian ber tandatangan |
    Maka output langkah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan" adalah "Laporan daftar perangkat dan pengguna dengan tanda tangan"
    Maka output langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna" adalah "Surat perjanjian"
    Maka output langkah "Menandatangani surat perjanjian" adalah "Surat perjanjian ber tandatangan"
    Maka output langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..." adalah "Laporan monitoring"

  Skenario: Perjanjian dibuat oleh Kasi
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua perangkat yang terhubung ke database..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar semua perangkat yang terhubung ke database..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan"
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna" untuk "KASI"
    Maka "PENGGUNA" tidak dapat menyelesaikan langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna"
    Maka "KABID" tidak dapat menyelesaikan langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna"
    Ketika "KASI" menyelesaikan langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna"
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "PENGGUNA"

  Skenario: Setiap pelaksana bertindak sendiri: pemeriksaan dan tanda tangan hanya oleh pelaksananya
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua perangkat yang terhubung ke database..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar semua perangkat yang terhubung ke database..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan" untuk "KABID"
    Maka "KASI" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan pengguna yang dapat mengakses database, menandatangani laporan"
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat perjanjian pengaksesan database antara dinas dan pengguna, meneruskan kepada pengguna"
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "PENGGUNA"
    Maka "KASI" tidak dapat menyelesaikan langkah "Menandatangani surat perjanjian"
    Ketika "PENGGUNA" menyelesaikan langkah "Menandatangani surat perjanjian"
    Maka tugas berikutnya adalah "Menyimpan surat perjanjian dan melaksanakan monitoring..." untuk "KASI"
