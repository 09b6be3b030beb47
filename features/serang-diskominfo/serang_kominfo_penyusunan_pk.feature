# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_pk.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan PK (SOP nomor 12.01.35.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_pk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan PK OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan PK OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan PK OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan PK OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan PK OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan PK OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan PK OPD" adalah:
      | kelengkapan                          |
      | disposisi Surat Edaran Penyusunan PK |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan PK OPD" adalah "Surat edaran penyusunan PK"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan PK"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan PK OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" adalah:
      | kelengkapan                |
      | Surat Edaran Penyusunan PK |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang" adalah "Surat edaran penyusunan PK"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang"
    Maka tugas berikutnya adalah "Menyusun draft PK bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft PK bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft PK bidang" adalah:
      | kelengkapan                |
      | Surat Edaran Penyusunan PK |
    Dan output langkah "Menyusun draft PK bidang" adalah "Draft PK Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft PK bidang"
    Maka tugas berikutnya adalah "Mengumpulkan PK Bidang dan Menyusun PK OPD" untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD" adalah:
      | kelengkapan     |
      | Draft PK Bidang |
    Dan output langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD" adalah "Draft PK OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft PK OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Verifikasi Draft PK OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft PK OPD" adalah:
      | kelengkapan     |
      | Draft PK Bidang |
    Dan output langkah "Verifikasi Draft PK OPD" adalah "Draft PK OPD"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft PK OPD"
    Maka tugas berikutnya adalah "paraf Draft PK OPD" untuk "Sekretaris"
    Dan batas waktu langkah "paraf Draft PK OPD" adalah 3 jam
    Dan kelengkapan langkah "paraf Draft PK OPD" adalah:
      | kelengkapan  |
      | Draft PK OPD |
    Dan output langkah "paraf Draft PK OPD" adalah "Draft PK OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft PK OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen PK" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen PK" adalah 3 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen PK" adalah:
      | kelengkapan |
      | PK OPD      |
    Dan output langkah "Penandatanganan Dokumen PK" adalah "PK OPD sah"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen PK"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" adalah:
      | kelengkapan |
      | PK OPD      |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda" adalah "PK OPD terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda"
    Maka SOP selesai

  Skenario: Langkah 6 "Draft PK OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan PK OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan PK"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan PK OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan PK Ke Bidang"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft PK bidang"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Verifikasi Draft PK OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan PK Bidang dan Menyusun PK OPD" untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan PK Bidang dan Menyusun PK OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft PK OPD"
    Dan "Sekretaris" menyelesaikan langkah "paraf Draft PK OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen PK"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan PK OPD ke Setda"
    Maka SOP selesai

