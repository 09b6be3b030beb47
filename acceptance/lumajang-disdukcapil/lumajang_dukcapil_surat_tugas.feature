# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 850-889 ("Prosedur Pembuatan Surat Tugas")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 854-855): Kaban | Sekretaris | Kasubag Umum | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 866-870).
Fitur: Prosedur Pembuatan Surat Tugas
  Pembuatan surat tugas: disposisi dan penugasan, konsep dibuat, diketik, diperiksa, diparaf, ditandatangani,
  diagenda, digandakan dan diserahkan kepada yang diberi tugas.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_surat_tugas" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat tugas disetujui dan diserahkan
    Ketika "Kaban" memulai SOP
    Maka tugas berikutnya adalah "Memberikan disposisi dan penugasan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberikan disposisi dan penugasan"
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    Maka tugas berikutnya adalah "Memerintahkan pembuatan surat tugas" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan pembuatan surat tugas"
    Maka tugas berikutnya adalah "Membuat konsep surat tugas" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat tugas"
    Maka tugas berikutnya adalah "Mengetik surat tugas" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat tugas"
    # Sumber: baris 866-870: "Memeriksa konsep surat tugas. Jika setuju, diserahkan ke sekretaris. Jika tidak, diserahkan kepada staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa konsep surat tugas..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat tugas..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberi tanda tangan"
    # Keterangan baris 878: "SOP Pengiriman".
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas." untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas."
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    # Diselaraskan: perintah kedua ("Memerintahkan untuk mengagenda ...") milik Kasubag Umum seperti model: pola Pengagendaan Surat Keluar baris 1420-1441 (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf melaksanakan); tanda kolom hilang di OCR (baris 850-889).
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan menyerahkan kepada yang diberi tugas" untuk "Kasubag Umum"
    # Diselaraskan: perintah kedua ("Memerintahkan untuk mengagenda ...") milik Kasubag Umum seperti model: pola Pengagendaan Surat Keluar baris 1420-1441 (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf melaksanakan); tanda kolom hilang di OCR (baris 850-889).
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
    # Sumber: baris 866-870: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
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
    Maka batas waktu langkah "Memberi tanda tangan" adalah 5 menit
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
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
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
    Maka output langkah "Memberikan disposisi dan penugasan" adalah "Surat Masuk yang telah didisposisi"
    Maka output langkah "Memerintahkan pembuatan surat tugas" adalah "Surat masuk yang telah didisposisi"
    Maka output langkah "Membuat konsep surat tugas" adalah "Konsep surat tugas"
    Maka output langkah "Mengetik surat tugas" adalah "Konsep surat tugas"
    Maka output langkah "Memeriksa konsep surat tugas..." adalah "Surat tugas"
    Maka output langkah "Memberi paraf" adalah "Surat tugas yang telah diparaf"
    Maka output langkah "Memberi tanda tangan" adalah "Surat tugas yang telah ditandatangani"
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
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kaban"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kaban" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan menyerahkan kepada yang diberi tugas." untuk "Sekretaris"
