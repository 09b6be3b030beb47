# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 375-416 ("MEKANISME PENDOKUMENTASI SPJ")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 381): Kadis | Sekdin | Kasubag | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Tidak ada tanda Ya/Tidak: tidak ada keputusan.
# Output "SPJ dan Laporan" (langkah paraf, baris 411-413) berupa daftar; tidak diuji.
Fitur: MEKANISME PENDOKUMENTASI SPJ
  Penyimpanan dokumen SPJ: SPJ kegiatan dari bidang dihimpun, disusun, digandakan, diparaf,
  ditandatangani dan diarsipkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pendokumentasian_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari SPJ bidang sampai arsip SPJ
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima, menghimpun SPJ Kegiatan dari Bidang..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang..."
    # Tafsiran: "Mengkoreksi" adalah kerja Kasubag; Staf menghimpun, menggandakan dan menyiapkan data.
    Maka tugas berikutnya adalah "Menyusun, Mengkoreksi SPJ dari Bidang" untuk "Kasubag"
    Ketika "Kasubag" menyelesaikan langkah "Menyusun, Mengkoreksi SPJ dari Bidang"
    Maka tugas berikutnya adalah "Melaksanakan penggandaan guna kelengkapan proses SPJ" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ"
    Maka tugas berikutnya adalah "Membantu mempersiapkan data sebagai bahan dalam membuat laporan realisasi anggaran" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membantu mempersiapkan data sebagai bahan dalam membuat laporan realisasi anggaran"
    # Tafsiran: paraf oleh Sekdin (kolom kedua), tanda tangan oleh Kadis, seperti pola SOP lain di seed ini.
    Maka tugas berikutnya adalah "Pemberian Paraf" untuk "Sekdin"
    Ketika "Sekdin" menyelesaikan langkah "Pemberian Paraf"
    Maka tugas berikutnya adalah "Pemberian Tanda Tangan" untuk "Kadis"
    Ketika "Kadis" menyelesaikan langkah "Pemberian Tanda Tangan"
    # Sumber: baris 416: "Memerintahkan 1 Jam Arsip SPJ"; tafsiran: perintah pengarsipan oleh Kadis (penanda tangan).
    # Diselaraskan: nama langkah dari tabel: baris 416 hanya "Memerintahkan"; "penyimpanan dokumen SPJ" tercetak lepas di baris 377 dan tabel membacanya sebagai sambungan uraian (seed ambigu, model dipertahankan).
    # Diselaraskan: baris 416 tidak menyisakan tanda kolom; tabel memberi perintah penyimpanan sesudah tanda tangan kepada Sekdin (pola perintah berjenjang buku ini). Seed ambigu: model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan penyimpanan dokumen SPJ" untuk "Sekdin"
    Ketika "Sekdin" menyelesaikan langkah "Memerintahkan penyimpanan dokumen SPJ"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang..." adalah 1 hari
    Maka batas waktu langkah "Menyusun, Mengkoreksi SPJ dari Bidang" adalah 1 hari
    Maka batas waktu langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ" adalah 1 hari
    Maka batas waktu langkah "Membantu mempersiapkan data sebagai bahan dalam membuat laporan realisasi anggaran" adalah 2 jam
    Maka batas waktu langkah "Pemberian Paraf" adalah 1 jam
    Maka batas waktu langkah "Pemberian Tanda Tangan" adalah 2 hari
    # Diselaraskan: nama langkah dari tabel: baris 416 hanya "Memerintahkan"; "penyimpanan dokumen SPJ" tercetak lepas di baris 377 dan tabel membacanya sebagai sambungan uraian (seed ambigu, model dipertahankan).
    Maka batas waktu langkah "Memerintahkan penyimpanan dokumen SPJ" adalah 1 jam
    Maka kelengkapan langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang..." adalah:
      | kelengkapan |
      | Nota Belanja |
      | DPA |
    Maka kelengkapan langkah "Menyusun, Mengkoreksi SPJ dari Bidang" adalah:
      | kelengkapan |
      | DPA |
    Maka kelengkapan langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ" adalah:
      | kelengkapan |
      | Nota Penggandaan |
    Maka kelengkapan langkah "Membantu mempersiapkan data sebagai bahan dalam membuat laporan realisasi anggaran" adalah:
      | kelengkapan |
      | Data |
    Maka output langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang..." adalah "SPJ"
    Maka output langkah "Menyusun, Mengkoreksi SPJ dari Bidang" adalah "SPJ"
    Maka output langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ" adalah "SPJ"
    Maka output langkah "Membantu mempersiapkan data sebagai bahan dalam membuat laporan realisasi anggaran" adalah "Buku Laporan"
    Maka output langkah "Pemberian Tanda Tangan" adalah "Buku Laporan SPJ"
    # Diselaraskan: nama langkah dari tabel: baris 416 hanya "Memerintahkan"; "penyimpanan dokumen SPJ" tercetak lepas di baris 377 dan tabel membacanya sebagai sambungan uraian (seed ambigu, model dipertahankan).
    Maka output langkah "Memerintahkan penyimpanan dokumen SPJ" adalah "Arsip SPJ"

  Skenario: Hanya Kasubag yang menyusun dan mengoreksi SPJ dari bidang
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima, menghimpun SPJ Kegiatan dari Bidang..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang..."
    Maka tugas berikutnya adalah "Menyusun, Mengkoreksi SPJ dari Bidang" untuk "Kasubag"
    Maka "Staf" tidak dapat menyelesaikan langkah "Menyusun, Mengkoreksi SPJ dari Bidang"
    Maka "Kadis" tidak dapat menyelesaikan langkah "Menyusun, Mengkoreksi SPJ dari Bidang"
    Ketika "Kasubag" menyelesaikan langkah "Menyusun, Mengkoreksi SPJ dari Bidang"
    Maka tugas berikutnya adalah "Melaksanakan penggandaan guna kelengkapan proses SPJ" untuk "Staf"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Staf" memulai SOP
    Maka tugas berikutnya adalah "Menerima, menghimpun SPJ Kegiatan dari Bidang..." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menerima, menghimpun SPJ Kegiatan dari Bidang..."
    Maka tugas berikutnya adalah "Menyusun, Mengkoreksi SPJ dari Bidang" untuk "Kasubag"
    Ketika "Kasubag" menyelesaikan langkah "Menyusun, Mengkoreksi SPJ dari Bidang"
    Maka tugas berikutnya adalah "Melaksanakan penggandaan guna kelengkapan proses SPJ" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melaksanakan penggandaan guna kelengkapan proses SPJ"
    Maka tugas berikutnya adalah "Membantu mempersiapkan data sebagai bahan dalam membuat laporan realisasi anggaran" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Membantu mempersiapkan data sebagai bahan dalam membuat laporan realisasi anggaran"
    Maka tugas berikutnya adalah "Pemberian Paraf" untuk "Sekdin"
    Maka "Staf" tidak dapat menyelesaikan langkah "Pemberian Paraf"
    Ketika "Sekdin" menyelesaikan langkah "Pemberian Paraf"
    Maka tugas berikutnya adalah "Pemberian Tanda Tangan" untuk "Kadis"
    Maka "Staf" tidak dapat menyelesaikan langkah "Pemberian Tanda Tangan"
    Ketika "Kadis" menyelesaikan langkah "Pemberian Tanda Tangan"
    # Diselaraskan: nama langkah dari tabel: baris 416 hanya "Memerintahkan"; "penyimpanan dokumen SPJ" tercetak lepas di baris 377 dan tabel membacanya sebagai sambungan uraian (seed ambigu, model dipertahankan).
    # Diselaraskan: baris 416 tidak menyisakan tanda kolom; tabel memberi perintah penyimpanan sesudah tanda tangan kepada Sekdin (pola perintah berjenjang buku ini). Seed ambigu: model dipertahankan.
    Maka tugas berikutnya adalah "Memerintahkan penyimpanan dokumen SPJ" untuk "Sekdin"
