# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_duk.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan DUK
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Staf, Kepala Sub Bagian Umum dan Kepegawaian, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_duk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" adalah 2 hari kerja
    Dan kelengkapan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" adalah:
      | kelengkapan  |
      | Data pegawai |
    Dan output langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" adalah "Konsep DUK"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK"
    Maka tugas berikutnya adalah "Mengetik konsep DUK" untuk "Staf"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Mengetik konsep DUK"
    Dan batas waktu langkah "Mengetik konsep DUK" adalah 2 hari kerja
    Dan kelengkapan langkah "Mengetik konsep DUK" adalah:
      | kelengkapan |
      | Konsep DUK  |
    Dan output langkah "Mengetik konsep DUK" adalah "Konsep DUK"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep DUK"
    Maka tugas berikutnya adalah "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris..." adalah 1 hari kerja
    Dan kelengkapan langkah "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris..." adalah:
      | kelengkapan |
      | Konsep DUK  |
    Dan output langkah "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris..." adalah "DUK yang sudah dikoreksi"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Ya" pada "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberikan paraf" adalah 10 menit
    Dan kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan              |
      | DUK yang sudah dikoreksi |
    Dan output langkah "Memberikan paraf" adalah "DUK yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberikan tanda tangan" adalah 10 menit
    Dan kelengkapan langkah "Memberikan tanda tangan" adalah:
      | kelengkapan            |
      | DUK yang sudah diparaf |
    Dan output langkah "Memberikan tanda tangan" adalah "DUK yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberikan tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah:
      | kelengkapan                   |
      | DUK yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah "DUK yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD" adalah:
      | kelengkapan                   |
      | DUK yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD" adalah "DUK yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Menggandakan, mengagenda dan mengirimkan ke BKD" untuk "Staf"
    Dan batas waktu langkah "Menggandakan, mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Dan kelengkapan langkah "Menggandakan, mengagenda dan mengirimkan ke BKD" adalah:
      | kelengkapan                   |
      | DUK yang sudah ditandatangani |
    Dan output langkah "Menggandakan, mengagenda dan mengirimkan ke BKD" adalah "Bukti Pengiriman"
    Ketika "Staf" menyelesaikan langkah "Menggandakan, mengagenda dan mengirimkan ke BKD"
    Maka SOP selesai

  Skenario: Langkah 3 "Konsep DUK benar?" dijawab "Tidak", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK"
    Dan "Staf" menyelesaikan langkah "Mengetik konsep DUK"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak" pada "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik konsep DUK" untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep DUK"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Ya" pada "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberikan tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD"
    Dan "Staf" menyelesaikan langkah "Menggandakan, mengagenda dan mengirimkan ke BKD"
    Maka SOP selesai

