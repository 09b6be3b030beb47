# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_laporan_capaian_kinerja.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan Laporan Capaian Kinerja (SOP nomor 12.01.36.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_laporan_capaian_kinerja" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD"
    Maka tugas berikutnya adalah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD"
    Dan batas waktu langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" adalah 30 menit
    Dan kelengkapan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan                                               |
      | disposisi Surat Edaran Penyusunan Laporan Capaian Kinerja |
    Dan output langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD" adalah "Surat edaran penyusunan Laporan Capaian Kinerja"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan Laporan Capaian Kinerja"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat Pembuatan Laporan Capaian..." untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat Pembuatan Laporan Capaian..." adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat Pembuatan Laporan Capaian..." adalah:
      | kelengkapan                                     |
      | Surat Edaran Penyusunan Laporan Capaian Kinerja |
    Dan output langkah "Menerima dan Mengedarkan Surat Pembuatan Laporan Capaian..." adalah "Surat edaran penyusunan Laporan Capaian Kinerja"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan Laporan Capaian..."
    Maka tugas berikutnya adalah "Menyusun draft Laporan Capaian Kinerja bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft Laporan Capaian Kinerja bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft Laporan Capaian Kinerja bidang" adalah:
      | kelengkapan                                     |
      | Surat Edaran Penyusunan Laporan Capaian Kinerja |
    Dan output langkah "Menyusun draft Laporan Capaian Kinerja bidang" adalah "Draft Laporan Capaian Kinerja Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Laporan Capaian Kinerja bidang"
    Maka tugas berikutnya adalah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..." untuk "Pelaksana"
    Dan batas waktu langkah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..." adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..." adalah:
      | kelengkapan                          |
      | Draft Laporan Capaian Kinerja Bidang |
    Dan output langkah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..." adalah "Draft Laporan Capaian Kinerja OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..."
    Maka tugas berikutnya adalah "Verifikasi Draft Laporan Capaian Kinerja OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Verifikasi Draft Laporan Capaian Kinerja OPD" adalah 5 hari kerja
    Dan kelengkapan langkah "Verifikasi Draft Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan                          |
      | Draft Laporan Capaian Kinerja Bidang |
    Dan output langkah "Verifikasi Draft Laporan Capaian Kinerja OPD" adalah "Draft Laporan Capaian Kinerja OPD"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft Laporan Capaian Kinerja OPD"
    Maka tugas berikutnya adalah "paraf Draft Laporan Capaian Kinerja OPD" untuk "Sekretaris"
    Dan batas waktu langkah "paraf Draft Laporan Capaian Kinerja OPD" adalah 3 jam
    Dan kelengkapan langkah "paraf Draft Laporan Capaian Kinerja OPD" adalah:
      | kelengkapan                       |
      | Draft Laporan Capaian Kinerja OPD |
    Dan output langkah "paraf Draft Laporan Capaian Kinerja OPD" adalah "Draft Laporan Capaian Kinerja OPD"
    Ketika "Sekretaris" menyelesaikan langkah "paraf Draft Laporan Capaian Kinerja OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen Laporan Capaian Kinerja" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen Laporan Capaian Kinerja" adalah 3 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen Laporan Capaian Kinerja" adalah:
      | kelengkapan                 |
      | Laporan Capaian Kinerja OPD |
    Dan output langkah "Penandatanganan Dokumen Laporan Capaian Kinerja" adalah "Laporan Capaian Kinerja OPD sah"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen Laporan Capaian Kinerja"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." adalah:
      | kelengkapan                 |
      | Laporan Capaian Kinerja OPD |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..." adalah "Laporan Capaian Kinerja OPD terkirim"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..."
    Maka SOP selesai

  Skenario: Langkah 6 "Draft Laporan Capaian Kinerja OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Laporan Capaian Kinerja OPD"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan Laporan Capaian Kinerja"
    Dan "Sekretaris" menyelesaikan langkah "Menganalisis Surat Perintah Pembuatan Laporan Capaian Kinerja OPD"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat Pembuatan Laporan Capaian..."
    Dan "Bidang" menyelesaikan langkah "Menyusun draft Laporan Capaian Kinerja bidang"
    Dan "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..."
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Verifikasi Draft Laporan Capaian Kinerja OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..." untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Mengumpulkan Laporan Capaian Kinerja Bidang dan Menyusun..."
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Verifikasi Draft Laporan Capaian Kinerja OPD"
    Dan "Sekretaris" menyelesaikan langkah "paraf Draft Laporan Capaian Kinerja OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen Laporan Capaian Kinerja"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan Laporan..."
    Maka SOP selesai

