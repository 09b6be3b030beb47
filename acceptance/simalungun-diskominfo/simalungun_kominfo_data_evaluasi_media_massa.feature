# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 313-335 ("SOP Layanan Pengumpulan dan Pengolahan data untuk Evaluasi persyaratan administrasi dan data Tekhnis Penyelenggaraan media massa")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 322): Kepala Dinas, Sekretaris, Kabid Postel, Kasi Bina Pembedayaan Media Massa (ejaan seed), Petugas Adm Surat.
# Judul seed terbagi tiga baris (313-315). Dua baris terakhir (334-335) tanpa nomor; ditulis sebagai langkah 7 dan 8.
# Output berbutir di seed ("- a - b") ditulis dengan pemisah "; ".
Fitur: SOP Layanan Pengumpulan dan Pengolahan data untuk Evaluasi persyaratan administrasi dan data Tekhnis Penyelenggaraan media massa
  Pengumpulan dan pengolahan data untuk evaluasi persyaratan administrasi dan data teknis penyelenggaraan media massa:
  data dihimpun melalui koordinasi ke instansi terkait, diperiksa berjenjang dan ditandatangani Kepala Dinas.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_evaluasi_media_massa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: data dihimpun, diperiksa Sekretaris dan Kepala Dinas, ditandatangani
    Ketika "Kepala Dinas" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 324: memerintahkan -> Kepala Dinas.
    Maka tugas berikutnya adalah "Memerintahkan untuk melaksanakan pengumpulan..." untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan..."
    # Tafsiran: baris 325: memerintahkan kepada Kepala Bidang (kelengkapan "Perintah Kepala Dinas") -> Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan kepada Kepala Bidang" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    # Tafsiran: baris 326: menugaskan kepala seksi -> Kabid Postel.
    Maka tugas berikutnya adalah "Menugaskan kepala seksi untuk melaksanakan..." untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    # Tafsiran: baris 327: menghimpun dan memproses data, menyerahkan kepada Kepala Bidang (kelengkapan "Tindak lanjut disposisi Kabid") -> Kasi. Petugas Adm Surat tidak mendapat langkah sendiri (mungkin "Staf" yang memaraf, baris 328).
    Maka tugas berikutnya adalah "Mempersiapkan serta menghimpun dan Memproses..." untuk "Kasi Bina Pembedayaan Media Massa"
    Ketika "Kasi Bina Pembedayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses..."
    # Tafsiran: baris 328: menyerahkan kepada Sekretaris -> Kabid Postel.
    # Sumber: baris 328: "di Paraf oleh Staf, Kasi, Kabid dan Sekertaris": paraf Kasi dan Kabid dibaca sebagai bagian langkah 4 dan 5 mereka sendiri, paraf Sekretaris sebagai keputusan langkah 6. PERLU KALIMAT: paraf "Staf" (kolom Petugas Adm Surat?) tidak punya langkah; tidak ditambahkan.
    Maka tugas berikutnya adalah "Menyerahkan kepada Sekretaris untuk diperiksa" untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    # Sumber: baris 329: "ya" di kolom Sekretaris, "Tidak" di kolom Kabid Postel: keputusan Sekretaris.
    # Tafsiran: Tidak ke langkah 5 (langkah Kabid Postel, kolom tanda "Tidak" baris 329).
    # Tafsiran: baris 330 (tanpa nomor: "tidak" di kolom Sekretaris, "1 hari", "- Data Base") dibaca sebagai lanjutan baris langkah 6 yang terpotong halaman; output "Data Base" diambil dari sana.
    Maka tugas berikutnya adalah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    # Sumber: baris 334: "Memeriksa berkas" tanpa nomor -> Kepala Dinas (baris 329: "diserahkan kepada Kepala Dinas"). Seed tidak memberi mutu baku.
    # Tafsiran: baris 334-335: "ya" di kolom Kepala Dinas pada baris Penandatanganan = panah Ya dari pemeriksaan Kepala Dinas. Tidak: seed tidak menyebut; "tidak" di kolom Sekretaris baris 330 dibaca sebagai ujung panah Tidak -> kembali ke langkah 6 (Sekretaris).
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    # Sumber: baris 335: "Penandatanganan berkas" tanpa nomor, "ya" di kolom Kepala Dinas.
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan..."
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Bina Pembedayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Tidak" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas" dengan alasan "berkas perlu diperbaiki"
    Maka tugas berikutnya adalah "Menyerahkan kepada Sekretaris untuk diperiksa" untuk "Kabid Postel"
    Dan alasan "berkas perlu diperbaiki" terlihat oleh "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan..."
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Bina Pembedayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas" dengan alasan "berkas belum dapat ditandatangani"
    Maka tugas berikutnya adalah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan alasan "berkas belum dapat ditandatangani" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan untuk melaksanakan pengumpulan..." adalah 10 menit
    Maka langkah "Memerintahkan untuk melaksanakan pengumpulan..." tidak mempunyai kelengkapan
    Maka batas waktu langkah "Memerintahkan kepada Kepala Bidang" adalah 5 menit
    Maka kelengkapan langkah "Memerintahkan kepada Kepala Bidang" adalah:
      | kelengkapan |
      | Perintah Kepala Dinas |
    Maka output langkah "Memerintahkan kepada Kepala Bidang" adalah "Lembar Disposisi ke Kepala Seksi"
    Maka batas waktu langkah "Menugaskan kepala seksi untuk melaksanakan..." adalah 15 menit
    Maka kelengkapan langkah "Menugaskan kepala seksi untuk melaksanakan..." adalah:
      | kelengkapan |
      | Perintah untuk ditindaklanjuti |
    Maka output langkah "Menugaskan kepala seksi untuk melaksanakan..." adalah "Memperoleh data"
    Maka batas waktu langkah "Mempersiapkan serta menghimpun dan Memproses..." adalah 2 hari
    Maka kelengkapan langkah "Mempersiapkan serta menghimpun dan Memproses..." adalah:
      | kelengkapan |
      | Tindak lanjut disposisi Kabid |
      | Mempersiapkan surat dalam rangka koordinasi |
      | Melaksanakan koordinasi ke Instansi terkait |
      | Mengolah data yang telah diperoleh dari Koordinasi ke Instansi terkait. |
    Maka output langkah "Mempersiapkan serta menghimpun dan Memproses..." adalah "Data Base"
    Maka batas waktu langkah "Menyerahkan kepada Sekretaris untuk diperiksa" adalah 15 menit
    Maka kelengkapan langkah "Menyerahkan kepada Sekretaris untuk diperiksa" adalah:
      | kelengkapan |
      | Data untuk Evaluasi persyatan administrasi dan data Teknis di Paraf oleh Staf, Kasi, Kabid dan Sekertaris. |
    Maka output langkah "Menyerahkan kepada Sekretaris untuk diperiksa" adalah "Data Base"
    Maka batas waktu langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" adalah 1 hari
    Maka kelengkapan langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" adalah:
      | kelengkapan |
      | Data Pendukung |
    Maka output langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" adalah "Data Base"
    # Langkah "Memeriksa berkas": kolom Waktu kosong di seed.
    Maka langkah "Memeriksa berkas" tidak mempunyai kelengkapan
    # Langkah "Penandatanganan berkas": kolom Waktu kosong di seed.
    Maka langkah "Penandatanganan berkas" tidak mempunyai kelengkapan
    Maka output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"

  Skenario: "Kabid Postel" tidak dapat menyelesaikan langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    # Pemeriksaan langkah 6 milik Sekretaris ("ya" baris 329).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan..."
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Bina Pembedayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Maka tugas berikutnya adalah "Memeriksa berkas dan diserahkan kepada Kepala Dinas" untuk "Sekretaris"
    Maka "Kabid Postel" tidak dapat menyelesaikan langkah "Memeriksa berkas dan diserahkan kepada Kepala Dinas"

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
    # Tanda tangan milik Kepala Dinas.
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk melaksanakan pengumpulan..."
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kepada Kepala Bidang"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala seksi untuk melaksanakan..."
    Ketika "Kasi Bina Pembedayaan Media Massa" menyelesaikan langkah "Mempersiapkan serta menghimpun dan Memproses..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menyerahkan kepada Sekretaris untuk diperiksa"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa berkas dan diserahkan kepada Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
