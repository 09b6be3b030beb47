# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_lkjip.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan LKJiP (SOP nomor 12.01.34.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_lkjip" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" adalah:
      | kelengkapan                             |
      | disposisi Surat Edaran Penyusunan LKJiP |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD" adalah "Surat edaran penyusunan LKJiP"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan LKJiP"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" adalah:
      | kelengkapan                   |
      | Surat Edaran Penyusunan LKJiP |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang" adalah "Surat edaran penyusunan LKJiP"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang"
    Maka tugas berikutnya adalah "Menyusun draft LKJiP bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft LKJiP bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft LKJiP bidang" adalah:
      | kelengkapan                   |
      | Surat Edaran Penyusunan LKJiP |
    Dan output langkah "Menyusun draft LKJiP bidang" adalah "Draft LKJiP Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKJiP bidang"
    Maka tugas berikutnya adalah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" adalah:
      | kelengkapan        |
      | Draft LKJiP bidang |
    Dan output langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" adalah "Draft LKJiP OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKJiP OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Verifikasi Draft LKJiP OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft LKJiP OPD" adalah:
      | kelengkapan        |
      | Draft LKJiP Bidang |
    Dan output langkah "Verifikasi Draft LKJiP OPD" adalah "Draft LKJiP OPD"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft LKJiP OPD"
    Maka tugas berikutnya adalah "paraf Draft LKJiP OPD" untuk "Sekretaris"
    Dan batas waktu langkah "paraf Draft LKJiP OPD" adalah 3 jam
    Dan kelengkapan langkah "paraf Draft LKJiP OPD" adalah:
      | kelengkapan     |
      | Draft LKJiP OPD |
    Dan output langkah "paraf Draft LKJiP OPD" adalah "Draft LKJiP OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft LKJiP OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen LKJiP" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen LKJiP" adalah 3 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen LKJiP" adalah:
      | kelengkapan |
      | LKJiP OPD   |
    Dan output langkah "Penandatanganan Dokumen LKJiP" adalah "LKJiP OPD disahkan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen LKJiP"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" adalah:
      | kelengkapan |
      | LKJiP OPD   |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA" adalah "LKJiP OPD terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA"
    Maka SOP selesai

  Skenario: Langkah 6 "Draft LKJiP OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKJiP OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan LKJiP"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKJiP OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKJiP Ke Bidang"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft LKJiP bidang"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Verifikasi Draft LKJiP OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD" untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKJiP Bidang dan Menyusun LKJiP OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft LKJiP OPD"
    Dan "Sekretaris" menyelesaikan langkah "paraf Draft LKJiP OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen LKJiP"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan LKJiP OPD ke BAPPEDA"
    Maka SOP selesai

