# language: id
# Draf awal dari bpmn/simalungun-diskominfo/simalungun_kominfo_data_evaluasi_media_massa.bpmn (sop features draft); sunting seperlunya.
Fitur: Layanan Pengumpulan dan Pengolahan data untuk Evaluasi persyaratan administrasi dan data Tekhnis Penyelenggaraan media massa
  Dinas Komunikasi dan Informatika, Pemerintah Kabupaten Simalungun
  Unit: Bidang Postel
  Pelaksana: Kepala Dinas, Sekretaris, Kepala Bidang Pos dan Telekomunikasi, Kepala Seksi Bina Pemberdayaan Media Massa

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_evaluasi_media_massa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Dinas" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan pengumpulan data untuk..." untuk "Kepala Dinas"
    Dan batas waktu langkah "Memerintahkan untuk melaksanakan pengumpulan data untuk..." adalah 10 menit
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan data untuk..."
    Maka tugas berikutnya adalah "Memerintahkan kepada Kepala Bidang" untuk "Sekretaris"
    Dan "Kepala Dinas" tidak dapat menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Dan batas waktu langkah "Memerintahkan kepada Kepala Bidang" adalah 5 menit
    Dan kelengkapan langkah "Memerintahkan kepada Kepala Bidang" adalah:
      | kelengkapan           |
      | Perintah Kepala Dinas |
    Dan output langkah "Memerintahkan kepada Kepala Bidang" adalah "Lembar Disposisi ke Kepala Seksi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Maka tugas berikutnya adalah "Menugaskan kepala seksi untuk melaksanakan pengumpulan..." untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Menugaskan kepala seksi untuk melaksanakan pengumpulan..." adalah 15 menit
    Dan kelengkapan langkah "Menugaskan kepala seksi untuk melaksanakan pengumpulan..." adalah:
      | kelengkapan                    |
      | Perintah untuk ditindaklanjuti |
    Dan output langkah "Menugaskan kepala seksi untuk melaksanakan pengumpulan..." adalah "Memperoleh data"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan pengumpulan..."
    Maka tugas berikutnya adalah "Mempersiapkan serta menghimpun dan Memproses data Surat..." untuk "Kepala Seksi Bina Pemberdayaan Media Massa"
    Dan batas waktu langkah "Mempersiapkan serta menghimpun dan Memproses data Surat..." adalah 2 hari kerja
    Dan kelengkapan langkah "Mempersiapkan serta menghimpun dan Memproses data Surat..." adalah:
      | kelengkapan                                                             |
      | Tindak lanjut disposisi Kabid                                           |
      | Mempersiapkan surat dalam rangka koordinasi                             |
      | Melaksanakan koordinasi ke Instansi terkait                             |
      | Mengolah data yang telah diperoleh dari Koordinasi ke Instansi terkait. |
    Dan output langkah "Mempersiapkan serta menghimpun dan Memproses data Surat..." adalah "Data Base"
    Ketika "Kepala Seksi Bina Pemberdayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses data Surat..."
    Maka tugas berikutnya adalah "Menyerahkan kepada Sekretaris untuk diperiksa" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan batas waktu langkah "Menyerahkan kepada Sekretaris untuk diperiksa" adalah 15 menit
    Dan kelengkapan langkah "Menyerahkan kepada Sekretaris untuk diperiksa" adalah:
      | kelengkapan                                                                                                |
      | Data untuk Evaluasi persyatan administrasi dan data Teknis di Paraf oleh Staf, Kasi, Kabid dan Sekertaris. |
    Dan output langkah "Menyerahkan kepada Sekretaris untuk diperiksa" adalah "Data Base"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan batas waktu langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" adalah 1 hari kerja
    Dan kelengkapan langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" adalah:
      | kelengkapan    |
      | Data Pendukung |
    Dan output langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" adalah "Data Base"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Dan output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 6 "Berkas sudah benar?" dijawab "Tidak", kembali ke langkah 5
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan data untuk..."
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan pengumpulan..."
    Dan "Kepala Seksi Bina Pemberdayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses data Surat..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Dan "Sekretaris" memutuskan "Tidak" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Menyerahkan kepada Sekretaris untuk diperiksa" untuk "Kepala Bidang Pos dan Telekomunikasi"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Kepala Bidang Pos dan Telekomunikasi"
    Ketika "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: Langkah 7 "Berkas disetujui Kepala Dinas?" dijawab "Tidak", kembali ke langkah 6
    Ketika "Kepala Dinas" memulai SOP
    Dan "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan data untuk..."
    Dan "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan pengumpulan..."
    Dan "Kepala Seksi Bina Pemberdayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses data Surat..."
    Dan "Kepala Bidang Pos dan Telekomunikasi" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Dan "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas" dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Dan "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Dan "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

