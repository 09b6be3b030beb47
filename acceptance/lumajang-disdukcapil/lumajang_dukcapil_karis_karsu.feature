# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 813-845 ("Prosedur Pengusulan Pembuatan KARIS/KARSU")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 817): Kaban | Sekretaris | Kasubag Umum | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 825-827).
# Seed melompat dari langkah 6 ke langkah 8 (nomor 7 tidak ada di teks); tidak ada langkah yang ditambahkan.
Fitur: Prosedur Pengusulan Pembuatan KARIS/KARSU
  Pengusulan KARIS/KARSU: pegawai yang belum memiliki KARIS/KARSU didata, surat pengantar dibuat, diperiksa,
  diparaf, ditandatangani dan dikirim ke BKD.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_karis_karsu" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat pengantar disetujui dan dikirim ke BKD
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat surat pengantar"
    # Sumber: baris 825-827: "Memeriksa konsep surat pengantar. Bila setuju diserahkan ke sekretaris, bila tidak setuju diserahkan ke staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar. Bila setuju..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar. Bila setuju..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberikan tanda tangan"
    # Waktu langkah 6 tidak terbaca (baris 839: "yans g enit"); tidak diuji. Keterangan: "SOP Pengiriman Surat".
    # Diselaraskan: baris 837-841 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    # Seed melompat dari langkah 6 ke langkah 8 (nomor 7 tidak ada di teks); tidak ada langkah yang ditambahkan.
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan ke BKD" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD"
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep surat pengantar. Bil...": kembali ke "Membuat surat pengantar"
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar. Bila setuju..." untuk "Kasubag Umum"
    # Sumber: baris 825-827: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep surat pengantar. Bila setuju..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar. Bila setuju..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar. Bila setuju..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar" adalah 10 menit
    Maka batas waktu langkah "Membuat surat pengantar" adalah 10 menit
    Maka batas waktu langkah "Memeriksa konsep surat pengantar. Bila setuju..." adalah 10 menit
    Maka batas waktu langkah "Memberikan paraf" adalah 5 menit
    Maka batas waktu langkah "Memberikan tanda tangan" adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah 5 menit
    Maka kelengkapan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar" adalah:
      | kelengkapan |
      | Data Pegawai |
    Maka kelengkapan langkah "Membuat surat pengantar" adalah:
      | kelengkapan |
      | Konsep surat pengantar |
    Maka kelengkapan langkah "Memeriksa konsep surat pengantar. Bila setuju..." adalah:
      | kelengkapan |
      | Konsep surat pengantar |
    Maka kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan |
      | Surat Pengantar |
    Maka kelengkapan langkah "Memberikan tanda tangan" adalah:
      | kelengkapan |
      | Surat Pengantar yang sudah diparaf |
    Maka kelengkapan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah:
      | kelengkapan |
      | Surat Pengantar yang sudah ditandatangani |
    Maka output langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar" adalah "Konsep surat pengantar"
    Maka output langkah "Membuat surat pengantar" adalah "Konsep surat pengantar"
    Maka output langkah "Memeriksa konsep surat pengantar. Bila setuju..." adalah "Surat Pengantar"
    Maka output langkah "Memberikan paraf" adalah "Surat Pengantar yang sudah diparaf"
    Maka output langkah "Memberikan tanda tangan" adalah "Surat Pengantar yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengirimkan ke BKD" adalah "Surat Pengantar yang sudah ditandatangani"
    Maka output langkah "Mengagenda, menggandakan dan mengirimkan ke BKD" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umum yang memeriksa konsep surat pengantar
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar. Bila setuju..." untuk "Kasubag Umum"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa konsep surat pengantar. Bila setuju..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa konsep surat pengantar. Bila setuju..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar. Bila setuju..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memeriksa daftar pegawai yang belum memiliki KARIS/KARSU. Membuat surat pengantar"
    Maka tugas berikutnya adalah "Membuat surat pengantar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membuat surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa konsep surat pengantar. Bila setuju..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep surat pengantar. Bila setuju..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kaban"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan tanda tangan"
    Ketika "Kaban" menyelesaikan langkah "Memberikan tanda tangan"
    # Diselaraskan: baris 837-841 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
