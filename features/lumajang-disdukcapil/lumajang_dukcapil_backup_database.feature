# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_backup_database.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Backup Database
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Kepala Seksi, ADB

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_backup_database" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Membuat perencanaan penjadwalan bakcup database, cara..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat perencanaan penjadwalan bakcup database, cara..." adalah 1 hari kerja
    Dan kelengkapan langkah "Membuat perencanaan penjadwalan bakcup database, cara..." adalah:
      | kelengkapan |
      | Komputer    |
      | Printer     |
    Dan output langkah "Membuat perencanaan penjadwalan bakcup database, cara..." adalah "Jadwal dan cara Backup, Peralatan untuk backup"
    Ketika "Kepala Seksi" menyelesaikan langkah "Membuat perencanaan penjadwalan bakcup database, cara..."
    Maka tugas berikutnya adalah "Melaksanakan backup database berdasarkan jadwal dan..." untuk "ADB"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Melaksanakan backup database berdasarkan jadwal dan..."
    Dan batas waktu langkah "Melaksanakan backup database berdasarkan jadwal dan..." adalah 2 jam
    Dan kelengkapan langkah "Melaksanakan backup database berdasarkan jadwal dan..." adalah:
      | kelengkapan            |
      | Jadwal dan cara Backup |
      | Peralatan untuk backup |
      | Komputer               |
      | ATK                    |
      | Printer                |
    Dan output langkah "Melaksanakan backup database berdasarkan jadwal dan..." adalah "Hasil Backup, Duplikat hasil backup, Laporan Backup database"
    Ketika "ADB" menyelesaikan langkah "Melaksanakan backup database berdasarkan jadwal dan..."
    Maka tugas berikutnya adalah "Menerima dan menyimpan duplikat hasil backup beserta laporan" untuk "Kepala Seksi"
    Dan batas waktu langkah "Menerima dan menyimpan duplikat hasil backup beserta laporan" adalah 1 jam
    Dan kelengkapan langkah "Menerima dan menyimpan duplikat hasil backup beserta laporan" adalah:
      | kelengkapan             |
      | Duplikat hasil backup   |
      | Laporan Backup database |
    Dan output langkah "Menerima dan menyimpan duplikat hasil backup beserta laporan" adalah "Laporan Backup database"
    Ketika "Kepala Seksi" menyelesaikan langkah "Menerima dan menyimpan duplikat hasil backup beserta laporan"
    Maka SOP selesai

