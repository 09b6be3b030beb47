# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_data_penertiban_jasa_titipan.bpmn (sop features draft); sunting seperlunya.
Fitur: Pengumpulan dan pengolahan data untuk penertiban Jasa Titipan
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Postel
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Bidang Pos dan Telekomunikasi, Kepala Seksi Pos dan Telekomunikasi

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_penertiban_jasa_titipan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan" adalah 10 menit
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan"
    Maka tugas berikutnya adalah "Menugaskan Kepala Bidang untuk melaksanakan Pengumpulan..." untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Menugaskan Kepala Bidang untuk melaksanakan Pengumpulan..."
    Dan batas waktu langkah "Menugaskan Kepala Bidang untuk melaksanakan Pengumpulan..." adalah 10 menit
    Dan kelengkapan langkah "Menugaskan Kepala Bidang untuk melaksanakan Pengumpulan..." adalah:
      | kelengkapan           |
      | Perintah Kepala Dinas |
    Dan output langkah "Menugaskan Kepala Bidang untuk melaksanakan Pengumpulan..." adalah "Lembar Disposisi ke Kepala Seksi"
    Ketika "Sekretaris" menyelesaikan langkah "Menugaskan Kepala Bidang untuk melaksanakan Pengumpulan..."
    Maka tugas berikutnya adalah "Menugaskan kepala Seksi untuk melaksanakan Pengumpulan..." untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Menugaskan kepala Seksi untuk melaksanakan Pengumpulan..." adalah 15 menit
    Dan kelengkapan langkah "Menugaskan kepala Seksi untuk melaksanakan Pengumpulan..." adalah:
      | kelengkapan                        |
      | Tindak lanjut disposisi Sekretaris |
    Dan output langkah "Menugaskan kepala Seksi untuk melaksanakan Pengumpulan..." adalah "Memperoleh data"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan Pengumpulan..."
    Maka tugas berikutnya adalah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." untuk "Kepala Seksi Pos dan Telekomunikasi"
    Dan batas waktu langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." adalah 3 hari kerja
    Dan kelengkapan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." adalah:
      | kelengkapan                                                  |
      | Tindak lanjut disposisi Kabid                                |
      | Mempersiapkan surat untuk Koordinasi                         |
      | Peninjauan Lapangan                                          |
      | Mengolah data yang telah diperoleh dari Peninjauan Lapangan. |
    Dan output langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." adalah "Draft berkas"
    Ketika "Kepala Seksi Pos dan Telekomunikasi" menyelesaikan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung."
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada sekretaris" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Memeriksa berkas dan menyerahkan kepada sekretaris" adalah 15 menit
    Dan kelengkapan langkah "Memeriksa berkas dan menyerahkan kepada sekretaris" adalah:
      | kelengkapan  |
      | Draft berkas |
    Dan output langkah "Memeriksa berkas dan menyerahkan kepada sekretaris" adalah "Draft berkas"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada sekretaris"
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" adalah 10 menit
    Dan kelengkapan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" adalah:
      | kelengkapan  |
      | Draft berkas |
    Dan output langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" adalah "Draft berkas"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Memeriksa berkas" adalah 10 menit
    Dan kelengkapan langkah "Memeriksa berkas" adalah:
      | kelengkapan  |
      | Draft berkas |
    Dan output langkah "Memeriksa berkas" adalah "Draft berkas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Dan batas waktu langkah "Penandatanganan berkas" adalah 5 menit
    Dan kelengkapan langkah "Penandatanganan berkas" adalah:
      | kelengkapan |
      | Berkas      |
    Dan output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 7 "Berkas disetujui Kepala Dinas?" dijawab "Tidak", kembali ke langkah 6
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan"
    Dan "Sekretaris" menyelesaikan langkah "Menugaskan Kepala Bidang untuk melaksanakan Pengumpulan..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan Pengumpulan..."
    Dan "Kepala Seksi Pos dan Telekomunikasi" menyelesaikan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada sekretaris"
    Dan "Sekretaris" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

