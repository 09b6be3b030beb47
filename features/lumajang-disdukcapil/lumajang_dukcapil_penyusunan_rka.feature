# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penyusunan_rka.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Penyusunan RKA
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Kepala Dinas, Sekretaris, Tim, Kepala Sub Bagian Evaluasi dan Pelaporan, Staf Evapor, Kepala Sub Bagian Umum dan Kepegawaian, Staf Umum

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_rka" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan RKA" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk penyusunan RKA" adalah 20 menit
    Dan kelengkapan langkah "Memerintahkan untuk penyusunan RKA" adalah:
      | kelengkapan         |
      | Struktur organisasi |
    Dan output langkah "Memerintahkan untuk penyusunan RKA" adalah "Draft Anggota Tim"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk penyusunan RKA"
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Dan batas waktu langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" adalah 20 menit
    Dan kelengkapan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" adalah:
      | kelengkapan       |
      | Draft Anggota Tim |
    Dan output langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" adalah "Terbentuknya Tim Kerja"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Maka tugas berikutnya adalah "Menyusun konsep Rencana Kegiatan dan Anggaran" untuk "Tim"
    Dan batas waktu langkah "Menyusun konsep Rencana Kegiatan dan Anggaran" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran" adalah:
      | kelengkapan         |
      | Daftar Harga Satuan |
    Dan output langkah "Menyusun konsep Rencana Kegiatan dan Anggaran" adalah "Draft RKA"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." adalah 1 hari kerja
    Dan kelengkapan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." adalah:
      | kelengkapan |
      | Draft RKA   |
    Dan output langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." adalah "Draft RKA"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Dan batas waktu langkah "Mengetik Konsep Rencana Kegiatan" adalah 2 hari kerja
    Dan kelengkapan langkah "Mengetik Konsep Rencana Kegiatan" adalah:
      | kelengkapan |
      | Draft RKA   |
    Dan output langkah "Mengetik Konsep Rencana Kegiatan" adalah "Konsep RKA"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..." adalah:
      | kelengkapan |
      | Konsep RKA  |
    Dan output langkah "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..." adalah "Dokumen RKA"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..."
    Maka tugas berikutnya adalah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Dan batas waktu langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." adalah:
      | kelengkapan |
      | Dokumen RKA |
    Dan output langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." adalah "Dokumen RKA"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa RKA, menyerahkan kepada Kaban." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa RKA, menyerahkan kepada Kaban." adalah 30 menit
    Dan kelengkapan langkah "Memeriksa RKA, menyerahkan kepada Kaban." adalah:
      | kelengkapan |
      | Dokumen RKA |
    Dan output langkah "Memeriksa RKA, menyerahkan kepada Kaban." adalah "Dokumen RKA"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa RKA, menyerahkan kepada Kaban."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memberi tanda tangan" adalah 1 hari kerja
    Dan kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Dokumen RKA |
    Dan output langkah "Memberi tanda tangan" adalah "Dokumen RKA yg sudah ditandatangani"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" untuk "Sekretaris"
    Dan batas waktu langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah:
      | kelengkapan                         |
      | Dokumen RKA yg sudah ditandatangani |
    Dan output langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah "Disposisi pd Dokumen RKA yg sudah ditandatangani"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Maka tugas berikutnya adalah "Memerintahkan Staf untuk menggandakan dan mengagenda..." untuk "Kepala Sub Bagian Umum dan Kepegawaian"
    Dan batas waktu langkah "Memerintahkan Staf untuk menggandakan dan mengagenda..." adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan Staf untuk menggandakan dan mengagenda..." adalah:
      | kelengkapan                |
      | Disposisi pada Dokumen RKA |
    Ketika "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan Staf untuk menggandakan dan mengagenda..."
    Maka tugas berikutnya adalah "Menggandakan, mengagenda serta pendisribusian" untuk "Staf Umum"
    Dan batas waktu langkah "Menggandakan, mengagenda serta pendisribusian" adalah 15 menit
    Dan output langkah "Menggandakan, mengagenda serta pendisribusian" adalah "Bukti pengiriman"
    Ketika "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda serta pendisribusian"
    Maka SOP selesai

  Skenario: Langkah 6 "Ketikan konsep RKA disetujui?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk penyusunan RKA"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Dan "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa RKA, menyerahkan kepada Kaban."
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan Staf untuk menggandakan dan mengagenda..."
    Dan "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda serta pendisribusian"
    Maka SOP selesai

  Skenario: Langkah 7 "RKA disetujui Tim?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk penyusunan RKA"
    Dan "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Dan "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..."
    Dan "Tim" memutuskan "Tidak" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Evaluasi dan Pelaporan"
    Ketika "Kepala Sub Bagian Evaluasi dan Pelaporan" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Dan "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Dan "Kepala Sub Bagian Evaluasi dan Pelaporan" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan..."
    Dan "Tim" memutuskan "Ya" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa RKA, menyerahkan kepada Kaban."
    Dan "Kepala Dinas" menyelesaikan langkah "Memberi tanda tangan"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Dan "Kepala Sub Bagian Umum dan Kepegawaian" menyelesaikan langkah "Memerintahkan Staf untuk menggandakan dan mengagenda..."
    Dan "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda serta pendisribusian"
    Maka SOP selesai

