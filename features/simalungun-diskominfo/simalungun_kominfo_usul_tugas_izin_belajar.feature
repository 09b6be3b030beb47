# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_usul_tugas_izin_belajar.bpmn (sop features draft); sunting seperlunya.
Fitur: PEMBUATAN SURAT PENGANTAR USUL TUGAS/ IZIN BELAJAR PEGAWAI
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Sekretariat - Sub Bagian Umum
  Pelaksana: SEKRETARIS, KASUBBAG UMUM, JFU, KEPALA DINAS

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_usul_tugas_izin_belajar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "SEKRETARIS" memulai SOP
    Maka tugas berikutnya adalah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." untuk "SEKRETARIS"
    Dan batas waktu langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." adalah 30 menit
    Dan kelengkapan langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." adalah:
      | kelengkapan |
      | DISPOSISI   |
    Dan output langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..." adalah "Instruksi"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menugaskan Kasubbag Umum membuat surat Pengantar Usulan..."
    Maka tugas berikutnya adalah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." untuk "KASUBBAG UMUM"
    Dan "SEKRETARIS" tidak dapat menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..."
    Dan batas waktu langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." adalah 30 menit
    Dan kelengkapan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." adalah:
      | kelengkapan |
      | ATK         |
      | Disposisi   |
      | Surat       |
    Dan output langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..." adalah "Instruksi"
    Ketika "KASUBBAG UMUM" melampirkan dokumen "Surat"
    Dan "KASUBBAG UMUM" menyelesaikan langkah "Membuat Surat Pengantar Usulan Tugas/Izin Belajar, kemudian..."
    Maka tugas berikutnya adalah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." untuk "JFU"
    Dan batas waktu langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." adalah 1 jam
    Dan kelengkapan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." adalah:
      | kelengkapan |
      | ATK         |
      | Surat       |
      | Dokumen     |
    Dan output langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..." adalah "Konsep Surat"
    Ketika "JFU" menyelesaikan langkah "Mengetik surat Pengantar Usulan Tugas /Izin belajar..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." untuk "KASUBBAG UMUM"
    Dan batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah:
      | kelengkapan       |
      | ATK               |
      | dokumen pendukung |
    Dan output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..." adalah "Paraf"
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf , jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." untuk "SEKRETARIS"
    Dan batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..." adalah "Paraf"
    Ketika "SEKRETARIS" menyelesaikan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian membuat paraf jika..."
    Maka tugas berikutnya adalah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." untuk "KEPALA DINAS"
    Dan batas waktu langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah 1 jam
    Dan kelengkapan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..." adalah "Disposisi"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Memeriksa Surat Pengantar Usulan Tugas/Izin Belajar kemudian ditandatangani..."
    Maka tugas berikutnya adalah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." untuk "SEKRETARIS"
    Dan batas waktu langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah 30 menit
    Dan kelengkapan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..." adalah "Disposisi"
    Ketika "SEKRETARIS" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditandatangani..."
    Maka tugas berikutnya adalah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." untuk "KASUBBAG UMUM"
    Dan batas waktu langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah 30 menit
    Dan kelengkapan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
    Dan output langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..." adalah "Instruksi"
    Ketika "KASUBBAG UMUM" menyelesaikan langkah "Menyerahkan Surat Pengantar Usulan Tugas/Izin Belajar yang telah ditangani..."
    Maka tugas berikutnya adalah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." untuk "JFU"
    Dan batas waktu langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah:
      | kelengkapan       |
      | Surat             |
      | Dokumen Pendukung |
      | Komputer          |
    Dan output langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..." adalah "Dokumen Usulan Tugas/izin Belajar"
    Ketika "JFU" menyelesaikan langkah "Membuat stempel, menggandakan, mengagendakan/ mendokumentasikan..."
    Maka SOP selesai

