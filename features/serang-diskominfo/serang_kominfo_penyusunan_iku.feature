# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_iku.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan IKU (SOP nomor 12.01.39.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_iku" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan IKU OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan IKU OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan IKU OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD" adalah:
      | kelengkapan                           |
      | disposisi Surat Edaran Penyusunan IKU |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan IKU OPD" adalah "Surat edaran penyusunan IKU"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan IKU"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" adalah:
      | kelengkapan                 |
      | Surat Edaran Penyusunan IKU |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang" adalah "Surat edaran penyusunan IKU"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang"
    Maka tugas berikutnya adalah "Menyusun draft IKU bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft IKU bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft IKU bidang" adalah:
      | kelengkapan                 |
      | Surat Edaran Penyusunan IKU |
    Dan output langkah "Menyusun draft IKU bidang" adalah "Draft IKU Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft IKU bidang"
    Maka tugas berikutnya adalah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" adalah:
      | kelengkapan      |
      | Draft IKU Bidang |
    Dan output langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" adalah "Draft IKU OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    Maka tugas berikutnya adalah "Verifikasi Draft IKU OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Verifikasi Draft IKU OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft IKU OPD" adalah:
      | kelengkapan      |
      | Draft IKU Bidang |
    Dan output langkah "Verifikasi Draft IKU OPD" adalah "Draft IKU OPD"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft IKU OPD"
    Maka tugas berikutnya adalah "paraf Draft IKU OPD" untuk "Sekretaris"
    Dan batas waktu langkah "paraf Draft IKU OPD" adalah 3 jam
    Dan kelengkapan langkah "paraf Draft IKU OPD" adalah:
      | kelengkapan   |
      | Draft IKU OPD |
    Dan output langkah "paraf Draft IKU OPD" adalah "Draft IKU OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft IKU OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen IKU" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen IKU" adalah 3 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen IKU" adalah:
      | kelengkapan |
      | IKU OPD     |
    Dan output langkah "Penandatanganan Dokumen IKU" adalah "IKU OPD sah"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen IKU"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan IKU OPD..." untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan IKU OPD..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan IKU OPD..." adalah:
      | kelengkapan |
      | IKU OPD     |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan IKU OPD..." adalah "IKU OPD terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan IKU OPD..."
    Maka SOP selesai

  Skenario: Langkah 6 "Draft IKU OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan IKU OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan IKU"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan IKU OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan IKU Ke Bidang"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft IKU bidang"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Verifikasi Draft IKU OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD" untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan IKU Bidang dan Menyusun IKU OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft IKU OPD"
    Dan "Sekretaris" menyelesaikan langkah "paraf Draft IKU OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen IKU"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan IKU OPD..."
    Maka SOP selesai

