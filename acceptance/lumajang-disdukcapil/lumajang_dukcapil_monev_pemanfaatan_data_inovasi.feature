# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2182-2235 ("MEKANISME TATA CARA PELAKSANAAN MONITORING DAN EVALUASI BIDANG PEMANFAATAN DATA DAN INOVASI PELAYANAN")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2188): STAF | KEPALA SEKSI | KEPALA BIDANG | KEPALA DINAS.
# Langkah 8 dan 9 tanpa nomor di awal baris (baris 2221, 2225). Isi SOP ini hampir sama dengan SOP Inovasi Pelayanan
# (baris 2239-2295); judulnya monev, uraiannya inovasi pelayanan (seperti seed).
# Tidak ada tanda Ya/Tidak. Angka di dalam baris (mis. "1 Agenda kerja") dibaca sebagai nomor simbol bagan.
Fitur: MEKANISME TATA CARA PELAKSANAAN MONITORING DAN EVALUASI BIDANG PEMANFAATAN DATA DAN INOVASI PELAYANAN
  Monitoring dan evaluasi bidang pemanfaatan data dan inovasi pelayanan: program kerja, koordinasi, rapat
  koordinasi intern, telaah, pelaksanaan, evaluasi dan laporan hasil kegiatan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_monev_pemanfaatan_data_inovasi" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari program kerja sampai laporan kepada Kepala Dinas
    # Kelengkapan seed: "Agenda kerja, disposisi" (satu sel; tidak diuji).
    # Tafsiran (pola SOP bidang pemanfaatan data seed ini, tanpa tanda kolom): pekerjaan seksi (program kerja, koordinasi antar seksi, bahan, telaah, pelaksanaan) oleh KEPALA SEKSI (bahan oleh STAF bila ada kolom STAF); koordinasi antar bidang, evaluasi pelaksanaan tugas seksi dan laporan kepada Kepala Dinas (Nota Dinas, output "Disposisi Kepala Dinas") oleh KEPALA BIDANG; rapat "dipimpin Kepala Dinas" oleh KEPALA DINAS.
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas"
    # Uraian: "Melaksanakan koordinasi dengan seksi-seksi pada Bidang Pemanfaatan Data dan Inovasi Pelayanan".
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi..."
    # Uraian: "... dengan semua Bidang di Dinas Kependudukan dan Pencatatan Sipil"; keterangan "koordinasi dengan bidang terkait".
    # Diselaraskan: baris 2194 tidak menyisakan tanda kolom untuk langkah 3; tabel membacanya Kepala Seksi (lanjutan koordinasi seksi langkah 2; kolom KEPALA BIDANG di SOP bidang ini hanya melapor, bdk. baris 2393). Seed ambigu: model dipertahankan.
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan semua Bidang..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan semua Bidang..."
    Maka tugas berikutnya adalah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..."
    # Keterangan: "bersama dengan bidang terkait".
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Menelaah hasil rapat koordinasi intern..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menelaah hasil rapat koordinasi intern..."
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan koordinasi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan jadwal kegiatan koordinasi..."
    # Uraian: "Mengevaluasi pelaksanaan tugas inovasi pelayanan kebijakan kependudukan oleh Seksi Inovasi Pelayanan":
    # tafsiran: yang dievaluasi pekerjaan seksi, jadi penilainya KEPALA BIDANG.
    # Diselaraskan: uraian baris 2221-2223 "... oleh Seksi Inovasi Pelayanan" dan SOP bidang yang sama baris 2390 ("KEPALA SEKSI" di baris evaluasi): evaluasi oleh KEPALA SEKSI, seperti model.
    Maka tugas berikutnya adalah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..."
    # Uraian: "Melaporkan hasil kegiatan mulai perencanaan dan pelaksanaan hasil inovasi pelayanan kebijakan kependudukan";
    # keterangan "Tentative". Tafsiran: laporan KEPALA BIDANG kepada Kepala Dinas; disposisi Kepala Dinas (output) tidak
    # mempunyai baris sendiri di seed, jadi tidak ditambahkan langkah.
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan..." untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Melaporkan hasil kegiatan..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" adalah 2 hari
    Maka batas waktu langkah "Melaksanakan koordinasi dengan seksi-seksi..." adalah 1 jam
    Maka batas waktu langkah "Melaksanakan koordinasi dengan semua Bidang..." adalah 2 hari
    Maka batas waktu langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." adalah 2 hari
    Maka batas waktu langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah 2 jam
    Maka batas waktu langkah "Menelaah hasil rapat koordinasi intern..." adalah 2 hari
    Maka batas waktu langkah "Melaksanakan jadwal kegiatan koordinasi..." adalah 1 hari
    Maka batas waktu langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." adalah 1 jam
    Maka batas waktu langkah "Melaporkan hasil kegiatan..." adalah 1 hari
    Maka kelengkapan langkah "Melaksanakan koordinasi dengan semua Bidang..." adalah:
      | kelengkapan |
      | Agenda kerja |
    Maka kelengkapan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." adalah:
      | kelengkapan |
      | Data dan bahan rencana inovasi |
    Maka kelengkapan langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah:
      | kelengkapan |
      | Data dan bahan rapat koordinasi |
    Maka kelengkapan langkah "Menelaah hasil rapat koordinasi intern..." adalah:
      | kelengkapan |
      | Penyusunan PKS / ToR |
    Maka kelengkapan langkah "Melaksanakan jadwal kegiatan koordinasi..." adalah:
      | kelengkapan |
      | Bahan telaah hasil rapat intern |
    Maka kelengkapan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." adalah:
      | kelengkapan |
      | Bahan telaah/masukan |
    Maka kelengkapan langkah "Melaporkan hasil kegiatan..." adalah:
      | kelengkapan |
      # Diselaraskan: baris 2225 "Nota Dinas" / 2226 "Laporan" dan baris lepas 2231 "Pelaksanaan" (sebelum sisa sel output); tabel menyambungnya, seed ambigu, model dipertahankan.
      | Nota Dinas Laporan Pelaksanaan |
    Maka output langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" adalah "Program kerja"
    Maka output langkah "Melaksanakan koordinasi dengan seksi-seksi..." adalah "Hasil koordinasi kegiatan"
    Maka output langkah "Melaksanakan koordinasi dengan semua Bidang..." adalah "Hasil koordinasi kegiatan"
    Maka output langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." adalah "Bahan rapat koordinasi"
    Maka output langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah "Notulen hasil rapat"
    Maka output langkah "Menelaah hasil rapat koordinasi intern..." adalah "Bahan telaah"
    Maka output langkah "Melaksanakan jadwal kegiatan koordinasi..." adalah "Pelaksanaan inovasi"
    Maka output langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." adalah "Bahan telaah/masukan"
    # Diselaraskan: sel output berlanjut di baris 2233-2234 "Kependudukan &" / "Pencatatan Sipil"; tabel membaca output lengkap.
    Maka output langkah "Melaporkan hasil kegiatan..." adalah "Disposisi Kepala Dinas Kependudukan & Pencatatan Sipil"

  Skenario: Rapat koordinasi intern dipimpin Kepala Dinas
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas"
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi..."
    # Diselaraskan: baris 2194 tidak menyisakan tanda kolom untuk langkah 3; tabel membacanya Kepala Seksi (lanjutan koordinasi seksi langkah 2; kolom KEPALA BIDANG di SOP bidang ini hanya melapor, bdk. baris 2393). Seed ambigu: model dipertahankan.
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan semua Bidang..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan semua Bidang..."
    Maka tugas berikutnya adalah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..."
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Maka "KEPALA SEKSI" tidak dapat menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka "KEPALA BIDANG" tidak dapat menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Menelaah hasil rapat koordinasi intern..." untuk "KEPALA SEKSI"

  # Diselaraskan: judul lama "Kepala Seksi tidak mengevaluasi pekerjaan seksinya sendiri"; baris 2221-2223 dan 2390 memberi evaluasi kepada Kepala Seksi.
  Skenario: Evaluasi oleh Kepala Seksi, laporan oleh Kepala Bidang
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas"
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi..."
    # Diselaraskan: baris 2194 tidak menyisakan tanda kolom untuk langkah 3; tabel membacanya Kepala Seksi (lanjutan koordinasi seksi langkah 2; kolom KEPALA BIDANG di SOP bidang ini hanya melapor, bdk. baris 2393). Seed ambigu: model dipertahankan.
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan semua Bidang..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan semua Bidang..."
    Maka tugas berikutnya adalah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." untuk "STAF"
    Ketika "STAF" menyelesaikan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..."
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Menelaah hasil rapat koordinasi intern..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menelaah hasil rapat koordinasi intern..."
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan koordinasi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan jadwal kegiatan koordinasi..."
    # Diselaraskan: uraian baris 2221-2223 "... oleh Seksi Inovasi Pelayanan" dan SOP bidang yang sama baris 2390 ("KEPALA SEKSI" di baris evaluasi): evaluasi oleh KEPALA SEKSI, seperti model.
    Maka tugas berikutnya adalah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." untuk "KEPALA SEKSI"
    Maka "KEPALA BIDANG" tidak dapat menyelesaikan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..."
    Maka "STAF" tidak dapat menyelesaikan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..."
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..."
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan..." untuk "KEPALA BIDANG"
