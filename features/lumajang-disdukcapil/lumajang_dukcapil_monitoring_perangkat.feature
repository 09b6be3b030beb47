# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_monitoring_perangkat.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Monitoring Perangkat Lunak dan Perangkat Keras
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, Pengguna, Petugas Perbaikan, Kepala Bidang

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_monitoring_perangkat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Membuat wadah untuk sistem pelaporan perangkat lunak..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat wadah untuk sistem pelaporan perangkat lunak..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat wadah untuk sistem pelaporan perangkat lunak..." adalah:
      | kelengkapan             |
      | Handphone               |
      | Aplikasi Whatsapp       |
      | Contact person pengguna |
      | Komputer                |
      | ATK                     |
      | Printer                 |
    Dan output langkah "Membuat wadah untuk sistem pelaporan perangkat lunak..." adalah "Group WA, jadwal dan format laporan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Membuat wadah untuk sistem pelaporan perangkat lunak..."
    Maka tugas berikutnya adalah "Melaporkan kondisi perangkat sesuai dengan jadwal dan..." untuk "Pengguna"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan..."
    Dan batas waktu langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan..." adalah 1 jam
    Dan kelengkapan langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan..." adalah:
      | kelengkapan                |
      | Kondisi realtime perangkat |
      | Handphone                  |
      | Aplikasi WA                |
    Dan output langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan..." adalah "Laporan kondisi perangkat"
    Ketika "Pengguna" menyelesaikan langkah "Melaporkan kondisi perangkat sesuai dengan jadwal dan..."
    Maka tugas berikutnya adalah "Mencatat kondisi perangkat dan membuat laporan, menindak..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Mencatat kondisi perangkat dan membuat laporan, menindak..." adalah 3 jam
    Dan kelengkapan langkah "Mencatat kondisi perangkat dan membuat laporan, menindak..." adalah:
      | kelengkapan                    |
      | Lap kondisi perangkat pengguna |
      | Komputer                       |
      | Handphone                      |
      | Aplikasi WA                    |
    Dan output langkah "Mencatat kondisi perangkat dan membuat laporan, menindak..." adalah "Laporan kondisi perangkat, Surat Perintah perbaikan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mencatat kondisi perangkat dan membuat laporan, menindak..."
    Maka tugas berikutnya adalah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." untuk "Petugas Perbaikan"
    Dan batas waktu langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." adalah:
      | kelengkapan              |
      | Surat Perintah perbaikan |
    Dan output langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..." adalah "Laporan perbaikan perangkat"
    Ketika "Petugas Perbaikan" melampirkan dokumen "Surat Perintah perbaikan"
    Dan "Petugas Perbaikan" menyelesaikan langkah "Melaksanakan perbaikan perangkat sesuai laporan permasalahan..."
    Maka tugas berikutnya adalah "Mencatat dalam laporan monitoring perangkat, melakukan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Mencatat dalam laporan monitoring perangkat, melakukan..." adalah 1 jam
    Dan kelengkapan langkah "Mencatat dalam laporan monitoring perangkat, melakukan..." adalah:
      | kelengkapan                 |
      | Laporan perbaikan perangkat |
      | Komputer                    |
      | Printer                     |
    Dan output langkah "Mencatat dalam laporan monitoring perangkat, melakukan..." adalah "Laporan monitoring perangkat, Penggantian perangkat"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mencatat dalam laporan monitoring perangkat, melakukan..."
    Maka tugas berikutnya adalah "Memeriksa dan menandatangani laporan monitoring perangkat" untuk "Kepala Bidang"
    Dan batas waktu langkah "Memeriksa dan menandatangani laporan monitoring perangkat" adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan menandatangani laporan monitoring perangkat" adalah:
      | kelengkapan                  |
      | Laporan monitoring perangkat |
    Dan output langkah "Memeriksa dan menandatangani laporan monitoring perangkat" adalah "Laporan monitoring perangkat dengan tandatangan"
    Ketika "Kepala Bidang" menyelesaikan langkah "Memeriksa dan menandatangani laporan monitoring perangkat"
    Maka tugas berikutnya adalah "Meyimpan laporan monitoring perangkat" untuk "Kepala Seksi"
    Dan batas waktu langkah "Meyimpan laporan monitoring perangkat" adalah 30 menit
    Dan kelengkapan langkah "Meyimpan laporan monitoring perangkat" adalah:
      | kelengkapan                                     |
      | Laporan monitoring perangkat dengan tandatangan |
    Dan output langkah "Meyimpan laporan monitoring perangkat" adalah "Laporan berkala monitoring perangkat"
    Ketika "Kepala Seksi" menyelesaikan langkah "Meyimpan laporan monitoring perangkat"
    Maka SOP selesai

