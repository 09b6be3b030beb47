# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penyusunan_rka.bpmn (sop features draft); sunting seperlunya.
Fitur: PENYUSUNAN RENCANA KERJA ANGGARAN (RKA)
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Program
  Pelaksana: Kepala Sub Bagian Program, Staf, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_rka" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Sub Bagian Program" memulai SOP
    Maka tugas berikutnya adalah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" adalah 3 hari kerja
    Dan kelengkapan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" adalah:
      | kelengkapan  |
      | Agenda kerja |
    Dan output langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)" adalah "Rancangan RKA"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    Maka tugas berikutnya adalah "Menyampaikan blanko isian dan informasi kepada masing-masing..." untuk "Staf"
    Dan "Kepala Sub Bagian Program" tidak dapat menyelesaikan langkah "Menyampaikan blanko isian dan informasi kepada masing-masing..."
    Dan batas waktu langkah "Menyampaikan blanko isian dan informasi kepada masing-masing..." adalah 1 jam
    Dan kelengkapan langkah "Menyampaikan blanko isian dan informasi kepada masing-masing..." adalah:
      | kelengkapan   |
      | Rancangan RKA |
    Dan output langkah "Menyampaikan blanko isian dan informasi kepada masing-masing..." adalah "Blanko isian rancangan RKA"
    Ketika "Staf" menyelesaikan langkah "Menyampaikan blanko isian dan informasi kepada masing-masing..."
    Maka tugas berikutnya adalah "Mengumpulkan blanko isian dari masing-masing subbag..." untuk "Staf"
    Dan batas waktu langkah "Mengumpulkan blanko isian dari masing-masing subbag..." adalah 5 hari kerja
    Dan kelengkapan langkah "Mengumpulkan blanko isian dari masing-masing subbag..." adalah:
      | kelengkapan                |
      | Blanko isian Rancangan RKA |
    Dan output langkah "Mengumpulkan blanko isian dari masing-masing subbag..." adalah "Konsep RKA"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing subbag..."
    Maka tugas berikutnya adalah "Melaksanakan rapat internal perhitungan rincian pemakaian..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Melaksanakan rapat internal perhitungan rincian pemakaian..." adalah 3 jam
    Dan kelengkapan langkah "Melaksanakan rapat internal perhitungan rincian pemakaian..." adalah:
      | kelengkapan |
      | Konsep RKA  |
      | Ruang rapat |
      | Makan       |
      | Minum       |
      | LCD         |
      | Komputer    |
      | ATK         |
    Dan output langkah "Melaksanakan rapat internal perhitungan rincian pemakaian..." adalah "Konsep RKA"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan rincian pemakaian..."
    Maka tugas berikutnya adalah "Membuat draft RKA serta aliran kasnya dan diserahkan..." untuk "Staf"
    Dan batas waktu langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..." adalah 3 hari kerja
    Dan kelengkapan langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..." adalah:
      | kelengkapan |
      | Konsep RKA  |
      | ATK         |
      | Komputer    |
    Dan output langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..." adalah "Draft RKA"
    Ketika "Staf" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." untuk "Kepala Dinas"
    Dan kelengkapan langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." adalah:
      | kelengkapan |
      | Draft RKA   |
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..."
    Maka tugas berikutnya adalah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." untuk "Sekretaris"
    Dan batas waktu langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." adalah 2 jam
    Dan kelengkapan langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." adalah:
      | kelengkapan |
      | Draft RKA   |
    Dan output langkah "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." adalah "Disposisi Dokumen RKA"
    Ketika "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..."
    Maka tugas berikutnya adalah "Melakukan finalisasi draft RKA, menggandakan dan menyerahkannya..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Melakukan finalisasi draft RKA, menggandakan dan menyerahkannya..." adalah 3 hari kerja
    Dan kelengkapan langkah "Melakukan finalisasi draft RKA, menggandakan dan menyerahkannya..." adalah:
      | kelengkapan |
      | Dokumen RKA |
      | Komputer    |
      | ATK         |
    Dan output langkah "Melakukan finalisasi draft RKA, menggandakan dan menyerahkannya..." adalah "Dokumen RKA"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Melakukan finalisasi draft RKA, menggandakan dan menyerahkannya..."
    Maka tugas berikutnya adalah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" untuk "Staf"
    Dan batas waktu langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" adalah 3 jam
    Dan kelengkapan langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" adalah:
      | kelengkapan |
      | Dokumen RKA |
    Dan output langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD" adalah "Dokumen RKA"
    Ketika "Staf" menyelesaikan langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD"
    Maka tugas berikutnya adalah "Mendokumentasikan dokumen RKA" untuk "Staf"
    Dan batas waktu langkah "Mendokumentasikan dokumen RKA" adalah 3 menit
    Dan kelengkapan langkah "Mendokumentasikan dokumen RKA" adalah:
      | kelengkapan |
      | Dokumen RKA |
    Dan output langkah "Mendokumentasikan dokumen RKA" adalah "Arsip Dokumen RKA"
    Ketika "Staf" menyelesaikan langkah "Mendokumentasikan dokumen RKA"
    Maka SOP selesai

  Skenario: Langkah 6 "Draft RKA disetujui?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Sub Bagian Program" memulai SOP
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    Dan "Staf" menyelesaikan langkah "Menyampaikan blanko isian dan informasi kepada masing-masing..."
    Dan "Staf" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing subbag..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan rincian pemakaian..."
    Dan "Staf" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat draft RKA serta aliran kasnya dan diserahkan..." untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..."
    Dan "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melakukan finalisasi draft RKA, menggandakan dan menyerahkannya..."
    Dan "Staf" menyelesaikan langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD"
    Dan "Staf" menyelesaikan langkah "Mendokumentasikan dokumen RKA"
    Maka SOP selesai

  Skenario: Langkah 7 "Draft RKA disetujui?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Sub Bagian Program" memulai SOP
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat rencana kerja penyusunan rencana kerja anggaran (RKA)"
    Dan "Staf" menyelesaikan langkah "Menyampaikan blanko isian dan informasi kepada masing-masing..."
    Dan "Staf" menyelesaikan langkah "Mengumpulkan blanko isian dari masing-masing subbag..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan rapat internal perhitungan rincian pemakaian..."
    Dan "Staf" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat draft RKA serta aliran kasnya dan diserahkan..." untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat draft RKA serta aliran kasnya dan diserahkan..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..."
    Dan "Sekretaris" memutuskan "Ya" pada "Menilai dan mengoreksi draft RKA. Jika RKA disetujui..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melakukan finalisasi draft RKA, menggandakan dan menyerahkannya..."
    Dan "Staf" menyelesaikan langkah "Membagikan dokumen RKA dan jadwal pencermatan TAPD"
    Dan "Staf" menyelesaikan langkah "Mendokumentasikan dokumen RKA"
    Maka SOP selesai

