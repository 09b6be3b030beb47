# language: id
# Draf awal dari bpmn/serang-diskominfo/serang_kominfo_penyusunan_standar_pelayanan.bpmn (sop features draft); sunting seperlunya.
Fitur: Mekanisme Penyusunan Dokumen Standar Pelayanan (SP) (SOP nomor 12.01.43.2019)
  Dinas Komunikasi dan Informatika, Pemerintah Kota Serang
  Unit: Sekretariat - Sub Bagian Program, Evaluasi dan Pelaporan
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Evaluasi dan Pelaporan, Bidang, Pelaksana

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_standar_pelayanan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" untuk "Kepala Dinas"
    Dan batas waktu langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" adalah 5 menit
    Dan kelengkapan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" adalah:
      | kelengkapan                     |
      | Lembar Disposisi & Surat Edaran |
    Dan output langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP" adalah "Disposisi dan surat edaran"
    Ketika "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP"
    Maka tugas berikutnya adalah "Meneruskan disposisi dari Pimpinan" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Meneruskan disposisi dari Pimpinan"
    Dan batas waktu langkah "Meneruskan disposisi dari Pimpinan" adalah 30 menit
    Dan kelengkapan langkah "Meneruskan disposisi dari Pimpinan" adalah:
      | kelengkapan                                  |
      | disposisi Surat Edaran Penyusunan Dokumen SP |
    Dan output langkah "Meneruskan disposisi dari Pimpinan" adalah "Surat edaran penyusunan Dokumen SP"
    Ketika "Sekretaris" melampirkan dokumen "Surat edaran penyusunan Dokumen SP"
    Dan "Sekretaris" menyelesaikan langkah "Meneruskan disposisi dari Pimpinan"
    Maka tugas berikutnya adalah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" adalah 30 menit
    Dan kelengkapan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" adalah:
      | kelengkapan                        |
      | Surat Edaran Penyusunan Dokumen SP |
    Dan output langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP" adalah "Surat edaran penyusunan Dokumen SP diketahui subbag yang terkait"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP"
    Maka tugas berikutnya adalah "Menyusun draft Dokumen SP bidang" untuk "Bidang"
    Dan batas waktu langkah "Menyusun draft Dokumen SP bidang" adalah 5 hari kerja
    Dan kelengkapan langkah "Menyusun draft Dokumen SP bidang" adalah:
      | kelengkapan                        |
      | Surat Edaran Penyusunan Dokumen SP |
    Dan output langkah "Menyusun draft Dokumen SP bidang" adalah "Draft Dokumen SP Bidang"
    Ketika "Bidang" menyelesaikan langkah "Menyusun draft Dokumen SP bidang"
    Maka tugas berikutnya adalah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" untuk "Pelaksana"
    Dan batas waktu langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" adalah 5 hari kerja
    Dan kelengkapan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" adalah:
      | kelengkapan             |
      | Draft Dokumen SP Bidang |
    Dan output langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" adalah "Draft Dokumen SP OPD"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    Maka tugas berikutnya adalah "Paraf dan verifikasi Draft Dokumen SP OPD" untuk "Kepala Sub Bagian Program, Evaluasi dan Pelaporan"
    Dan batas waktu langkah "Paraf dan verifikasi Draft Dokumen SP OPD" adalah 2 hari kerja
    Dan kelengkapan langkah "Paraf dan verifikasi Draft Dokumen SP OPD" adalah:
      | kelengkapan             |
      | Draft Dokumen SP Bidang |
    Dan output langkah "Paraf dan verifikasi Draft Dokumen SP OPD" adalah "Draft Dokumen SP Bidang terverifikasi"
    Ketika "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Paraf dan verifikasi Draft Dokumen SP OPD"
    Maka tugas berikutnya adalah "Paraf Draft Dokumen SP OPD" untuk "Sekretaris"
    Dan batas waktu langkah "Paraf Draft Dokumen SP OPD" adalah 2 hari kerja
    Dan kelengkapan langkah "Paraf Draft Dokumen SP OPD" adalah:
      | kelengkapan          |
      | Draft Dokumen SP OPD |
    Dan output langkah "Paraf Draft Dokumen SP OPD" adalah "Draft Dokumen SP OPD terparaf"
    Ketika "Sekretaris" menyelesaikan langkah "Paraf Draft Dokumen SP OPD"
    Maka tugas berikutnya adalah "Penandatanganan Dokumen SP" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan Dokumen SP" adalah 1 jam
    Dan kelengkapan langkah "Penandatanganan Dokumen SP" adalah:
      | kelengkapan    |
      | Dokumen SP OPD |
    Dan output langkah "Penandatanganan Dokumen SP" adalah "Dokumen SP OPD disahkan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen SP"
    Maka tugas berikutnya adalah "Menggandakan, mengarsipkan dan menyampaikan Dokumen..." untuk "Pelaksana"
    Dan batas waktu langkah "Menggandakan, mengarsipkan dan menyampaikan Dokumen..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menggandakan, mengarsipkan dan menyampaikan Dokumen..." adalah:
      | kelengkapan    |
      | Dokumen SP OPD |
    Dan output langkah "Menggandakan, mengarsipkan dan menyampaikan Dokumen..." adalah "Dokumen SP OPD terkirim ke Setda"
    Ketika "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan Dokumen..."
    Maka SOP selesai

  Skenario: Langkah 6 "Draft Dokumen SP OPD sudah sesuai?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Mendisposisi Surat Edaran Penyusunan Dokumen SP"
    Dan "Sekretaris" melampirkan dokumen "Surat edaran penyusunan Dokumen SP"
    Dan "Sekretaris" menyelesaikan langkah "Meneruskan disposisi dari Pimpinan"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" menyelesaikan langkah "Menerima dan Mengedarkan Surat edaran pembuatan Dokumen SP"
    Dan "Bidang" menyelesaikan langkah "Menyusun draft Dokumen SP bidang"
    Dan "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Tidak" pada "Paraf dan verifikasi Draft Dokumen SP OPD" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya" untuk "Pelaksana"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pelaksana"
    Ketika "Pelaksana" menyelesaikan langkah "Menghimpun draft Dokumen SP Bidang dan membuat SK penetapannya"
    Dan "Kepala Sub Bagian Program, Evaluasi dan Pelaporan" memutuskan "Ya" pada "Paraf dan verifikasi Draft Dokumen SP OPD"
    Dan "Sekretaris" menyelesaikan langkah "Paraf Draft Dokumen SP OPD"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan Dokumen SP"
    Dan "Pelaksana" menyelesaikan langkah "Menggandakan, mengarsipkan dan menyampaikan Dokumen..."
    Maka SOP selesai

