# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1494-1534 ("Prosedur Pembuatan Surat Perjalanan Dinas")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1498): Kaban | Sekretaris | Kasubag Umum | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag Umum (baris 1510-1512).
# Tabel ini sama dengan Prosedur Pembuatan Surat Tugas (baris 850-889) kecuali langkah 9 (lihat Tafsiran di langkah 8).
Fitur: Prosedur Pembuatan Surat Perjalanan Dinas
  Pembuatan surat perjalanan dinas: disposisi dan penugasan, surat tugas dikonsep, diketik, diperiksa, diparaf,
  ditandatangani, diagenda, digandakan dan diserahkan kepada yang diberi tugas.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pembuatan_surat_perjalanan_dinas" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat tugas disetujui dan diserahkan
    # Seed SOP ini berbicara tentang "surat tugas" di setiap langkah (baris 1505-1532); nama langkah seperti seed.
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memberikan disposisi dan penugasan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberikan disposisi dan penugasan"
    # OCR baris 1504-1505: "M hk ... emerintahkan" dibaca "Memerintahkan".
    Maka tugas berikutnya adalah "Memerintahkan pembuatan surat tugas" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Maka tugas berikutnya adalah "Membuat konsep surat tugas" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat tugas"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    # Sumber: baris 1510-1512: "Memeriksa konsep surat tugas. Jika setuju, diserahkan ke sekretaris. Jika tidak, diserahkan kepada staf untuk diperbaiki."
    # OCR: nomor langkah "S" (baris 1511) = 5.
    Maka tugas berikutnya adalah "Memeriksa konsep surat tugas..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat tugas..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    # Output baris 1516-1517 rusak di OCR ("Surat tugas yan ... rgas yang"); tidak diuji.
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberikan tanda tangan"
    # Keterangan baris 1522: "SOP Pengiriman".
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: baris 1519-1521 tidak menyisakan tanda kolom untuk langkah 8; tabel memberi perintah sesudah tanda tangan kepada Sekretaris (pola buku, sama dengan SOP surat tugas baris 850-889). Seed ambigu (bacaan G4 dan G5 berbeda): model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas."
    # OCR "Surat tueas van" = "Surat tugas yang".
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas"
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep surat tugas": kembali ke "Mengetik surat tugas"
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memberikan disposisi dan penugasan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberikan disposisi dan penugasan"
    Maka tugas berikutnya adalah "Memerintahkan pembuatan surat tugas" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Maka tugas berikutnya adalah "Membuat konsep surat tugas" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat tugas"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    Maka tugas berikutnya adalah "Memeriksa konsep surat tugas..." untuk "Kasubag Umum"
    # Sumber: baris 1510-1512: tidak setuju -> kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep surat tugas..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    Maka tugas berikutnya adalah "Memeriksa konsep surat tugas..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat tugas..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memberikan disposisi dan penugasan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan pembuatan surat tugas" adalah 5 menit
    Maka batas waktu langkah "Membuat konsep surat tugas" adalah 10 menit
    Maka batas waktu langkah "Mengetik surat tugas" adalah 10 menit
    Maka batas waktu langkah "Memeriksa konsep surat tugas..." adalah 5 menit
    Maka batas waktu langkah "Memberi paraf" adalah 5 menit
    Maka batas waktu langkah "Memberikan tanda tangan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas." adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah 10 menit
    Maka kelengkapan langkah "Memberikan disposisi dan penugasan" adalah:
      | kelengkapan |
      | Surat Masuk |
    Maka kelengkapan langkah "Memerintahkan pembuatan surat tugas" adalah:
      | kelengkapan |
      | Surat masuk yang telah didisposisi |
    Maka kelengkapan langkah "Membuat konsep surat tugas" adalah:
      | kelengkapan |
      | Konsep surat tugas |
    Maka kelengkapan langkah "Mengetik surat tugas" adalah:
      | kelengkapan |
      | Konsep surat tugas |
    Maka kelengkapan langkah "Memeriksa konsep surat tugas..." adalah:
      | kelengkapan |
      | Konsep surat tugas |
    Maka kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Surat tugas |
    Maka kelengkapan langkah "Memberikan tanda tangan" adalah:
      | kelengkapan |
      | Surat tugas yang telah diparaf |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas." adalah:
      | kelengkapan |
      | Surat tugas yang telah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah:
      | kelengkapan |
      | Surat tugas yang telah ditandatangani |
    Maka kelengkapan langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah:
      | kelengkapan |
      | Surat tugas yang telah ditandatangani dan diagenda |
    Maka output langkah "Memberikan disposisi dan penugasan" adalah "Surat masuk yang telah didisposisi"
    Maka output langkah "Memerintahkan pembuatan surat tugas" adalah "Surat masuk yang telah didisposisi"
    Maka output langkah "Membuat konsep surat tugas" adalah "Konsep surat tugas"
    Maka output langkah "Mengetik surat tugas" adalah "Konsep surat tugas"
    Maka output langkah "Memeriksa konsep surat tugas..." adalah "Surat tugas"
    Maka output langkah "Memberi paraf" adalah "Surat tugas yang telah diparaf"
    Maka output langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas." adalah "Surat tugas yang telah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah "Surat tugas yang telah ditandatangani"
    Maka output langkah "Mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umum yang memeriksa konsep surat tugas
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memberikan disposisi dan penugasan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberikan disposisi dan penugasan"
    Maka tugas berikutnya adalah "Memerintahkan pembuatan surat tugas" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Maka tugas berikutnya adalah "Membuat konsep surat tugas" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat tugas"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    Maka tugas berikutnya adalah "Memeriksa konsep surat tugas..." untuk "Kasubag Umum"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa konsep surat tugas..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa konsep surat tugas..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat tugas..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memberikan disposisi dan penugasan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberikan disposisi dan penugasan"
    Maka tugas berikutnya adalah "Memerintahkan pembuatan surat tugas" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Maka tugas berikutnya adalah "Membuat konsep surat tugas" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat tugas"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    Maka tugas berikutnya adalah "Memeriksa konsep surat tugas..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat tugas..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kaban"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan tanda tangan"
    Ketika "Kaban" menyelesaikan langkah "Memberikan tanda tangan"
    # Diselaraskan: baris 1519-1521 tidak menyisakan tanda kolom untuk langkah 8; tabel memberi perintah sesudah tanda tangan kepada Sekretaris (pola buku, sama dengan SOP surat tugas baris 850-889). Seed ambigu (bacaan G4 dan G5 berbeda): model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas." untuk "Sekretaris"
