# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_informasi_media_online_website.bpmn (sop features draft); sunting seperlunya.
Fitur: Layanan Informasi Media Online Melalui Website
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Aplikasi Telematika
  Pelaksana: Petugas Penerima, Operator Website, Kepala Seksi Pusat Informasi Publik, Kepala Bidang Aplikasi Telematika

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_informasi_media_online_website" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Petugas Penerima" memulai SOP
    Maka tugas berikutnya adalah "Menerima berita beserta bukti otentik berbentuk multimedia..." untuk "Petugas Penerima"
    Dan batas waktu langkah "Menerima berita beserta bukti otentik berbentuk multimedia..." adalah 5 menit
    Dan kelengkapan langkah "Menerima berita beserta bukti otentik berbentuk multimedia..." adalah:
      | kelengkapan                                                                                 |
      | Press Release diberi disposisi/form berisi kualifikasi nomor urut, tanggal dan jenis berita |
    Dan output langkah "Menerima berita beserta bukti otentik berbentuk multimedia..." adalah "Press Release sesuai dengan tata naskah dinas"
    Ketika "Petugas Penerima" menyelesaikan langkah "Menerima berita beserta bukti otentik berbentuk multimedia..."
    Maka tugas berikutnya adalah "Press Release diperiksa dan dipilah sebagai bahan input data website" untuk "Kepala Seksi Pusat Informasi Publik"
    Dan "Petugas Penerima" tidak dapat menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    Dan batas waktu langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" adalah 5 menit
    Dan kelengkapan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" adalah:
      | kelengkapan                                                        |
      | Press Realease diberi paraf Kasi pada Bagian berita yang disetujui |
    Dan output langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" adalah "Press Release diberi klasifikasi dan paraf"
    Ketika "Kepala Seksi Pusat Informasi Publik" menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    Maka tugas berikutnya adalah "Press Release diperiksa dan dipilah sebagai bahan input data website" untuk "Kepala Bidang Aplikasi Telematika"
    Dan batas waktu langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" adalah 5 menit
    Dan kelengkapan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" adalah:
      | kelengkapan                                                        |
      | Press Release diberi paraf Kabid pada bagian berita yang disetujui |
    Dan output langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" adalah "Press Release diberi klasifikasi dan paraf"
    Ketika "Kepala Bidang Aplikasi Telematika" menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    Maka tugas berikutnya adalah "Pemilahan Press Release dikelompokan berdasarkan yang..." untuk "Kepala Seksi Pusat Informasi Publik"
    Dan batas waktu langkah "Pemilahan Press Release dikelompokan berdasarkan yang..." adalah 5 menit
    Dan kelengkapan langkah "Pemilahan Press Release dikelompokan berdasarkan yang..." adalah:
      | kelengkapan                                                                                                    |
      | Press Release yang disetujui dan telah diberi paraf Kabid selanjutnya di beri paraf persetujuan untuk di input |
    Dan output langkah "Pemilahan Press Release dikelompokan berdasarkan yang..." adalah "Press Release di beri paraf Kabid dan Kasi"
    Ketika "Kepala Seksi Pusat Informasi Publik" menyelesaikan langkah "Pemilahan Press Release dikelompokan berdasarkan yang..."
    Maka tugas berikutnya adalah "Press Release yang telah dipilah dan diberi paraf di..." untuk "Operator Website"
    Dan batas waktu langkah "Press Release yang telah dipilah dan diberi paraf di..." adalah 5 menit
    Dan kelengkapan langkah "Press Release yang telah dipilah dan diberi paraf di..." adalah:
      | kelengkapan                                         |
      | Berita yang di input telah diberi paraf persetujuan |
    Dan output langkah "Press Release yang telah dipilah dan diberi paraf di..." adalah "Terdata pada website"
    Ketika "Operator Website" menyelesaikan langkah "Press Release yang telah dipilah dan diberi paraf di..."
    Maka tugas berikutnya adalah "Menyimpan arsip Press Realease pada filling kabinet." untuk "Petugas Penerima"
    Dan batas waktu langkah "Menyimpan arsip Press Realease pada filling kabinet." adalah 5 menit
    Dan kelengkapan langkah "Menyimpan arsip Press Realease pada filling kabinet." adalah:
      | kelengkapan                                                                                   |
      | Press Realease yang sudah di paraf dan di tandatangani, diberi nomor klasifikasi, nomor arsip |
    Dan output langkah "Menyimpan arsip Press Realease pada filling kabinet." adalah "Press Release yang ada paraf disimpan dan tertata pada filling kabinet"
    Ketika "Petugas Penerima" menyelesaikan langkah "Menyimpan arsip Press Realease pada filling kabinet."
    Maka SOP selesai

