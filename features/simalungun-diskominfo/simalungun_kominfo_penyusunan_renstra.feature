# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penyusunan_renstra.bpmn (sop features draft); sunting seperlunya.
Fitur: PENYUSUNAN RENCANA STRATEGIS (RENSTRA)
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Program
  Pelaksana: Staf, Kepala Sub Bagian Program, Sekretaris, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_renstra" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menyiapkan bahan, data yang terkait program kegiatan..." untuk "Staf"
    Dan batas waktu langkah "Menyiapkan bahan, data yang terkait program kegiatan..." adalah 2 hari kerja
    Dan kelengkapan langkah "Menyiapkan bahan, data yang terkait program kegiatan..." adalah:
      | kelengkapan  |
      | Agenda kerja |
      | Bahan        |
      | Data         |
      | ATK          |
    Dan output langkah "Menyiapkan bahan, data yang terkait program kegiatan..." adalah "Rancangan Renstra"
    Ketika "Staf" menyelesaikan langkah "Menyiapkan bahan, data yang terkait program kegiatan..."
    Maka tugas berikutnya adalah "Membuat konsep Renstra untuk lima tahunan yang didalamnya..." untuk "Staf"
    Dan batas waktu langkah "Membuat konsep Renstra untuk lima tahunan yang didalamnya..." adalah 14 hari kerja
    Dan kelengkapan langkah "Membuat konsep Renstra untuk lima tahunan yang didalamnya..." adalah:
      | kelengkapan       |
      | Rancangan Renstra |
      | Komputer          |
      | ATK               |
    Dan output langkah "Membuat konsep Renstra untuk lima tahunan yang didalamnya..." adalah "Konsep Renstra"
    Ketika "Staf" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan yang didalamnya..."
    Maka tugas berikutnya adalah "Menyampaikan konsep kepada Kasubag untuk diperiksa..." untuk "Staf"
    Dan batas waktu langkah "Menyampaikan konsep kepada Kasubag untuk diperiksa..." adalah 2 hari kerja
    Dan kelengkapan langkah "Menyampaikan konsep kepada Kasubag untuk diperiksa..." adalah:
      | kelengkapan    |
      | Konsep Renstra |
    Dan output langkah "Menyampaikan konsep kepada Kasubag untuk diperiksa..." adalah "Konsep Renstra"
    Ketika "Staf" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk diperiksa..."
    Maka tugas berikutnya adalah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..." untuk "Kepala Sub Bagian Program"
    Dan "Staf" tidak dapat menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..."
    Dan batas waktu langkah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..." adalah 3 jam
    Dan kelengkapan langkah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..." adalah:
      | kelengkapan    |
      | Konsep Renstra |
      | Ruang rapat    |
      | Makan          |
      | Minum          |
      | LCD            |
      | Komputer       |
    Dan output langkah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..." adalah "Konsep Renstra Notulen"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..."
    Maka tugas berikutnya adalah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..." adalah 14 hari kerja
    Dan kelengkapan langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..." adalah:
      | kelengkapan    |
      | Konsep Renstra |
      | Notulen        |
      | Komputer       |
      | ATK            |
    Dan output langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..." adalah "Draft Renstra"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..." adalah 3 jam
    Dan kelengkapan langkah "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..." adalah:
      | kelengkapan   |
      | Draft Renstra |
    Dan output langkah "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..." adalah "Draft Renstra"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..."
    Maka tugas berikutnya adalah "Memeriksa dan memberikan tanda tangan. Jika sudah baik..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa dan memberikan tanda tangan. Jika sudah baik..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan memberikan tanda tangan. Jika sudah baik..." adalah:
      | kelengkapan   |
      | Draft Renstra |
    Dan output langkah "Memeriksa dan memberikan tanda tangan. Jika sudah baik..." adalah "Disposisi Draft Renstra"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa dan memberikan tanda tangan. Jika sudah baik..."
    Maka tugas berikutnya adalah "Menggandakan dan mendistribusikan Buku Renstra ke masing..." untuk "Staf"
    Dan batas waktu langkah "Menggandakan dan mendistribusikan Buku Renstra ke masing..." adalah 3 hari kerja
    Dan kelengkapan langkah "Menggandakan dan mendistribusikan Buku Renstra ke masing..." adalah:
      | kelengkapan             |
      | Disposisi Draft Renstra |
      | Foto copy               |
      | penjilidan              |
    Dan output langkah "Menggandakan dan mendistribusikan Buku Renstra ke masing..." adalah "Dokumen Renstra"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mendistribusikan Buku Renstra ke masing..."
    Maka tugas berikutnya adalah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" adalah 5 menit
    Dan kelengkapan langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" adalah:
      | kelengkapan  |
      | Buku Renstra |
    Dan output langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip" adalah "Arsip"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip"
    Maka SOP selesai

  Skenario: Langkah 6 "Draft Renstra sudah baik?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Staf" memulai SOP
    Dan "Staf" menyelesaikan langkah "Menyiapkan bahan, data yang terkait program kegiatan..."
    Dan "Staf" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan yang didalamnya..."
    Dan "Staf" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk diperiksa..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..." untuk "Kepala Sub Bagian Program"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Program"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa dan memberikan tanda tangan. Jika sudah baik..."
    Dan "Staf" menyelesaikan langkah "Menggandakan dan mendistribusikan Buku Renstra ke masing..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip"
    Maka SOP selesai

  Skenario: Langkah 7 "Draft Renstra sudah baik dan ditandatangani?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Staf" memulai SOP
    Dan "Staf" menyelesaikan langkah "Menyiapkan bahan, data yang terkait program kegiatan..."
    Dan "Staf" menyelesaikan langkah "Membuat konsep Renstra untuk lima tahunan yang didalamnya..."
    Dan "Staf" menyelesaikan langkah "Menyampaikan konsep kepada Kasubag untuk diperiksa..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Melaksanakan Rapat koordinasi mencakup pembagian tugas..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa dan memberikan tanda tangan. Jika sudah baik..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..." untuk "Kepala Sub Bagian Program"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Program"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat Draft Renstra dan mengajukannya kepada sekretaris..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa Draft Renstra, Jika sudah baik diajukan ke..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa dan memberikan tanda tangan. Jika sudah baik..."
    Dan "Staf" menyelesaikan langkah "Menggandakan dan mendistribusikan Buku Renstra ke masing..."
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menerima dan menyimpan Buku Renstra sebagai dokumen dan arsip"
    Maka SOP selesai

