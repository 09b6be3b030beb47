# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pemeliharaan_pusat_data.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Pengelolaan dan Pemeliharaan Pusat Data
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, Kepala Bidang, Petugas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pemeliharaan_pusat_data" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar dan menandai semua perangkat keras dan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat daftar dan menandai semua perangkat keras dan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat daftar dan menandai semua perangkat keras dan..." adalah:
      | kelengkapan                        |
      | Perangkat dan pengakses pusat data |
      | Komputer                           |
      | Printer                            |
    Dan output langkah "Membuat daftar dan menandai semua perangkat keras dan..." adalah "Daftar perangkat, Peraturan pengaksesan pusat data, Jadwal pemeriksaan dan pemeliharaan perangkat, Buku tamu"
    Ketika "Kepala Seksi" menyelesaikan langkah "Membuat daftar dan menandai semua perangkat keras dan..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." untuk "Kepala Bidang"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..."
    Dan batas waktu langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." adalah:
      | kelengkapan                                   |
      | Daftar perangkat                              |
      | Peraturan pengaksesan                         |
      | Jadwal pemeriksaan dan pemeliharaan perangkat |
    Dan output langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..." adalah "Persetujuan jadwal pemeriksaan dan pemeliharaan perangkat"
    Ketika "Kepala Bidang" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi..."
    Maka tugas berikutnya adalah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." untuk "Petugas"
    Dan batas waktu langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." adalah 3 jam
    Dan kelengkapan langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." adalah:
      | kelengkapan                                   |
      | Daftar perangkat                              |
      | Peraturan pengaksesan                         |
      | Jadwal pemeriksaan dan pemeliharaan perangkat |
    Dan output langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." adalah "Laporan Pengelolaan dan pemeriksaan pusat data, Perbaikan atau penggantian perangkat, Laporan Inventaris perangkat"
    Ketika "Petugas" menyelesaikan langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..."
    Maka tugas berikutnya adalah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..." adalah:
      | kelengkapan                                    |
      | Laporan Pengelolaan dan pemeriksaan pusat data |
      | Perbaikan atau penggantian perangkat           |
      | Laporan Inventaris perangkat                   |
    Dan output langkah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..." adalah "Laporan Pengelolaan dan pemeriksaan pusat data, Laporan Inventaris perangkat, Rencana penggantian perangkat"
    Ketika "Kepala Seksi" menyelesaikan langkah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..."
    Maka SOP selesai

