# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_daftar_gaji.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan Daftar Gaji
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Sub Bagian Keuangan, Pembuat Daftar Gaji, Bendahara Pengeluaran, Sekretaris, Kepala Dinas, Kepala Sub Bagian Umum dan Kepegawaian

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_daftar_gaji" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Keuangan" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" untuk "Kepala Sub Bagian Keuangan"
    Dan batas waktu langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" adalah:
      | kelengkapan  |
      | Data pegawai |
    Dan output langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" adalah "Konsep Daftar Gaji"
    Ketika "Kepala Sub Bagian Keuangan" menyelesaikan langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji"
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Dan "Kepala Sub Bagian Keuangan" tidak dapat menyelesaikan langkah "Mengetik Daftar Gaji"
    Dan batas waktu langkah "Mengetik Daftar Gaji" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengetik Daftar Gaji" adalah:
      | kelengkapan        |
      | Konsep Daftar Gaji |
    Dan output langkah "Mengetik Daftar Gaji" adalah "Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" adalah 1 jam
    Dan kelengkapan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" adalah:
      | kelengkapan |
      | Daftar Gaji |
    Dan output langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" adalah "Daftar Gaji"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA"
    Maka tugas berikutnya adalah "Memberi tanda tangan pada checklist" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi tanda tangan pada checklist" adalah 20 menit
    Dan kelengkapan langkah "Memberi tanda tangan pada checklist" adalah:
      | kelengkapan |
      | Daftar Gaji |
    Dan output langkah "Memberi tanda tangan pada checklist" adalah "Daftar Gaji yg sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi tanda tangan pada checklist"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tandatangan" adalah 20 menit
    Dan kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan                  |
      | Daftar Gaji yg sudah diparaf |
    Dan output langkah "Memberi tandatangan" adalah "Daftar Gaji yg sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tandatangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk pengiriman" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk pengiriman" adalah:
      | kelengkapan                         |
      | Daftar Gaji yg sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk pengiriman" adalah "Daftar Gaji yg sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    Maka langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." menjalankan SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah:
      | kelengkapan                         |
      | Daftar Gaji yg sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah "Daftar Gaji yg sudah ditandatangani"
    Ketika SOP terkait "lumajang_dukcapil_pengagendaan_surat_keluar" dijalankan sampai selesai
    Maka tugas berikutnya adalah "Mengirim SPP dan SPM" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Mengirim SPP dan SPM" adalah 1 jam
    Dan kelengkapan langkah "Mengirim SPP dan SPM" adalah:
      | kelengkapan                         |
      | Daftar Gaji yg sudah ditandatangani |
    Dan output langkah "Mengirim SPP dan SPM" adalah "Bukti Pengiriman"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengirim SPP dan SPM"
    Maka SOP selesai

