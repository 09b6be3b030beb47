# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1446-1489 ("Prosedur Pengagendaan Surat Masuk")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1450): Staf | Kasubag Umpeg | Sekretaris | KEPALA DINAS.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Tidak ada tanda Ya/Tidak.
Fitur: Prosedur Pengagendaan Surat Masuk
  Pengagendaan surat masuk: surat diterima dan diagenda, diperiksa, diparaf, didisposisi Kepala Dinas, didisposisi
  lanjut, digandakan dan didistribusikan sesuai disposisi.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengagendaan_surat_masuk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat masuk diagenda, didisposisi dan didistribusikan
    # Tafsiran: tujuh langkah mengikuti urutan kolom Staf | Kasubag Umpeg | Sekretaris | KEPALA DINAS naik lalu turun
    # kembali (disposisi lanjutan Sekretaris, perintah Kasubag, pelaksanaan Staf).
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima surat masuk, mengagenda, memberi lembar disposisi" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi"
    Maka tugas berikutnya adalah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris"
    # Sumber: baris 1465-1466: "ZoEUoH.._ paraf dan menyediakan ke Kaban"; kata kerja rusak di OCR, dibaca "Memberi".
    # "Kaban" di teks = kolom KEPALA DINAS.
    Maka tugas berikutnya adalah "Memberi paraf dan menyediakan ke Kaban" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyediakan ke Kaban"
    # OCR baris 1469: "Surat masuk van ... yang diparaf" dibaca "Surat masuk yang diparaf".
    Maka tugas berikutnya adalah "Memberi disposisi dan paraf" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Memberi disposisi dan paraf"
    # Tafsiran: disposisi lanjutan oleh Sekretaris (dari Kepala Dinas turun ke bawahan); bisa juga Kasubag Umpeg.
    Maka tugas berikutnya adalah "Memberi disposisi lanjutan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi disposisi lanjutan"
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan, dan mendistribusikan sesuai disposisi" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memerintahkan untuk menggandakan, dan mendistribusikan sesuai disposisi"
    Maka tugas berikutnya adalah "Menggandakan dan mendistribusikan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mendistribusikan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi" adalah 10 menit
    Maka batas waktu langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" adalah 10 menit
    Maka batas waktu langkah "Memberi paraf dan menyediakan ke Kaban" adalah 10 menit
    Maka batas waktu langkah "Memberi disposisi dan paraf" adalah 10 menit
    Maka batas waktu langkah "Memberi disposisi lanjutan" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk menggandakan, dan mendistribusikan sesuai disposisi" adalah 10 menit
    Maka batas waktu langkah "Menggandakan dan mendistribusikan" adalah 10 menit
    Maka kelengkapan langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi" adalah:
      | kelengkapan |
      | Buku agenda dan surat masuk |
    Maka kelengkapan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" adalah:
      | kelengkapan |
      | Buku agenda dan surat masuk |
    Maka kelengkapan langkah "Memberi paraf dan menyediakan ke Kaban" adalah:
      | kelengkapan |
      | Surat masuk yang sudah diagenda dan diberi lembar disposisi |
    Maka kelengkapan langkah "Memberi disposisi dan paraf" adalah:
      | kelengkapan |
      | Surat masuk yang diparaf |
    Maka kelengkapan langkah "Memberi disposisi lanjutan" adalah:
      | kelengkapan |
      | Surat masuk yang sudah diparaf dan diberi disposisi |
    Maka kelengkapan langkah "Memerintahkan untuk menggandakan, dan mendistribusikan sesuai disposisi" adalah:
      | kelengkapan |
      | Surat masuk yang sudah diparaf dan diberi disposisi |
    Maka kelengkapan langkah "Menggandakan dan mendistribusikan" adalah:
      | kelengkapan |
      | Surat masuk yang sudah diparaf dan diberi disposisi |
    Maka output langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi" adalah "Surat masuk yang sudah diagenda dan diberi lembar disposisi"
    Maka output langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" adalah "Surat masuk yang sudah diagenda dan diberi lembar disposisi"
    Maka output langkah "Memberi paraf dan menyediakan ke Kaban" adalah "Surat masuk yang diparaf"
    Maka output langkah "Memberi disposisi dan paraf" adalah "Surat masuk yang sudah diparaf dan diberi disposisi"
    Maka output langkah "Memberi disposisi lanjutan" adalah "Surat masuk yang sudah diparaf dan diberi disposisi"
    Maka output langkah "Memerintahkan untuk menggandakan, dan mendistribusikan sesuai disposisi" adalah "Surat masuk yang sudah diparaf dan diberi disposisi"
    Maka output langkah "Menggandakan dan mendistribusikan" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umpeg yang memeriksa buku agenda
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima surat masuk, mengagenda, memberi lembar disposisi" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi"
    Maka tugas berikutnya adalah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" untuk "Kasubag Umpeg"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris"
    Maka tugas berikutnya adalah "Memberi paraf dan menyediakan ke Kaban" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima surat masuk, mengagenda, memberi lembar disposisi" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menerima surat masuk, mengagenda, memberi lembar disposisi"
    Maka tugas berikutnya adalah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memeriksa buku agenda dan surat masuk, menyediakan surat ke sekretaris"
    Maka tugas berikutnya adalah "Memberi paraf dan menyediakan ke Kaban" untuk "Sekretaris"
    Maka "Kasubag Umpeg" tidak dapat menyelesaikan langkah "Memberi paraf dan menyediakan ke Kaban"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf dan menyediakan ke Kaban"
    Maka tugas berikutnya adalah "Memberi disposisi dan paraf" untuk "KEPALA DINAS"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memberi disposisi dan paraf"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Memberi disposisi dan paraf"
    Maka tugas berikutnya adalah "Memberi disposisi lanjutan" untuk "Sekretaris"
