# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_dpa.bpmn (sop features draft); sunting seperlunya.
Fitur: MEKANISME PENYUSUNAN DPA (SOP nomor 12.01.42.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_dpa" diterapkan
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
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan DPA OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan DPA OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD" adalah:
      | kelengkapan                           |
      | disposisi Surat Edaran Penyusunan DPA |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan DPA OPD" adalah "Surat edaran penyusunan DPA"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan DPA"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" adalah:
      | kelengkapan                 |
      | Surat Edaran Penyusunan DPA |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang" adalah "Surat edaran penyusunan DPA"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang"
    Maka tugas berikutnya adalah "Menyusun draft DPA bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft DPA bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft DPA bidang" adalah:
      | kelengkapan                 |
      | Surat Edaran Penyusunan DPA |
    Dan output langkah "Menyusun draft DPA bidang" adalah "Draft DPA Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft DPA bidang"
    Maka tugas berikutnya adalah "Mengumpulkan draft DPA Bidang dan menginputnya pada..." untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan draft DPA Bidang dan menginputnya pada..." adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan draft DPA Bidang dan menginputnya pada..." adalah:
      | kelengkapan      |
      | Draft DPA Bidang |
    Dan output langkah "Mengumpulkan draft DPA Bidang dan menginputnya pada..." adalah "Draft DPA OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya pada..."
    Maka tugas berikutnya adalah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag" untuk "Bidang"
    Dan kelengkapan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag" adalah:
      | kelengkapan   |
      | Draft DPA OPD |
    Dan output langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag" adalah "Draft DPA OPD"
    Ketika "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    Maka tugas berikutnya adalah "Verifikasi Draft DPA OPD dan Memaraf" untuk "Sekretaris"
    Dan batas waktu langkah "Verifikasi Draft DPA OPD dan Memaraf" adalah 2 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft DPA OPD dan Memaraf" adalah:
      | kelengkapan   |
      | Draft DPA OPD |
    Dan output langkah "Verifikasi Draft DPA OPD dan Memaraf" adalah "Draft DPA OPD"
    Ketika "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft DPA OPD dan Memaraf"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen DPA" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen DPA" adalah 1 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen DPA" adalah:
      | kelengkapan |
      | DPA OPD     |
    Dan output langkah "Penandatanganan Dokumen DPA" adalah "DPA OPD"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen DPA"
    Maka tugas berikutnya adalah "Menyampaikan DPA OPD kepada Tim TAPD" untuk "Pelaksana"
    Dan batas waktu langkah "Menyampaikan DPA OPD kepada Tim TAPD" adalah 1 hari kerja
    Dan kelengkapan langkah "Menyampaikan DPA OPD kepada Tim TAPD" adalah:
      | kelengkapan |
      | DPA OPD     |
    Dan output langkah "Menyampaikan DPA OPD kepada Tim TAPD" adalah "DPA OPD terkirim kepada Tim TAPD untuk diproses lebih lanjut"
    Ketika "Pelaksana" menyelesaikan langkah "Menyampaikan DPA OPD kepada Tim TAPD"
    Maka SOP selesai

  Skenario: Langkah 7 "Draft DPA OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan RENJA OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan DPA"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan DPA OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan DPA Ke Bidang"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft DPA bidang"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya pada..."
    Dan "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    Dan "Sekretaris" memutuskan "Tidak" pada "Verifikasi Draft DPA OPD dan Memaraf" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan draft DPA Bidang dan menginputnya pada..." untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan draft DPA Bidang dan menginputnya pada..."
    Dan "Bidang" menyelesaikan langkah "Paraf draft DPA oleh masing-masing PPTK dan mengetahui Kabid/Kabag"
    Dan "Sekretaris" memutuskan "Ya" pada "Verifikasi Draft DPA OPD dan Memaraf"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen DPA"
    Dan "Pelaksana" menyelesaikan langkah "Menyampaikan DPA OPD kepada Tim TAPD"
    Maka SOP selesai

