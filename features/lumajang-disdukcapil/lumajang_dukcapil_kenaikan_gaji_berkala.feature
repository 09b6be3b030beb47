# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_kenaikan_gaji_berkala.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengusulan Kenaikan Gaji Berkala
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_kenaikan_gaji_berkala" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat..." adalah:
      | kelengkapan                     |
      | Buku Penjagaan Kenaikan Berkala |
    Dan output langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat..." adalah "Konsep usulan kenaikan berkala"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat..."
    Maka tugas berikutnya adalah "Mengetik surat usulan kenaikan berkala" untuk "Staf"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Dan batas waktu langkah "Mengetik surat usulan kenaikan berkala" adalah 10 menit
    Dan kelengkapan langkah "Mengetik surat usulan kenaikan berkala" adalah:
      | kelengkapan                    |
      | Konsep usulan kenaikan berkala |
    Dan output langkah "Mengetik surat usulan kenaikan berkala" adalah "Konsep usulan kenaikan berkala"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Memeriksa surat usulan kenaikan gaji berkala. Jika..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa surat usulan kenaikan gaji berkala. Jika..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa surat usulan kenaikan gaji berkala. Jika..." adalah:
      | kelengkapan                    |
      | Konsep usulan kenaikan berkala |
    Dan output langkah "Memeriksa surat usulan kenaikan gaji berkala. Jika..." adalah "Surat usulan kenaikan berkala"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat usulan kenaikan berkala"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa surat usulan kenaikan gaji berkala. Jika..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf" adalah 5 menit
    Dan kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan                   |
      | Surat usulan kenaikan berkala |
    Dan output langkah "Memberi paraf" adalah "Surat usulan kenaikan berkala yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 5 menit
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                                      |
      | Surat usulan kenaikan berkala yang sudah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Surat usulan kenaikan berkala yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengirimkan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengirimkan" adalah:
      | kelengkapan                                             |
      | Surat usulan kenaikan berkala yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengirimkan" adalah "Surat usulan kenaikan berkala yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD" adalah:
      | kelengkapan                                             |
      | Surat usulan kenaikan berkala yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD" adalah "Surat usulan kenaikan berkala yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan ke BKD" untuk "Staf"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah 5 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah:
      | kelengkapan                                             |
      | Surat usulan kenaikan berkala yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka SOP selesai

  Skenario: Langkah 3 "Surat usulan kenaikan gaji berkala disetujui?" dijawab "Tidak Setuju", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat..."
    Dan "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak Setuju" pada "Memeriksa surat usulan kenaikan gaji berkala. Jika..." dengan alasan "belum disetujui, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik surat usulan kenaikan berkala" untuk "Staf"
    Dan alasan "belum disetujui, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat usulan kenaikan berkala"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa surat usulan kenaikan gaji berkala. Jika..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD"
    Dan "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka SOP selesai

