# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2974-2995 ("SOP BACKUP DATABASE")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2978): KASI | ADB.
# Langkah tanpa nomor di OCR (kecuali yang bernomor); urutan mengikuti teks. Tidak ada jalur Ya/Tidak di seed.
Fitur: SOP BACKUP DATABASE
  Backup database: perencanaan jadwal, cara dan peralatan backup, pelaksanaan backup dan penyimpanan duplikat
  beserta laporan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_backup_database" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari perencanaan sampai penyimpanan duplikat
    # Nama seperti seed ("bakcup"). Output dua butir (tidak diuji).
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat perencanaan penjadwalan bakcup database, cara backup dan peralatan yang diperlukan" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat perencanaan penjadwalan bakcup database, cara backup dan peralatan yang diperlukan"
    # Tanda "Y" (baris 2984) dibaca sebagai ujung panah, bukan keputusan. Output tiga butir (tidak diuji).
    Maka tugas berikutnya adalah "Melaksanakan backup database berdasarkan jadwal..." untuk "ADB"
    Ketika "ADB" menyelesaikan langkah "Melaksanakan backup database berdasarkan jadwal..."
    # Kelengkapan "Duplikat hasil backup" (dan mungkin "Laporan Backup database", baris 2995); tidak diuji. SELESAI.
    Maka tugas berikutnya adalah "Menerima dan menyimpan duplikat hasil backup beserta laporan" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Menerima dan menyimpan duplikat hasil backup beserta laporan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Membuat perencanaan penjadwalan bakcup database, cara backup dan peralatan yang diperlukan" adalah 1 hari
    Maka batas waktu langkah "Melaksanakan backup database berdasarkan jadwal..." adalah 2 jam
    Maka batas waktu langkah "Menerima dan menyimpan duplikat hasil backup beserta laporan" adalah 1 jam
    Maka kelengkapan langkah "Membuat perencanaan penjadwalan bakcup database, cara backup dan peralatan yang diperlukan" adalah:
      | kelengkapan |
      | Komputer |
      | Printer |
    Maka kelengkapan langkah "Melaksanakan backup database berdasarkan jadwal..." adalah:
      | kelengkapan |
      | Jadwal dan cara Backup |
      | Peralatan untuk backup |
      | Komputer |
      | ATK |
      | Printer |
    Maka output langkah "Menerima dan menyimpan duplikat hasil backup beserta laporan" adalah "Laporan Backup database"

  Skenario: Backup dilaksanakan oleh ADB
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat perencanaan penjadwalan bakcup database, cara backup dan peralatan yang diperlukan" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat perencanaan penjadwalan bakcup database, cara backup dan peralatan yang diperlukan"
    Maka tugas berikutnya adalah "Melaksanakan backup database berdasarkan jadwal..." untuk "ADB"
    Maka "KASI" tidak dapat menyelesaikan langkah "Melaksanakan backup database berdasarkan jadwal..."
    Ketika "ADB" menyelesaikan langkah "Melaksanakan backup database berdasarkan jadwal..."
    Maka tugas berikutnya adalah "Menerima dan menyimpan duplikat hasil backup beserta laporan" untuk "KASI"
