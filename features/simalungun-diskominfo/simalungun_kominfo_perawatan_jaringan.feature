# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_perawatan_jaringan.bpmn (sop features draft); sunting seperlunya.
Fitur: Perawatan dan Mengatasi Permasalahan Jaringan Intranet/Internet
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Aplikasi Telematika
  Pelaksana: Petugas / Teknisi TI, Kepala Seksi Pemb. Telematika, Kepala Bidang Aplikasi Telematika, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_perawatan_jaringan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Petugas / Teknisi TI" memulai SOP
    Maka tugas berikutnya adalah "Laporan dan Instansi" untuk "Petugas / Teknisi TI"
    Dan batas waktu langkah "Laporan dan Instansi" adalah 5 menit
    Dan kelengkapan langkah "Laporan dan Instansi" adalah:
      | kelengkapan         |
      | Laporan Lisan/Tulis |
    Dan output langkah "Laporan dan Instansi" adalah "Catatan gangguan di database"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Laporan dan Instansi"
    Maka tugas berikutnya adalah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" untuk "Kepala Seksi Pemb. Telematika"
    Dan "Petugas / Teknisi TI" tidak dapat menyelesaikan langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya"
    Dan batas waktu langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" adalah 5 menit
    Dan kelengkapan langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" adalah:
      | kelengkapan         |
      | Laporan Lisan/Tulis |
    Dan output langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya" adalah "Disposisi"
    Ketika "Kepala Seksi Pemb. Telematika" menyelesaikan langkah "Disposisi kepada Atasan untuk pelaksanaan dan tindakan selanjutnya"
    Maka tugas berikutnya adalah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" untuk "Kepala Bidang Aplikasi Telematika"
    Dan batas waktu langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" adalah 5 menit
    Dan kelengkapan langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" adalah:
      | kelengkapan |
      | Komputer    |
      | Server      |
      | Jaringan    |
    Dan output langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan" adalah "Disposisi"
    Ketika "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Disposisi kepada Atasan untuk pengambilan keputusan dan tindakan"
    Maka tugas berikutnya adalah "Menugaskan Petugas TI untuk melaksanakan perawatan..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Menugaskan Petugas TI untuk melaksanakan perawatan..." adalah 5 menit
    Dan kelengkapan langkah "Menugaskan Petugas TI untuk melaksanakan perawatan..." adalah:
      | kelengkapan   |
      | Program Kerja |
      | Perangkat TI  |
    Dan output langkah "Menugaskan Petugas TI untuk melaksanakan perawatan..." adalah "Disposisi dan pengaduan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Menugaskan Petugas TI untuk melaksanakan perawatan..."
    Maka tugas berikutnya adalah "Menyusun rencana Tindakan penanganan" untuk "Petugas / Teknisi TI"
    Dan batas waktu langkah "Menyusun rencana Tindakan penanganan" adalah 10 menit
    Dan kelengkapan langkah "Menyusun rencana Tindakan penanganan" adalah:
      | kelengkapan               |
      | Rencana dan Program Kerja |
    Dan output langkah "Menyusun rencana Tindakan penanganan" adalah "Penyusunan Rencana"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Menyusun rencana Tindakan penanganan"
    Maka tugas berikutnya adalah "Tindakan perbaikan/penggantian" untuk "Petugas / Teknisi TI"
    Dan batas waktu langkah "Tindakan perbaikan/penggantian" adalah 20 menit
    Dan kelengkapan langkah "Tindakan perbaikan/penggantian" adalah:
      | kelengkapan                                 |
      | Maintenance Perangkat Jaringan dan Komputer |
    Dan output langkah "Tindakan perbaikan/penggantian" adalah "Perangkat Siap pakai"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Tindakan perbaikan/penggantian"
    Maka tugas berikutnya adalah "Telah merawat dan menyelesaikan permasalahan jaringan TI" untuk "Petugas / Teknisi TI"
    Dan batas waktu langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI" adalah 5 menit
    Dan kelengkapan langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI" adalah:
      | kelengkapan         |
      | Jaringan Siap Pakai |
    Dan output langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI" adalah "Perangkat Siap pakai"
    Ketika "Petugas / Teknisi TI" menyelesaikan langkah "Telah merawat dan menyelesaikan permasalahan jaringan TI"
    Maka SOP selesai

