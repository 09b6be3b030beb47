# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pengusulan_mpp.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pengusulan MPP
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: PNS, Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengusulan_mpp" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan persetujuan MPP" untuk "PNS"
    Dan batas waktu langkah "Mengajukan persetujuan MPP" adalah 20 menit
    Dan kelengkapan langkah "Mengajukan persetujuan MPP" adalah:
      | kelengkapan    |
      | Berkas Pegawai |
    Dan output langkah "Mengajukan persetujuan MPP" adalah "Surat ajuan persetujuan"
    Ketika "PNS" melampirkan dokumen "Surat ajuan persetujuan"
    Dan "PNS" menyelesaikan langkah "Mengajukan persetujuan MPP"
    Maka tugas berikutnya adalah "Memberi disposisi pada surat ajuan persetujuan MPP" untuk "Kepala Dinas"
    Dan "PNS" tidak dapat menyelesaikan langkah "Memberi disposisi pada surat ajuan persetujuan MPP"
    Dan batas waktu langkah "Memberi disposisi pada surat ajuan persetujuan MPP" adalah 10 menit
    Dan kelengkapan langkah "Memberi disposisi pada surat ajuan persetujuan MPP" adalah:
      | kelengkapan                 |
      | Surat ajuan persetujuan MPP |
    Dan output langkah "Memberi disposisi pada surat ajuan persetujuan MPP" adalah "Surat ajuan persetujuan MPP yg sudah didisposisi"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat ajuan persetujuan MPP"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi disposisi pada surat ajuan persetujuan MPP"
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat surat pengajuan MPP kepada..." untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk membuat surat pengajuan MPP kepada..." adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk membuat surat pengajuan MPP kepada..." adalah:
      | kelengkapan                                      |
      | Surat ajuan persetujuan MPP yg sudah didisposisi |
    Dan output langkah "Memerintahkan untuk membuat surat pengajuan MPP kepada..." adalah "Surat ajuan persetujuan MPP yg sudah didisposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk membuat surat pengajuan MPP kepada..."
    Maka tugas berikutnya adalah "Membuat konsep surat pengajuan MPP" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Membuat konsep surat pengajuan MPP" adalah 15 menit
    Dan kelengkapan langkah "Membuat konsep surat pengajuan MPP" adalah:
      | kelengkapan                                      |
      | Surat ajuan persetujuan MPP yg sudah didisposisi |
    Dan output langkah "Membuat konsep surat pengajuan MPP" adalah "Konsep surat pengajuan MPP"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat konsep surat pengajuan MPP"
    Maka tugas berikutnya adalah "Mengetik surat pengajuan MPP" untuk "Staf"
    Dan batas waktu langkah "Mengetik surat pengajuan MPP" adalah 15 menit
    Dan kelengkapan langkah "Mengetik surat pengajuan MPP" adalah:
      | kelengkapan                |
      | Konsep surat pengajuan MPP |
    Dan output langkah "Mengetik surat pengajuan MPP" adalah "Konsep surat pengajuan MPP"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengajuan MPP"
    Maka tugas berikutnya adalah "Memeriksa surat pengajuan MPP. Jika setuju, diserahkan..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa surat pengajuan MPP. Jika setuju, diserahkan..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa surat pengajuan MPP. Jika setuju, diserahkan..." adalah:
      | kelengkapan                |
      | Konsep surat pengajuan MPP |
    Dan output langkah "Memeriksa surat pengajuan MPP. Jika setuju, diserahkan..." adalah "Surat ajuan MPP"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat ajuan MPP"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa surat pengajuan MPP. Jika setuju, diserahkan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberi paraf" adalah 5 menit
    Dan kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan     |
      | Surat ajuan MPP |
    Dan output langkah "Memberi paraf" adalah "Surat ajuan MPP yang sudah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 5 menit
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                        |
      | Surat ajuan MPP yang sudah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Surat ajuan MPP yang sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk mengirimkan ke BKD" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengirimkan ke BKD" adalah:
      | kelengkapan                               |
      | Surat ajuan MPP yang sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengirimkan ke BKD" adalah "Surat ajuan MPP yang sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Memerintah untuk mengagenda, menggandakan dan mengirimkan" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintah untuk mengagenda, menggandakan dan mengirimkan" adalah 5 menit
    Dan kelengkapan langkah "Memerintah untuk mengagenda, menggandakan dan mengirimkan" adalah:
      | kelengkapan                               |
      | Surat ajuan MPP yang sudah ditandatangani |
    Dan output langkah "Memerintah untuk mengagenda, menggandakan dan mengirimkan" adalah "Surat ajuan MPP yang sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintah untuk mengagenda, menggandakan dan mengirimkan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta..." untuk "Staf"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta..." adalah 5 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta..." adalah:
      | kelengkapan                               |
      | Surat ajuan MPP yang sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta..." adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta..."
    Maka tugas berikutnya adalah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD" untuk "PNS"
    Dan batas waktu langkah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD" adalah 5 menit
    Dan kelengkapan langkah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD" adalah:
      | kelengkapan                               |
      | Surat ajuan MPP yang sudah ditandatangani |
    Dan output langkah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD" adalah "Arsip surat ajuan MPP"
    Ketika "PNS" menyelesaikan langkah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD"
    Maka SOP selesai

  Skenario: Langkah 6 "Surat pengajuan MPP disetujui?" dijawab "Tidak Setuju", kembali ke langkah 5
    Ketika "PNS" memulai SOP
    Dan "PNS" melampirkan dokumen "Surat ajuan persetujuan"
    Dan "PNS" menyelesaikan langkah "Mengajukan persetujuan MPP"
    Dan "Kepala Dinas" melampirkan dokumen "Surat ajuan persetujuan MPP"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi disposisi pada surat ajuan persetujuan MPP"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk membuat surat pengajuan MPP kepada..."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Membuat konsep surat pengajuan MPP"
    Dan "Staf" menyelesaikan langkah "Mengetik surat pengajuan MPP"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak Setuju" pada "Memeriksa surat pengajuan MPP. Jika setuju, diserahkan..." dengan alasan "belum disetujui, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik surat pengajuan MPP" untuk "Staf"
    Dan alasan "belum disetujui, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengajuan MPP"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" melampirkan dokumen "Surat ajuan MPP"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa surat pengajuan MPP. Jika setuju, diserahkan..."
    Dan "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintah untuk mengagenda, menggandakan dan mengirimkan"
    Dan "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta..."
    Dan "PNS" menyelesaikan langkah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD"
    Maka SOP selesai

