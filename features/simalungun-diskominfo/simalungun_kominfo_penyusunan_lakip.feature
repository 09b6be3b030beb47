# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penyusunan_lakip.bpmn (sop features draft); sunting seperlunya.
Fitur: PENYUSUNAN LAPORAN AKUNTABILITAS KINERJA INSTANSI PEMERINTAH (LAKIP)
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Program
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Sub Bagian Program, Staf

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penyusunan_lakip" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan penyusunan LAKIP" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan penyusunan LAKIP" adalah 10 menit
    Dan kelengkapan langkah "Memerintahkan penyusunan LAKIP" adalah:
      | kelengkapan     |
      | Disposisi surat |
    Dan output langkah "Memerintahkan penyusunan LAKIP" adalah "Disposisi surat"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    Maka tugas berikutnya adalah "Membuat format pengumpulan data dan informasi kinerja..." untuk "Kepala Sub Bagian Program"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Membuat format pengumpulan data dan informasi kinerja..."
    Dan batas waktu langkah "Membuat format pengumpulan data dan informasi kinerja..." adalah 2 jam
    Dan kelengkapan langkah "Membuat format pengumpulan data dan informasi kinerja..." adalah:
      | kelengkapan             |
      | Format penyusunan LAKIP |
    Dan output langkah "Membuat format pengumpulan data dan informasi kinerja..." adalah "Format penyusunan LAKIP"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat format pengumpulan data dan informasi kinerja..."
    Maka tugas berikutnya adalah "Menyampaikan format pengumpulan data dan informasi..." untuk "Staf"
    Dan batas waktu langkah "Menyampaikan format pengumpulan data dan informasi..." adalah 1 jam
    Dan kelengkapan langkah "Menyampaikan format pengumpulan data dan informasi..." adalah:
      | kelengkapan             |
      | Format penyusunan LAKIP |
    Dan output langkah "Menyampaikan format pengumpulan data dan informasi..." adalah "Format penyusunan LAKIP"
    Ketika "Staf" menyelesaikan langkah "Menyampaikan format pengumpulan data dan informasi..."
    Maka tugas berikutnya adalah "Menghimpun format data dan informasi kinerja dari masing-masing..." untuk "Staf"
    Dan batas waktu langkah "Menghimpun format data dan informasi kinerja dari masing-masing..." adalah 3 jam
    Dan kelengkapan langkah "Menghimpun format data dan informasi kinerja dari masing-masing..." adalah:
      | kelengkapan             |
      | Format penyusunan LAKIP |
    Dan output langkah "Menghimpun format data dan informasi kinerja dari masing-masing..." adalah "Format penyusunan LAKIP"
    Ketika "Staf" menyelesaikan langkah "Menghimpun format data dan informasi kinerja dari masing-masing..."
    Maka tugas berikutnya adalah "Menganalisis dan mengevaluasi data dan informasi kinerja..." untuk "Staf"
    Dan batas waktu langkah "Menganalisis dan mengevaluasi data dan informasi kinerja..." adalah 4 hari kerja
    Dan kelengkapan langkah "Menganalisis dan mengevaluasi data dan informasi kinerja..." adalah:
      | kelengkapan             |
      | Format penyusunan LAKIP |
    Dan output langkah "Menganalisis dan mengevaluasi data dan informasi kinerja..." adalah "Draft LAKIP"
    Ketika "Staf" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan informasi kinerja..."
    Maka tugas berikutnya adalah "Membuat Dokumen LAKIP" untuk "Staf"
    Dan batas waktu langkah "Membuat Dokumen LAKIP" adalah 2 hari kerja
    Dan kelengkapan langkah "Membuat Dokumen LAKIP" adalah:
      | kelengkapan |
      | Draft LAKIP |
    Dan output langkah "Membuat Dokumen LAKIP" adalah "Dokumen LAKIP"
    Ketika "Staf" menyelesaikan langkah "Membuat Dokumen LAKIP"
    Maka tugas berikutnya adalah "Mengoreksi Dokumen LAKIP" untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Mengoreksi Dokumen LAKIP" adalah 1 hari kerja
    Dan kelengkapan langkah "Mengoreksi Dokumen LAKIP" adalah:
      | kelengkapan   |
      | Dokumen LAKIP |
    Dan output langkah "Mengoreksi Dokumen LAKIP" adalah "Dokumen LAKIP"
    Ketika "Kepala Sub Bagian Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Maka tugas berikutnya adalah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..." adalah 1 jam
    Dan kelengkapan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..." adalah:
      | kelengkapan   |
      | Dokumen LAKIP |
    Dan output langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..." adalah "Dokumen LAKIP"
    Ketika "Kepala Sub Bagian Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..."
    Maka tugas berikutnya adalah "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..." adalah 10 menit
    Dan kelengkapan langkah "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..." adalah:
      | kelengkapan   |
      | Dokumen LAKIP |
    Dan output langkah "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..." adalah "Disposisi persetujuan dokumen LAKIP"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..."
    Maka tugas berikutnya adalah "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan..." adalah 10 menit
    Dan kelengkapan langkah "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan..." adalah:
      | kelengkapan   |
      | Dokumen LAKIP |
    Dan output langkah "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan..." adalah "Disposisi persetujuan dokumen LAKIP"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan..."
    Maka tugas berikutnya adalah "Memerintah kasubbag membuat surat pengantar pengiriman..." untuk "Sekretaris"
    Dan batas waktu langkah "Memerintah kasubbag membuat surat pengantar pengiriman..." adalah 10 menit
    Dan kelengkapan langkah "Memerintah kasubbag membuat surat pengantar pengiriman..." adalah:
      | kelengkapan   |
      | Dokumen LAKIP |
    Dan output langkah "Memerintah kasubbag membuat surat pengantar pengiriman..." adalah "Disposisi persetujuan dokumen LAKIP"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintah kasubbag membuat surat pengantar pengiriman..."
    Maka tugas berikutnya adalah "Membuat surat pengantar pengiriman sekaligus penomoran..." untuk "Kepala Sub Bagian Program"
    Dan batas waktu langkah "Membuat surat pengantar pengiriman sekaligus penomoran..." adalah 15 menit
    Dan kelengkapan langkah "Membuat surat pengantar pengiriman sekaligus penomoran..." adalah:
      | kelengkapan            |
      | Konsep surat pengantar |
    Dan output langkah "Membuat surat pengantar pengiriman sekaligus penomoran..." adalah "Surat pengantar"
    Ketika "Kepala Sub Bagian Program" melampirkan dokumen "Surat pengantar"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat surat pengantar pengiriman sekaligus penomoran..."
    Maka tugas berikutnya adalah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" untuk "Staf"
    Dan batas waktu langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" adalah 1 jam
    Dan kelengkapan langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" adalah:
      | kelengkapan   |
      | Dokumen LAKIP |
    Dan output langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP" adalah "Dokumen LAKIP"
    Ketika "Staf" menyelesaikan langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP"
    Maka SOP selesai

  Skenario: Langkah 7 "Dokumen LAKIP sudah benar?" dijawab "Tidak", kembali ke langkah 6
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat format pengumpulan data dan informasi kinerja..."
    Dan "Staf" menyelesaikan langkah "Menyampaikan format pengumpulan data dan informasi..."
    Dan "Staf" menyelesaikan langkah "Menghimpun format data dan informasi kinerja dari masing-masing..."
    Dan "Staf" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan informasi kinerja..."
    Dan "Staf" menyelesaikan langkah "Membuat Dokumen LAKIP"
    Dan "Kepala Sub Bagian Program" memutuskan "Tidak" pada "Mengoreksi Dokumen LAKIP" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat Dokumen LAKIP" untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat Dokumen LAKIP"
    Dan "Kepala Sub Bagian Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..."
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan..."
    Dan "Sekretaris" menyelesaikan langkah "Memerintah kasubbag membuat surat pengantar pengiriman..."
    Dan "Kepala Sub Bagian Program" melampirkan dokumen "Surat pengantar"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat surat pengantar pengiriman sekaligus penomoran..."
    Dan "Staf" menyelesaikan langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP"
    Maka SOP selesai

  Skenario: Langkah 9 "Dokumen LAKIP disetujui Sekretaris?" dijawab "Tidak", kembali ke langkah 7
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan penyusunan LAKIP"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat format pengumpulan data dan informasi kinerja..."
    Dan "Staf" menyelesaikan langkah "Menyampaikan format pengumpulan data dan informasi..."
    Dan "Staf" menyelesaikan langkah "Menghimpun format data dan informasi kinerja dari masing-masing..."
    Dan "Staf" menyelesaikan langkah "Menganalisis dan mengevaluasi data dan informasi kinerja..."
    Dan "Staf" menyelesaikan langkah "Membuat Dokumen LAKIP"
    Dan "Kepala Sub Bagian Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengoreksi Dokumen LAKIP" untuk "Kepala Sub Bagian Program"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Program"
    Ketika "Kepala Sub Bagian Program" memutuskan "Ya" pada "Mengoreksi Dokumen LAKIP"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Menyampaikan Dokumen LAKIP kepada Sekretaris untuk..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa dan menyampaikan Dokumen LAKIP kepada Kadis..."
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan dokumen LAKIP oleh Kadis kemudian diteruskan..."
    Dan "Sekretaris" menyelesaikan langkah "Memerintah kasubbag membuat surat pengantar pengiriman..."
    Dan "Kepala Sub Bagian Program" melampirkan dokumen "Surat pengantar"
    Dan "Kepala Sub Bagian Program" menyelesaikan langkah "Membuat surat pengantar pengiriman sekaligus penomoran..."
    Dan "Staf" menyelesaikan langkah "Mengantar surat, menggandakan dan mengarsipkan Dokumen LAKIP"
    Maka SOP selesai

