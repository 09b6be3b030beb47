# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_koordinasi_kerjasama.bpmn (sop features draft); sunting seperlunya.
Fitur: Pelaksanaan Koordinasi dan Kerjasama
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Sarana
  Pelaksana: Kepala Dinas, Kepala Bidang Sarana, Kepala Seksi Komunikasi Sosial, Petugas Penerima Berita/Informasi

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_koordinasi_kerjasama" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah:
      | kelengkapan                   |
      | Informasi kegiatan / Undangan |
    Dan output langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah "Kegiatan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Maka tugas berikutnya adalah "Pengumpulan data/bahan informasi kegiatan" untuk "Petugas Penerima Berita/Informasi"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Dan batas waktu langkah "Pengumpulan data/bahan informasi kegiatan" adalah 15 menit
    Dan kelengkapan langkah "Pengumpulan data/bahan informasi kegiatan" adalah:
      | kelengkapan                   |
      | Informasi kegiatan / Undangan |
    Dan output langkah "Pengumpulan data/bahan informasi kegiatan" adalah "Undangan"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Maka tugas berikutnya adalah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" untuk "Kepala Seksi Komunikasi Sosial"
    Dan batas waktu langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah 15 menit
    Dan kelengkapan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah:
      | kelengkapan                          |
      | Jadwal pelaksanaan kegiatan / Jadwal |
    Dan output langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah "Jadwal kegiatan"
    Ketika "Kepala Seksi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." untuk "Kepala Bidang Sarana"
    Dan batas waktu langkah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." adalah 5 menit
    Dan kelengkapan langkah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." adalah:
      | kelengkapan                                                                                                            |
      | Data/bahan yang disetujui dan telah diberi paraf kabid selanjutnya di beri paraf persetujuan untuk di input / Undangan |
    Dan output langkah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." adalah "Mendapat berita dan persetujuan kabid"
    Ketika "Kepala Bidang Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Maka tugas berikutnya adalah "Menerima serta memeriksa data / bahan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Menerima serta memeriksa data / bahan" adalah 5 menit
    Dan kelengkapan langkah "Menerima serta memeriksa data / bahan" adalah:
      | kelengkapan                                  |
      | Data/bahan yang disetujui dan ditandatangani |
    Dan output langkah "Menerima serta memeriksa data / bahan" adalah "Mendapat berita dan persetujuan kadis"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." untuk "Kepala Seksi Komunikasi Sosial"
    Dan batas waktu langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." adalah 15 menit
    Dan kelengkapan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." adalah:
      | kelengkapan                                         |
      | Koordinasi dan kerjasama mengenai kegiatan / Jadwal |
    Dan output langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." adalah "Pelaksanaan Jadwal kegiatan"
    Ketika "Kepala Seksi Komunikasi Sosial" menyelesaikan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..."
    Maka tugas berikutnya adalah "Menyimpan arsip berita" untuk "Petugas Penerima Berita/Informasi"
    Dan batas waktu langkah "Menyimpan arsip berita" adalah 5 menit
    Dan kelengkapan langkah "Menyimpan arsip berita" adalah:
      | kelengkapan                                                              |
      | Informasi mengenai kegiatan yang sudah ditandatangani diarsipkan / Arsip |
    Dan output langkah "Menyimpan arsip berita" adalah "Disimpan"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: Langkah 4 "Data/bahan disetujui Kabid?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Dan "Kepala Seksi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Dan "Kepala Bidang Sarana" memutuskan "Tidak" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" untuk "Kepala Seksi Komunikasi Sosial"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Seksi Komunikasi Sosial"
    Ketika "Kepala Seksi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Dan "Kepala Bidang Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    Dan "Kepala Seksi Komunikasi Sosial" menyelesaikan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..."
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: Langkah 5 "Data/bahan disetujui Kadis?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Dan "Kepala Seksi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Dan "Kepala Bidang Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Menerima serta memeriksa data / bahan" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." untuk "Kepala Bidang Sarana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Bidang Sarana"
    Ketika "Kepala Bidang Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    Dan "Kepala Seksi Komunikasi Sosial" menyelesaikan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..."
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

