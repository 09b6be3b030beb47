# language: id
# Draf awal dari bpmn/tangerang-setda/tangerang_setda_penyusunan_standar_pelayanan_maklumat.bpmn (sop features draft); sunting seperlunya.
Fitur: Penyusunan Standar Pelayanan dan Maklumat Pelayanan (SOP nomor 01.048.2017)
  Sekretariat Daerah, Pemerintah Kabupaten Tangerang
  Unit: Bagian Organisasi
  Pelaksana: Bupati, Sekretaris Daerah, Asisten Daerah III, Kepala Bagian Organisasi, Kepala Sub Bagian, Staf, OPD

  Latar Belakang:
    Dengan SOP "tangerang_setda_penyusunan_standar_pelayanan_maklumat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "OPD" memulai SOP
    Maka tugas berikutnya adalah "Penyampaian rancangan SP dan maklumat pelayanan" untuk "OPD"
    Dan batas waktu langkah "Penyampaian rancangan SP dan maklumat pelayanan" adalah 1 hari kerja
    Dan kelengkapan langkah "Penyampaian rancangan SP dan maklumat pelayanan" adalah:
      | kelengkapan               |
      | Rancangan SP dan Maklumat |
      | Berita Acara Pembahasan   |
    Dan output langkah "Penyampaian rancangan SP dan maklumat pelayanan" adalah "Tanda Terima"
    Ketika "OPD" melampirkan dokumen "Berita Acara Pembahasan"
    Dan "OPD" menyelesaikan langkah "Penyampaian rancangan SP dan maklumat pelayanan"
    Maka tugas berikutnya adalah "Menerima dan mencatat pada agenda soft copy dan hard copy" untuk "Staf"
    Dan "OPD" tidak dapat menyelesaikan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy"
    Dan batas waktu langkah "Menerima dan mencatat pada agenda soft copy dan hard copy" adalah 0,5 hari kerja
    Dan kelengkapan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy" adalah:
      | kelengkapan                                     |
      | Sda, agenda dan memberi kartu terusan disposisi |
    Dan output langkah "Menerima dan mencatat pada agenda soft copy dan hard copy" adalah "Agenda, Kartu Penerus disposisi"
    Ketika "Staf" menyelesaikan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy"
    Maka tugas berikutnya adalah "Disposisi, memberi petunjuk dan arahan penyusunan SP" untuk "Kepala Bagian Organisasi"
    Dan batas waktu langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP" adalah 0,5 hari kerja
    Dan kelengkapan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP" adalah:
      | kelengkapan        |
      | Disposisi, Sda, SP |
    Dan output langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP" adalah "Petunjuk dan arahan"
    Ketika "Kepala Bagian Organisasi" menyelesaikan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP"
    Maka tugas berikutnya adalah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..." adalah 30 hari kerja
    Dan kelengkapan langkah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..." adalah:
      | kelengkapan                                                      |
      | Disposisi                                                        |
      | Vasilitasi penyusunan Verifikasi dan Ekspose SP dan berita acara |
    Dan output langkah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..." adalah "Data SPM, Notulen"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..."
    Maka tugas berikutnya adalah "Validasi Rancangan SP dan Maklumat dan Melaksanakan..." untuk "Kepala Bagian Organisasi"
    Dan batas waktu langkah "Validasi Rancangan SP dan Maklumat dan Melaksanakan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Validasi Rancangan SP dan Maklumat dan Melaksanakan..." adalah:
      | kelengkapan                          |
      | Sda                                  |
      | RSP, Maklumat, Notulen, Berita acara |
    Dan output langkah "Validasi Rancangan SP dan Maklumat dan Melaksanakan..." adalah "Persetujuan Laporan SP"
    Ketika "Kepala Bagian Organisasi" memutuskan "Ya" pada "Validasi Rancangan SP dan Maklumat dan Melaksanakan..."
    Maka tugas berikutnya adalah "Persetujuan Konsep Laporan SP dan Maklumat" untuk "Asisten Daerah III"
    Dan batas waktu langkah "Persetujuan Konsep Laporan SP dan Maklumat" adalah 0,5 hari kerja
    Dan kelengkapan langkah "Persetujuan Konsep Laporan SP dan Maklumat" adalah:
      | kelengkapan |
      | Sda         |
    Dan output langkah "Persetujuan Konsep Laporan SP dan Maklumat" adalah "Faraf"
    Ketika "Asisten Daerah III" menyelesaikan langkah "Persetujuan Konsep Laporan SP dan Maklumat"
    Maka tugas berikutnya adalah "Persetujuan Net Konsep Laporan SP dan maklumat" untuk "Sekretaris Daerah"
    Dan batas waktu langkah "Persetujuan Net Konsep Laporan SP dan maklumat" adalah 0,5 hari kerja
    Dan kelengkapan langkah "Persetujuan Net Konsep Laporan SP dan maklumat" adalah:
      | kelengkapan |
      | Sda         |
    Dan output langkah "Persetujuan Net Konsep Laporan SP dan maklumat" adalah "Faraf"
    Ketika "Sekretaris Daerah" menyelesaikan langkah "Persetujuan Net Konsep Laporan SP dan maklumat"
    Maka tugas berikutnya adalah "Penandatanganan Laporan SP dan maklumat" untuk "Bupati"
    Dan batas waktu langkah "Penandatanganan Laporan SP dan maklumat" adalah 1 hari kerja
    Dan kelengkapan langkah "Penandatanganan Laporan SP dan maklumat" adalah:
      | kelengkapan |
      | Sda         |
    Dan output langkah "Penandatanganan Laporan SP dan maklumat" adalah "Tanda Tangan"
    Ketika "Bupati" menyelesaikan langkah "Penandatanganan Laporan SP dan maklumat"
    Maka tugas berikutnya adalah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" untuk "Staf"
    Dan batas waktu langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" adalah 0,5 hari kerja
    Dan kelengkapan langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" adalah:
      | kelengkapan                   |
      | SP, Maklumat dan Berita acara |
    Dan output langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat" adalah "Laporan SPM"
    Ketika "Staf" menyelesaikan langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat"
    Maka tugas berikutnya adalah "Melaksanakan Penginputan sesuai dengan aplikasi Kemenpan..." untuk "Staf"
    Dan batas waktu langkah "Melaksanakan Penginputan sesuai dengan aplikasi Kemenpan..." adalah 2 hari kerja
    Dan kelengkapan langkah "Melaksanakan Penginputan sesuai dengan aplikasi Kemenpan..." adalah:
      | kelengkapan           |
      | Sda, Sistem Aplikasi. |
    Dan output langkah "Melaksanakan Penginputan sesuai dengan aplikasi Kemenpan..." adalah "Sda"
    Ketika "Staf" menyelesaikan langkah "Melaksanakan Penginputan sesuai dengan aplikasi Kemenpan..."
    Maka tugas berikutnya adalah "Pendistribusian" untuk "Staf"
    Dan batas waktu langkah "Pendistribusian" adalah 5 hari kerja
    Dan kelengkapan langkah "Pendistribusian" adalah:
      | kelengkapan  |
      | Tanda Terima |
    Dan output langkah "Pendistribusian" adalah "Buku Laporan SPM"
    Ketika "Staf" menyelesaikan langkah "Pendistribusian"
    Maka SOP selesai

  Skenario: Langkah 5 "Rancangan SP dan Maklumat valid?" dijawab "Tidak", kembali ke langkah 4
    Ketika "OPD" memulai SOP
    Dan "OPD" melampirkan dokumen "Berita Acara Pembahasan"
    Dan "OPD" menyelesaikan langkah "Penyampaian rancangan SP dan maklumat pelayanan"
    Dan "Staf" menyelesaikan langkah "Menerima dan mencatat pada agenda soft copy dan hard copy"
    Dan "Kepala Bagian Organisasi" menyelesaikan langkah "Disposisi, memberi petunjuk dan arahan penyusunan SP"
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..."
    Dan "Kepala Bagian Organisasi" memutuskan "Tidak" pada "Validasi Rancangan SP dan Maklumat dan Melaksanakan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..." untuk "Kepala Sub Bagian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Melaksanakan penyusunan SP dibantu oleh tenaga ahli..."
    Dan "Kepala Bagian Organisasi" memutuskan "Ya" pada "Validasi Rancangan SP dan Maklumat dan Melaksanakan..."
    Dan "Asisten Daerah III" menyelesaikan langkah "Persetujuan Konsep Laporan SP dan Maklumat"
    Dan "Sekretaris Daerah" menyelesaikan langkah "Persetujuan Net Konsep Laporan SP dan maklumat"
    Dan "Bupati" menyelesaikan langkah "Penandatanganan Laporan SP dan maklumat"
    Dan "Staf" menyelesaikan langkah "Pengambilan Hasil Penandatanganan Laporan SP dan maklumat"
    Dan "Staf" menyelesaikan langkah "Melaksanakan Penginputan sesuai dengan aplikasi Kemenpan..."
    Dan "Staf" menyelesaikan langkah "Pendistribusian"
    Maka SOP selesai

