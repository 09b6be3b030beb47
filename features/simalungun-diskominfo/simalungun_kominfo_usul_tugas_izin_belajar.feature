# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_usul_tugas_izin_belajar.bpmn (sop features draft); sunting seperlunya.
Fitur: PEMBUATAN SURAT PENGANTAR USUL TUGAS/ IZIN BELAJAR PEGAWAI
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: Sekretaris, Kepala Sub Bagian Umum, Staf, Kepala Dinas

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_usul_tugas_izin_belajar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Sekretaris" memulai SOP
    Maka tugas berikutnya adalah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." untuk "Sekretaris"
    Dan batas waktu langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." adalah 30 menit
    Dan kelengkapan langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." adalah:
      | kelengkapan |
      | DISPOSISI   |
    Dan output langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." adalah "Instruksi"
    Ketika "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..."
    Maka tugas berikutnya adalah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." untuk "Kepala Sub Bagian Umum"
    Dan "Sekretaris" tidak dapat menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..."
    Dan batas waktu langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." adalah 30 menit
    Dan kelengkapan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." adalah:
      | kelengkapan |
      | ATK         |
      | Disposisi   |
      | Surat       |
    Dan output langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." adalah "Instruksi"
    Ketika "Kepala Sub Bagian Umum" melampirkan dokumen "Surat"
    Dan "Kepala Sub Bagian Umum" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..."
    Maka tugas berikutnya adalah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." untuk "Staf"
    Dan batas waktu langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." adalah 1 jam
    Dan kelengkapan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." adalah:
      | kelengkapan |
      | ATK         |
      | Surat       |
      | Dokumen     |
    Dan output langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." adalah "Konsep Surat"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "Kepala Sub Bagian Umum"
    Dan batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah:
      | kelengkapan       |
      | ATK               |
      | dokumen pendukung |
    Dan output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah "Paraf"
    Ketika "Kepala Sub Bagian Umum" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah "Paraf"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah "Disposisi"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    Maka tugas berikutnya adalah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." untuk "Sekretaris"
    Dan batas waktu langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah 30 menit
    Dan kelengkapan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah "Disposisi"
    Ketika "Sekretaris" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..."
    Maka tugas berikutnya adalah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." untuk "Kepala Sub Bagian Umum"
    Dan batas waktu langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah 30 menit
    Dan kelengkapan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah "Instruksi"
    Ketika "Kepala Sub Bagian Umum" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..."
    Maka tugas berikutnya adalah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." untuk "Staf"
    Dan batas waktu langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
      | Komputer          |
    Dan output langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah "Dokumen Usulan Tugas/izin Belajar"
    Ketika "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 4 "Surat pengantar sudah sesuai?" dijawab "Tidak", kembali ke langkah 3
    Ketika "Sekretaris" memulai SOP
    Dan "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..."
    Dan "Kepala Sub Bagian Umum" melampirkan dokumen "Surat"
    Dan "Kepala Sub Bagian Umum" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..."
    Dan "Staf" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..."
    Dan "Kepala Sub Bagian Umum" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..."
    Dan "Kepala Sub Bagian Umum" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    Dan "Sekretaris" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..."
    Dan "Kepala Sub Bagian Umum" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..."
    Dan "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 5 "Surat pengantar sudah sesuai?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Sekretaris" memulai SOP
    Dan "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..."
    Dan "Kepala Sub Bagian Umum" melampirkan dokumen "Surat"
    Dan "Kepala Sub Bagian Umum" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..."
    Dan "Staf" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..."
    Dan "Kepala Sub Bagian Umum" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "Kepala Sub Bagian Umum"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Umum"
    Ketika "Kepala Sub Bagian Umum" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    Dan "Sekretaris" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..."
    Dan "Kepala Sub Bagian Umum" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..."
    Dan "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

  Skenario: Langkah 6 "Surat pengantar sesuai dan ditandatangani?" dijawab "Tidak", kembali ke langkah 4
    Ketika "Sekretaris" memulai SOP
    Dan "Sekretaris" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..."
    Dan "Kepala Sub Bagian Umum" melampirkan dokumen "Surat"
    Dan "Kepala Sub Bagian Umum" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..."
    Dan "Staf" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..."
    Dan "Kepala Sub Bagian Umum" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "Kepala Sub Bagian Umum"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Sub Bagian Umum"
    Ketika "Kepala Sub Bagian Umum" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    Dan "Sekretaris" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..."
    Dan "Kepala Sub Bagian Umum" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..."
    Dan "Staf" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

