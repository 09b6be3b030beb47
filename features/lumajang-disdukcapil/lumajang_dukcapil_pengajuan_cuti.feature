# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengajuan_cuti.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengajuan Cuti
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: PNS, Kepala Sub Bagian Umum dan Kepegawaian, Staf, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengajuan_cuti" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan cuti" untuk "PNS"
    Dan batas waktu langkah "Mengajukan permohonan cuti" adalah 15 menit
    Dan kelengkapan langkah "Mengajukan permohonan cuti" adalah:
      | kelengkapan |
      | Blanko cuti |
    Dan output langkah "Mengajukan permohonan cuti" adalah "Blanko yang sudah ditandatangani PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    Maka tugas berikutnya adalah "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan "PNS" tidak dapat menyelesaikan langkah "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..."
    Dan batas waktu langkah "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..." adalah 45 menit
    Dan kelengkapan langkah "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..." adalah:
      | kelengkapan         |
      | Buku penjagaan cuti |
    Dan output langkah "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..." adalah "Konsep surat pengantar cuti"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Ada" pada "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..."
    Maka tugas berikutnya adalah "Mengetik surat pengantar" untuk "Staf"
    Dan batas waktu langkah "Mengetik surat pengantar" adalah 10 menit
    Dan kelengkapan langkah "Mengetik surat pengantar" adalah:
      | kelengkapan                 |
      | Konsep surat pengantar cuti |
    Dan output langkah "Mengetik surat pengantar" adalah "Konsep surat pengantar cuti"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa surat pengantar. Jika setuju, diserahkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa surat pengantar. Jika setuju, diserahkan..." adalah 15 menit
    Dan kelengkapan langkah "Memeriksa surat pengantar. Jika setuju, diserahkan..." adalah:
      | kelengkapan          |
      | Surat Pengantar Cuti |
    Dan output langkah "Memeriksa surat pengantar. Jika setuju, diserahkan..." adalah "Surat Pengantar Cuti"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Pengantar Cuti"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa surat pengantar. Jika setuju, diserahkan..."
    Maka tugas berikutnya adalah "Memberi paraf pada blanko cuti dan surat pengantar" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf pada blanko cuti dan surat pengantar" adalah 10 menit
    Dan kelengkapan langkah "Memberi paraf pada blanko cuti dan surat pengantar" adalah:
      | kelengkapan                          |
      | Surat pengantar cuti dan blanko cuti |
    Dan output langkah "Memberi paraf pada blanko cuti dan surat pengantar" adalah "Surat pengantar cuti dan blanko cuti yang sudah diparaf"
    Ketika "Sekretaris" melampirkan dokumen "Surat pengantar cuti dan blanko cuti"
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf pada blanko cuti dan surat pengantar"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 10 menit
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                                             |
      | Surat pengantar cuti dan blanko cuti yang sudah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Surat pengantar cuti dan blanko cuti yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengirimkan ke BKD" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengirimkan ke BKD" adalah:
      | kelengkapan                                                    |
      | Surat pengantar cuti dan blanko cuti yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengirimkan ke BKD" adalah "Surat pengantar cuti dan blanko cuti yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah:
      | kelengkapan                                                    |
      | Surat pengantar cuti dan blanko cuti yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah "Surat pengantar cuti dan blanko cuti yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Mengagenda dan mengirimkan ke BKD" untuk "Staf"
    Dan batas waktu langkah "Mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Dan kelengkapan langkah "Mengagenda dan mengirimkan ke BKD" adalah:
      | kelengkapan                                                    |
      | Surat pengantar cuti dan blanko cuti yang sudah ditandatangani |
    Dan output langkah "Mengagenda dan mengirimkan ke BKD" adalah "Bukti Pengiriman"
    Ketika "Staf" menyelesaikan langkah "Mengagenda dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Pegawai cuti" untuk "PNS"
    Dan batas waktu langkah "Pegawai cuti" adalah 10 menit
    Dan kelengkapan langkah "Pegawai cuti" adalah:
      | kelengkapan             |
      | PNS menerima surat cuti |
    Dan output langkah "Pegawai cuti" adalah "PNS Cuti"
    Ketika "PNS" menyelesaikan langkah "Pegawai cuti"
    Maka SOP selesai

  Skenario: Langkah 2 "Masih ada sisa cuti tahunan?" dijawab "Tidak ada", SOP berakhir
    Ketika "PNS" memulai SOP
    Dan "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak ada" pada "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..." dengan alasan "tidak dapat diproses lebih lanjut"
    Maka SOP selesai
    Dan alasan "tidak dapat diproses lebih lanjut" terlihat oleh "PNS"

  Skenario: Langkah 4 "Surat pengantar cuti disetujui?" dijawab "Tidak", kembali ke langkah 3
    Ketika "PNS" memulai SOP
    Dan "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Ada" pada "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan..."
    Dan "Staf" menyelesaikan langkah "Mengetik surat pengantar"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak" pada "Memeriksa surat pengantar. Jika setuju, diserahkan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik surat pengantar" untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengantar"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat Pengantar Cuti"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa surat pengantar. Jika setuju, diserahkan..."
    Dan "Sekretaris" melampirkan dokumen "Surat pengantar cuti dan blanko cuti"
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf pada blanko cuti dan surat pengantar"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD"
    Dan "Staf" menyelesaikan langkah "Mengagenda dan mengirimkan ke BKD"
    Dan "PNS" menyelesaikan langkah "Pegawai cuti"
    Maka SOP selesai

