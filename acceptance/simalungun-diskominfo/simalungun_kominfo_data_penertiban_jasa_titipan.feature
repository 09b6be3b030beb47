# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 401-420 ("SOP Pengumpulan dan pengolahan data untuk penertiban Jasa Titipan")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 410): Kepala Dinas, Sekretaris, Kabid Postel, Kasi Pos dan Telekomunikasi, Petugas Adm Surat.
# Output berbutir di seed ("- a - b") ditulis dengan pemisah "; ".
Fitur: SOP Pengumpulan dan pengolahan data untuk penertiban Jasa Titipan
  Pengumpulan dan pengolahan data untuk penertiban jasa titipan: koordinasi dan peninjauan lapangan,
  berkas diperiksa Kabid, Sekretaris dan Kepala Dinas, lalu ditandatangani dan diarsipkan.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_data_penertiban_jasa_titipan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: data dihimpun, diperiksa berjenjang, ditandatangani
    Ketika "Kepala Dinas" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 412: memerintahkan -> Kepala Dinas.
    Maka tugas berikutnya adalah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan"
    # Tafsiran: baris 413: menugaskan Kepala Bidang (kelengkapan "Perintah Kepala Dinas") -> Sekretaris.
    Maka tugas berikutnya adalah "Menugaskan Kepala Bidang untuk melaksanakan..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menugaskan Kepala Bidang untuk melaksanakan..."
    # Tafsiran: baris 414: menugaskan kepala Seksi (kelengkapan "Tindak lanjut disposisi Sekretaris") -> Kabid Postel.
    Maka tugas berikutnya adalah "Menugaskan kepala Seksi untuk melaksanakan..." untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    # Tafsiran: baris 415: mempersiapkan surat koordinasi dan meninjau lapangan (kelengkapan "Tindak lanjut disposisi Kabid") -> Kasi. Petugas Adm Surat tidak mendapat langkah sendiri.
    Maka tugas berikutnya adalah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." untuk "Kasi Pos dan Telekomunikasi"
    Ketika "Kasi Pos dan Telekomunikasi" menyelesaikan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung."
    # Tafsiran: baris 416: memeriksa berkas dan menyerahkan kepada sekretaris -> Kabid Postel. Tanpa tanda Ya/Tidak: langkah biasa.
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada sekretaris" untuk "Kabid Postel"
    Ketika "Kabid Postel" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada sekretaris"
    # Tafsiran: baris 417: memeriksa berkas dan menyerahkan kepada Kepala Dinas -> Sekretaris. Tanpa tanda Ya/Tidak: langkah biasa.
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas"
    # Sumber: baris 419: Mermaid keputusan di kolom Kepala Dinas ("Decision --> Terminal1{{ }}", "Decision --> Terminal2([])", tanpa label).
    # Tafsiran: Ya ke langkah 8 ("ya" di kolom Kepala Dinas baris 420). Tidak: seed tidak memberi label; dibaca kembali ke langkah 6 (Sekretaris). Catatan: salah satu cabang Mermaid berakhir di simbol kapsul ([]), jadi Tidak bisa juga berarti SOP berakhir.
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    # Sumber: baris 420: "ya" di kolom Kepala Dinas.
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" menyelesaikan langkah "Penandatanganan berkas"
    Maka SOP selesai

  Skenario: "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas"
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan"
    Ketika "Sekretaris" menyelesaikan langkah "Menugaskan Kepala Bidang untuk melaksanakan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Ketika "Kasi Pos dan Telekomunikasi" menyelesaikan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung."
    Ketika "Kabid Postel" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Tidak" pada "Memeriksa berkas" dengan alasan "berkas belum dapat ditandatangani"
    Maka tugas berikutnya adalah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" untuk "Sekretaris"
    Dan alasan "berkas belum dapat ditandatangani" terlihat oleh "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Memeriksa berkas" untuk "Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan" adalah 10 menit
    Maka langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan" tidak mempunyai kelengkapan
    Maka batas waktu langkah "Menugaskan Kepala Bidang untuk melaksanakan..." adalah 10 menit
    Maka kelengkapan langkah "Menugaskan Kepala Bidang untuk melaksanakan..." adalah:
      | kelengkapan |
      | Perintah Kepala Dinas |
    Maka output langkah "Menugaskan Kepala Bidang untuk melaksanakan..." adalah "Lembar Disposisi ke Kepala Seksi"
    Maka batas waktu langkah "Menugaskan kepala Seksi untuk melaksanakan..." adalah 15 menit
    Maka kelengkapan langkah "Menugaskan kepala Seksi untuk melaksanakan..." adalah:
      | kelengkapan |
      | Tindak lanjut disposisi Sekretaris |
    Maka output langkah "Menugaskan kepala Seksi untuk melaksanakan..." adalah "Memperoleh data"
    Maka batas waktu langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." adalah 3 hari
    Maka kelengkapan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." adalah:
      | kelengkapan |
      | Tindak lanjut disposisi Kabid |
      | Mempersiapkan surat untuk Koordinasi |
      | Peninjauan Lapangan |
      | Mengolah data yang telah diperoleh dari Peninjauan Lapangan. |
    Maka output langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." adalah "Draft berkas"
    Maka batas waktu langkah "Memeriksa berkas dan menyerahkan kepada sekretaris" adalah 15 menit
    Maka kelengkapan langkah "Memeriksa berkas dan menyerahkan kepada sekretaris" adalah:
      | kelengkapan |
      | Draft berkas |
    Maka output langkah "Memeriksa berkas dan menyerahkan kepada sekretaris" adalah "Draft berkas"
    Maka batas waktu langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" adalah 10 menit
    Maka kelengkapan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" adalah:
      | kelengkapan |
      | Draft berkas |
    Maka output langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas" adalah "Draft berkas"
    Maka batas waktu langkah "Memeriksa berkas" adalah 10 menit
    Maka kelengkapan langkah "Memeriksa berkas" adalah:
      | kelengkapan |
      | Draft berkas |
    Maka output langkah "Memeriksa berkas" adalah "Draft berkas"
    Maka batas waktu langkah "Penandatanganan berkas" adalah 5 menit
    Maka kelengkapan langkah "Penandatanganan berkas" adalah:
      | kelengkapan |
      | Berkas |
    Maka output langkah "Penandatanganan berkas" adalah "Data Base ditandatangani kepala Dinas dan diberikan Stempel; Berkas diarsipkan"

  Skenario: "Kabid Postel" tidak dapat menyelesaikan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung."
    # Persiapan surat dan peninjauan milik Kasi (tafsiran).
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan"
    Ketika "Sekretaris" menyelesaikan langkah "Menugaskan Kepala Bidang untuk melaksanakan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Maka tugas berikutnya adalah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung." untuk "Kasi Pos dan Telekomunikasi"
    Maka "Kabid Postel" tidak dapat menyelesaikan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung."

  Skenario: "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
    # Tanda tangan milik Kepala Dinas.
    Ketika "Kepala Dinas" memulai SOP
    Ketika "Kepala Dinas" menyelesaikan langkah "Memerintahkan untuk mempersiapkan data untuk penertiban Jasa Titipan"
    Ketika "Sekretaris" menyelesaikan langkah "Menugaskan Kepala Bidang untuk melaksanakan..."
    Ketika "Kabid Postel" menyelesaikan langkah "Menugaskan kepala Seksi untuk melaksanakan..."
    Ketika "Kasi Pos dan Telekomunikasi" menyelesaikan langkah "Mempersiapkan Surat untuk Koordinasi dan Meninjau kelapangan Langsung."
    Ketika "Kabid Postel" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa berkas dan menyerahkan kepada Kepala Dinas"
    Ketika "Kepala Dinas" memutuskan "Ya" pada "Memeriksa berkas"
    Maka tugas berikutnya adalah "Penandatanganan berkas" untuk "Kepala Dinas"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Penandatanganan berkas"
