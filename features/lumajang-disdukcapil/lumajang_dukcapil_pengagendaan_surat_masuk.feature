# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengagendaan_surat_masuk.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengagendaan Surat Masuk
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Staf, Kepala Sub Bagian Umum dan Kepegawaian, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengagendaan_surat_masuk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima surat masuk, mengagenda, memberi lembar disposisi" untuk "Staf"
    Dan batas waktu langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi" adalah 10 menit
    Dan kelengkapan langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi" adalah:
      | kelengkapan                 |
      | Buku agenda dan surat masuk |
    Dan output langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi" adalah "Surat masuk yang sudah diagenda dan diberi lembar disposisi"
    Ketika "Staf" menyelesaikan langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi"
    Maka tugas berikutnya adalah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan "Staf" tidak dapat menyelesaikan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris"
    Dan batas waktu langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" adalah 10 menit
    Dan kelengkapan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" adalah:
      | kelengkapan                 |
      | Buku agenda dan surat masuk |
    Dan output langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" adalah "Surat masuk yang sudah diagenda dan diberi lembar disposisi"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris"
    Maka tugas berikutnya adalah "Memberi paraf dan menyediakan ke Kaban" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf dan menyediakan ke Kaban" adalah 10 menit
    Dan kelengkapan langkah "Memberi paraf dan menyediakan ke Kaban" adalah:
      | kelengkapan                                                 |
      | Surat masuk yang sudah diagenda dan diberi lembar disposisi |
    Dan output langkah "Memberi paraf dan menyediakan ke Kaban" adalah "Surat masuk yang diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyediakan ke Kaban"
    Maka tugas berikutnya adalah "Memberi disposisi dan paraf" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi disposisi dan paraf" adalah 10 menit
    Dan kelengkapan langkah "Memberi disposisi dan paraf" adalah:
      | kelengkapan              |
      | Surat masuk yang diparaf |
    Dan output langkah "Memberi disposisi dan paraf" adalah "Surat masuk yang sudah diparaf dan diberi disposisi"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi disposisi dan paraf"
    Maka tugas berikutnya adalah "Memberi disposisi lanjutan" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi disposisi lanjutan" adalah 10 menit
    Dan kelengkapan langkah "Memberi disposisi lanjutan" adalah:
      | kelengkapan                                         |
      | Surat masuk yang sudah diparaf dan diberi disposisi |
    Dan output langkah "Memberi disposisi lanjutan" adalah "Surat masuk yang sudah diparaf dan diberi disposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi disposisi lanjutan"
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan, dan mendistribusikan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk menggandakan, dan mendistribusikan..." adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk menggandakan, dan mendistribusikan..." adalah:
      | kelengkapan                                         |
      | Surat masuk yang sudah diparaf dan diberi disposisi |
    Dan output langkah "Memerintahkan untuk menggandakan, dan mendistribusikan..." adalah "Surat masuk yang sudah diparaf dan diberi disposisi"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk menggandakan, dan mendistribusikan..."
    Maka tugas berikutnya adalah "Menggandakan dan mendistribusikan" untuk "Staf"
    Dan batas waktu langkah "Menggandakan dan mendistribusikan" adalah 10 menit
    Dan kelengkapan langkah "Menggandakan dan mendistribusikan" adalah:
      | kelengkapan                                         |
      | Surat masuk yang sudah diparaf dan diberi disposisi |
    Dan output langkah "Menggandakan dan mendistribusikan" adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mendistribusikan"
    Maka SOP selesai

