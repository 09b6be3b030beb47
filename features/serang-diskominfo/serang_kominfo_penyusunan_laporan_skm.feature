# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_laporan_skm.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan Laporan Survei Kepuasan Masyarakat ( SKM ) (SOP nomor 12.01.44.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Pelaksana, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_laporan_skm" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pelaksana" memulai SOP
    Maka tugas berikutnya adalah "Melakukan pengadaan alat survey kepuasan masyarakat..." untuk "Pelaksana"
    Dan batas waktu langkah "Melakukan pengadaan alat survey kepuasan masyarakat..." adalah 14 hari kerja
    Dan kelengkapan langkah "Melakukan pengadaan alat survey kepuasan masyarakat..." adalah:
      | kelengkapan                 |
      | Biaya pengadaan alat survey |
    Dan output langkah "Melakukan pengadaan alat survey kepuasan masyarakat..." adalah "Alat SKM"
    Ketika "Pelaksana" menyelesaikan langkah "Melakukan pengadaan alat survey kepuasan masyarakat..."
    Maka tugas berikutnya adalah "Mendistribusikan quisioner SKM untuk disimpan dimeja..." untuk "Pelaksana"
    Dan batas waktu langkah "Mendistribusikan quisioner SKM untuk disimpan dimeja..." adalah 6 bulan
    Dan kelengkapan langkah "Mendistribusikan quisioner SKM untuk disimpan dimeja..." adalah:
      | kelengkapan |
      | Alat SKM    |
    Dan output langkah "Mendistribusikan quisioner SKM untuk disimpan dimeja..." adalah "Quisioner terisi dan tersusun"
    Ketika "Pelaksana" menyelesaikan langkah "Mendistribusikan quisioner SKM untuk disimpan dimeja..."
    Maka tugas berikutnya adalah "Membuat laporan survei kepuasan masyarakat" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan "Pelaksana" tidak dapat menyelesaikan langkah "Membuat laporan survei kepuasan masyarakat"
    Dan batas waktu langkah "Membuat laporan survei kepuasan masyarakat" adalah 1 minggu
    Dan kelengkapan langkah "Membuat laporan survei kepuasan masyarakat" adalah:
      | kelengkapan   |
      | Quisioner SKM |
    Dan output langkah "Membuat laporan survei kepuasan masyarakat" adalah "Draft laporan SKM"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Membuat laporan survei kepuasan masyarakat"
    Maka tugas berikutnya adalah "Paraf dokumen laporan SKM" untuk "Sekretaris"
    Dan batas waktu langkah "Paraf dokumen laporan SKM" adalah 3 jam
    Dan kelengkapan langkah "Paraf dokumen laporan SKM" adalah:
      | kelengkapan       |
      | Draft laporan SKM |
    Dan output langkah "Paraf dokumen laporan SKM" adalah "Laporan SKM terparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf dokumen laporan SKM"
    Maka tugas berikutnya adalah "Tanda tangan dokumen laporan SKM" untuk "Kepala Dinas"
    Dan batas waktu langkah "Tanda tangan dokumen laporan SKM" adalah 3 jam
    Dan kelengkapan langkah "Tanda tangan dokumen laporan SKM" adalah:
      | kelengkapan |
      | Laporan SKM |
    Dan output langkah "Tanda tangan dokumen laporan SKM" adalah "Laporan SKM disetujui"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Tanda tangan dokumen laporan SKM"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan mengirim laporan SKM..." untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan mengirim laporan SKM..." adalah 2 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan mengirim laporan SKM..." adalah:
      | kelengkapan |
      | Laporan SKM |
    Dan output langkah "Menggandakan, mengarsipkan dan mengirim laporan SKM..." adalah "Laporan SKM terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan mengirim laporan SKM..."
    Maka SOP selesai

  Skenario: Langkah 5 "Laporan SKM disetujui?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Pelaksana" memulai SOP
    Dan "Pelaksana" menyelesaikan langkah "Melakukan pengadaan alat survey kepuasan masyarakat..."
    Dan "Pelaksana" menyelesaikan langkah "Mendistribusikan quisioner SKM untuk disimpan dimeja..."
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Membuat laporan survei kepuasan masyarakat"
    Dan "Sekretaris" menyelesaikan langkah "Paraf dokumen laporan SKM"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Tanda tangan dokumen laporan SKM" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Paraf dokumen laporan SKM" untuk "Sekretaris"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf dokumen laporan SKM"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Tanda tangan dokumen laporan SKM"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan mengirim laporan SKM..."
    Maka SOP selesai

