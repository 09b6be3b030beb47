# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_karis_karsu.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengusulan Pembuatan KARIS/KARSU
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_karis_karsu" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU..." adalah:
      | kelengkapan  |
      | Data Pegawai |
    Dan output langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU..." adalah "Konsep surat pengantar"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU..."
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "Staf"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Membuat surat pengantar"
    Dan batas waktu langkah "Membuat surat pengantar" adalah 10 menit
    Dan kelengkapan langkah "Membuat surat pengantar" adalah:
      | kelengkapan            |
      | Konsep surat pengantar |
    Dan output langkah "Membuat surat pengantar" adalah "Konsep surat pengantar"
    Ketika "Staf" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." adalah:
      | kelengkapan            |
      | Konsep surat pengantar |
    Dan output langkah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." adalah "Surat Pengantar"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Pengantar"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa konsep surat pengantar. Bila setuju diserahkan..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberikan paraf" adalah 5 menit
    Dan kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan     |
      | Surat Pengantar |
    Dan output langkah "Memberikan paraf" adalah "Surat Pengantar yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberikan tanda tangan" adalah 5 menit
    Dan kelengkapan langkah "Memberikan tanda tangan" adalah:
      | kelengkapan                        |
      | Surat Pengantar yang sudah diparaf |
    Dan output langkah "Memberikan tanda tangan" adalah "Surat Pengantar yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberikan tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengirimkan ke BKD" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengirimkan ke BKD" adalah:
      | kelengkapan                               |
      | Surat Pengantar yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengirimkan ke BKD" adalah "Surat Pengantar yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan ke BKD" untuk "Staf"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah 5 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah:
      | kelengkapan                               |
      | Surat Pengantar yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka SOP selesai

  Skenario: Langkah 3 "Konsep surat pengantar disetujui?" dijawab "Tidak Setuju", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU..."
    Dan "Staf" menyelesaikan langkah "Membuat surat pengantar"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak Setuju" pada "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." dengan alasan "belum disetujui, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "Staf"
    Dan alasan "belum disetujui, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat surat pengantar"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Pengantar"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa konsep surat pengantar. Bila setuju diserahkan..."
    Dan "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberikan tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    Dan "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka SOP selesai

