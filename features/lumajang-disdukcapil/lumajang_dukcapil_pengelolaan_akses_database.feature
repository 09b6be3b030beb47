# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengelolaan_akses_database.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Pengelolaan Akses ke Database
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, Kepala Bidang, Pengguna

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengelolaan_akses_database" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua perangkat yang terhubung ke database..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat daftar semua perangkat yang terhubung ke database..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat daftar semua perangkat yang terhubung ke database..." adalah:
      | kelengkapan                              |
      | Perangkat dan pengguna akses ke database |
      | Komputer                                 |
      | Printer                                  |
    Dan output langkah "Membuat daftar semua perangkat yang terhubung ke database..." adalah "Laporan daftar perangkat dan pengguna, Aturan hak akses"
    Ketika "Kepala Seksi" menyelesaikan langkah "Membuat daftar semua perangkat yang terhubung ke database..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar perangkat dan..." untuk "Kepala Bidang"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan..."
    Dan batas waktu langkah "Memeriksa dan meneliti Laporan daftar perangkat dan..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan..." adalah:
      | kelengkapan                           |
      | Laporan daftar perangkat dan pengguna |
    Dan output langkah "Memeriksa dan meneliti Laporan daftar perangkat dan..." adalah "Laporan daftar perangkat dan pengguna dengan tanda tangan"
    Ketika "Kepala Bidang" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar perangkat dan..."
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan database antara dinas..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat perjanjian pengaksesan database antara dinas..." adalah 3 jam
    Dan kelengkapan langkah "Membuat perjanjian pengaksesan database antara dinas..." adalah:
      | kelengkapan |
      | Perjanjian  |
      | Komputer    |
      | Printer     |
    Dan output langkah "Membuat perjanjian pengaksesan database antara dinas..." adalah "Surat perjanjian"
    Ketika "Kepala Seksi" melampirkan dokumen "Surat perjanjian"
    Dan "Kepala Seksi" menyelesaikan langkah "Membuat perjanjian pengaksesan database antara dinas..."
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "Pengguna"
    Dan batas waktu langkah "Menandatangani surat perjanjian" adalah 1 hari kerja
    Dan kelengkapan langkah "Menandatangani surat perjanjian" adalah:
      | kelengkapan      |
      | Surat perjanjian |
    Dan output langkah "Menandatangani surat perjanjian" adalah "Surat perjanjian ber tandatangan"
    Ketika "Pengguna" melampirkan dokumen "Surat perjanjian ber tandatangan"
    Dan "Pengguna" menyelesaikan langkah "Menandatangani surat perjanjian"
    Maka tugas berikutnya adalah "Menyimpan surat perjanjian dan melaksanakan monitoring..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..." adalah 1 jam
    Dan kelengkapan langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..." adalah:
      | kelengkapan                      |
      | Surat perjanjian ber tandatangan |
    Dan output langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..." adalah "Laporan monitoring"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menyimpan surat perjanjian dan melaksanakan monitoring..."
    Maka SOP selesai

