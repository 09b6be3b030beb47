# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_kenaikan_pangkat.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengusulan Kenaikan Pangkat
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: KADIN, Sekretaris, Kasubag Umum, STAF

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_kenaikan_pangkat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa buku penjagaan kenaikan pangkat, Mengumpulkan..." untuk "Kasubag Umum"
    Dan batas waktu langkah "Memeriksa buku penjagaan kenaikan pangkat, Mengumpulkan..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa buku penjagaan kenaikan pangkat, Mengumpulkan..." adalah:
      | kelengkapan                     |
      | Buku Penjagaan Kenaikan Pangkat |
    Dan output langkah "Memeriksa buku penjagaan kenaikan pangkat, Mengumpulkan..." adalah "Berkas kenaikan pangkat, konsep surat pengantar"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa buku penjagaan kenaikan pangkat, Mengumpulkan..."
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "STAF"
    Dan "Kasubag Umum" tidak dapat menyelesaikan langkah "Membuat surat pengantar"
    Dan batas waktu langkah "Membuat surat pengantar" adalah 10 menit
    Dan kelengkapan langkah "Membuat surat pengantar" adalah:
      | kelengkapan            |
      | Konsep surat pengantar |
    Dan output langkah "Membuat surat pengantar" adalah "Konsep surat pengantar"
    Ketika "STAF" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." untuk "Kasubag Umum"
    Dan batas waktu langkah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." adalah:
      | kelengkapan            |
      | Konsep surat pengantar |
    Dan output langkah "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." adalah "Surat Pengantar"
    Ketika "Kasubag Umum" melampirkan dokumen "Surat Pengantar"
    Dan "Kasubag Umum" memutuskan "Setuju" pada "Memeriksa konsep surat pengantar. Bila setuju diserahkan..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberikan paraf" adalah 5 menit
    Dan kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan     |
      | Surat Pengantar |
    Dan output langkah "Memberikan paraf" adalah "Surat Pengantar yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "KADIN"
    Dan batas waktu langkah "Memberikan tanda tangan" adalah 5 menit
    Dan kelengkapan langkah "Memberikan tanda tangan" adalah:
      | kelengkapan                        |
      | Surat Pengantar yang sudah diparaf |
    Dan output langkah "Memberikan tanda tangan" adalah "Surat Pengantar yang sudah ditandatangani"
    Ketika "KADIN" menyelesaikan langkah "Memberikan tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengirimkan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengirimkan" adalah:
      | kelengkapan                               |
      | Surat Pengantar yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengirimkan" adalah "Surat Pengantar yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan" untuk "Kasubag Umum"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan" adalah:
      | kelengkapan                               |
      | Surat Pengantar yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan" adalah "Surat Pengantar yang sudah ditandatangani"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan." untuk "STAF"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mengirimkan." adalah 5 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mengirimkan." adalah:
      | kelengkapan                               |
      | Surat Pengantar yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mengirimkan." adalah "Bukti pengiriman"
    Ketika "STAF" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan."
    Maka SOP selesai

  Skenario: Langkah 3 "Konsep surat pengantar disetujui?" dijawab "Tidak Setuju", kembali ke langkah 2
    Ketika "Kasubag Umum" memulai SOP
    Dan "Kasubag Umum" menyelesaikan langkah "Memeriksa buku penjagaan kenaikan pangkat, Mengumpulkan..."
    Dan "STAF" menyelesaikan langkah "Membuat surat pengantar"
    Dan "Kasubag Umum" memutuskan "Tidak Setuju" pada "Memeriksa konsep surat pengantar. Bila setuju diserahkan..." dengan alasan "belum disetujui, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "STAF"
    Dan alasan "belum disetujui, mohon diperbaiki" terlihat oleh "STAF"
    Ketika "STAF" menyelesaikan langkah "Membuat surat pengantar"
    Dan "Kasubag Umum" melampirkan dokumen "Surat Pengantar"
    Dan "Kasubag Umum" memutuskan "Setuju" pada "Memeriksa konsep surat pengantar. Bila setuju diserahkan..."
    Dan "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Dan "KADIN" menyelesaikan langkah "Memberikan tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan"
    Dan "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan"
    Dan "STAF" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan."
    Maka SOP selesai

