# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_rka.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan RKA (SOP nomor 12.01.41.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_rka" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan RKA OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan RKA OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan RKA OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD" adalah:
      | kelengkapan                           |
      | disposisi Surat Edaran Penyusunan RKA |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan RKA OPD" adalah "Surat edaran penyusunan RKA"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan RKA"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" adalah:
      | kelengkapan                 |
      | Surat Edaran Penyusunan RKA |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian" adalah "Surat edaran penyusunan RKA"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian"
    Maka tugas berikutnya adalah "Menyusun draft RKA bidang/bagian" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft RKA bidang/bagian" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft RKA bidang/bagian" adalah:
      | kelengkapan                 |
      | Surat Edaran Penyusunan RKA |
    Dan output langkah "Menyusun draft RKA bidang/bagian" adalah "Draft RKA Bidang/bagian"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft RKA bidang/bagian"
    Maka tugas berikutnya adalah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..." untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..." adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..." adalah:
      | kelengkapan                               |
      | Draft RKA dan aplikasi pengolaan keuangan |
    Dan output langkah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..." adalah "Draft RKA OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..."
    Maka tugas berikutnya adalah "Paraf hasil input RKA oleh PPTK kabid/kabag" untuk "Bidang"
    Dan kelengkapan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag" adalah:
      | kelengkapan   |
      | Draft RKA OPD |
    Dan output langkah "Paraf hasil input RKA oleh PPTK kabid/kabag" adalah "Draft RKA OPD"
    Ketika "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft RKA OPD dan Memaraf" untuk "Sekretaris"
    Dan batas waktu langkah "Verifikasi Draft RKA OPD dan Memaraf" adalah 2 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft RKA OPD dan Memaraf" adalah:
      | kelengkapan   |
      | Draft RKA OPD |
    Dan output langkah "Verifikasi Draft RKA OPD dan Memaraf" adalah "Draft RKA OPD"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft RKA OPD dan Memaraf"
    Maka tugas berikutnya adalah "Penandatanganan Draft Dokumen RKA" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Draft Dokumen RKA" adalah 1 jam
    Dan kelengkapan langkah "Penandatanganan Draft Dokumen RKA" adalah:
      | kelengkapan |
      | RKA OPD     |
    Dan output langkah "Penandatanganan Draft Dokumen RKA" adalah "RKA OPD"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Draft Dokumen RKA"
    Maka tugas berikutnya adalah "Menyampaikan RKA OPD kepada Tim TAPD" untuk "Pelaksana"
    Dan batas waktu langkah "Menyampaikan RKA OPD kepada Tim TAPD" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyampaikan RKA OPD kepada Tim TAPD" adalah:
      | kelengkapan |
      | RKA OPD     |
    Dan output langkah "Menyampaikan RKA OPD kepada Tim TAPD" adalah "RKA OPD terkirim untuk diproses lebih lanjut"
    Ketika "Pelaksana" menyelesaikan langkah "Menyampaikan RKA OPD kepada Tim TAPD"
    Maka SOP selesai

  Skenario: Langkah 7 "Draft RKA OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RKA OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan RKA"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan RKA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan RKA Ke Bidang/bagian"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft RKA bidang/bagian"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..."
    Dan "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    Dan "Sekretaris" memutuskan "Tidak" pada "Verifikasi Draft RKA OPD dan Memaraf" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..." untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan RKA Bidang dan menginput pada aplikasi..."
    Dan "Bidang" menyelesaikan langkah "Paraf hasil input RKA oleh PPTK kabid/kabag"
    Dan "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft RKA OPD dan Memaraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Draft Dokumen RKA"
    Dan "Pelaksana" menyelesaikan langkah "Menyampaikan RKA OPD kepada Tim TAPD"
    Maka SOP selesai

