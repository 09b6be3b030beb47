# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_penanganan_surat_keluar.bpmn (sop features draft); sunting seperlunya.
Fitur: PENANGANAN SURAT KELUAR
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: Sekretaris, Kepala Sub Bagian, Staf, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penanganan_surat_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Sekretaris" memulai SOP
    Maka tugas berikutnya adalah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." untuk "Sekretaris"
    Dan batas waktu langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." adalah 10 menit
    Dan kelengkapan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." adalah:
      | kelengkapan       |
      | Disposisi Dokumen |
    Dan output langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..." adalah "Disposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Maka tugas berikutnya adalah "Membuat konsep surat, kemudian menugaskan JFU untuk..." untuk "Kepala Sub Bagian"
    Dan "Sekretaris" tidak dapat menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan batas waktu langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..." adalah 30 menit
    Dan kelengkapan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..." adalah:
      | kelengkapan |
      | Disposisi   |
    Dan output langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..." adalah "Instruksi"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Maka tugas berikutnya adalah "Membuat surat, kemudian menyampaikannya kembali kepada..." untuk "Staf"
    Dan batas waktu langkah "Membuat surat, kemudian menyampaikannya kembali kepada..." adalah 30 menit
    Dan kelengkapan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..." adalah:
      | kelengkapan |
      | ATK         |
      | Surat       |
      | Dokumen     |
    Dan output langkah "Membuat surat, kemudian menyampaikannya kembali kepada..." adalah "Konsep Surat"
    Ketika "Staf" melampirkan dokumen "Surat"
    Dan "Staf" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." adalah:
      | kelengkapan       |
      | ATK               |
      | dokumen pendukung |
    Dan output langkah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." adalah "Paraf"
    Ketika "Kepala Sub Bagian" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Maka tugas berikutnya adalah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." adalah "Paraf"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Maka tugas berikutnya adalah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." adalah "Disposisi"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Maka tugas berikutnya adalah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." untuk "Sekretaris"
    Dan batas waktu langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah 30 menit
    Dan kelengkapan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..." adalah "Disposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Maka tugas berikutnya adalah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." untuk "Kepala Sub Bagian"
    Dan batas waktu langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah 30 menit
    Dan kelengkapan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..." adalah "Instruksi"
    Ketika "Kepala Sub Bagian" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Maka tugas berikutnya adalah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." untuk "Staf"
    Dan batas waktu langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
      | Komputer          |
    Dan output langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah "SURAT PEMBERI TAHUAN"
    Ketika "Staf" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 4 "Surat sudah sesuai?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Sekretaris" memulai SOP
    Dan "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan "Staf" melampirkan dokumen "Surat"
    Dan "Staf" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "Kepala Sub Bagian" memutuskan "Tidak" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Membuat surat, kemudian menyampaikannya kembali kepada..." untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "Kepala Sub Bagian" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Dan "Sekretaris" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Dan "Staf" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 5 "Surat sudah sesuai?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Sekretaris" memulai SOP
    Dan "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan "Staf" melampirkan dokumen "Surat"
    Dan "Staf" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "Kepala Sub Bagian" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." untuk "Kepala Sub Bagian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian"
    Ketika "Kepala Sub Bagian" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Dan "Sekretaris" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Dan "Staf" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 6 "Surat sudah sesuai dan ditandatangani?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Sekretaris" memulai SOP
    Dan "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat KONSEP surat terkait..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Membuat konsep surat, kemudian menugaskan JFU untuk..."
    Dan "Staf" melampirkan dokumen "Surat"
    Dan "Staf" menyelesaikan langkah "Membuat surat, kemudian menyampaikannya kembali kepada..."
    Dan "Kepala Sub Bagian" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..." untuk "Kepala Sub Bagian"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian"
    Ketika "Kepala Sub Bagian" memutuskan "Ya" pada "Memeriksa dan meneruskan surat, jika sudah sesuai dibuat..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa surat, jika sudah sesuai diparaf dan disampaikan..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat, jika sudah sesuai ditandatangani dan..."
    Dan "Sekretaris" menyelesaikan langkah "Menerima Surat yang telah ditandatangani dan menyerahkan kepada Kasubbag..."
    Dan "Kepala Sub Bagian" menyelesaikan langkah "Menerima surat yang telah ditandatangani dan menyerahkan kepada JFU..."
    Dan "Staf" melampirkan dokumen "SURAT PEMBERI TAHUAN"
    Dan "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

