# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_renstra.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan RENSTRA (SOP nomor 12.01.40.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_renstra" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" adalah:
      | kelengkapan                               |
      | disposisi Surat Edaran Penyusunan RENSTRA |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD" adalah "Surat edaran penyusunan RENSTRA"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan RENSTRA"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" adalah:
      | kelengkapan                     |
      | Surat Edaran Penyusunan RENSTRA |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang" adalah "Surat edaran penyusunan RENSTRA"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang"
    Maka tugas berikutnya adalah "Menyusun draft RENSTRA bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft RENSTRA bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft RENSTRA bidang" adalah:
      | kelengkapan                     |
      | Surat Edaran Penyusunan RENSTRA |
    Dan output langkah "Menyusun draft RENSTRA bidang" adalah "Draft RENSTRA Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENSTRA bidang"
    Maka tugas berikutnya adalah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" untuk "Pelaksana"
    Dan batas waktu langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" adalah:
      | kelengkapan          |
      | Draft RENSTRA Bidang |
    Dan output langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" adalah "Draft RENSTRA OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENSTRA OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Verifikasi Draft RENSTRA OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft RENSTRA OPD" adalah:
      | kelengkapan          |
      | Draft RENSTRA Bidang |
    Dan output langkah "Verifikasi Draft RENSTRA OPD" adalah "Draft RENSTRA OPD"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft RENSTRA OPD"
    Maka tugas berikutnya adalah "paraf Draft RENSTRA OPD" untuk "Sekretaris"
    Dan batas waktu langkah "paraf Draft RENSTRA OPD" adalah 3 jam
    Dan kelengkapan langkah "paraf Draft RENSTRA OPD" adalah:
      | kelengkapan       |
      | Draft RENSTRA OPD |
    Dan output langkah "paraf Draft RENSTRA OPD" adalah "Draft RENSTRA OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft RENSTRA OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen RENSTRA" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen RENSTRA" adalah 3 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen RENSTRA" adalah:
      | kelengkapan |
      | RENSTRA OPD |
    Dan output langkah "Penandatanganan Dokumen RENSTRA" adalah "RENSTRA OPD sah"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen RENSTRA"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." adalah:
      | kelengkapan |
      | RENSTRA OPD |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..." adalah "RENSTRA OPD terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..."
    Maka SOP selesai

  Skenario: Langkah 6 "Draft RENSTRA OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENSTRA OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan RENSTRA"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENSTRA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENSTRA Ke Bidang"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft RENSTRA bidang"
    Dan "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Verifikasi Draft RENSTRA OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD" untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun RENSTRA Bidang dan Menyusun RENSTRA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft RENSTRA OPD"
    Dan "Sekretaris" menyelesaikan langkah "paraf Draft RENSTRA OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen RENSTRA"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan RENSTRA..."
    Maka SOP selesai

