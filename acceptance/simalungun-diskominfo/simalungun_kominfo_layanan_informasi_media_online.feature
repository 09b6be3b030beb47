# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 422-434 ("SOP Layanan Informasi Media Online")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 425): Petugas penerima berita /informasi, Kasi Penyiaran, Kabid Sarana, Sekretaris, Kadis (singkatan Kepala Dinas, seperti seed). Sekretaris tidak mendapat langkah dari teks seed.
# Header mutu ditulis "Mutu Batu" di seed (baris 424).
Fitur: SOP Layanan Informasi Media Online
  Layanan informasi media online: desiminasi dan peliputan berita, pengolahan dan pengeditan berita,
  persetujuan Kabid dan Kadis, lalu berita diinput ke media online dan diarsipkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_layanan_informasi_media_online" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: berita diliput, diedit, disetujui Kabid dan Kadis, diinput dan diarsipkan
    Ketika "Kasi Penyiaran" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 427: desiminasi informasi melalui radio, televisi dan surat kabar -> Kasi Penyiaran. Tidak pasti (bisa Petugas).
    Maka tugas berikutnya adalah "Melaksanakan desiminasi informasi melalui..." untuk "Kasi Penyiaran"
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui..."
    # Tafsiran: baris 428: koordinasi dengan dinas/badan/instansi -> Kasi Penyiaran.
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan dinas..." untuk "Kasi Penyiaran"
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas..."
    # Tafsiran: baris 429: peliputan berita -> Petugas penerima berita /informasi.
    Maka tugas berikutnya adalah "Peliputan berita beserta bukti otentik..." untuk "Petugas penerima berita /informasi"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik..."
    # Tafsiran: baris 430: pengumpulan dan pengolahan berita yang akan disiarkan -> Kasi Penyiaran (sebelum diedit Kabid). Tidak pasti (bisa Petugas).
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Maka tugas berikutnya adalah "Pengumpulan dan pengolahan berita yang akan disiarkan" untuk "Petugas penerima berita /informasi"
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    # Sumber: baris 431: kelengkapan "menyetujui dan tidak menyetujui berita//pemberian paraf kabid", output "persetujuan kabid" -> keputusan Kabid Sarana (paraf Kabid = langkahnya sendiri). "Ya" di kolom Kadis = label panah Ya menuju Kadis.
    # Tafsiran: Tidak dari Kabid tidak digambar; dibaca kembali ke langkah 4 (pengolahan berita).
    Maka tugas berikutnya adalah "Pengeditan berita" untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pengeditan berita"
    # Sumber: baris 432: kelengkapan "menyetujui dan tidak menyetujui berita//pemberian tandatangan", output "Persetujuan Kadis" -> keputusan Kadis (tanda tangan = langkahnya sendiri).
    # Sumber: baris 432: "Tidak" di kolom Sekretaris (di kiri Kadis) = label panah Tidak yang kembali ke kiri; tafsiran: ke langkah 5 (Kabid Sarana). Sekretaris tidak mendapat langkah sendiri.
    Maka tugas berikutnya adalah "Melihat serta memverifikasi berita" untuk "Kadis"
    Ketika "Kadis" memutuskan "Ya" pada "Melihat serta memverifikasi berita"
    # Tafsiran: baris 433: penginputan ke media online -> Petugas penerima berita /informasi.
    Maka tugas berikutnya adalah "Penginputan berita ke media online" untuk "Petugas penerima berita /informasi"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Penginputan berita ke media online"
    # Tafsiran: baris 434: menyimpan arsip -> Petugas penerima berita /informasi.
    Maka tugas berikutnya adalah "Menyimpan arsip berita" untuk "Petugas penerima berita /informasi"
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Menyimpan arsip berita"
    Maka SOP selesai

  Skenario: "Kabid Sarana" memutuskan "Tidak" pada "Pengeditan berita"
    Ketika "Kasi Penyiaran" memulai SOP
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui..."
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas..."
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik..."
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Maka tugas berikutnya adalah "Pengeditan berita" untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Tidak" pada "Pengeditan berita" dengan alasan "berita tidak disetujui, redaksi perlu diperbaiki"
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Maka tugas berikutnya adalah "Pengumpulan dan pengolahan berita yang akan disiarkan" untuk "Petugas penerima berita /informasi"
    # Diselaraskan: Tidak dari Kabid kembali ke langkah 4 (baris 430), yang dilaksanakan Petugas penerima berita di model.
    Dan alasan "berita tidak disetujui, redaksi perlu diperbaiki" terlihat oleh "Petugas penerima berita /informasi"
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Maka tugas berikutnya adalah "Pengeditan berita" untuk "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Maka tugas berikutnya adalah "Melihat serta memverifikasi berita" untuk "Kadis"

  Skenario: "Kadis" memutuskan "Tidak" pada "Melihat serta memverifikasi berita"
    Ketika "Kasi Penyiaran" memulai SOP
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui..."
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas..."
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik..."
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Maka tugas berikutnya adalah "Melihat serta memverifikasi berita" untuk "Kadis"
    Ketika "Kadis" memutuskan "Tidak" pada "Melihat serta memverifikasi berita" dengan alasan "berita belum disetujui Kadis"
    Maka tugas berikutnya adalah "Pengeditan berita" untuk "Kabid Sarana"
    Dan alasan "berita belum disetujui Kadis" terlihat oleh "Kabid Sarana"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Maka tugas berikutnya adalah "Melihat serta memverifikasi berita" untuk "Kadis"
    Ketika "Kadis" memutuskan "Ya" pada "Melihat serta memverifikasi berita"
    Maka tugas berikutnya adalah "Penginputan berita ke media online" untuk "Petugas penerima berita /informasi"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Melaksanakan desiminasi informasi melalui..." adalah 30 menit
    Maka kelengkapan langkah "Melaksanakan desiminasi informasi melalui..." adalah:
      | kelengkapan |
      | Kunjungan lapangan/monitoring kegiatan serta melaksanakan dialog interaktif |
    Maka output langkah "Melaksanakan desiminasi informasi melalui..." adalah "Penyebarluasan informasi"
    Maka batas waktu langkah "Melaksanakan koordinasi dengan dinas..." adalah 15 menit
    Maka kelengkapan langkah "Melaksanakan koordinasi dengan dinas..." adalah:
      | kelengkapan |
      | Identifikasi kebutuhan pengembangan informasi dan komunikasi |
    Maka output langkah "Melaksanakan koordinasi dengan dinas..." adalah "Memperoleh berita dan dokumentasi"
    Maka batas waktu langkah "Peliputan berita beserta bukti otentik..." adalah 30 menit
    Maka kelengkapan langkah "Peliputan berita beserta bukti otentik..." adalah:
      | kelengkapan |
      | Mengikuti pelaksanaan kegiatan/undangan |
    Maka output langkah "Peliputan berita beserta bukti otentik..." adalah "Memperoleh berita dan dokumentasi"
    Maka batas waktu langkah "Pengumpulan dan pengolahan berita yang akan disiarkan" adalah 15 menit
    Maka kelengkapan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan" adalah:
      | kelengkapan |
      | Pelaksanaan redaksi berita/foto, video, peserta kegiatan |
    Maka output langkah "Pengumpulan dan pengolahan berita yang akan disiarkan" adalah "Mendapat informasi berupa foto, video dan redaksi"
    Maka batas waktu langkah "Pengeditan berita" adalah 5 menit
    Maka kelengkapan langkah "Pengeditan berita" adalah:
      | kelengkapan |
      | Merevisi redaksi berita menyetujui dan tidak menyetujui berita//pemberian paraf kabid pada berita yang disetujui |
    Maka output langkah "Pengeditan berita" adalah "Mendapat berita dan persetujuan kabid"
    Maka batas waktu langkah "Melihat serta memverifikasi berita" adalah 5 menit
    Maka kelengkapan langkah "Melihat serta memverifikasi berita" adalah:
      | kelengkapan |
      | Memverifikasi berita menyetujui dan tidak menyetujui berita//pemberian tandatangan |
    Maka output langkah "Melihat serta memverifikasi berita" adalah "Persetujuan Kadis"
    Maka batas waktu langkah "Penginputan berita ke media online" adalah 5 menit
    Maka kelengkapan langkah "Penginputan berita ke media online" adalah:
      | kelengkapan |
      | Menyiarkan berita ke media on line / facebook, instagram, website |
    Maka output langkah "Penginputan berita ke media online" adalah "Publikasi"
    Maka batas waktu langkah "Menyimpan arsip berita" adalah 5 menit
    Maka kelengkapan langkah "Menyimpan arsip berita" adalah:
      | kelengkapan |
      | Berita di media on line menjadi arsip |
    Maka output langkah "Menyimpan arsip berita" adalah "Facebook, Instagram dan Website"

  Skenario: "Kasi Penyiaran" tidak dapat menyelesaikan langkah "Pengeditan berita"
    # Persetujuan/paraf milik Kabid Sarana.
    Ketika "Kasi Penyiaran" memulai SOP
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui..."
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas..."
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik..."
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Maka tugas berikutnya adalah "Pengeditan berita" untuk "Kabid Sarana"
    Maka "Kasi Penyiaran" tidak dapat menyelesaikan langkah "Pengeditan berita"

  # Diselaraskan: kolom Sekretaris dihapus di tabel (tanpa langkah; baris 425-434 hanya label "Tidak" baris 432); peran lain yang bukan pelaksana langkah ini dipakai: Kabid Sarana.
  Skenario: "Kabid Sarana" tidak dapat menyelesaikan langkah "Melihat serta memverifikasi berita"
    # Persetujuan dan tanda tangan milik Kadis.
    Ketika "Kasi Penyiaran" memulai SOP
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan desiminasi informasi melalui..."
    Ketika "Kasi Penyiaran" menyelesaikan langkah "Melaksanakan koordinasi dengan dinas..."
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Peliputan berita beserta bukti otentik..."
    # Diselaraskan: seed baris 430 tanpa tanda kolom (kedua pelaksana tafsiran, penulis menandai "Tidak pasti (bisa Petugas)"); dipertahankan tafsiran model: pengumpulan dan pengolahan berita melanjutkan peliputan Petugas penerima berita (baris 429).
    Ketika "Petugas penerima berita /informasi" menyelesaikan langkah "Pengumpulan dan pengolahan berita yang akan disiarkan"
    Ketika "Kabid Sarana" memutuskan "Ya" pada "Pengeditan berita"
    Maka tugas berikutnya adalah "Melihat serta memverifikasi berita" untuk "Kadis"
    # Diselaraskan: kolom Sekretaris dihapus di tabel (tanpa langkah; baris 425-434 hanya label "Tidak" baris 432); peran lain yang bukan pelaksana langkah ini dipakai: Kabid Sarana.
    Maka "Kabid Sarana" tidak dapat menyelesaikan langkah "Melihat serta memverifikasi berita"
