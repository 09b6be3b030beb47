# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pembuatan_undangan_rapat.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pembuatan Undangan Rapat
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf, Peserta Rapat

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pembuatan_undangan_rapat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk mengadakan rapat" untuk "Kepala Dinas"
    Dan output langkah "Memerintahkan untuk mengadakan rapat" adalah "Nota / Disposisi"
    Ketika "Kepala Dinas" melampirkan dokumen "Nota / Disposisi"
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mengadakan rapat"
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan..." untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan..."
    Dan batas waktu langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan..." adalah 20 menit
    Dan kelengkapan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan..." adalah:
      | kelengkapan      |
      | Nota / Disposisi |
    Dan output langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan..." adalah "Daftar peserta rapat, lokasi rapat"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan..."
    Maka tugas berikutnya adalah "Membuat konsep undangan" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Membuat konsep undangan" adalah 20 menit
    Dan kelengkapan langkah "Membuat konsep undangan" adalah:
      | kelengkapan                        |
      | Daftar peserta rapat, lokasi rapat |
    Dan output langkah "Membuat konsep undangan" adalah "Konsep undangan rapat"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat konsep undangan"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Dan batas waktu langkah "Mengetik undangan" adalah 20 menit
    Dan kelengkapan langkah "Mengetik undangan" adalah:
      | kelengkapan           |
      | Konsep undangan rapat |
    Dan output langkah "Mengetik undangan" adalah "Undangan Rapat"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    Maka tugas berikutnya adalah "Memeriksa konsep undangan. Jika setuju, diserahkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa konsep undangan. Jika setuju, diserahkan..." adalah 20 menit
    Dan kelengkapan langkah "Memeriksa konsep undangan. Jika setuju, diserahkan..." adalah:
      | kelengkapan    |
      | Undangan Rapat |
    Dan output langkah "Memeriksa konsep undangan. Jika setuju, diserahkan..." adalah "Undangan Rapat"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Ya" pada "Memeriksa konsep undangan. Jika setuju, diserahkan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf" adalah 10 menit
    Dan kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan    |
      | Undangan Rapat |
    Dan output langkah "Memberi paraf" adalah "Undangan Rapat yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Menandatangani undangan rapat" untuk "Kepala Dinas"
    Dan batas waktu langkah "Menandatangani undangan rapat" adalah 10 menit
    Dan kelengkapan langkah "Menandatangani undangan rapat" adalah:
      | kelengkapan                       |
      | Undangan Rapat yang sudah diparaf |
    Dan output langkah "Menandatangani undangan rapat" adalah "Undangan Rapat yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Menandatangani undangan rapat"
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" adalah:
      | kelengkapan                              |
      | Undangan Rapat yang sudah ditandatangani |
    Dan output langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" adalah "Undangan Rapat yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan                              |
      | Undangan Rapat yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" adalah "Undangan Rapat yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan" untuk "Staf"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan" adalah 10 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan                              |
      | Undangan Rapat yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mendistribusikan" adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Rapat" untuk "Peserta Rapat"
    Dan batas waktu langkah "Rapat" adalah 2 jam
    Dan kelengkapan langkah "Rapat" adalah:
      | kelengkapan       |
      | Pelaksanaan rapat |
    Dan output langkah "Rapat" adalah "Hasil Rapat"
    Ketika "Peserta Rapat" menyelesaikan langkah "Rapat"
    Maka tugas berikutnya adalah "Membuat notulensi rapat" untuk "Staf"
    Dan batas waktu langkah "Membuat notulensi rapat" adalah 45 menit
    Dan kelengkapan langkah "Membuat notulensi rapat" adalah:
      | kelengkapan |
      | Hasil Rapat |
    Dan output langkah "Membuat notulensi rapat" adalah "Notulensi rapat"
    Ketika "Staf" menyelesaikan langkah "Membuat notulensi rapat"
    Maka SOP selesai

  Skenario: Langkah 5 "Konsep undangan disetujui?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" melampirkan dokumen "Nota / Disposisi"
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mengadakan rapat"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat konsep undangan"
    Dan "Staf" menyelesaikan langkah "Mengetik undangan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak" pada "Memeriksa konsep undangan. Jika setuju, diserahkan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Ya" pada "Memeriksa konsep undangan. Jika setuju, diserahkan..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Menandatangani undangan rapat"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan"
    Dan "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan"
    Dan "Peserta Rapat" menyelesaikan langkah "Rapat"
    Dan "Staf" menyelesaikan langkah "Membuat notulensi rapat"
    Maka SOP selesai

