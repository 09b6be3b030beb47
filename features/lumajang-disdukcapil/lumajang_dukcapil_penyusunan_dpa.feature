# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_dpa.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan DPA
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Tim, Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_dpa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun DPA" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk menyusun DPA" adalah 20 menit
    Dan kelengkapan langkah "Memerintahkan untuk menyusun DPA" adalah:
      | kelengkapan         |
      | Struktur organisasi |
    Dan output langkah "Memerintahkan untuk menyusun DPA" adalah "Draft Anggota Tim"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Dan batas waktu langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" adalah 20 menit
    Dan kelengkapan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" adalah:
      | kelengkapan       |
      | Draft Anggota Tim |
    Dan output langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" adalah "Terbentuknya Tim Kerja"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Maka tugas berikutnya adalah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" untuk "Tim"
    Dan batas waktu langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" adalah:
      | kelengkapan         |
      | Daftar Harga Satuan |
    Dan output langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" adalah "Konsep DPA"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" adalah 1 hari kerja
    Dan kelengkapan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" adalah:
      | kelengkapan |
      | Konsep DPA  |
    Dan output langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" adalah "Konsep DPA"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Dan batas waktu langkah "Mengetik konsep DPA" adalah 2 hari kerja
    Dan kelengkapan langkah "Mengetik konsep DPA" adalah:
      | kelengkapan |
      | Konsep DPA  |
    Dan output langkah "Mengetik konsep DPA" adalah "DPA"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." adalah "DPA"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." untuk "Tim"
    Dan batas waktu langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." adalah "DPA"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa DPA" untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa DPA" adalah 30 menit
    Dan kelengkapan langkah "Memeriksa DPA" adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Memeriksa DPA" adalah "DPA"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa DPA"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 1 hari kerja
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | DPA         |
    Dan output langkah "Memberi tanda tangan" adalah "Dokumen DPA yg sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan mendistribusikan." untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah:
      | kelengkapan                         |
      | Dokumen DPA yg sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah "Dokumen DPA yg sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan                         |
      | Dokumen DPA yg sudah ditandatangani |
    Dan output langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah "Dokumen DPA yg sudah ditandatangani"
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Dan batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 15 menit
    Dan kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan                         |
      | Dokumen DPA yg sudah ditandatangani |
    Dan output langkah "Mengagenda, menggandakan dan mendistribusikan." adalah "Bukti pengiriman"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 6 "Ketikan konsep DPA disetujui?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Dan "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa DPA"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Langkah 7 "Konsep DPA disetujui Tim?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Dan "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Dan "Tim" memutuskan "Tidak" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa DPA"
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    Dan "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

