# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 366-383 ("SOP Layanan Pengumpulan dan Pengolahan data Menara Telekomunikasi")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 369): Kepala Dinas, Sekretaris, Kabid Postel, Kasi Pengkajian Analisa Data dan Informasi, JFU.
# Output berbutir di seed ("- a - b") ditulis dengan pemisah "; ".
Fitur: SOP Layanan Pengumpulan dan Pengolahan data Menara Telekomunikasi
  Pengumpulan dan pengolahan data menara telekomunikasi: data diminta ke provider dan kecamatan serta ditinjau di lapangan,
  diolah, diperiksa berjenjang dan ditandatangani Kepala Dinas.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_menara_telekomunikasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: pemetaan menara, data diolah, diperiksa berjenjang, ditandatangani
    Ketika "Kepala Dinas" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 371: memerintahkan -> Kepala Dinas.
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    # Tafsiran: baris 372: memerintahkan Kepala Bidang (kelengkapan "Perintah Kepala Dinas") -> Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan Kepala Bidang" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    # Tafsiran: baris 373: menugaskan kepala Seksi (kelengkapan "Perintah Sekretaris") -> Kabid Postel.
    Maka tugas berikutnya adalah "Menugaskan kepala Seksi untuk melaksanakan..." untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    # Tafsiran: baris 374: mempersiapkan surat ke provider/kecamatan dan meninjau lapangan (kelengkapan "Tindak lanjut disposisi Kabid") -> Kasi.
    Maka tugas berikutnya adalah "Mempersiapkan Surat kepada Provider..." untuk "Kasi Pengkajian Analisa Data dan Informasi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider..."
    # Tafsiran: baris 375: menghimpun dan memproses data, menyerahkan kepada Kepala seksi -> JFU.
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    # Sumber: baris 376: "ya" di kolom Kasi: keputusan Kasi ("Memeriksa berkas dan kepala bidang"). "tidak" tercetak di kolom Persyaratan/Kelengkapan, satu kolom di kanan JFU.
    # Tafsiran: Tidak ke langkah 5 (JFU; "tidak" di sisi kolom JFU, baris 376). Kolom Kelengkapan langkah 6 hanya berisi "tidak": dibaca kosong.
    Maka tugas berikutnya adalah "Memeriksa berkas dan kepala bidang" untuk "Kasi Pengkajian Analisa Data dan Informasi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    # Tafsiran: baris 377: memeriksa dan menyerahkan kepada Sekretaris -> Kabid Postel. Tanda "ya"/"tidak" baris 377 sama persis dengan baris 376 (tampak tersalin).
    # Tafsiran: keputusan Kabid Postel; Tidak ke langkah 5 (JFU), posisi tanda "tidak" sama dengan baris 376. Tidak pasti (bisa juga ke langkah 6).
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Sekretaris" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    # Tafsiran: baris 381: memeriksa dan menyerahkan kepada Kepala Dinas -> Sekretaris. Seed tidak memberi tanda Ya/Tidak: langkah biasa.
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    # Tafsiran: baris 382: memeriksa berkas -> Kepala Dinas.
    # Sumber: baris 383: "ya" di kolom Kepala Dinas pada baris penandatanganan = panah Ya dari pemeriksaan langkah 9. Tidak: seed tidak menyebut; tafsiran: kembali ke langkah 8 (Sekretaris).
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    # Sumber: baris 383: "ya" di kolom Kepala Dinas. Uraian "Penadatangan berkas" ditulis seperti seed.
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Tidak" pada "Memeriksa berkas dan kepala bidang"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider..."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Maka tugas berikutnya adalah "Memeriksa berkas dan kepala bidang" untuk "Kasi Pengkajian Analisa Data dan Informasi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Tidak" pada "Memeriksa berkas dan kepala bidang" dengan alasan "data perlu diolah ulang"
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" untuk "JFU"
    Dan alasan "data perlu diolah ulang" terlihat oleh "JFU"
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Maka tugas berikutnya adalah "Memeriksa berkas dan kepala bidang" untuk "Kasi Pengkajian Analisa Data dan Informasi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Sekretaris" untuk "Kabid Postel"

  Skenario: "Kabid Postel" memutuskan "Tidak" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider..."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Sekretaris" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Tidak" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris" dengan alasan "berkas perlu diperbaiki"
    Maka tugas berikutnya adalah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" untuk "JFU"
    Dan alasan "berkas perlu diperbaiki" terlihat oleh "JFU"
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Sekretaris" untuk "Kabid Postel"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider..."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas" dengan alasan "berkas belum dapat ditandatangani"
    Maka tugas berikutnya adalah "Memeriksa dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan alasan "berkas belum dapat ditandatangani" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi" adalah 10 menit
    Maka langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi" tidak mempunyai kelengkapan
    Maka batas waktu langkah "Memerintahkan Kepala Bidang" adalah 15 menit
    Maka kelengkapan langkah "Memerintahkan Kepala Bidang" adalah:
      | kelengkapan |
      | Perintah Kepala Dinas |
    Maka output langkah "Memerintahkan Kepala Bidang" adalah "Lembar Disposisi ke Kepala Seksi"
    Maka batas waktu langkah "Menugaskan kepala Seksi untuk melaksanakan..." adalah 15 menit
    Maka kelengkapan langkah "Menugaskan kepala Seksi untuk melaksanakan..." adalah:
      | kelengkapan |
      | Perintah Sekretaris |
    Maka output langkah "Menugaskan kepala Seksi untuk melaksanakan..." adalah "Memperoleh data"
    Maka batas waktu langkah "Mempersiapkan Surat kepada Provider..." adalah 6 hari
    Maka kelengkapan langkah "Mempersiapkan Surat kepada Provider..." adalah:
      | kelengkapan |
      | Tindak lanjut disposisi Kabid |
      | Mempersiapkan surat dalam rangka koordinasi |
      | Melaksanakan koordinasi ke Instansi terkait |
      | Peninjauan Lapangan |
    Maka output langkah "Mempersiapkan Surat kepada Provider..." adalah "Data Base"
    Maka batas waktu langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" adalah 30 menit
    Maka kelengkapan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" adalah:
      | kelengkapan |
      | Mengolah data yang telah diperoleh dari Koordinasi ke Instansi terkait dan hasil Peninjauan Lapangan. |
    Maka output langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi" adalah "Data Base"
    Maka batas waktu langkah "Memeriksa berkas dan kepala bidang" adalah 15 menit
    Maka langkah "Memeriksa berkas dan kepala bidang" tidak mempunyai kelengkapan
    Maka output langkah "Memeriksa berkas dan kepala bidang" adalah "Data Base"
    Maka batas waktu langkah "Memeriksa berkas dan menyerahkan kepada Sekretaris" adalah 15 menit
    Maka langkah "Memeriksa berkas dan menyerahkan kepada Sekretaris" tidak mempunyai kelengkapan
    Maka output langkah "Memeriksa berkas dan menyerahkan kepada Sekretaris" adalah "Data Base"
    Maka batas waktu langkah "Memeriksa dan menyerahkan kepada Kepala Dinas" adalah 10 menit
    Maka kelengkapan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas" adalah:
      | kelengkapan |
      | Kelengkapan data Menara Telekomunikasi |
    Maka output langkah "Memeriksa dan menyerahkan kepada Kepala Dinas" adalah "Data base"
    Maka batas waktu langkah "Memeriksa berkas" adalah 10 menit
    Maka kelengkapan langkah "Memeriksa berkas" adalah:
      | kelengkapan |
      | Kelengkapan data Menara Telekomunikasi |
    Maka output langkah "Memeriksa berkas" adalah "Data Base"
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Maka batas waktu langkah "Penandatanganan berkas" adalah 5 menit
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Maka kelengkapan langkah "Penandatanganan berkas" adalah:
      | kelengkapan |
      | Data Menara Telekomunikasi/berkas |
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Maka output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"

  Skenario: "JFU" tidak dapat menyelesaikan langkah "Memeriksa berkas dan kepala bidang"
    # Pemeriksaan langkah 6 milik Kasi ("ya" baris 376).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider..."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Maka tugas berikutnya adalah "Memeriksa berkas dan kepala bidang" untuk "Kasi Pengkajian Analisa Data dan Informasi"
    Maka "JFU" tidak dapat menyelesaikan langkah "Memeriksa berkas dan kepala bidang"

  # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
    # Tanda tangan milik Kepala Dinas.
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan Pemetaan Menara Telekomunikasi"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" menyelesaikan langkah "Mempersiapkan Surat kepada Provider..."
    Ketika "JFU" menyelesaikan langkah "Menghimpun dan memproses data dan menyerahkan kepada Kepala seksi"
    Ketika "Kasi Pengkajian Analisa Data dan Informasi" memutuskan "Ya" pada "Memeriksa berkas dan kepala bidang"
    Ketika "Kabid Postel" memutuskan "Ya" pada "Memeriksa berkas dan menyerahkan kepada Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa dan menyerahkan kepada Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    # Diselaraskan: ejaan OCR dibetulkan di tabel ("Penadatangan" -> "Penandatanganan"), baris 383.
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
