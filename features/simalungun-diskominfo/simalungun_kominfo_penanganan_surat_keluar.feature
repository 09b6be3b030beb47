# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penanganan_surat_keluar.bpmn (sop features draft); sunting seperlunya.
Fitur: PENANGANAN SURAT KELUAR
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: SEKRETARIS, KASUBBAG, JFU, KEPALA DINAS

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penanganan_surat_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "SEKRETARIS" memulai SOP
    Maka tugas berikutnya adalah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." untuk "SEKRETARIS"
    Dan batas waktu langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." adalah 10 menit
    Dan kelengkapan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." adalah:
      | kelengkapan       |
      | Disposisi Dokumen |
    Dan output langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." adalah "Disposisi"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Maka tugas berikutnya adalah "Membuat konsep surat, kemudian menugaskan JFU untuk..." untuk "KASUBBAG"
    Dan "SEKRETARIS" tidak dapat menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan batas waktu langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..." adalah 30 menit
    Dan kelengkapan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..." adalah:
      | kelengkapan |
      | Disposisi   |
    Dan output langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..." adalah "Instruksi"
    Ketika "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Maka tugas berikutnya adalah "Membuat surat, kemudian menyampaikannya kembali kepada..." untuk "JFU"
    Dan batas waktu langkah "Membuat surat, kemudian menyampaikannya kembali kepada..." adalah 30 menit
    Dan kelengkapan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..." adalah:
      | kelengkapan |
      | ATK         |
      | Surat       |
      | Dokumen     |
    Dan output langkah "Membuat surat, kemudian menyampaikannya kembali kepada..." adalah "Konsep Surat"
    Ketika "JFU" melampirkan dokumen "Surat"
    Dan "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." untuk "KASUBBAG"
    Dan batas waktu langkah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." adalah:
      | kelengkapan       |
      | ATK               |
      | dokumen pendukung |
    Dan output langkah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." adalah "Paraf"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Maka tugas berikutnya adalah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." untuk "SEKRETARIS"
    Dan batas waktu langkah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." adalah "Paraf"
    Ketika "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Maka tugas berikutnya adalah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." untuk "KEPALA DINAS"
    Dan batas waktu langkah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." adalah "Disposisi"
    Ketika "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Maka tugas berikutnya adalah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." untuk "SEKRETARIS"
    Dan batas waktu langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah 30 menit
    Dan kelengkapan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah "Disposisi"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Maka tugas berikutnya adalah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." untuk "KASUBBAG"
    Dan batas waktu langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah 30 menit
    Dan kelengkapan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah "Instruksi"
    Ketika "KASUBBAG" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Maka tugas berikutnya adalah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." untuk "JFU"
    Dan batas waktu langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
      | Komputer          |
    Dan output langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah "SURAT PEMBERI TAHUAN"
    Ketika "JFU" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "JFU" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 4 "Surat sudah sesuai?" dijawab "Tidak", kembali ke langkah 3
    Ketika "SEKRETARIS" memulai SOP
    Dan "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Dan "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan "JFU" melampirkan dokumen "Surat"
    Dan "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "KASUBBAG" memutuskan "Tidak" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat surat, kemudian menyampaikannya kembali kepada..." untuk "JFU"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "JFU"
    Ketika "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Dan "SEKRETARIS" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Dan "KASUBBAG" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Dan "JFU" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "JFU" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 5 "Surat sudah sesuai?" dijawab "Tidak", kembali ke langkah 4
    Ketika "SEKRETARIS" memulai SOP
    Dan "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Dan "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan "JFU" melampirkan dokumen "Surat"
    Dan "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "SEKRETARIS" memutuskan "Tidak" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." untuk "KASUBBAG"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Dan "SEKRETARIS" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Dan "KASUBBAG" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Dan "JFU" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "JFU" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 6 "Surat sudah sesuai dan ditandatangani?" dijawab "Tidak", kembali ke langkah 4
    Ketika "SEKRETARIS" memulai SOP
    Dan "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Dan "KASUBBAG" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan "JFU" melampirkan dokumen "Surat"
    Dan "JFU" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "KEPALA DINAS" memutuskan "Tidak" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." untuk "KASUBBAG"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "KASUBBAG"
    Ketika "KASUBBAG" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "SEKRETARIS" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "KEPALA DINAS" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Dan "SEKRETARIS" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Dan "KASUBBAG" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Dan "JFU" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "JFU" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

