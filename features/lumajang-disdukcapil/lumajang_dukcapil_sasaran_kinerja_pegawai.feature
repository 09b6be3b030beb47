# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_sasaran_kinerja_pegawai.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Sasaran Kinerja Pegawai
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Staf, PNS

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_sasaran_kinerja_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengisi tupoksi pekerjaan beserta target capaian dalam..." untuk "PNS"
    Dan batas waktu langkah "Mengisi tupoksi pekerjaan beserta target capaian dalam..." adalah 15 menit
    Dan kelengkapan langkah "Mengisi tupoksi pekerjaan beserta target capaian dalam..." adalah:
      | kelengkapan                |
      | Buku penjagaan ijin keluar |
    Dan output langkah "Mengisi tupoksi pekerjaan beserta target capaian dalam..." adalah "Buku Penjagaan ijin keluar dan Berkas ijin keluar"
    Ketika "PNS" menyelesaikan langkah "Mengisi tupoksi pekerjaan beserta target capaian dalam..."
    Maka tugas berikutnya adalah "Mengumpulkan dan merekap sasaran kinerja pegawai" untuk "Staf"
    Dan "PNS" tidak dapat menyelesaikan langkah "Mengumpulkan dan merekap sasaran kinerja pegawai"
    Dan batas waktu langkah "Mengumpulkan dan merekap sasaran kinerja pegawai" adalah 20 menit
    Dan kelengkapan langkah "Mengumpulkan dan merekap sasaran kinerja pegawai" adalah:
      | kelengkapan                |
      | Buku penjagaan ijin keluar |
    Dan output langkah "Mengumpulkan dan merekap sasaran kinerja pegawai" adalah "Buku Penjagaan ijin keluar"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan dan merekap sasaran kinerja pegawai"
    Maka tugas berikutnya adalah "Melapor kepada Atasan Langsung" untuk "Staf"
    Dan batas waktu langkah "Melapor kepada Atasan Langsung" adalah 10 menit
    Dan kelengkapan langkah "Melapor kepada Atasan Langsung" adalah:
      | kelengkapan               |
      | Melapor untuk ijin keluar |
    Dan output langkah "Melapor kepada Atasan Langsung" adalah "Buku Penjagaan ijin keluar yang telah dikoreksi"
    Ketika "Staf" menyelesaikan langkah "Melapor kepada Atasan Langsung"
    Maka tugas berikutnya adalah "Melapor Kepada Kasubag Umum dan Kepegawaian" untuk "Staf"
    Dan batas waktu langkah "Melapor Kepada Kasubag Umum dan Kepegawaian" adalah 15 menit
    Dan kelengkapan langkah "Melapor Kepada Kasubag Umum dan Kepegawaian" adalah:
      | kelengkapan                  |
      | Menunjukan dasar ijin keluar |
    Dan output langkah "Melapor Kepada Kasubag Umum dan Kepegawaian" adalah "Buku Penjagaan ijin keluar yang telah dikoreksi tersimpan"
    Ketika "Staf" menyelesaikan langkah "Melapor Kepada Kasubag Umum dan Kepegawaian"
    Maka SOP selesai

