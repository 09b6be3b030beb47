# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2239-2295 ("MEKANISME TATA CARA PELAKSANAAN INOVASI PELAYANAN")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2253): KEPALA SEKSI | KEPALA BIDANG | KEPALA DINAS (sub judul baris 2241: "Prosedur Inovasi
# Pelayanan Kebijakan Kependudukan").
# Tidak ada kolom STAF: langkah 4 (bahan rapat) oleh KEPALA SEKSI.
# Langkah 9: sebagian uraian tercetak di baris 2243 ("dan pelaksanaan hasil inovasi pelayanan"); output "Disposisi
# Kepala" (baris 2290, sisa kata di baris 2249) tidak diuji.
# Tidak ada tanda Ya/Tidak. Angka di dalam baris (mis. "1 Agenda kerja") dibaca sebagai nomor simbol bagan.
Fitur: MEKANISME TATA CARA PELAKSANAAN INOVASI PELAYANAN
  Inovasi pelayanan kebijakan kependudukan: program kerja, koordinasi, rapat koordinasi intern, telaah,
  pelaksanaan, evaluasi dan laporan hasil kegiatan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_inovasi_pelayanan" diterapkan
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
    # Diselaraskan: uraian langkah 1-8 adalah daftar tugas Seksi Inovasi Pelayanan (baris 2257-2288: "program kerja Seksi", "koordinasi dengan seksi-seksi", "... dengan semua Bidang"); seed tidak menyebut Kepala Bidang untuk langkah 3, model Kepala Seksi dipertahankan
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan semua Bidang..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan semua Bidang..."
    Maka tugas berikutnya adalah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..."
    # Keterangan: "bersama dengan bidang terkait".
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Menelaah hasil rapat koordinasi intern..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menelaah hasil rapat koordinasi intern..."
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan koordinasi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan jadwal kegiatan koordinasi..."
    # Uraian: "Mengevaluasi pelaksanaan tugas inovasi pelayanan kebijakan kependudukan oleh Seksi Inovasi Pelayanan":
    # tafsiran: yang dievaluasi pekerjaan seksi, jadi penilainya KEPALA BIDANG.
    # Diselaraskan: uraian baris 2286-2288 "Mengevaluasi pelaksanaan tugas ... oleh Seksi Inovasi Pelayanan": evaluasi oleh seksi; model Kepala Seksi dipertahankan
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
      | Penyusunan KAK / ToR |
    Maka kelengkapan langkah "Melaksanakan jadwal kegiatan koordinasi..." adalah:
      | kelengkapan |
      | Bahan telaah hasil rapat intern |
    Maka kelengkapan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." adalah:
      | kelengkapan |
      | Bahan telaah/masukan |
    Maka kelengkapan langkah "Melaporkan hasil kegiatan..." adalah:
      | kelengkapan |
      # Diselaraskan: potongan "Pelaksanaan" (baris 2247) terletak di kolom kelengkapan dan salinan tabel yang sama di baris 2225-2231 memuat "Nota Dinas / Laporan / Pelaksanaan"; model dipertahankan
      | Nota Dinas Laporan Pelaksanaan |
    Maka output langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" adalah "Program kerja"
    Maka output langkah "Melaksanakan koordinasi dengan seksi-seksi..." adalah "Hasil koordinasi kegiatan"
    Maka output langkah "Melaksanakan koordinasi dengan semua Bidang..." adalah "Hasil koordinasi kegiatan"
    Maka output langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." adalah "Bahan rapat koordinasi"
    Maka output langkah "Rapat koordinasi intern dipimpin Kepala Dinas" adalah "Notulen hasil rapat"
    Maka output langkah "Menelaah hasil rapat koordinasi intern..." adalah "Bahan telaah"
    Maka output langkah "Melaksanakan jadwal kegiatan koordinasi..." adalah "Pelaksanaan inovasi"
    Maka output langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." adalah "Bahan telaah/masukan"

  Skenario: Rapat koordinasi intern dipimpin Kepala Dinas
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas"
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi..."
    # Diselaraskan: uraian langkah 1-8 adalah daftar tugas Seksi Inovasi Pelayanan (baris 2257-2288: "program kerja Seksi", "koordinasi dengan seksi-seksi", "... dengan semua Bidang"); seed tidak menyebut Kepala Bidang untuk langkah 3, model Kepala Seksi dipertahankan
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan semua Bidang..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan semua Bidang..."
    Maka tugas berikutnya adalah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..."
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Maka "KEPALA SEKSI" tidak dapat menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka "KEPALA BIDANG" tidak dapat menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Menelaah hasil rapat koordinasi intern..." untuk "KEPALA SEKSI"

  # Diselaraskan: uraian baris 2286-2288 "Mengevaluasi pelaksanaan tugas ... oleh Seksi Inovasi Pelayanan": evaluasi oleh seksi; model Kepala Seksi dipertahankan
  Skenario: Evaluasi pelaksanaan tugas oleh Seksi Inovasi Pelayanan, bukan Kepala Bidang
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menyusun program kerja Seksi Inovasi Pelayanan untuk acuan pelaksanaan tugas"
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan seksi-seksi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan seksi-seksi..."
    # Diselaraskan: uraian langkah 1-8 adalah daftar tugas Seksi Inovasi Pelayanan (baris 2257-2288: "program kerja Seksi", "koordinasi dengan seksi-seksi", "... dengan semua Bidang"); seed tidak menyebut Kepala Bidang untuk langkah 3, model Kepala Seksi dipertahankan
    Maka tugas berikutnya adalah "Melaksanakan koordinasi dengan semua Bidang..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan koordinasi dengan semua Bidang..."
    Maka tugas berikutnya adalah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengumpulkan dan mengolah bahan serta menyiapkan materi rapat..."
    Maka tugas berikutnya adalah "Rapat koordinasi intern dipimpin Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Rapat koordinasi intern dipimpin Kepala Dinas"
    Maka tugas berikutnya adalah "Menelaah hasil rapat koordinasi intern..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Menelaah hasil rapat koordinasi intern..."
    Maka tugas berikutnya adalah "Melaksanakan jadwal kegiatan koordinasi..." untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Melaksanakan jadwal kegiatan koordinasi..."
    # Diselaraskan: uraian baris 2286-2288 "Mengevaluasi pelaksanaan tugas ... oleh Seksi Inovasi Pelayanan": evaluasi oleh seksi; model Kepala Seksi dipertahankan
    Maka tugas berikutnya adalah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..." untuk "KEPALA SEKSI"
    Maka "KEPALA BIDANG" tidak dapat menyelesaikan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..."
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengevaluasi pelaksanaan tugas inovasi pelayanan..."
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan..." untuk "KEPALA BIDANG"
