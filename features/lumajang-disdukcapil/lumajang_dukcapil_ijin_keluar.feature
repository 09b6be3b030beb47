# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_ijin_keluar.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Ijin Keluar
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_ijin_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Mengisi Buku Ijin Keluar" untuk "Staf"
    Dan batas waktu langkah "Mengisi Buku Ijin Keluar" adalah 15 menit
    Dan kelengkapan langkah "Mengisi Buku Ijin Keluar" adalah:
      | kelengkapan                |
      | Buku penjagaan ijin keluar |
    Dan output langkah "Mengisi Buku Ijin Keluar" adalah "Buku Penjagaan ijin keluar dan Berkas ijin keluar"
    Ketika "Staf" menyelesaikan langkah "Mengisi Buku Ijin Keluar"
    Maka tugas berikutnya adalah "Menulis buku ijin Keluar" untuk "Staf"
    Dan batas waktu langkah "Menulis buku ijin Keluar" adalah 20 menit
    Dan kelengkapan langkah "Menulis buku ijin Keluar" adalah:
      | kelengkapan                |
      | Buku penjagaan ijin keluar |
    Dan output langkah "Menulis buku ijin Keluar" adalah "Buku Penjagaan ijin keluar"
    Ketika "Staf" menyelesaikan langkah "Menulis buku ijin Keluar"
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

