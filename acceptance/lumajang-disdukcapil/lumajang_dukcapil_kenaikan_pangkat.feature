# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 997-1043 ("Prosedur Pengusulan Kenaikan Pangkat")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1001): KADIN | Sekretaris | Kasubag Umum | STAF.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 1012-1016).
Fitur: Prosedur Pengusulan Kenaikan Pangkat
  Pengusulan kenaikan pangkat: berkas dikumpulkan dari buku penjagaan, surat pengantar dibuat, diperiksa,
  diparaf, ditandatangani, diagenda, digandakan dan dikirim.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_kenaikan_pangkat" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat pengantar disetujui dan dikirim
    # Sumber: baris 1002-1007: "Memeriksa buku penjagaan kenaikan pangkat, Mengumpulkan berkas ajuan kenaikan pangkat,
    # membuat surat pengantar"; output berupa daftar (berkas kenaikan pangkat, konsep surat pengantar), tidak diuji.
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa buku penjagaan kenaikan pangkat..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa buku penjagaan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Membuat surat pengantar"
    # Sumber: baris 1012-1016: "Memeriksa konsep surat pengantar. Bila setuju diserahkan ke sekretaris, bila tidak setuju diserahkan ke staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    # OCR baris 1024: "emberikan tanda tangan".
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memberikan tanda tangan"
    # Keterangan baris 1026: "SOP Pengiriman Surat".
    # Diselaraskan: baris 1025-1035 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan"
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    # Diselaraskan: perintah kedua "Memerintahkan untuk mengagenda, ..." (baris 1031-1035) oleh Kasubag Umum, seperti "Memerintahkan untuk mengagenda, menggandakan, dan mendistribusikan" milik Kasubag di Pengagendaan Surat Keluar (baris 1428-1430); model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan." untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan."
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep surat pengantar": kembali ke "Membuat surat pengantar"
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa buku penjagaan kenaikan pangkat..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa buku penjagaan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar..." untuk "Kasubag Umum"
    # Sumber: baris 1012-1016: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep surat pengantar..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "STAF"
    Maka alasan "masih ada yang salah" terlihat oleh "STAF"
    Ketika "STAF" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memeriksa buku penjagaan kenaikan pangkat..." adalah 10 menit
    Maka batas waktu langkah "Membuat surat pengantar" adalah 10 menit
    Maka batas waktu langkah "Memeriksa konsep surat pengantar..." adalah 10 menit
    Maka batas waktu langkah "Memberikan paraf" adalah 5 menit
    Maka batas waktu langkah "Memberikan tanda tangan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengirimkan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan" adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mengirimkan." adalah 5 menit
    Maka kelengkapan langkah "Memeriksa buku penjagaan kenaikan pangkat..." adalah:
      | kelengkapan |
      | Buku Penjagaan Kenaikan Pangkat |
    Maka kelengkapan langkah "Membuat surat pengantar" adalah:
      | kelengkapan |
      | Konsep surat pengantar |
    Maka kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan |
      | Surat Pengantar |
    Maka kelengkapan langkah "Memberikan tanda tangan" adalah:
      | kelengkapan |
      | Surat Pengantar yang sudah diparaf |
    Maka output langkah "Membuat surat pengantar" adalah "Konsep surat pengantar"
    Maka output langkah "Memeriksa konsep surat pengantar..." adalah "Surat Pengantar"
    Maka output langkah "Memberikan paraf" adalah "Surat Pengantar yang sudah diparaf"
    Maka output langkah "Memberikan tanda tangan" adalah "Surat Pengantar yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengirimkan" adalah "Surat Pengantar yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, menggandakan dan mengirimkan" adalah "Surat Pengantar yang sudah ditandatangani"
    Maka output langkah "Mengagenda, menggandakan dan mengirimkan." adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umum yang memeriksa konsep surat pengantar
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa buku penjagaan kenaikan pangkat..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa buku penjagaan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar..." untuk "Kasubag Umum"
    Maka "STAF" tidak dapat menyelesaikan langkah "Memeriksa konsep surat pengantar..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa konsep surat pengantar..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa buku penjagaan kenaikan pangkat..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa buku penjagaan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "KADIN"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan tanda tangan"
    Ketika "KADIN" menyelesaikan langkah "Memberikan tanda tangan"
    # Diselaraskan: baris 1025-1035 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan" untuk "Sekretaris"
