# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2331-2360 ("MEKANISME TATA CARA PELAKSANAAN KERJASAMA")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2336): KEPALA SEKSI | KEPALA BIDANG | KEPALA DINAS | BUPATI (judul atas: "PRAKARSA
# (KERJASAMA DG SKPD)", baris 2331).
# Tidak ada tanda Ya/Tidak. Angka di dalam baris (mis. "1 Agenda kerja") dibaca sebagai nomor simbol bagan.
Fitur: MEKANISME TATA CARA PELAKSANAAN KERJASAMA
  Pelaksanaan kerjasama dengan SKPD: rencana, materi, rapat intern, bahan masukan, rapat lintas sektoral,
  persetujuan Bupati, penandatanganan perjanjian kerjasama, agenda dan arsip.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pelaksanaan_kerjasama" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: perjanjian kerjasama disetujui, ditandatangani dan diarsipkan
    # Tafsiran (pola SOP bidang pemanfaatan data seed ini, tanpa tanda kolom): pekerjaan seksi (program kerja, koordinasi antar seksi, bahan, telaah, pelaksanaan) oleh KEPALA SEKSI (bahan oleh STAF bila ada kolom STAF); koordinasi antar bidang, evaluasi pelaksanaan tugas seksi dan laporan kepada Kepala Dinas (Nota Dinas, output "Disposisi Kepala Dinas") oleh KEPALA BIDANG; rapat "dipimpin Kepala Dinas" oleh KEPALA DINAS.
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Penyiapan rencana kerjasama" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Penyiapan rencana kerjasama"
    Maka tugas berikutnya adalah "Mengolah bahan dan menyiapkan materi rapat koordinasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi"
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    # Kelengkapan seed: "KAK (ToR) dan Notulen hasil rapat" (tidak diuji sebagai daftar).
    # Tafsiran: bahan disusun KEPALA SEKSI (bisa juga KEPALA BIDANG).
    Maka tugas berikutnya adalah "Penyusunan bahan masukan bagi rencana kerjasama" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Penyusunan bahan masukan bagi rencana kerjasama"
    # Keterangan: "dengan SKPD terkait". Tafsiran: dipimpin KEPALA BIDANG (kolom ini tidak punya langkah lain).
    Maka tugas berikutnya adalah "Rapat Koordinasi Lintas Sektoral" untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Rapat Koordinasi Lintas Sektoral"
    # Seed menulis "Bupati Malang" (sisa salinan dari kabupaten lain); nama langkah seperti seed.
    # Waktu "Tentative", output "Persetujuan Bupati", keterangan "Menunggu disposisi Bupati": tidak diuji.
    Maka tugas berikutnya adalah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan"
    # Sumber: baris 2347-2348: "Laporan Kepada Bupati ... untuk mendapatkan persetujuan", output "Persetujuan Bupati",
    # keterangan "Menunggu disposisi Bupati". Persetujuan ditulis sebagai langkah BUPATI sendiri (nama langkah dari
    # output seed, bukan uraian). Seed tidak menunjukkan jalur jika Bupati tidak setuju: langkah biasa.
    Maka tugas berikutnya adalah "Persetujuan Bupati" untuk "BUPATI"
    Ketika "BUPATI" menyelesaikan langkah "Persetujuan Bupati"
    # Kelengkapan seed: "Persetujuan Bupati, KAK (ToR) dan Draft Final PKS". Tafsiran: ditandatangani KEPALA DINAS
    # bersama SKPD terkait ("para pihak"); bisa juga BUPATI.
    Maka tugas berikutnya adalah "Penandatanganan Perjanjian Kerjasama" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Penandatanganan Perjanjian Kerjasama"
    # Output seed: "Nomor perjanjian dan pengiriman kepada SKPD terkait" (tidak diuji).
    Maka tugas berikutnya adalah "Agendaris Surat Perjanjian" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Agendaris Surat Perjanjian"
    # Diselaraskan: baris 2357 "9 |Pengarsipan Dokumen PKS yang ..." - "Dokumen" bisa milik uraian atau kelengkapan (seed ambigu); tabel membaca uraian "Pengarsipan" dan kelengkapan "Dokumen PKS yang telah ditandatangani para pihak"; model dipertahankan.
    Maka tugas berikutnya adalah "Pengarsipan" untuk "KEPALA SEKSI"
    # Diselaraskan: baris 2357 "9 |Pengarsipan Dokumen PKS yang ..." - "Dokumen" bisa milik uraian atau kelengkapan (seed ambigu); tabel membaca uraian "Pengarsipan" dan kelengkapan "Dokumen PKS yang telah ditandatangani para pihak"; model dipertahankan.
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Pengarsipan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Penyiapan rencana kerjasama" adalah 2 hari
    Maka batas waktu langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi" adalah 1 hari
    Maka batas waktu langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah 2 jam
    Maka batas waktu langkah "Penyusunan bahan masukan bagi rencana kerjasama" adalah 2 hari
    Maka batas waktu langkah "Rapat Koordinasi Lintas Sektoral" adalah 1 jam
    Maka batas waktu langkah "Penandatanganan Perjanjian Kerjasama" adalah 1 jam
    Maka batas waktu langkah "Agendaris Surat Perjanjian" adalah 2 jam
    # Diselaraskan: baris 2357 "9 |Pengarsipan Dokumen PKS yang ..." - "Dokumen" bisa milik uraian atau kelengkapan (seed ambigu); tabel membaca uraian "Pengarsipan" dan kelengkapan "Dokumen PKS yang telah ditandatangani para pihak"; model dipertahankan.
    Maka batas waktu langkah "Pengarsipan" adalah 2 menit
    Maka kelengkapan langkah "Penyiapan rencana kerjasama" adalah:
      | kelengkapan |
      | Pengumpulan data |
    Maka kelengkapan langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi" adalah:
      | kelengkapan |
      | Data dan bahan rencana kerjasama |
    Maka kelengkapan langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah:
      | kelengkapan |
      | KAK (ToR) |
    Maka kelengkapan langkah "Agendaris Surat Perjanjian" adalah:
      | kelengkapan |
      | PKS yang telah ditandatangi para pihak |
    # Diselaraskan: baris 2357 "9 |Pengarsipan Dokumen PKS yang ..." - "Dokumen" bisa milik uraian atau kelengkapan (seed ambigu); tabel membaca uraian "Pengarsipan" dan kelengkapan "Dokumen PKS yang telah ditandatangani para pihak"; model dipertahankan.
    Maka kelengkapan langkah "Pengarsipan" adalah:
      | kelengkapan |
      | Dokumen PKS yang telah ditandatangani para pihak |
    Maka output langkah "Penyiapan rencana kerjasama" adalah "Data Kerjasama"
    Maka output langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi" adalah "Penyusunan KAK (ToR)"
    Maka output langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah "Notulen hasil rapat"
    Maka output langkah "Penyusunan bahan masukan bagi rencana kerjasama" adalah "Draft Nol PKS"
    Maka output langkah "Rapat Koordinasi Lintas Sektoral" adalah "Bahan telaah/masukan"
    Maka output langkah "Penandatanganan Perjanjian Kerjasama" adalah "PKS yang telah ditandatangi para pihak"
    # Diselaraskan: baris 2357 "9 |Pengarsipan Dokumen PKS yang ..." - "Dokumen" bisa milik uraian atau kelengkapan (seed ambigu); tabel membaca uraian "Pengarsipan" dan kelengkapan "Dokumen PKS yang telah ditandatangani para pihak"; model dipertahankan.
    Maka output langkah "Pengarsipan" adalah "Arsip Perjanjian Kerjasama"

  Skenario: Hanya Bupati yang memberi persetujuan
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Penyiapan rencana kerjasama" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Penyiapan rencana kerjasama"
    Maka tugas berikutnya adalah "Mengolah bahan dan menyiapkan materi rapat koordinasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi"
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Penyusunan bahan masukan bagi rencana kerjasama" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Penyusunan bahan masukan bagi rencana kerjasama"
    Maka tugas berikutnya adalah "Rapat Koordinasi Lintas Sektoral" untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Rapat Koordinasi Lintas Sektoral"
    Maka tugas berikutnya adalah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan"
    Maka tugas berikutnya adalah "Persetujuan Bupati" untuk "BUPATI"
    Maka "KEPALA SEKSI" tidak dapat menyelesaikan langkah "Persetujuan Bupati"
    Maka "KEPALA BIDANG" tidak dapat menyelesaikan langkah "Persetujuan Bupati"
    Ketika "BUPATI" menyelesaikan langkah "Persetujuan Bupati"
    Maka tugas berikutnya adalah "Penandatanganan Perjanjian Kerjasama" untuk "KEPALA DINAS"

  Skenario: Setiap pelaksana bertindak sendiri: persetujuan hanya oleh Bupati
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Penyiapan rencana kerjasama" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Penyiapan rencana kerjasama"
    Maka tugas berikutnya adalah "Mengolah bahan dan menyiapkan materi rapat koordinasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengolah bahan dan menyiapkan materi rapat koordinasi"
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Penyusunan bahan masukan bagi rencana kerjasama" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Penyusunan bahan masukan bagi rencana kerjasama"
    Maka tugas berikutnya adalah "Rapat Koordinasi Lintas Sektoral" untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Rapat Koordinasi Lintas Sektoral"
    Maka tugas berikutnya adalah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Laporan Kepada Bupati Malang untuk mendapatkan persetujuan"
    Maka tugas berikutnya adalah "Persetujuan Bupati" untuk "BUPATI"
    Maka "KEPALA DINAS" tidak dapat menyelesaikan langkah "Persetujuan Bupati"
    Ketika "BUPATI" menyelesaikan langkah "Persetujuan Bupati"
    Maka tugas berikutnya adalah "Penandatanganan Perjanjian Kerjasama" untuk "KEPALA DINAS"
