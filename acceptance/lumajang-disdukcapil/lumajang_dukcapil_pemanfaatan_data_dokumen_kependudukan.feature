# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2365-2402 ("Prosedur Pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2369): KEPALA SEKSI | KEPALA BIDANG | KEPALA DINAS | BUPATI.
# Tidak ada tanda Ya/Tidak. Angka di dalam baris (mis. "1 Agenda kerja") dibaca sebagai nomor simbol bagan.
Fitur: Prosedur Pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan
  Pemanfaatan data dan dokumen kependudukan: program kerja seksi, koordinasi, petunjuk kerja, pelaksanaan jadwal,
  evaluasi dan laporan hasil kegiatan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pemanfaatan_data_dokumen_kependudukan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari program kerja sampai laporan
    # Uraian: "Menyusunan program kerja Seksi Pemanfaatan Data dan Dokumen Kependudukan untuk Acuan Pelaksanaan Tugas"
    # (seperti seed, "Menyusunan"). Kelengkapan "Agenda kerja, disposisi" (satu sel; tidak diuji).
    # Tafsiran (pola SOP bidang pemanfaatan data seed ini, tanpa tanda kolom): pekerjaan seksi (program kerja, koordinasi antar seksi, bahan, telaah, pelaksanaan) oleh KEPALA SEKSI (bahan oleh STAF bila ada kolom STAF); koordinasi antar bidang, evaluasi pelaksanaan tugas seksi dan laporan kepada Kepala Dinas (Nota Dinas, output "Disposisi Kepala Dinas") oleh KEPALA BIDANG; rapat "dipimpin Kepala Dinas" oleh KEPALA DINAS.
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Menyusunan program kerja Seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusunan program kerja Seksi..."
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang Kerjasama dan Inovasi Pelayanan" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang Kerjasama dan Inovasi Pelayanan"
    # Output seed: "Petunjuk/ program seksi pemanfaatan data dan dokumen kependudukan" (tidak diuji).
    Maka tugas berikutnya adalah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan"
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan program kerja seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan jadwal kegiatan program kerja seksi..."
    # Sumber: baris 2389: "Pemanfaatan Data dan Dokumen KEPALA SEKSI"; "KEPALA SEKSI" dibaca sebagai yang dievaluasi
    # (seperti "... oleh Seksi Inovasi Pelayanan", baris 2287-2288), jadi penilainya KEPALA BIDANG. Bisa juga KEPALA SEKSI.
    # Diselaraskan: baris 2390 menulis "KEPALA SEKSI" di baris langkah 5 (teks bagan di kolom pelaksana), jadi pengevaluasinya KEPALA SEKSI seperti model.
    Maka tugas berikutnya adalah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan"
    # Uraian: "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan hasil pemanfaatan Data dan Dokumen
    # Kependudukan"; output "Disposisi Kepala ... Dinas" (baris 2392, 2400; tidak diuji). Tafsiran: laporan KEPALA
    # BIDANG kepada Kepala Dinas; KEPALA DINAS dan BUPATI tidak mempunyai langkah sendiri di seed.
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan..." untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Melaporkan hasil kegiatan..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menyusunan program kerja Seksi..." adalah 2 hari
    Maka batas waktu langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang Kerjasama dan Inovasi Pelayanan" adalah 1 hari
    Maka batas waktu langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" adalah 1 hari
    Maka batas waktu langkah "Melaksanakan jadwal kegiatan program kerja seksi..." adalah 1 hari
    Maka batas waktu langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" adalah 1 jam
    Maka batas waktu langkah "Melaporkan hasil kegiatan..." adalah 1 jam
    Maka kelengkapan langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" adalah:
      | kelengkapan |
      | Agenda kerja |
    Maka kelengkapan langkah "Melaksanakan jadwal kegiatan program kerja seksi..." adalah:
      | kelengkapan |
      | Agenda kerja |
    Maka kelengkapan langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" adalah:
      | kelengkapan |
      | Bahan telaah/ masukan |
    Maka kelengkapan langkah "Melaporkan hasil kegiatan..." adalah:
      | kelengkapan |
      # Diselaraskan: baris 2393 "Nota Dinas Laporan" dan baris lepas 2398 "Pelaksanaan" (sebelum sel output "Dinas ..."); tabel menyambungnya, seed ambigu, model dipertahankan.
      | Nota Dinas Laporan Pelaksanaan |
    Maka output langkah "Menyusunan program kerja Seksi..." adalah "Program Kerja"
    Maka output langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang Kerjasama dan Inovasi Pelayanan" adalah "Hasil koordinasi kegiatan"
    Maka output langkah "Melaksanakan jadwal kegiatan program kerja seksi..." adalah "Jadwal Kegiatan"
    Maka output langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" adalah "Bahan telaah/masukan"

  # Diselaraskan: judul lama "Evaluasi oleh Kepala Bidang"; baris 2390 memberi evaluasi kepada KEPALA SEKSI.
  Skenario: Evaluasi oleh Kepala Seksi, laporan oleh Kepala Bidang
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Menyusunan program kerja Seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusunan program kerja Seksi..."
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang Kerjasama dan Inovasi Pelayanan" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi pada Bidang Kerjasama dan Inovasi Pelayanan"
    Maka tugas berikutnya adalah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusun petunjuk kerja pemanfaatan Data dan Dokumen Kependudukan"
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan program kerja seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan jadwal kegiatan program kerja seksi..."
    # Diselaraskan: baris 2390 menulis "KEPALA SEKSI" di baris langkah 5 (teks bagan di kolom pelaksana), jadi pengevaluasinya KEPALA SEKSI seperti model.
    Maka tugas berikutnya adalah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan" untuk "KEPALA SEKSI"
    Maka "KEPALA BIDANG" tidak dapat menyelesaikan langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengevaluasi pelaksanaan Pemanfaatan Data dan Dokumen Kependudukan"
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan..." untuk "KEPALA BIDANG"
