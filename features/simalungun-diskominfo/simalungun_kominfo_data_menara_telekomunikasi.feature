# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_data_menara_telekomunikasi.bpmn (sop features draft); sunting seperlunya.
Fitur: Layanan Pengumpulan dan Pengolahan data Menara Telekomunikasi
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Postel
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Bidang Pos dan Telekomunikasi, Kepala Seksi Pengkajian Analisa Data dan Informasi, Staf

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_menara_telekomunikasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi" adalah 10 menit
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Maka tugas berikutnya adalah "Memerintahkan Kepala Bidang" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Dan batas waktu langkah "Memerintahkan Kepala Bidang" adalah 15 menit
    Dan kelengkapan langkah "Memerintahkan Kepala Bidang" adalah:
      | kelengkapan           |
      | Perintah Kepala Dinas |
    Dan output langkah "Memerintahkan Kepala Bidang" adalah "Lembar Disposisi ke Kepala Seksi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Maka tugas berikutnya adalah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..." untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..." adalah 15 menit
    Dan kelengkapan langkah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..." adalah:
      | kelengkapan         |
      | Perintah Sekretaris |
    Dan output langkah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..." adalah "Memperoleh data"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..."
    Maka tugas berikutnya adalah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..." untuk "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Dan batas waktu langkah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..." adalah 6 hari kerja
    Dan kelengkapan langkah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..." adalah:
      | kelengkapan                                 |
      | Tindak lanjut disposisi Kabid               |
      | Mempersiapkan surat dalam rangka koordinasi |
      | Melaksanakan koordinasi ke Instansi terkait |
      | Peninjauan Lapangan                         |
    Dan output langkah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..." adalah "Data Base"
    Ketika "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..."
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" untuk "Staf"
    Dan batas waktu langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" adalah 30 menit
    Dan kelengkapan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" adalah:
      | kelengkapan                                                                                           |
      | Mengolah data yang telah diperoleh dari Koordinasi ke Instansi terkait dan hasil Peninjauan Lapangan. |
    Dan output langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" adalah "Data Base"
    Ketika "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Maka tugas berikutnya adalah "Memeriksa berkas dan kepala bidang" untuk "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Dan batas waktu langkah "Memeriksa berkas dan kepala bidang" adalah 15 menit
    Dan output langkah "Memeriksa berkas dan kepala bidang" adalah "Data Base"
    Ketika "Kepala Seksi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Sekretaris" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Memeriksa berkas dan menyerahkan kepada Sekretaris" adalah 15 menit
    Dan output langkah "Memeriksa berkas dan menyerahkan kepada Sekretaris" adalah "Data Base"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa dan menyerahkan kepada Kepala Dinas" adalah 10 menit
    Dan kelengkapan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas" adalah:
      | kelengkapan                            |
      | Kelengkapan data Menara Telekomunikasi |
    Dan output langkah "Memeriksa dan menyerahkan kepada Kepala Dinas" adalah "Data base"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa berkas" adalah 10 menit
    Dan kelengkapan langkah "Memeriksa berkas" adalah:
      | kelengkapan                            |
      | Kelengkapan data Menara Telekomunikasi |
    Dan output langkah "Memeriksa berkas" adalah "Data Base"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan berkas" adalah 5 menit
    Dan kelengkapan langkah "Penandatanganan berkas" adalah:
      | kelengkapan                       |
      | Data Menara Telekomunikasi/berkas |
    Dan output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 6 "Berkas sudah benar?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..."
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..."
    Dan "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" memutuskan "Tidak" pada "Memeriksa berkas dan kepala bidang" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 7 "Berkas sudah benar?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..."
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..."
    Dan "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Tidak" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" untuk "Staf"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 9 "Berkas disetujui Kepala Dinas?" dijawab "Tidak", kembali ke langkah 8
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan Pemetaan..."
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider, Kecamatan meminta..."
    Dan "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

