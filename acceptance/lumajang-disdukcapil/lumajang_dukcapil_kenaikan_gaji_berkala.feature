# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 734-770 ("Prosedur Pengusulan Kenaikan Gaji Berkala")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 738-739): Kadin | Sekretaris | Kasubag Umum | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 747-751).
Fitur: Prosedur Pengusulan Kenaikan Gaji Berkala
  Pengusulan kenaikan gaji berkala: usulan dibuat dari buku penjagaan, diketik, diperiksa, diparaf,
  ditandatangani, diagenda, digandakan dan dikirim ke BKD.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_kenaikan_gaji_berkala" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: usulan disetujui dan dikirim ke BKD
    # OCR baris 740: "ZmbEme Buku Penjagaan" dibaca "Memeriksa Buku Penjagaan".
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Mengetik surat usulan kenaikan berkala" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    # Sumber: baris 747-751: "Memeriksa surat usulan kenaikan gaji berkala. Jika setuju diserahkan kepada sekretaris. Jika tidak setuju, dikembalikan kepada staf untuk diperbaiki. (OCR: "&Ww moﬁ.c_cv.&moamEWWD")"
    Maka tugas berikutnya adalah "Memeriksa surat usulan kenaikan gaji berkala..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat usulan kenaikan gaji berkala..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Keterangan baris 760-762: "SOP Pengiriman surat".
    # Diselaraskan: baris 760-765 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan"
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    # Diselaraskan: perintah kedua "Memerintahkan untuk mengagenda, ..." (baris 763-765) oleh Kasubag Umum, seperti "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan" milik Kasubag di Pengagendaan Surat Keluar (baris 1428-1430); model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan ke BKD" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa surat usulan kenaikan gaji...": kembali ke "Mengetik surat usulan kenaikan berkala"
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Mengetik surat usulan kenaikan berkala" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Memeriksa surat usulan kenaikan gaji berkala..." untuk "Kasubag Umum"
    # Sumber: baris 747-751: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa surat usulan kenaikan gaji berkala..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik surat usulan kenaikan berkala" untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Memeriksa surat usulan kenaikan gaji berkala..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat usulan kenaikan gaji berkala..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala" adalah 10 menit
    Maka batas waktu langkah "Mengetik surat usulan kenaikan berkala" adalah 10 menit
    Maka batas waktu langkah "Memeriksa surat usulan kenaikan gaji berkala..." adalah 10 menit
    Maka batas waktu langkah "Memberi paraf" adalah 5 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengirimkan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD" adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah 5 menit
    Maka kelengkapan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala" adalah:
      | kelengkapan |
      | Buku Penjagaan Kenaikan Berkala |
    Maka kelengkapan langkah "Mengetik surat usulan kenaikan berkala" adalah:
      | kelengkapan |
      | Konsep usulan kenaikan berkala |
    Maka kelengkapan langkah "Memeriksa surat usulan kenaikan gaji berkala..." adalah:
      | kelengkapan |
      | Konsep usulan kenaikan berkala |
    Maka kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Surat usulan kenaikan berkala |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Surat usulan kenaikan berkala yang sudah diparaf |
    Maka output langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala" adalah "Konsep usulan kenaikan berkala"
    Maka output langkah "Mengetik surat usulan kenaikan berkala" adalah "Konsep usulan kenaikan berkala"
    Maka output langkah "Memeriksa surat usulan kenaikan gaji berkala..." adalah "Surat usulan kenaikan berkala"
    Maka output langkah "Memberi paraf" adalah "Surat usulan kenaikan berkala yang sudah diparaf"
    Maka output langkah "Memberi tanda tangan" adalah "Surat usulan kenaikan berkala yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengirimkan" adalah "Surat usulan kenaikan berkala yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan ke BKD" adalah "Surat usulan kenaikan berkala yang sudah ditandatangani"
    Maka output langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umum yang memeriksa surat usulan
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Mengetik surat usulan kenaikan berkala" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Memeriksa surat usulan kenaikan gaji berkala..." untuk "Kasubag Umum"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa surat usulan kenaikan gaji berkala..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa surat usulan kenaikan gaji berkala..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat usulan kenaikan gaji berkala..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa Buku Penjagaan Kenaikan Berkala, Membuat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Mengetik surat usulan kenaikan berkala" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat usulan kenaikan berkala"
    Maka tugas berikutnya adalah "Memeriksa surat usulan kenaikan gaji berkala..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat usulan kenaikan gaji berkala..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: baris 760-765 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan" untuk "Sekretaris"
