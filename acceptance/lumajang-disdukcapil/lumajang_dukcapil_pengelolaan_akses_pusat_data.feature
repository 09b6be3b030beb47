# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2715-2750 ("SOP PENGELOLAAN AKSES KE PUSAT DATA")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2718-2720): KASI | KABID | KADIN | ORANG YANG DIBERI HAK AKSES.
# Langkah tanpa nomor di OCR (kecuali yang bernomor); urutan mengikuti teks. Tidak ada jalur Ya/Tidak di seed.
# KADIN tidak mempunyai langkah sendiri dalam bacaan ini.
Fitur: SOP PENGELOLAAN AKSES KE PUSAT DATA
  Pengelolaan akses ke pusat data: daftar orang yang boleh masuk dan aturannya, pemeriksaan dan tanda tangan
  laporan, perjanjian pengaksesan, penyimpanan dan monitoring.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengelolaan_akses_pusat_data" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari daftar akses sampai monitoring
    # Uraian: "Membuat daftar semua orang yang dapat masuk ke pusat data, membuat peraturan tentang pengaksesan pusat
    # data" (MULAI). Output: "Laporan orang yang dapat mengakses pusat data", "Aturan hak akses" (dua butir, tidak diuji).
    # Tafsiran (pola SOP PIAK seed ini, tanpa nomor langkah dan tanda kolom): KASI menyiapkan, mencatat dan menyimpan; "Memeriksa dan meneliti/menandatangani laporan" oleh KABID (atasan langsung; bisa juga KADIN); pihak luar (pengguna, petugas, helpdesk, ADB) melakukan langkah yang menyebut perannya.
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua orang yang dapat masuk ke pusat data..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar semua orang yang dapat masuk ke pusat data..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan"
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan"
    # Tafsiran: perjanjian ditandatangani orang yang diberi hak akses (kolom ini tidak punya langkah lain).
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "ORANG YANG DIBERI HAK AKSES"
    Ketika "ORANG YANG DIBERI HAK AKSES" menyelesaikan langkah "Menandatangani surat perjanjian"
    # Uraian: "Menyimpan surat perjanjian, membuat buku tamu di pusat data dan melaksanakan monitoring pengaksesan pusat
    # data secara berkala lewat CCTV, membuat laporan monitoring"; output "Laporan monitoring", "Buku tamu" (tidak diuji).
    Maka tugas berikutnya adalah "Menyimpan surat perjanjian..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menyimpan surat perjanjian..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Membuat daftar semua orang yang dapat masuk ke pusat data..." adalah 1 hari
    Maka batas waktu langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan" adalah 1 jam
    Maka batas waktu langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan" adalah 3 jam
    Maka batas waktu langkah "Menandatangani surat perjanjian" adalah 5 jam
    Maka batas waktu langkah "Menyimpan surat perjanjian..." adalah 1 jam
    Maka kelengkapan langkah "Membuat daftar semua orang yang dapat masuk ke pusat data..." adalah:
      | kelengkapan |
      | Perangkat dan pengguna akses ke database |
      | Komputer |
      | Printer |
    Maka kelengkapan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan" adalah:
      | kelengkapan |
      | Laporan daftar orang yang dapat mengakses pusat data |
    Maka kelengkapan langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan" adalah:
      | kelengkapan |
      | Perjanjian |
      | Komputer |
      | Printer |
    Maka kelengkapan langkah "Menandatangani surat perjanjian" adalah:
      | kelengkapan |
      | Surat perjanjian |
    Maka kelengkapan langkah "Menyimpan surat perjanjian..." adalah:
      | kelengkapan |
      | Surat perjanjian ber tandatangan |
    Maka output langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan" adalah "Laporan orang yang dapat mengakses pusat data dengan tandatangan"
    Maka output langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan" adalah "Surat perjanjian"
    Maka output langkah "Menandatangani surat perjanjian" adalah "Surat perjanjian ber tandatangan"

  Skenario: Perjanjian dibuat oleh Kasi
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua orang yang dapat masuk ke pusat data..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar semua orang yang dapat masuk ke pusat data..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan"
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan" untuk "KASI"
    Maka "ORANG YANG DIBERI HAK AKSES" tidak dapat menyelesaikan langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan"
    Maka "KABID" tidak dapat menyelesaikan langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan"
    Ketika "KASI" menyelesaikan langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan"
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "ORANG YANG DIBERI HAK AKSES"

  Skenario: Setiap pelaksana bertindak sendiri: pemeriksaan dan tanda tangan hanya oleh pelaksananya
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua orang yang dapat masuk ke pusat data..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar semua orang yang dapat masuk ke pusat data..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan" untuk "KABID"
    Maka "KASI" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data, menandatangani laporan"
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat perjanjian pengaksesan pusat data meneruskan kepada yang bersangkutan"
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "ORANG YANG DIBERI HAK AKSES"
    Maka "KASI" tidak dapat menyelesaikan langkah "Menandatangani surat perjanjian"
    Ketika "ORANG YANG DIBERI HAK AKSES" menyelesaikan langkah "Menandatangani surat perjanjian"
    Maka tugas berikutnya adalah "Menyimpan surat perjanjian..." untuk "KASI"
