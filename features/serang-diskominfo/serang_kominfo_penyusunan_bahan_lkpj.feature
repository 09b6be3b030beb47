# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_bahan_lkpj.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan Bahan LKPJ (SOP nomor 12.01.37.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_bahan_lkpj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" adalah:
      | kelengkapan                            |
      | disposisi Surat Edaran Penyusunan LKPJ |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD" adalah "Surat edaran penyusunan LKPJ"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan LKPJ"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" adalah:
      | kelengkapan                  |
      | Surat Edaran Penyusunan LKPJ |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang" adalah "Surat edaran penyusunan LKPJ"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang"
    Maka tugas berikutnya adalah "Menyusun draft LKPJ bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft LKPJ bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft LKPJ bidang" adalah:
      | kelengkapan                  |
      | Surat Edaran Penyusunan LKPJ |
    Dan output langkah "Menyusun draft LKPJ bidang" adalah "Draft LKPJ Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft LKPJ bidang"
    Maka tugas berikutnya adalah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" adalah:
      | kelengkapan       |
      | Draft LKPJ Bidang |
    Dan output langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" adalah "Draft LKPJ OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft LKPJ OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Verifikasi Draft LKPJ OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft LKPJ OPD" adalah:
      | kelengkapan       |
      | Draft LKPJ Bidang |
    Dan output langkah "Verifikasi Draft LKPJ OPD" adalah "Draft LKPJ OPD"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft LKPJ OPD"
    Maka tugas berikutnya adalah "paraf Draft LKPJ OPD" untuk "Sekretaris"
    Dan batas waktu langkah "paraf Draft LKPJ OPD" adalah 3 jam
    Dan kelengkapan langkah "paraf Draft LKPJ OPD" adalah:
      | kelengkapan    |
      | Draft LKPJ OPD |
    Dan output langkah "paraf Draft LKPJ OPD" adalah "Draft LKPJ OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft LKPJ OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen LKPJ" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen LKPJ" adalah 3 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen LKPJ" adalah:
      | kelengkapan |
      | LKPJ OPD    |
    Dan output langkah "Penandatanganan Dokumen LKPJ" adalah "LKPJ OPD sah"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen LKPJ"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan LKPJ OPD..." untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ OPD..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ OPD..." adalah:
      | kelengkapan |
      | LKPJ OPD    |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ OPD..." adalah "LKPJ OPD terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ OPD..."
    Maka SOP selesai

  Skenario: Langkah 6 "Draft LKPJ OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan LKPJ OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan LKPJ"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan LKPJ OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan LKPJ Ke Bidang"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft LKPJ bidang"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Verifikasi Draft LKPJ OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD" untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan LKPJ Bidang dan Menyusun LKPJ OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft LKPJ OPD"
    Dan "Sekretaris" menyelesaikan langkah "paraf Draft LKPJ OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen LKPJ"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan LKPJ OPD..."
    Maka SOP selesai

