# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1539-1592 ("Prosedur Pembuatan Undangan Rapat")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1543): Kaban | Sekretaris | (tak terbaca: "N%HH”N") | Staf | Peserta rapat.
# Tafsiran: kolom ketiga = Kasubag Umum (teks: "Memerintahkan kasubag", baris 1548, 1576; sama dengan SOP surat tugas).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 1562-1565).
Fitur: Prosedur Pembuatan Undangan Rapat
  Pembuatan undangan rapat: perintah rapat, undangan dikonsep, diketik, diperiksa, diparaf, ditandatangani,
  diagenda dan didistribusikan; rapat dilaksanakan dan notulensi dibuat.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pembuatan_undangan_rapat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: undangan disetujui, rapat dan notulensi
    # Sumber: baris 1544: "Memerintahkan untuk mengadakan Nota / Disposisi"; tidak jelas apakah "Nota / Disposisi"
    # kelengkapan atau output; tanpa waktu. Tidak diuji.
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk mengadakan rapat" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memerintahkan untuk mengadakan rapat"
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya"
    # OCR baris 1555-1557: kelengkapan "Daftar peserta rapat, lokasi rapat", output "Konsep undangan rapat".
    Maka tugas berikutnya adalah "Membuat konsep undangan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep undangan"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    # Sumber: baris 1562-1565: "Memeriksa konsep undangan. Jika setuju, diserahkan ke sekretaris. Jika tidak, diserahkan ke staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa konsep undangan..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep undangan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    # Keterangan baris 1570-1572: "SOP surat keluar".
    Maka tugas berikutnya adalah "Menandatangani undangan rapat" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Menandatangani undangan rapat"
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: baris 1574-1577 tidak menyisakan tanda kolom untuk langkah 8; tabel memberi perintah kepada kasubag sesudah tanda tangan kepada Sekretaris (pola buku). Seed ambigu (bacaan G4 dan G5 berbeda): model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan"
    # Tafsiran: rapat oleh kolom "Peserta rapat" (kolom ini hanya ada untuk langkah ini).
    Maka tugas berikutnya adalah "Rapat" untuk "Peserta rapat"
    Ketika "Peserta rapat" menyelesaikan langkah "Rapat"
    # Tafsiran: notulensi oleh Staf (bisa juga Kasubag Umum).
    Maka tugas berikutnya adalah "Membuat notulensi rapat" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat notulensi rapat"
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep undangan": kembali ke "Mengetik undangan"
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk mengadakan rapat" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memerintahkan untuk mengadakan rapat"
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya"
    Maka tugas berikutnya adalah "Membuat konsep undangan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep undangan"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    Maka tugas berikutnya adalah "Memeriksa konsep undangan..." untuk "Kasubag Umum"
    # Sumber: baris 1562-1565: tidak setuju -> kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep undangan..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    Maka tugas berikutnya adalah "Memeriksa konsep undangan..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep undangan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" adalah 20 menit
    Maka batas waktu langkah "Membuat konsep undangan" adalah 20 menit
    Maka batas waktu langkah "Mengetik undangan" adalah 20 menit
    Maka batas waktu langkah "Memeriksa konsep undangan..." adalah 20 menit
    Maka batas waktu langkah "Memberi paraf" adalah 10 menit
    Maka batas waktu langkah "Menandatangani undangan rapat" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" adalah 10 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan" adalah 10 menit
    Maka batas waktu langkah "Rapat" adalah 2 jam
    Maka batas waktu langkah "Membuat notulensi rapat" adalah 45 menit
    Maka kelengkapan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" adalah:
      | kelengkapan |
      | Nota / Disposisi |
    Maka kelengkapan langkah "Mengetik undangan" adalah:
      | kelengkapan |
      | Konsep undangan rapat |
    Maka kelengkapan langkah "Memeriksa konsep undangan..." adalah:
      | kelengkapan |
      | Undangan Rapat |
    Maka kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Undangan Rapat |
    Maka kelengkapan langkah "Menandatangani undangan rapat" adalah:
      | kelengkapan |
      | Undangan Rapat yang sudah diparaf |
    Maka kelengkapan langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" adalah:
      | kelengkapan |
      | Undangan Rapat yang sudah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan |
      | Undangan Rapat yang sudah ditandatangani |
    Maka kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan |
      | Undangan Rapat yang sudah ditandatangani |
    Maka kelengkapan langkah "Rapat" adalah:
      | kelengkapan |
      | Pelaksanaan rapat |
    Maka kelengkapan langkah "Membuat notulensi rapat" adalah:
      | kelengkapan |
      | Hasil Rapat |
    Maka output langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" adalah "Daftar peserta rapat, lokasi rapat"
    Maka output langkah "Membuat konsep undangan" adalah "Konsep undangan rapat"
    Maka output langkah "Mengetik undangan" adalah "Undangan Rapat"
    Maka output langkah "Memeriksa konsep undangan..." adalah "Undangan Rapat"
    Maka output langkah "Memberi paraf" adalah "Undangan Rapat yang sudah diparaf"
    Maka output langkah "Menandatangani undangan rapat" adalah "Undangan Rapat yang sudah ditandatangani"
    Maka output langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" adalah "Undangan Rapat yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" adalah "Undangan Rapat yang sudah ditandatangani"
    Maka output langkah "Mengagenda, menggandakan dan mendistribusikan" adalah "Bukti pengiriman"
    Maka output langkah "Rapat" adalah "Hasil Rapat"
    Maka output langkah "Membuat notulensi rapat" adalah "Notulensi rapat"

  Skenario: Hanya Kasubag Umum yang memeriksa konsep undangan
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk mengadakan rapat" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memerintahkan untuk mengadakan rapat"
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya"
    Maka tugas berikutnya adalah "Membuat konsep undangan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep undangan"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    Maka tugas berikutnya adalah "Memeriksa konsep undangan..." untuk "Kasubag Umum"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa konsep undangan..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa konsep undangan..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep undangan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Rapat dilaksanakan oleh peserta rapat
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk mengadakan rapat" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memerintahkan untuk mengadakan rapat"
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya"
    Maka tugas berikutnya adalah "Membuat konsep undangan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep undangan"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    Maka tugas berikutnya adalah "Memeriksa konsep undangan..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep undangan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Menandatangani undangan rapat" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Menandatangani undangan rapat"
    # Diselaraskan: baris 1574-1577 tidak menyisakan tanda kolom untuk langkah 8; tabel memberi perintah kepada kasubag sesudah tanda tangan kepada Sekretaris (pola buku). Seed ambigu (bacaan G4 dan G5 berbeda): model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Rapat" untuk "Peserta rapat"
    Maka "Staf" tidak dapat menyelesaikan langkah "Rapat"
    Ketika "Peserta rapat" menyelesaikan langkah "Rapat"
    Maka tugas berikutnya adalah "Membuat notulensi rapat" untuk "Staf"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk mengadakan rapat" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memerintahkan untuk mengadakan rapat"
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan kasubag untuk membuat undangan dan mengarahkan persiapannya"
    Maka tugas berikutnya adalah "Membuat konsep undangan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep undangan"
    Maka tugas berikutnya adalah "Mengetik undangan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik undangan"
    Maka tugas berikutnya adalah "Memeriksa konsep undangan..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep undangan..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Menandatangani undangan rapat" untuk "Kaban"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Menandatangani undangan rapat"
    Ketika "Kaban" menyelesaikan langkah "Menandatangani undangan rapat"
    # Diselaraskan: baris 1574-1577 tidak menyisakan tanda kolom untuk langkah 8; tabel memberi perintah kepada kasubag sesudah tanda tangan kepada Sekretaris (pola buku). Seed ambigu (bacaan G4 dan G5 berbeda): model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan kasubag untuk menggandakan dan mendistribusikan" untuk "Sekretaris"
