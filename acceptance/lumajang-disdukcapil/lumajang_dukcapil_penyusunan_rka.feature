# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2036-2088 ("Prosedur Penyusunan RKA")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2040-2041): Kadin | Sekretaris | Tim | Kasubag Evapor | Staf | Kasubag Umum | Staf.
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: pemeriksaan Kasubag Evapor (baris 2056-2059, tidak: ke staf) dan Tim (baris 2060-2063, tidak: ke Kasubag).
Fitur: Prosedur Penyusunan RKA
  Penyusunan RKA: tim dibentuk, konsep disusun, dihimpun dan diperiksa, diketik, diperiksa Kasubag, Tim dan
  Sekretaris, ditandatangani, digandakan, diagenda dan didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_rka" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: RKA disetujui, ditandatangani dan didistribusikan
    # Sumber: baris 2042: "W\Ww erintahkan untuk penyusunan"; objek (RKA) hilang di OCR, jadi ditulis sebagai awalan.
    # Tafsiran (pola SOP perencanaan dengan Tim): konsep disusun/bahan dikumpulkan Tim, dihimpun Kasubag Evapor, diketik Staf Evapor, diperiksa Kasubag Evapor (tidak: ke staf) lalu Tim (tidak: ke kasubag), lalu Sekretaris.
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan..." untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan..."
    # OCR baris 2044: "Zmacob.ﬁcw" dibaca "Membentuk".
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Maka tugas berikutnya adalah "Menyusun konsep Rencana Kegiatan dan Anggaran" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    # Sumber: baris 2056-2059: "Memeriksa hasil ketikan Konsep RKA, Jika setuju diserahkan ke Tim. Jika tidak diserahkan kepada staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA..."
    # Sumber: baris 2060-2063: "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris. Jika tidak diserahkan kepada Kasubag untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    # Tafsiran: pemeriksaan Sekretaris tanpa tujuan "jika tidak": langkah biasa. "Kaban" = kolom Kadin.
    Maka tugas berikutnya adalah "Memeriksa RKA, menyerahkan kepada Kaban." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa RKA, menyerahkan kepada Kaban."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Keterangan baris 2073-2075: "SOP Pengiriman". Nama seperti seed ("pendistibusian").
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Maka tugas berikutnya adalah "Memerintahkan Staf untuk menggandakan dan mengagenda serta pendisribusian" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan Staf untuk menggandakan dan mengagenda serta pendisribusian"
    # Langkah 12 tanpa nomor di OCR (baris 2083-2088).
    Maka tugas berikutnya adalah "Menggandakan, mengagenda serta pendisribusian" untuk "Staf Umum"
    Ketika "Staf Umum" menyelesaikan langkah "Menggandakan, mengagenda serta pendisribusian"
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan Konsep RKA": kembali ke "Mengetik Konsep Rencana Kegiatan"
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan..." untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan..."
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Maka tugas berikutnya adalah "Menyusun konsep Rencana Kegiatan dan Anggaran" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA..." untuk "Kasubag Evapor"
    # Sumber: baris 2056-2059: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan Konsep RKA..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA..."
    Maka tugas berikutnya adalah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." untuk "Tim"

  Skenario: "Tim" memutuskan "Tidak" pada "Memeriksa RKA, Jika setuju diserahkan...": kembali ke "Menghimpun Konsep Rencana Kegiatan An..."
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan..." untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan..."
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Maka tugas berikutnya adalah "Menyusun konsep Rencana Kegiatan dan Anggaran" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA..."
    Maka tugas berikutnya adalah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    # Sumber: baris 2060-2063: tidak setuju -> kembali ke langkah Kasubag Evapor (menghimpun dan memeriksa konsep).
    Ketika "Tim" memutuskan "Tidak" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kasubag Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA..."
    Maka tugas berikutnya adalah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa RKA, menyerahkan kepada Kaban." untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan untuk penyusunan..." adalah 20 menit
    Maka batas waktu langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" adalah 20 menit
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menyusun konsep Rencana Kegiatan dan Anggaran" adalah 1 hari
    Maka batas waktu langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." adalah 1 hari
    Maka batas waktu langkah "Mengetik Konsep Rencana Kegiatan" adalah 2 hari
    Maka batas waktu langkah "Memeriksa hasil ketikan Konsep RKA..." adalah 30 menit
    Maka batas waktu langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." adalah 30 menit
    Maka batas waktu langkah "Memeriksa RKA, menyerahkan kepada Kaban." adalah 30 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 1 hari
    Maka batas waktu langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan Staf untuk menggandakan dan mengagenda serta pendisribusian" adalah 5 menit
    Maka batas waktu langkah "Menggandakan, mengagenda serta pendisribusian" adalah 15 menit
    Maka kelengkapan langkah "Memerintahkan untuk penyusunan..." adalah:
      | kelengkapan |
      | Struktur organisasi |
    Maka kelengkapan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" adalah:
      | kelengkapan |
      | Draft Anggota Tim |
    Maka kelengkapan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran" adalah:
      | kelengkapan |
      | Daftar Harga Satuan |
    Maka kelengkapan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." adalah:
      | kelengkapan |
      | Draft RKA |
    Maka kelengkapan langkah "Mengetik Konsep Rencana Kegiatan" adalah:
      | kelengkapan |
      | Draft RKA |
    Maka kelengkapan langkah "Memeriksa hasil ketikan Konsep RKA..." adalah:
      | kelengkapan |
      | Konsep RKA |
    Maka kelengkapan langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." adalah:
      | kelengkapan |
      | Dokumen RKA |
    Maka kelengkapan langkah "Memeriksa RKA, menyerahkan kepada Kaban." adalah:
      | kelengkapan |
      | Dokumen RKA |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Dokumen RKA |
    Maka kelengkapan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah:
      | kelengkapan |
      | Dokumen RKA yg sudah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan Staf untuk menggandakan dan mengagenda serta pendisribusian" adalah:
      | kelengkapan |
      | Disposisi pada Dokumen RKA |
    Maka output langkah "Memerintahkan untuk penyusunan..." adalah "Draft Anggota Tim"
    Maka output langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" adalah "Terbentuknya Tim Kerja"
    Maka output langkah "Menyusun konsep Rencana Kegiatan dan Anggaran" adalah "Draft RKA"
    Maka output langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." adalah "Draft RKA"
    Maka output langkah "Mengetik Konsep Rencana Kegiatan" adalah "Konsep RKA"
    Maka output langkah "Memeriksa hasil ketikan Konsep RKA..." adalah "Dokumen RKA"
    Maka output langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." adalah "Dokumen RKA"
    Maka output langkah "Memeriksa RKA, menyerahkan kepada Kaban." adalah "Dokumen RKA"
    Maka output langkah "Memberi tanda tangan" adalah "Dokumen RKA yg sudah ditandatangani"
    Maka output langkah "Menggandakan, mengagenda serta pendisribusian" adalah "Bukti pengiriman"

  Skenario: Hanya Tim yang memeriksa RKA
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan..." untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan..."
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Maka tugas berikutnya adalah "Menyusun konsep Rencana Kegiatan dan Anggaran" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA..."
    Maka tugas berikutnya adalah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa RKA, menyerahkan kepada Kaban." untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan..." untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan..."
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun RKA, memberi pengarahan penyusunan RKA"
    Maka tugas berikutnya adalah "Menyusun konsep Rencana Kegiatan dan Anggaran" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Rencana Kegiatan dan Anggaran"
    Maka tugas berikutnya adalah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun Konsep Rencana Kegiatan Anggaran dan memeriksa konsep."
    Maka tugas berikutnya adalah "Mengetik Konsep Rencana Kegiatan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep Rencana Kegiatan"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan Konsep RKA..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan Konsep RKA..."
    Maka tugas berikutnya adalah "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa RKA, Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa RKA, menyerahkan kepada Kaban." untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memeriksa RKA, menyerahkan kepada Kaban."
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa RKA, menyerahkan kepada Kaban."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" untuk "Sekretaris"
