# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1420-1441 ("Prosedur Pengagendaan Surat Keluar")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1424-1425): Kadin | Sekretaris | Kasubag Umpeg | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Tidak ada tanda Ya/Tidak.
Fitur: Prosedur Pengagendaan Surat Keluar
  Pengagendaan surat keluar: surat ditandatangani, diteruskan untuk pendistribusian, diagenda, digandakan dan
  didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengagendaan_surat_keluar" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat keluar ditandatangani, diagenda dan didistribusikan
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Menandatangani Surat Keluar" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Menandatangani Surat Keluar"
    # Sumber: baris 1428-1431: "ZmbﬁﬁWmm surat keluar, memerintahkan untuk ... pendistribusian"; kata kerja pertama
    # rusak di OCR, dibaca "Menerima" (nama langkah ini sebagian tafsiran).
    # Tafsiran: empat langkah, empat kolom (Kadin | Sekretaris | Kasubag Umpeg | Staf): satu langkah per kolom berurutan.
    Maka tugas berikutnya adalah "Menerima surat keluar, memerintahkan untuk pendistribusian" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima surat keluar, memerintahkan untuk pendistribusian"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menandatangani Surat Keluar" adalah 10 menit
    Maka batas waktu langkah "Menerima surat keluar, memerintahkan untuk pendistribusian" adalah 5 menit
    # OCR baris 1434: "S menit" dibaca 5 menit.
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan" adalah 15 menit
    Maka kelengkapan langkah "Menandatangani Surat Keluar" adalah:
      | kelengkapan |
      | Surat keluar |
    Maka kelengkapan langkah "Menerima surat keluar, memerintahkan untuk pendistribusian" adalah:
      | kelengkapan |
      | Surat keluar yang sudah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." adalah:
      | kelengkapan |
      | Surat keluar yang sudah ditandatangani |
    Maka kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan |
      | Surat keluar yang sudah ditandatangani |
    Maka output langkah "Menandatangani Surat Keluar" adalah "Surat keluar yang sudah ditandatangani"
    Maka output langkah "Menerima surat keluar, memerintahkan untuk pendistribusian" adalah "Surat keluar yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." adalah "Surat keluar yang sudah ditandatangani"
    Maka output langkah "Mengagenda, menggandakan dan mendistribusikan" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umpeg yang memerintahkan pengagendaan
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Menandatangani Surat Keluar" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Menandatangani Surat Keluar"
    Maka tugas berikutnya adalah "Menerima surat keluar, memerintahkan untuk pendistribusian" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menerima surat keluar, memerintahkan untuk pendistribusian"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan." untuk "Kasubag Umpeg"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan."
    Maka "Kadin" tidak dapat menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan."
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan" untuk "Staf"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Menandatangani Surat Keluar" untuk "Kadin"
    Maka "Staf" tidak dapat menyelesaikan langkah "Menandatangani Surat Keluar"
    Ketika "Kadin" menyelesaikan langkah "Menandatangani Surat Keluar"
    Maka tugas berikutnya adalah "Menerima surat keluar, memerintahkan untuk pendistribusian" untuk "Sekretaris"
