# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_data_papan_reklame.bpmn (sop features draft); sunting seperlunya.
Fitur: Layanan Pengumpulan dan Pengolahan data Papan Reklame/Baliho
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Postel
  Pelaksana: Kepala Dinas, Kepala Bidang Pos dan Telekomunikasi, Kepala Seksi Pengkajian Analisa Data dan Informasi, Staf

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_papan_reklame" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho" adalah 10 menit
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    Maka tugas berikutnya adalah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..." untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..."
    Dan batas waktu langkah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..." adalah 10 menit
    Dan kelengkapan langkah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..." adalah:
      | kelengkapan           |
      | Perintah Kepala Dinas |
    Dan output langkah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..." adalah "Lembar Disposisi ke Kepala Seksi"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..."
    Maka tugas berikutnya adalah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." untuk "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Dan batas waktu langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." adalah 6 hari kerja
    Dan kelengkapan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." adalah:
      | kelengkapan                   |
      | Tindak lanjut disposisi Kabid |
      | Mempersiapkan surat perintah  |
      | Peninjauan Lapangan           |
    Dan output langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." adalah "Memperoleh data"
    Ketika "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" untuk "Staf"
    Dan batas waktu langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" adalah 1 hari kerja
    Dan kelengkapan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" adalah:
      | kelengkapan                                                  |
      | Mengolah data yang telah diperoleh dari Peninjauan Lapangan. |
    Dan output langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" adalah "Data Base"
    Ketika "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    Maka tugas berikutnya adalah "Menyerahkan Kepada Kepala Bidang" untuk "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Dan batas waktu langkah "Menyerahkan Kepada Kepala Bidang" adalah 10 menit
    Dan kelengkapan langkah "Menyerahkan Kepada Kepala Bidang" adalah:
      | kelengkapan                         |
      | Data Baliho/Papan Reklame diperiksa |
    Dan output langkah "Menyerahkan Kepada Kepala Bidang" adalah "Data Base diparaf"
    Ketika "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" adalah 15 menit
    Dan kelengkapan langkah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" adalah:
      | kelengkapan                                                             |
      | Data Baliho/Papan Reklame diaparaf oleh Staf,Kasi,Kabid dan Sekertaris. |
    Dan output langkah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" adalah "Data Base diperiksa Kepala Dinas"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa Berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Dan output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 6 "Berkas sudah benar?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..."
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    Dan "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Tidak" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menyerahkan Kepada Kepala Bidang" untuk "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Seksi Pengkajian Analisa Data dan Informasi"
    Ketika "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 7 "Berkas disetujui Kepala Dinas?" dijawab "Tidak", kembali ke langkah 6
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan Pemetaan..."
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    Dan "Staf" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    Dan "Kepala Seksi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Bidang Pos dan Telekomunikasi"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

