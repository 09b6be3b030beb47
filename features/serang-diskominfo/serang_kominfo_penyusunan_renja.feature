# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_renja.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan RENJA (SOP nomor 12.01.33.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_renja" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan RENJA OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD" adalah:
      | kelengkapan                             |
      | disposisi Surat Edaran Penyusunan Renja |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD" adalah "Surat edaran penyusunan Renja"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan Renja"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" adalah:
      | kelengkapan                   |
      | Surat Edaran Penyusunan Renja |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang" adalah "Surat edaran penyusunan Renja"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang"
    Maka tugas berikutnya adalah "Menyusun draft RENJA bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft RENJA bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft RENJA bidang" adalah:
      | kelengkapan                   |
      | Surat Edaran Penyusunan Renja |
    Dan output langkah "Menyusun draft RENJA bidang" adalah "Draft Renja Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RENJA bidang"
    Maka tugas berikutnya adalah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" adalah:
      | kelengkapan        |
      | Draft RENJA Bidang |
    Dan output langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" adalah "Draft Renja OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft RENJA OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Verifikasi Draft RENJA OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft RENJA OPD" adalah:
      | kelengkapan        |
      | Draft Renja Bidang |
    Dan output langkah "Verifikasi Draft RENJA OPD" adalah "Draft Renja OPD"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft RENJA OPD"
    Maka tugas berikutnya adalah "paraf Draft RENJA OPD" untuk "Sekretaris"
    Dan batas waktu langkah "paraf Draft RENJA OPD" adalah 3 jam
    Dan kelengkapan langkah "paraf Draft RENJA OPD" adalah:
      | kelengkapan     |
      | Draft Renja OPD |
    Dan output langkah "paraf Draft RENJA OPD" adalah "Draft Renja OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft RENJA OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen RENJA" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen RENJA" adalah 3 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen RENJA" adalah:
      | kelengkapan |
      | Renja OPD   |
    Dan output langkah "Penandatanganan Dokumen RENJA" adalah "Renja OPD"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen RENJA"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" adalah:
      | kelengkapan |
      | Renja OPD   |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA" adalah "Renja OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA"
    Maka SOP selesai

  Skenario: Langkah 6 "Draft RENJA OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan Renja"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RENJA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RENJA Ke Bidang"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft RENJA bidang"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Verifikasi Draft RENJA OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD" untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RENJA Bidang dan Menyusun RENJA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft RENJA OPD"
    Dan "Sekretaris" menyelesaikan langkah "paraf Draft RENJA OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen RENJA"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan RENJA OPD ke BAPPEDA"
    Maka SOP selesai

