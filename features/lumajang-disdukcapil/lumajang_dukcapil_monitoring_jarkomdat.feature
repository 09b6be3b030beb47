# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_monitoring_jarkomdat.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Monitoring Jaringan Komunikasi Data
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, Pengguna, Helpdesk Jarkomdat, Kepala Bidang

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_monitoring_jarkomdat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." adalah:
      | kelengkapan             |
      | Handphone               |
      | Aplikasi Whatsapp       |
      | Contact person pengguna |
      | Komputer                |
      | ATK                     |
      | Printer                 |
    Dan output langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..." adalah "Group WA, jadwal dan format laporan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan kondisi jaringan..."
    Maka tugas berikutnya adalah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan..." untuk "Pengguna"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan..."
    Dan batas waktu langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan..." adalah 1 jam
    Dan kelengkapan langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan..." adalah:
      | kelengkapan                |
      | Kondisi realtime jarkomdat |
      | Handphone                  |
      | Aplikasi WA                |
    Dan output langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan..." adalah "Laporan kondisi jarkomdat"
    Ketika "Pengguna" menyelesaikan langkah "Melaporkan kondisi jarkomdat sesuai dengan jadwal dan..."
    Maka tugas berikutnya adalah "Mencatat kondisi jarkomdat dan membuat laporan, menindak..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Mencatat kondisi jarkomdat dan membuat laporan, menindak..." adalah 3 jam
    Dan kelengkapan langkah "Mencatat kondisi jarkomdat dan membuat laporan, menindak..." adalah:
      | kelengkapan                    |
      | Lap kondisi jarkomdat pengguna |
      | Komputer                       |
      | Handphone                      |
      | Aplikasi WA                    |
    Dan output langkah "Mencatat kondisi jarkomdat dan membuat laporan, menindak..." adalah "Laporan kondisi jarkomdat, Laporan kerusakan ke Helpdesk"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mencatat kondisi jarkomdat dan membuat laporan, menindak..."
    Maka tugas berikutnya adalah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." untuk "Helpdesk Jarkomdat"
    Dan batas waktu langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." adalah:
      | kelengkapan                  |
      | Laporan kerusakan dari dinas |
      | Petugas perbaikan jarkomdat  |
      | Handphone                    |
    Dan output langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..." adalah "Hasil perbaikan jarkomdat, Pemberitahuan perbaikan ke dinas"
    Ketika "Helpdesk Jarkomdat" menyelesaikan langkah "Melaksanakan perbaikan jarkomdat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." adalah 1 jam
    Dan kelengkapan langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." adalah:
      | kelengkapan                             |
      | Hasil perbaikan jarkomdat dari helpdesk |
      | Komputer                                |
      | Printer                                 |
    Dan output langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..." adalah "Laporan monitoring jarkomdat"
    Ketika "Kepala Seksi" menyelesaikan langkah "Meneruskan hasil perbaikan jarkomdat kepada pengguna..."
    Maka tugas berikutnya adalah "Memeriksa dan menandatangani laporan monitoring jarkomdat" untuk "Kepala Bidang"
    Dan batas waktu langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat" adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat" adalah:
      | kelengkapan                  |
      | Laporan monitoring jarkomdat |
    Dan output langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat" adalah "Laporan monitoring jarkomdat dengan tandatangan"
    Ketika "Kepala Bidang" menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring jarkomdat"
    Maka tugas berikutnya adalah "Meyimpan laporan monitoring jarkomdat" untuk "Kepala Seksi"
    Dan batas waktu langkah "Meyimpan laporan monitoring jarkomdat" adalah 30 menit
    Dan kelengkapan langkah "Meyimpan laporan monitoring jarkomdat" adalah:
      | kelengkapan                                     |
      | Laporan monitoring jarkomdat dengan tandatangan |
    Dan output langkah "Meyimpan laporan monitoring jarkomdat" adalah "Laporan berkala monitoring jarkomdat"
    Ketika "Kepala Seksi" menyelesaikan langkah "Meyimpan laporan monitoring jarkomdat"
    Maka SOP selesai

