# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_layanan_informasi_media_online.bpmn (sop features draft); sunting seperlunya.
Fitur: Layanan Informasi Media Online
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Sarana
  Pelaksana: Petugas Penerima Berita/Informasi, Kepala Seksi Penyiaran, Kepala Bidang Sarana, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_layanan_informasi_media_online" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi Penyiaran" memulai SOP
    Maka tugas berikutnya adalah "Melaksanakan desiminasi informasi melalui sarana radio..." untuk "Kepala Seksi Penyiaran"
    Dan batas waktu langkah "Melaksanakan desiminasi informasi melalui sarana radio..." adalah 30 menit
    Dan kelengkapan langkah "Melaksanakan desiminasi informasi melalui sarana radio..." adalah:
      | kelengkapan                                                                 |
      | Kunjungan lapangan/monitoring kegiatan serta melaksanakan dialog interaktif |
    Dan output langkah "Melaksanakan desiminasi informasi melalui sarana radio..." adalah "Penyebarluasan informasi"
    Ketika "Kepala Seksi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui sarana radio..."
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan dinas / badan / instansi..." untuk "Kepala Seksi Penyiaran"
    Dan batas waktu langkah "Melaksanakan koordinasi dengan dinas / badan / instansi..." adalah 15 menit
    Dan kelengkapan langkah "Melaksanakan koordinasi dengan dinas / badan / instansi..." adalah:
      | kelengkapan                                                  |
      | Identifikasi kebutuhan pengembangan informasi dan komunikasi |
    Dan output langkah "Melaksanakan koordinasi dengan dinas / badan / instansi..." adalah "Memperoleh berita dan dokumentasi"
    Ketika "Kepala Seksi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas / badan / instansi..."
    Maka tugas berikutnya adalah "Peliputan berita beserta bukti otentik berbentuk multimedia..." untuk "Petugas Penerima Berita/Informasi"
    Dan "Kepala Seksi Penyiaran" tidak dapat menyelesaikan langkah "Peliputan berita beserta bukti otentik berbentuk multimedia..."
    Dan batas waktu langkah "Peliputan berita beserta bukti otentik berbentuk multimedia..." adalah 30 menit
    Dan kelengkapan langkah "Peliputan berita beserta bukti otentik berbentuk multimedia..." adalah:
      | kelengkapan                             |
      | Mengikuti pelaksanaan kegiatan/undangan |
    Dan output langkah "Peliputan berita beserta bukti otentik berbentuk multimedia..." adalah "Memperoleh berita dan dokumentasi"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik berbentuk multimedia..."
    Maka tugas berikutnya adalah "Pengumpulan dan pengolahan berita yang akan disiarkan" untuk "Petugas Penerima Berita/Informasi"
    Dan batas waktu langkah "Pengumpulan dan pengolahan berita yang akan disiarkan" adalah 15 menit
    Dan kelengkapan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan" adalah:
      | kelengkapan                                              |
      | Pelaksanaan redaksi berita/foto, video, peserta kegiatan |
    Dan output langkah "Pengumpulan dan pengolahan berita yang akan disiarkan" adalah "Mendapat informasi berupa foto, video dan redaksi"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Maka tugas berikutnya adalah "Pengeditan berita" untuk "Kepala Bidang Sarana"
    Dan batas waktu langkah "Pengeditan berita" adalah 5 menit
    Dan kelengkapan langkah "Pengeditan berita" adalah:
      | kelengkapan                                                                                                      |
      | Merevisi redaksi berita menyetujui dan tidak menyetujui berita//pemberian paraf kabid pada berita yang disetujui |
    Dan output langkah "Pengeditan berita" adalah "Mendapat berita dan persetujuan kabid"
    Ketika "Kepala Bidang Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Maka tugas berikutnya adalah "Melihat serta memverifikasi berita" untuk "Kepala Dinas"
    Dan batas waktu langkah "Melihat serta memverifikasi berita" adalah 5 menit
    Dan kelengkapan langkah "Melihat serta memverifikasi berita" adalah:
      | kelengkapan                                                                        |
      | Memverifikasi berita menyetujui dan tidak menyetujui berita//pemberian tandatangan |
    Dan output langkah "Melihat serta memverifikasi berita" adalah "Persetujuan Kadis"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Melihat serta memverifikasi berita"
    Maka tugas berikutnya adalah "Penginputan berita ke media online" untuk "Petugas Penerima Berita/Informasi"
    Dan batas waktu langkah "Penginputan berita ke media online" adalah 5 menit
    Dan kelengkapan langkah "Penginputan berita ke media online" adalah:
      | kelengkapan                                                       |
      | Menyiarkan berita ke media on line / facebook, instagram, website |
    Dan output langkah "Penginputan berita ke media online" adalah "Publikasi"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Penginputan berita ke media online"
    Maka tugas berikutnya adalah "Menyimpan arsip berita" untuk "Petugas Penerima Berita/Informasi"
    Dan batas waktu langkah "Menyimpan arsip berita" adalah 5 menit
    Dan kelengkapan langkah "Menyimpan arsip berita" adalah:
      | kelengkapan                           |
      | Berita di media on line menjadi arsip |
    Dan output langkah "Menyimpan arsip berita" adalah "Facebook, Instagram dan Website"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: Langkah 5 "Berita disetujui Kabid?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Seksi Penyiaran" memulai SOP
    Dan "Kepala Seksi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui sarana radio..."
    Dan "Kepala Seksi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas / badan / instansi..."
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik berbentuk multimedia..."
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Dan "Kepala Bidang Sarana" memutuskan "Tidak" pada "Pengeditan berita" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pengumpulan dan pengolahan berita yang akan disiarkan" untuk "Petugas Penerima Berita/Informasi"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Petugas Penerima Berita/Informasi"
    Ketika "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Dan "Kepala Bidang Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Melihat serta memverifikasi berita"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Penginputan berita ke media online"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: Langkah 6 "Berita disetujui Kadis?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Seksi Penyiaran" memulai SOP
    Dan "Kepala Seksi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui sarana radio..."
    Dan "Kepala Seksi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas / badan / instansi..."
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik berbentuk multimedia..."
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Dan "Kepala Bidang Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Melihat serta memverifikasi berita" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Pengeditan berita" untuk "Kepala Bidang Sarana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Bidang Sarana"
    Ketika "Kepala Bidang Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Melihat serta memverifikasi berita"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Penginputan berita ke media online"
    Dan "Petugas Penerima Berita/Informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

