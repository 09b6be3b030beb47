# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengagendaan_surat_keluar.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengagendaan Surat Keluar
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengagendaan_surat_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Menandatangani Surat Keluar" untuk "Kepala Dinas"
    Dan batas waktu langkah "Menandatangani Surat Keluar" adalah 10 menit
    Dan kelengkapan langkah "Menandatangani Surat Keluar" adalah:
      | kelengkapan  |
      | Surat keluar |
    Dan output langkah "Menandatangani Surat Keluar" adalah "Surat keluar yang sudah ditandatangani"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat keluar"
    Dan "Kepala Dinas" menyelesaikan langkah "Menandatangani Surat Keluar"
    Maka tugas berikutnya adalah "Menerima surat keluar, memerintahkan untuk pendistribusian" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menerima surat keluar, memerintahkan untuk pendistribusian"
    Dan batas waktu langkah "Menerima surat keluar, memerintahkan untuk pendistribusian" adalah 5 menit
    Dan kelengkapan langkah "Menerima surat keluar, memerintahkan untuk pendistribusian" adalah:
      | kelengkapan                            |
      | Surat keluar yang sudah ditandatangani |
    Dan output langkah "Menerima surat keluar, memerintahkan untuk pendistribusian" adalah "Surat keluar yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima surat keluar, memerintahkan untuk pendistribusian"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." adalah:
      | kelengkapan                            |
      | Surat keluar yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." adalah "Surat keluar yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan" untuk "Staf"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan" adalah 15 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan                            |
      | Surat keluar yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mendistribusikan" adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan"
    Maka SOP selesai

