# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_lppd.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan LPPD (SOP nomor 12.01.38.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Pelaksana, Pejabat Eselon IV, Kepala Sub Bagian, Sekretaris, Kepala Dinas, Tim Penyusunan LPPD

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_lppd" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" adalah 10 menit
    Dan kelengkapan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" adalah:
      | kelengkapan      |
      | Surat masuk      |
      | Lembar disposisi |
    Dan output langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD" adalah "Hasil disposisi"
    Ketika "Kepala Dinas" melampirkan dokumen "Surat masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD"
    Maka tugas berikutnya adalah "Sekretaris OPD meneruskan disposisi dari camat" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Sekretaris OPD meneruskan disposisi dari camat"
    Dan batas waktu langkah "Sekretaris OPD meneruskan disposisi dari camat" adalah 5 menit
    Dan kelengkapan langkah "Sekretaris OPD meneruskan disposisi dari camat" adalah:
      | kelengkapan      |
      | Surat masuk      |
      | Lembar disposisi |
    Dan output langkah "Sekretaris OPD meneruskan disposisi dari camat" adalah "Hasil disposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Sekretaris OPD meneruskan disposisi dari camat"
    Maka tugas berikutnya adalah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" adalah 2 jam
    Dan kelengkapan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" adalah:
      | kelengkapan      |
      | Surat masuk      |
      | Lembar disposisi |
    Dan output langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD" adalah "Nota dinas"
    Ketika "Kepala Sub Bagian" melampirkan dokumen "Nota dinas"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD"
    Maka tugas berikutnya adalah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" untuk "Pejabat Eselon IV"
    Dan batas waktu langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" adalah 3 hari kerja
    Dan kelengkapan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" adalah:
      | kelengkapan        |
      | Nota dinas         |
      | Pedoman Peny. LPPD |
      | Format LPPD        |
    Dan output langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" adalah "LPPD dari bidang"
    Ketika "Pejabat Eselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    Maka tugas berikutnya adalah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" untuk "Pelaksana"
    Dan batas waktu langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" adalah 3 hari kerja
    Dan kelengkapan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" adalah:
      | kelengkapan      |
      | Surat masuk      |
      | Lembar disposisi |
      | Data LPPD        |
    Dan output langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag" adalah "Draft LPPD OPD tersusun"
    Ketika "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    Maka tugas berikutnya adalah "Dokumen LPPD yang telah tersusun diverifikasi" untuk "Tim Penyusunan LPPD"
    Dan batas waktu langkah "Dokumen LPPD yang telah tersusun diverifikasi" adalah 2 hari kerja
    Dan kelengkapan langkah "Dokumen LPPD yang telah tersusun diverifikasi" adalah:
      | kelengkapan            |
      | Draft Dokumen LPPD OPD |
      | SK Tim                 |
    Dan output langkah "Dokumen LPPD yang telah tersusun diverifikasi" adalah "Dok. LPPD terverifikasi"
    Ketika "Tim Penyusunan LPPD" melampirkan dokumen "SK Tim"
    Dan "Tim Penyusunan LPPD" memutuskan "Ya" pada "Dokumen LPPD yang telah tersusun diverifikasi"
    Maka tugas berikutnya adalah "Kepala OPD mengesahkan Dokumen LPPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Kepala OPD mengesahkan Dokumen LPPD" adalah 1 jam
    Dan kelengkapan langkah "Kepala OPD mengesahkan Dokumen LPPD" adalah:
      | kelengkapan  |
      | Dokumen LPPD |
    Dan output langkah "Kepala OPD mengesahkan Dokumen LPPD" adalah "Dok. LPPD sah"
    Ketika "Kepala Dinas" menyelesaikan langkah "Kepala OPD mengesahkan Dokumen LPPD"
    Maka tugas berikutnya adalah "Pelaksana Menggandakan Dokumen, mengarsipkan dokumen..." untuk "Pelaksana"
    Dan batas waktu langkah "Pelaksana Menggandakan Dokumen, mengarsipkan dokumen..." adalah 2 hari kerja
    Dan kelengkapan langkah "Pelaksana Menggandakan Dokumen, mengarsipkan dokumen..." adalah:
      | kelengkapan       |
      | Dokumen LPPD      |
      | Biaya penggandaan |
      | Surat pengantar   |
    Dan output langkah "Pelaksana Menggandakan Dokumen, mengarsipkan dokumen..." adalah "Dokumen LPPD tersusun"
    Ketika "Pelaksana" melampirkan dokumen "Surat pengantar"
    Dan "Pelaksana" menyelesaikan langkah "Pelaksana Menggandakan Dokumen, mengarsipkan dokumen..."
    Maka SOP selesai

  Skenario: Langkah 6 "Dokumen LPPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" melampirkan dokumen "Surat masuk"
    Dan "Kepala Dinas" menyelesaikan langkah "Kepala OPD mendisposisi surat masuk tentang penyusunan LPPD"
    Dan "Sekretaris" menyelesaikan langkah "Sekretaris OPD meneruskan disposisi dari camat"
    Dan "Kepala Sub Bagian" melampirkan dokumen "Nota dinas"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Kasubag mengedarkan nota dinas himbauan penyusunan LPPD"
    Dan "Pejabat Eselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    Dan "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    Dan "Tim Penyusunan LPPD" memutuskan "Tidak" pada "Dokumen LPPD yang telah tersusun diverifikasi" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku" untuk "Pejabat Eselon IV"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pejabat Eselon IV"
    Ketika "Pejabat Eselon IV" menyelesaikan langkah "Esselon IV menyusun LPPD sesuai dengan format dan aturan yang berlaku"
    Dan "Pelaksana" menyelesaikan langkah "Pelaksana menghimpun LPPD berdasarkan data dan arahan dari kasubag"
    Dan "Tim Penyusunan LPPD" melampirkan dokumen "SK Tim"
    Dan "Tim Penyusunan LPPD" memutuskan "Ya" pada "Dokumen LPPD yang telah tersusun diverifikasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Kepala OPD mengesahkan Dokumen LPPD"
    Dan "Pelaksana" melampirkan dokumen "Surat pengantar"
    Dan "Pelaksana" menyelesaikan langkah "Pelaksana Menggandakan Dokumen, mengarsipkan dokumen..."
    Maka SOP selesai

