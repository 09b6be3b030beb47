# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_koordinasi_kerjasama.bpmn (sop features draft); sunting seperlunya.
Fitur: Pelaksanaan Koordinasi dan Kerjasama
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Sarana
  Pelaksana: Kadis, Sekretaris, Kabid Sarana, Kasi Komunikasi Sosial, Petugas penerima berita /informasi

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_koordinasi_kerjasama" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kadis" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" untuk "Kadis"
    Dan batas waktu langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah:
      | kelengkapan                   |
      | Informasi kegiatan / Undangan |
    Dan output langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan" adalah "Kegiatan"
    Ketika "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Maka tugas berikutnya adalah "Pengumpulan data/bahan informasi kegiatan" untuk "Petugas penerima berita /informasi"
    Dan "Kadis" tidak dapat menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Dan batas waktu langkah "Pengumpulan data/bahan informasi kegiatan" adalah 15 menit
    Dan kelengkapan langkah "Pengumpulan data/bahan informasi kegiatan" adalah:
      | kelengkapan                   |
      | Informasi kegiatan / Undangan |
    Dan output langkah "Pengumpulan data/bahan informasi kegiatan" adalah "Undangan"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Maka tugas berikutnya adalah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" untuk "Kasi Komunikasi Sosial"
    Dan batas waktu langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah 15 menit
    Dan kelengkapan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah:
      | kelengkapan                          |
      | Jadwal pelaksanaan kegiatan / Jadwal |
    Dan output langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" adalah "Jadwal kegiatan"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." untuk "Kabid Sarana"
    Dan batas waktu langkah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." adalah 5 menit
    Dan kelengkapan langkah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." adalah:
      | kelengkapan                                                                                                            |
      | Data/bahan yang disetujui dan telah diberi paraf kabid selanjutnya di beri paraf persetujuan untuk di input / Undangan |
    Dan output langkah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." adalah "Mendapat berita dan persetujuan kabid"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Maka tugas berikutnya adalah "Menerima serta memeriksa data / bahan" untuk "Kadis"
    Dan batas waktu langkah "Menerima serta memeriksa data / bahan" adalah 5 menit
    Dan kelengkapan langkah "Menerima serta memeriksa data / bahan" adalah:
      | kelengkapan                                  |
      | Data/bahan yang disetujui dan ditandatangani |
    Dan output langkah "Menerima serta memeriksa data / bahan" adalah "Mendapat berita dan persetujuan kadis"
    Ketika "Kadis" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." untuk "Kasi Komunikasi Sosial"
    Dan batas waktu langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." adalah 15 menit
    Dan kelengkapan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." adalah:
      | kelengkapan                                         |
      | Koordinasi dan kerjasama mengenai kegiatan / Jadwal |
    Dan output langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..." adalah "Pelaksanaan Jadwal kegiatan"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..."
    Maka tugas berikutnya adalah "Menyimpan arsip berita" untuk "Petugas penerima berita /informasi"
    Dan batas waktu langkah "Menyimpan arsip berita" adalah 5 menit
    Dan kelengkapan langkah "Menyimpan arsip berita" adalah:
      | kelengkapan                                                              |
      | Informasi mengenai kegiatan yang sudah ditandatangani diarsipkan / Arsip |
    Dan output langkah "Menyimpan arsip berita" adalah "Disimpan"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: Langkah 4 "Data/bahan disetujui Kabid?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Kadis" memulai SOP
    Dan "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Dan "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Dan "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Dan "Kabid Sarana" memutuskan "Tidak" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan" untuk "Kasi Komunikasi Sosial"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kasi Komunikasi Sosial"
    Ketika "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Dan "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Dan "Kadis" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    Dan "Kasi Komunikasi Sosial" menyelesaikan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..."
    Dan "Petugas penerima berita /informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: Langkah 5 "Data/bahan disetujui Kadis?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kadis" memulai SOP
    Dan "Kadis" menyelesaikan langkah "Memerintahkan Pengumpulan data/bahan informasi kegiatan"
    Dan "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan data/bahan informasi kegiatan"
    Dan "Kasi Komunikasi Sosial" menyelesaikan langkah "Pengolahan data/bahan untuk penyusunan penetapan pelaksanaan"
    Dan "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Dan "Kadis" memutuskan "Tidak" pada "Menerima serta memeriksa data / bahan" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pemilahan data/bahan dikelompokkan berdasarkan yang..." untuk "Kabid Sarana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pemilahan data/bahan dikelompokkan berdasarkan yang..."
    Dan "Kadis" memutuskan "Ya" pada "Menerima serta memeriksa data / bahan"
    Dan "Kasi Komunikasi Sosial" menyelesaikan langkah "Melaksanakan koordinasi dan kerjasama serta identifikasi..."
    Dan "Petugas penerima berita /informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

