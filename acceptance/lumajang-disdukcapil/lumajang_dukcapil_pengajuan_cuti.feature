# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 953-992 ("Prosedur Pengajuan Cuti")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 957): PNS | Kasubag Umpeg | Staf | Sekretaris | Kaban.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: sisa cuti (baris 960-963) dan pemeriksaan surat pengantar (baris 967-970).
Fitur: Prosedur Pengajuan Cuti
  Pengajuan cuti: permohonan PNS, sisa cuti diteliti, surat pengantar dibuat, diperiksa, diparaf,
  ditandatangani, diagenda dan dikirim ke BKD; PNS menerima surat cuti.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengajuan_cuti" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: sisa cuti ada, surat cuti dikirim dan PNS cuti
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan cuti" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    # Sumber: baris 960-963: "Meneliti sisa cuti tahunan. Jika masih ada, dibuatkan surat pengantar. Jika tidak ada sisa
    # cuti diberikan penjelasan kpd PNS ybs"; tanda "Q" (baris 960). Tafsiran: diteliti Kasubag Umpeg (output konsep
    # surat pengantar, lalu diketik Staf). Ya = masih ada sisa cuti.
    Maka tugas berikutnya adalah "Meneliti sisa cuti tahunan..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Meneliti sisa cuti tahunan..."
    Maka tugas berikutnya adalah "Mengetik surat pengantar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengantar"
    # Sumber: baris 967-970: "Memeriksa surat pengantar. Jika setuju, diserahkan ke sekretaris. Jika tidak diserahkan ke staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa surat pengantar..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Memeriksa surat pengantar..."
    Maka tugas berikutnya adalah "Memberi paraf pada blanko cuti dan surat pengantar" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf pada blanko cuti dan surat pengantar"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 981-987 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengirimkan ke BKD"
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 986 ("meneirimkan" = mengirimkan); pelaksana Kasubag Umpeg menurut perintah berjenjang (Pengagendaan Surat Keluar, baris 1433-1435)
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" untuk "Kasubag Umpeg"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Mengagenda dan mengirimkan ke BKD" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengagenda dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Pegawai cuti" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Pegawai cuti"
    Maka SOP selesai

  Skenario: "Kasubag Umpeg" memutuskan "Tidak" pada "Meneliti sisa cuti tahunan": SOP selesai
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan cuti" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    Maka tugas berikutnya adalah "Meneliti sisa cuti tahunan..." untuk "Kasubag Umpeg"
    # Tafsiran: Tidak (tidak ada sisa cuti): PNS diberi penjelasan; seed tidak punya langkah lanjutan, jadi SOP selesai.
    Ketika "Kasubag Umpeg" memutuskan "Tidak" pada "Meneliti sisa cuti tahunan..." dengan alasan "tidak ada sisa cuti"
    Maka SOP selesai

  Skenario: "Kasubag Umpeg" memutuskan "Tidak" pada "Memeriksa surat pengantar": kembali ke "Mengetik surat pengantar"
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan cuti" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    Maka tugas berikutnya adalah "Meneliti sisa cuti tahunan..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Meneliti sisa cuti tahunan..."
    Maka tugas berikutnya adalah "Mengetik surat pengantar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa surat pengantar..." untuk "Kasubag Umpeg"
    # Sumber: baris 967-970: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umpeg" memutuskan "Tidak" pada "Memeriksa surat pengantar..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik surat pengantar" untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa surat pengantar..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Memeriksa surat pengantar..."
    Maka tugas berikutnya adalah "Memberi paraf pada blanko cuti dan surat pengantar" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Mengajukan permohonan cuti" adalah 15 menit
    Maka batas waktu langkah "Meneliti sisa cuti tahunan..." adalah 45 menit
    Maka batas waktu langkah "Mengetik surat pengantar" adalah 10 menit
    Maka batas waktu langkah "Memeriksa surat pengantar..." adalah 15 menit
    Maka batas waktu langkah "Memberi paraf pada blanko cuti dan surat pengantar" adalah 10 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk mengirimkan ke BKD" adalah 10 menit
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 986 ("meneirimkan" = mengirimkan)
    Maka batas waktu langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Maka batas waktu langkah "Mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Maka batas waktu langkah "Pegawai cuti" adalah 10 menit
    Maka kelengkapan langkah "Mengajukan permohonan cuti" adalah:
      | kelengkapan |
      | Blanko cuti |
    Maka kelengkapan langkah "Meneliti sisa cuti tahunan..." adalah:
      | kelengkapan |
      | Buku penjagaan cuti |
    Maka kelengkapan langkah "Mengetik surat pengantar" adalah:
      | kelengkapan |
      | Konsep surat pengantar cuti |
    Maka kelengkapan langkah "Memeriksa surat pengantar..." adalah:
      | kelengkapan |
      | Surat Pengantar Cuti |
    Maka kelengkapan langkah "Memberi paraf pada blanko cuti dan surat pengantar" adalah:
      | kelengkapan |
      | Surat pengantar cuti dan blanko cuti |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Surat pengantar cuti dan blanko cuti yang sudah diparaf |
    Maka kelengkapan langkah "Pegawai cuti" adalah:
      | kelengkapan |
      | PNS menerima surat cuti |
    Maka output langkah "Mengajukan permohonan cuti" adalah "Blanko yang sudah ditandatangani PNS"
    Maka output langkah "Meneliti sisa cuti tahunan..." adalah "Konsep surat pengantar cuti"
    Maka output langkah "Mengetik surat pengantar" adalah "Konsep surat pengantar cuti"
    Maka output langkah "Memeriksa surat pengantar..." adalah "Surat Pengantar Cuti"
    Maka output langkah "Memberi paraf pada blanko cuti dan surat pengantar" adalah "Surat pengantar cuti dan blanko cuti yang sudah diparaf"
    Maka output langkah "Memberi tanda tangan" adalah "Surat pengantar cuti dan blanko cuti yang sudah ditandatangani"
    Maka output langkah "Mengagenda dan mengirimkan ke BKD" adalah "Bukti Pengiriman"
    Maka output langkah "Pegawai cuti" adalah "PNS Cuti"

  Skenario: Hanya Kasubag Umpeg yang meneliti sisa cuti
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan cuti" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    Maka tugas berikutnya adalah "Meneliti sisa cuti tahunan..." untuk "Kasubag Umpeg"
    Maka "PNS" tidak dapat menyelesaikan langkah "Meneliti sisa cuti tahunan..."
    Maka "Staf" tidak dapat menyelesaikan langkah "Meneliti sisa cuti tahunan..."
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Meneliti sisa cuti tahunan..."
    Maka tugas berikutnya adalah "Mengetik surat pengantar" untuk "Staf"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "PNS" memulai SOP
    Maka tugas berikutnya adalah "Mengajukan permohonan cuti" untuk "PNS"
    Ketika "PNS" menyelesaikan langkah "Mengajukan permohonan cuti"
    Maka tugas berikutnya adalah "Meneliti sisa cuti tahunan..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Meneliti sisa cuti tahunan..."
    Maka tugas berikutnya adalah "Mengetik surat pengantar" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik surat pengantar"
    Maka tugas berikutnya adalah "Memeriksa surat pengantar..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Memeriksa surat pengantar..."
    Maka tugas berikutnya adalah "Memberi paraf pada blanko cuti dan surat pengantar" untuk "Sekretaris"
    Maka "Kasubag Umpeg" tidak dapat menyelesaikan langkah "Memberi paraf pada blanko cuti dan surat pengantar"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf pada blanko cuti dan surat pengantar"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kaban"
    Maka "Kasubag Umpeg" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kaban" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 981-987 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk mengirimkan ke BKD" untuk "Sekretaris"
