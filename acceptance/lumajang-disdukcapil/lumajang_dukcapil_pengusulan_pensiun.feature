# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1098-1146 ("Prosedur Pengusulan Pensiun")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1102): PNS | KADIN | Sekretaris | Kasubag Umum | Staf. Judul kolom keempat tidak terbaca
# (OCR "HWM“WM..W"); dibaca "Kasubag Umum" seperti Prosedur Pengusulan Kenaikan Pangkat.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 1120-1124).
# Waktu langkah 6 tidak terbaca (baris 1122-1123: "1 P" ... "0 menit"); tidak diuji.
# Kelengkapan langkah 3-4 menyebut "MPP" (salin dari SOP MPP, baris 1111-1115); tidak diuji.
Fitur: Prosedur Pengusulan Pensiun
  Pengusulan Pensiun: ajuan PNS didisposisi, surat pengajuan kepada Bupati c.q. Kepala BKD dibuat, diketik, diperiksa,
  diparaf, ditandatangani, diagenda, digandakan dan dikirim ke BKD; PNS menerima arsip.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengusulan_pensiun" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: ajuan Pensiun disetujui dan dikirim ke BKD
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan Pensiun" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan Pensiun"
    Maka tugas berikutnya adalah "Memberi disposisi pada surat permohonan pensiun" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memberi disposisi pada surat permohonan pensiun"
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf. (Perintah sesudah tanda tangan: lihat "Diselaraskan" di bawah.)
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD"
    Maka tugas berikutnya adalah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS"
    Maka tugas berikutnya adalah "Mengetik surat pengajuan Pensiun" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengajuan Pensiun"
    # Sumber: baris 1120-1124: "Memeriksa surat pengajuan Pensiun. Jika setuju, diserahkan ke sekretaris. Jika tidak setuju diserahkan ke staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa surat pengajuan Pensiun..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat pengajuan Pensiun..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memberi tanda tangan"
    # Keterangan: "SOP Pengiriman Surat".
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 1129-1134 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Memerintah untuk mengagenda, menggandakan dan mengirimkan" untuk "Kasubag Umum"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintah untuk mengagenda, menggandakan dan mengirimkan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta memberikan arsip kpd PNS ybs" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta memberikan arsip kpd PNS ybs"
    Maka tugas berikutnya adalah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD"
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa surat pengajuan Pensiun": kembali ke "Mengetik surat pengajuan Pensiun"
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan Pensiun" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan Pensiun"
    Maka tugas berikutnya adalah "Memberi disposisi pada surat permohonan pensiun" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memberi disposisi pada surat permohonan pensiun"
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD"
    Maka tugas berikutnya adalah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS"
    Maka tugas berikutnya adalah "Mengetik surat pengajuan Pensiun" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengajuan Pensiun"
    Maka tugas berikutnya adalah "Memeriksa surat pengajuan Pensiun..." untuk "Kasubag Umum"
    # Sumber: baris 1120-1124: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa surat pengajuan Pensiun..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik surat pengajuan Pensiun" untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengajuan Pensiun"
    Maka tugas berikutnya adalah "Memeriksa surat pengajuan Pensiun..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat pengajuan Pensiun..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Mengajukan permohonan Pensiun" adalah 20 menit
    Maka batas waktu langkah "Memberi disposisi pada surat permohonan pensiun" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD" adalah 10 menit
    Maka batas waktu langkah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS" adalah 15 menit
    Maka batas waktu langkah "Mengetik surat pengajuan Pensiun" adalah 15 menit
    Maka batas waktu langkah "Memberi paraf" adalah 5 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengirimkan ke BKD" adalah 5 menit
    Maka batas waktu langkah "Memerintah untuk mengagenda, menggandakan dan mengirimkan" adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta memberikan arsip kpd PNS ybs" adalah 5 menit
    Maka batas waktu langkah "Menerima arsip surat pengajuan dan menunggu surat jawaban dari BKD" adalah 5 menit
    Maka kelengkapan langkah "Mengajukan permohonan Pensiun" adalah:
      | kelengkapan |
      | Berkas Pegawai |
    Maka kelengkapan langkah "Memeriksa surat pengajuan Pensiun..." adalah:
      | kelengkapan |
      | Konsep surat pengajuan Pensiun |
    Maka kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Surat ajuan Pensiun |
    Maka output langkah "Mengajukan permohonan Pensiun" adalah "Surat Permohonan Pensiun"
    Maka output langkah "Mengetik surat pengajuan Pensiun" adalah "Konsep surat pengajuan Pensiun"
    Maka output langkah "Mengagenda, menggandakan dan mengirimkan ke BKD, serta memberikan arsip kpd PNS ybs" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umum yang memeriksa surat pengajuan Pensiun
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan Pensiun" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan Pensiun"
    Maka tugas berikutnya adalah "Memberi disposisi pada surat permohonan pensiun" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memberi disposisi pada surat permohonan pensiun"
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD"
    Maka tugas berikutnya adalah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS"
    Maka tugas berikutnya adalah "Mengetik surat pengajuan Pensiun" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengajuan Pensiun"
    Maka tugas berikutnya adalah "Memeriksa surat pengajuan Pensiun..." untuk "Kasubag Umum"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa surat pengajuan Pensiun..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa surat pengajuan Pensiun..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat pengajuan Pensiun..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan Pensiun" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan Pensiun"
    Maka tugas berikutnya adalah "Memberi disposisi pada surat permohonan pensiun" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Memberi disposisi pada surat permohonan pensiun"
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk membuat surat pengajuan pensiun kepada Bupati Cq Kepala BKD"
    Maka tugas berikutnya adalah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Membuat konsep surat pengajuan Pensiun dan melengkapi berkas PNS"
    Maka tugas berikutnya adalah "Mengetik surat pengajuan Pensiun" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengajuan Pensiun"
    Maka tugas berikutnya adalah "Memeriksa surat pengajuan Pensiun..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa surat pengajuan Pensiun..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "KADIN"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "KADIN" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 1129-1134 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
