# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 351-364 ("SOP Layanan Pengumpulan dan Pengolahan data Papan Reklame/Baliho")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 354): Kepala Dinas, Kabid Postel, Kasi Penhkajian Analisa Data dan Informasi (ejaan seed), JFU.
# Dua baris terakhir (363-364) tanpa nomor; ditulis sebagai langkah 7 dan 8.
# Output berbutir di seed ("- a - b") ditulis dengan pemisah "; ".
Fitur: SOP Layanan Pengumpulan dan Pengolahan data Papan Reklame/Baliho
  Pengumpulan dan pengolahan data papan reklame/baliho: pemetaan dengan peninjauan lapangan,
  data diolah, diperiksa Kabid dan Kepala Dinas, lalu ditandatangani dan diarsipkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_papan_reklame" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: pemetaan, data diolah, diperiksa, ditandatangani
    Ketika "Kepala Dinas" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 356: memerintahkan -> Kepala Dinas.
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    # Tafsiran: baris 357: menugaskan kepala seksi -> Kabid Postel.
    Maka tugas berikutnya adalah "Menugaskan kepala seksi untuk melaksanakan..." untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    # Tafsiran: baris 358: mempersiapkan surat perintah meninjau lapangan (kelengkapan "Tindak lanjut disposisi Kabid") -> Kasi.
    Maka tugas berikutnya adalah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." untuk "Kasi Penhkajian Analisa Data dan Informasi"
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    # Tafsiran: baris 359: menghimpun dan memproses data, menyerahkan kepada Kepala Seksi -> JFU.
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    # Tafsiran: baris 360: menyerahkan kepada Kepala Bidang -> Kasi.
    Maka tugas berikutnya adalah "Menyerahkan Kepada Kepala Bidang" untuk "Kasi Penhkajian Analisa Data dan Informasi"
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    # Sumber: baris 361: " ya" di kolom Kepala Dinas, " tidak" di kolom Kasi: keputusan Kabid Postel (memeriksa dan menyerahkan kepada Kepala Dinas).
    # Sumber: baris 361: "diaparaf oleh Staf,Kasi,Kabid dan Sekertaris". PERLU KALIMAT: Sekretaris tidak punya kolom di SOP ini, jadi parafnya tidak dapat ditulis sebagai langkah; paraf Staf/Kasi/Kabid dibaca bagian langkah 4-6 mereka.
    # Tafsiran: Tidak ke langkah 5 (langkah Kasi terakhir, kolom tanda "tidak" baris 361).
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    # Sumber: baris 363: "Memeriksa Berkas" tanpa nomor; Mermaid "Decision --> End1{{ }}", "Decision -- Tidak --> End2{{ }}" di kolom Kepala Dinas: keputusan Kepala Dinas.
    # Tafsiran: panah Tidak di Mermaid (baris 363) menuju penghubung halaman {{ }} tanpa sasaran; dibaca kembali ke langkah 6 (Kabid Postel, yang menyerahkan berkas).
    Maka tugas berikutnya adalah "Memeriksa Berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Berkas"
    # Sumber: baris 364: "Penandatanganan berkas" tanpa nomor, "ya" di kolom Kepala Dinas.
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: "Kabid Postel" memutuskan "Tidak" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Tidak" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" dengan alasan "data perlu diperbaiki"
    Maka tugas berikutnya adalah "Menyerahkan Kepada Kepala Bidang" untuk "Kasi Penhkajian Analisa Data dan Informasi"
    Dan alasan "data perlu diperbaiki" terlihat oleh "Kasi Penhkajian Analisa Data dan Informasi"
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa Berkas" untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa Berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa Berkas" dengan alasan "berkas belum dapat ditandatangani"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" untuk "Kabid Postel"
    Dan alasan "berkas belum dapat ditandatangani" terlihat oleh "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa Berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho" adalah 10 menit
    Maka langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho" tidak mempunyai kelengkapan
    Maka batas waktu langkah "Menugaskan kepala seksi untuk melaksanakan..." adalah 10 menit
    Maka kelengkapan langkah "Menugaskan kepala seksi untuk melaksanakan..." adalah:
      | kelengkapan |
      | Perintah Kepala Dinas |
    Maka output langkah "Menugaskan kepala seksi untuk melaksanakan..." adalah "Lembar Disposisi ke Kepala Seksi"
    Maka batas waktu langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." adalah 6 hari
    Maka kelengkapan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." adalah:
      | kelengkapan |
      | Tindak lanjut disposisi Kabid |
      | Mempersiapkan surat perintah |
      | Peninjauan Lapangan |
    Maka output langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung." adalah "Memperoleh data"
    Maka batas waktu langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" adalah 1 hari
    Maka kelengkapan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" adalah:
      | kelengkapan |
      | Mengolah data yang telah diperoleh dari Peninjauan Lapangan. |
    Maka output langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" adalah "Data Base"
    Maka batas waktu langkah "Menyerahkan Kepada Kepala Bidang" adalah 10 menit
    Maka kelengkapan langkah "Menyerahkan Kepada Kepala Bidang" adalah:
      | kelengkapan |
      | Data Baliho/Papan Reklame diperiksa |
    Maka output langkah "Menyerahkan Kepada Kepala Bidang" adalah "Data Base diparaf"
    Maka batas waktu langkah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" adalah 15 menit
    Maka kelengkapan langkah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" adalah:
      | kelengkapan |
      | Data Baliho/Papan Reklame diaparaf oleh Staf,Kasi,Kabid dan Sekertaris. |
    Maka output langkah "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa" adalah "Data Base diperiksa Kepala Dinas"
    # Langkah "Memeriksa Berkas": kolom Waktu kosong di seed.
    Maka langkah "Memeriksa Berkas" tidak mempunyai kelengkapan
    # Langkah "Penandatanganan berkas": kolom Waktu kosong di seed.
    Maka langkah "Penandatanganan berkas" tidak mempunyai kelengkapan
    Maka output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"

  Skenario: "Kasi Penhkajian Analisa Data dan Informasi" tidak dapat menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    # Pengolahan data milik JFU (tafsiran).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi" untuk "JFU"
    Maka "Kasi Penhkajian Analisa Data dan Informasi" tidak dapat menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"

  Skenario: "Kabid Postel" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
    # Tanda tangan milik Kepala Dinas.
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Papan Reklame/Baliho"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat Perintah Meninjau lapangan Langsung."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala Seksi"
    Ketika "Kasi Penhkajian Analisa Data dan Informasi" menyelesaikan langkah "Menyerahkan Kepada Kepala Bidang"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa dan menyerahkan berkas kepada kepala Dinas untuk diperiksa"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa Berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Maka "Kabid Postel" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
