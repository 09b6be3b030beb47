# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_surat_tugas.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pembuatan Surat Tugas
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_surat_tugas" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memberikan disposisi dan penugasan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberikan disposisi dan penugasan" adalah 5 menit
    Dan kelengkapan langkah "Memberikan disposisi dan penugasan" adalah:
      | kelengkapan |
      | Surat Masuk |
    Dan output langkah "Memberikan disposisi dan penugasan" adalah "Surat Masuk yang telah didisposisi"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat Masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberikan disposisi dan penugasan"
    Maka tugas berikutnya adalah "Memerintahkan pembuatan surat tugas" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Dan batas waktu langkah "Memerintahkan pembuatan surat tugas" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan pembuatan surat tugas" adalah:
      | kelengkapan                        |
      | Surat masuk yang telah didisposisi |
    Dan output langkah "Memerintahkan pembuatan surat tugas" adalah "Surat masuk yang telah didisposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Maka tugas berikutnya adalah "Membuat konsep surat tugas" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Membuat konsep surat tugas" adalah 10 menit
    Dan kelengkapan langkah "Membuat konsep surat tugas" adalah:
      | kelengkapan        |
      | Konsep surat tugas |
    Dan output langkah "Membuat konsep surat tugas" adalah "Konsep surat tugas"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat konsep surat tugas"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Dan batas waktu langkah "Mengetik surat tugas" adalah 10 menit
    Dan kelengkapan langkah "Mengetik surat tugas" adalah:
      | kelengkapan        |
      | Konsep surat tugas |
    Dan output langkah "Mengetik surat tugas" adalah "Konsep surat tugas"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    Maka tugas berikutnya adalah "Memeriksa konsep surat tugas. Jika setuju, diserahkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa konsep surat tugas. Jika setuju, diserahkan..." adalah 5 menit
    Dan kelengkapan langkah "Memeriksa konsep surat tugas. Jika setuju, diserahkan..." adalah:
      | kelengkapan        |
      | Konsep surat tugas |
    Dan output langkah "Memeriksa konsep surat tugas. Jika setuju, diserahkan..." adalah "Surat tugas"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat tugas"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa konsep surat tugas. Jika setuju, diserahkan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf" adalah 5 menit
    Dan kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Surat tugas |
    Dan output langkah "Memberi paraf" adalah "Surat tugas yang telah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 5 menit
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                    |
      | Surat tugas yang telah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Surat tugas yang telah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan menyerahkan kepada..." untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada..." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada..." adalah:
      | kelengkapan                           |
      | Surat tugas yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada..." adalah "Surat tugas yang telah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada..."
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan..." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan..." adalah:
      | kelengkapan                           |
      | Surat tugas yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan..." adalah "Surat tugas yang telah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan..."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" untuk "Staf"
    Dan batas waktu langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah 10 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah:
      | kelengkapan                                        |
      | Surat tugas yang telah ditandatangani dan diagenda |
    Dan output langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas"
    Maka SOP selesai

  Skenario: Langkah 5 "Konsep surat tugas disetujui?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" melampirkan dokumen "Surat Masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberikan disposisi dan penugasan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat konsep surat tugas"
    Dan "Staf" menyelesaikan langkah "Mengetik surat tugas"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak" pada "Memeriksa konsep surat tugas. Jika setuju, diserahkan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat tugas"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa konsep surat tugas. Jika setuju, diserahkan..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan..."
    Dan "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas"
    Maka SOP selesai

