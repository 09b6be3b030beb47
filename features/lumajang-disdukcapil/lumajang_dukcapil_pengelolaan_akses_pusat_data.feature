# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengelolaan_akses_pusat_data.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Pengelolaan Akses ke Pusat Data
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, Kepala Bidang, Orang yang Diberi Hak Akses

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengelolaan_akses_pusat_data" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar semua orang yang dapat masuk ke pusat..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat daftar semua orang yang dapat masuk ke pusat..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat daftar semua orang yang dapat masuk ke pusat..." adalah:
      | kelengkapan                              |
      | Perangkat dan pengguna akses ke database |
      | Komputer                                 |
      | Printer                                  |
    Dan output langkah "Membuat daftar semua orang yang dapat masuk ke pusat..." adalah "Laporan orang yang dapat mengakses pusat data, Aturan hak akses"
    Ketika "Kepala Seksi" menyelesaikan langkah "Membuat daftar semua orang yang dapat masuk ke pusat..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." untuk "Kepala Bidang"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..."
    Dan batas waktu langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." adalah:
      | kelengkapan                                          |
      | Laporan daftar orang yang dapat mengakses pusat data |
    Dan output langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." adalah "Laporan orang yang dapat mengakses pusat data dengan tandatangan"
    Ketika "Kepala Bidang" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..."
    Maka tugas berikutnya adalah "Membuat perjanjian pengaksesan pusat data meneruskan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat perjanjian pengaksesan pusat data meneruskan..." adalah 3 jam
    Dan kelengkapan langkah "Membuat perjanjian pengaksesan pusat data meneruskan..." adalah:
      | kelengkapan |
      | Perjanjian  |
      | Komputer    |
      | Printer     |
    Dan output langkah "Membuat perjanjian pengaksesan pusat data meneruskan..." adalah "Surat perjanjian"
    Ketika "Kepala Seksi" melampirkan dokumen "Surat perjanjian"
    Dan "Kepala Seksi" menyelesaikan langkah "Membuat perjanjian pengaksesan pusat data meneruskan..."
    Maka tugas berikutnya adalah "Menandatangani surat perjanjian" untuk "Orang yang Diberi Hak Akses"
    Dan batas waktu langkah "Menandatangani surat perjanjian" adalah 5 jam
    Dan kelengkapan langkah "Menandatangani surat perjanjian" adalah:
      | kelengkapan      |
      | Surat perjanjian |
    Dan output langkah "Menandatangani surat perjanjian" adalah "Surat perjanjian ber tandatangan"
    Ketika "Orang yang Diberi Hak Akses" melampirkan dokumen "Surat perjanjian ber tandatangan"
    Dan "Orang yang Diberi Hak Akses" menyelesaikan langkah "Menandatangani surat perjanjian"
    Maka tugas berikutnya adalah "Menyimpan surat perjanjian, membuat buku tamu di pusat..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Menyimpan surat perjanjian, membuat buku tamu di pusat..." adalah 1 jam
    Dan kelengkapan langkah "Menyimpan surat perjanjian, membuat buku tamu di pusat..." adalah:
      | kelengkapan                      |
      | Surat perjanjian ber tandatangan |
    Dan output langkah "Menyimpan surat perjanjian, membuat buku tamu di pusat..." adalah "Laporan monitoring, Buku tamu"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menyimpan surat perjanjian, membuat buku tamu di pusat..."
    Maka SOP selesai

