# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengembangan_software.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Pengembangan Software
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, Kepala Bidang, Kepala Dinas, Bupati, Gubernur, Kemendagri, ADB

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengembangan_software" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Menampung semua permasalahan berkaitan dengan penggunaan..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Menampung semua permasalahan berkaitan dengan penggunaan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menampung semua permasalahan berkaitan dengan penggunaan..." adalah:
      | kelengkapan                                   |
      | Permasalahan penggunaan software kependudukan |
    Dan output langkah "Menampung semua permasalahan berkaitan dengan penggunaan..." adalah "Permohonan pengembangan software"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menampung semua permasalahan berkaitan dengan penggunaan..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Permohonan pengembangan software..." untuk "Kepala Dinas"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Permohonan pengembangan software..."
    Dan batas waktu langkah "Memeriksa dan meneliti Permohonan pengembangan software..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan meneliti Permohonan pengembangan software..." adalah:
      | kelengkapan                      |
      | Permohonan pengembangan software |
    Dan output langkah "Memeriksa dan meneliti Permohonan pengembangan software..." adalah "Persetujuan Permohonan pengembangan software"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memeriksa dan meneliti Permohonan pengembangan software..."
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Gubernur" untuk "Bupati"
    Dan batas waktu langkah "Meneruskan permohonan kepada Gubernur" adalah 1 hari kerja
    Dan kelengkapan langkah "Meneruskan permohonan kepada Gubernur" adalah:
      | kelengkapan                            |
      | Surat Permohonan Pengembangan Software |
    Dan output langkah "Meneruskan permohonan kepada Gubernur" adalah "Persetujuan Permohonan pengembangan software"
    Ketika "Bupati" melampirkan dokumen "Surat Permohonan Pengembangan Software"
    Dan "Bupati" menyelesaikan langkah "Meneruskan permohonan kepada Gubernur"
    Maka tugas berikutnya adalah "Meneruskan permohonan kepada Kemendagri" untuk "Gubernur"
    Dan batas waktu langkah "Meneruskan permohonan kepada Kemendagri" adalah 1 hari kerja
    Dan kelengkapan langkah "Meneruskan permohonan kepada Kemendagri" adalah:
      | kelengkapan                            |
      | Surat Permohonan Pengembangan Software |
    Dan output langkah "Meneruskan permohonan kepada Kemendagri" adalah "Persetujuan Permohonan pengembangan software"
    Ketika "Gubernur" menyelesaikan langkah "Meneruskan permohonan kepada Kemendagri"
    Maka tugas berikutnya adalah "Meninjau, melaksanakan perbaikan software, memberikan..." untuk "Kemendagri"
    Dan batas waktu langkah "Meninjau, melaksanakan perbaikan software, memberikan..." adalah 1 minggu
    Dan kelengkapan langkah "Meninjau, melaksanakan perbaikan software, memberikan..." adalah:
      | kelengkapan                            |
      | Surat Permohonan Pengembangan Software |
      | Tim teknis                             |
    Dan output langkah "Meninjau, melaksanakan perbaikan software, memberikan..." adalah "Hasil Pengembangan, Surat Jawaban"
    Ketika "Kemendagri" menyelesaikan langkah "Meninjau, melaksanakan perbaikan software, memberikan..."
    Maka tugas berikutnya adalah "Memerintahkan kepada ADB untuk menggunakan software terbaru" untuk "Kepala Bidang"
    Dan batas waktu langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru" adalah 1 jam
    Dan kelengkapan langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru" adalah:
      | kelengkapan        |
      | Hasil Pengembangan |
      | Surat Jawaban      |
    Dan output langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru" adalah "Surat perintah"
    Ketika "Kepala Bidang" melampirkan dokumen "Surat Jawaban"
    Dan "Kepala Bidang" melampirkan dokumen "Surat perintah"
    Dan "Kepala Bidang" menyelesaikan langkah "Memerintahkan kepada ADB untuk menggunakan software terbaru"
    Maka tugas berikutnya adalah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi..." untuk "ADB"
    Dan batas waktu langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi..." adalah 1 hari kerja
    Dan kelengkapan langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi..." adalah:
      | kelengkapan        |
      | Hasil Pengembangan |
      | Surat Perintah     |
    Dan output langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi..." adalah "Software ter upgrade, Laporan Pengembangan Software"
    Ketika "ADB" menyelesaikan langkah "Melaksanakan perbaikan sesuai petunjuk atau menghubungi..."
    Maka tugas berikutnya adalah "Memeriksa laporan hasil pengembangan software, membuat..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Memeriksa laporan hasil pengembangan software, membuat..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa laporan hasil pengembangan software, membuat..." adalah:
      | kelengkapan                   |
      | laporan Pengembangan Software |
    Dan output langkah "Memeriksa laporan hasil pengembangan software, membuat..." adalah "Laporan Pengembangan Software"
    Ketika "Kepala Seksi" menyelesaikan langkah "Memeriksa laporan hasil pengembangan software, membuat..."
    Maka SOP selesai

