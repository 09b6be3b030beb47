# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_laporan_inventaris_barang.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan Laporan Inventaris Barang
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Umum dan Kepegawaian, Staf

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_laporan_inventaris_barang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Maka tugas berikutnya adalah "Menyusun konsep inventaris barang" untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Menyusun konsep inventaris barang" adalah 2 hari kerja
    Dan output langkah "Menyusun konsep inventaris barang" adalah "Konsep inventaris barang"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menyusun konsep inventaris barang"
    Maka tugas berikutnya adalah "Mengetik konsep, mencocokkan dengan asset yang ada." untuk "Staf"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" tidak dapat menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Dan batas waktu langkah "Mengetik konsep, mencocokkan dengan asset yang ada." adalah 2 hari kerja
    Dan kelengkapan langkah "Mengetik konsep, mencocokkan dengan asset yang ada." adalah:
      | kelengkapan              |
      | Konsep inventaris barang |
    Dan output langkah "Mengetik konsep, mencocokkan dengan asset yang ada." adalah "Daftar inventaris barang"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Maka tugas berikutnya adalah "Memeriksa ketikan dan mencocokkan dengan asset. Jika..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika..." adalah 2 hari kerja
    Dan kelengkapan langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika..." adalah:
      | kelengkapan              |
      | Daftar inventaris barang |
    Dan output langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika..." adalah "Daftar inventaris ruangan yang telah dikoreksi"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Dan batas waktu langkah "Memberikan paraf" adalah 10 menit
    Dan kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan                                    |
      | Daftar inventaris ruangan yang telah dikoreksi |
    Dan output langkah "Memberikan paraf" adalah "Daftar inventaris barang yang telah diparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 10 menit
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan                                 |
      | Daftar inventaris barang yang telah diparaf |
    Dan output langkah "Memberi tanda tangan" adalah "Daftar inventaris barang yang telah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk pengiriman" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan untuk pengiriman" adalah:
      | kelengkapan                                        |
      | Daftar inventaris barang yang telah ditandatangani |
    Dan output langkah "Memerintahkan untuk pengiriman" adalah "Daftar inventaris barang yang telah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    Maka tugas berikutnya adalah "Menggandakan dan mengirimkan" untuk "Staf"
    Dan batas waktu langkah "Menggandakan dan mengirimkan" adalah 30 menit
    Dan kelengkapan langkah "Menggandakan dan mengirimkan" adalah:
      | kelengkapan                                        |
      | Daftar inventaris barang yang telah ditandatangani |
    Dan output langkah "Menggandakan dan mengirimkan" adalah "Bukti pengiriman"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mengirimkan"
    Maka SOP selesai

  Skenario: Langkah 3 "Daftar inventaris barang disetujui?" dijawab "Tidak Setuju", kembali ke langkah 2
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" memulai SOP
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Menyusun konsep inventaris barang"
    Dan "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Tidak Setuju" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika..." dengan alasan "belum disetujui, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik konsep, mencocokkan dengan asset yang ada." untuk "Staf"
    Dan alasan "belum disetujui, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" memutuskan "Setuju" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika..."
    Dan "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    Dan "Staf" menyelesaikan langkah "Menggandakan dan mengirimkan"
    Maka SOP selesai

