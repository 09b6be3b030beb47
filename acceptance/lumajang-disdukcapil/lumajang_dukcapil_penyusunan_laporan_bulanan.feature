# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1983-2031 ("Prosedur Penyusunan Laporan Bulanan")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1987-1988): Kasubag Evapor | Staf | Sekretaris | Kadin | Kasubag Umum | Staf.
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: "Jika setuju ... Jika Tidak ..." di langkah pemeriksaan Kasubag Evapor (baris 1999-2004).
# OCR baris 2023: "S menit" (langkah 7) dibaca 5 menit.
Fitur: Prosedur Penyusunan Laporan Bulanan
  Prosedur Penyusunan Laporan Bulanan: bahan dikumpulkan, laporan diketik, diperiksa, diparaf, ditandatangani, diberi nomor surat keluar,
  diagenda dan didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_laporan_bulanan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: laporan disetujui, ditandatangani dan didistribusikan
    # Kelengkapan seed: "Laporan Realisasi Anggaran, DPA" (satu sel, tidak diuji sebagai daftar).
    # Tafsiran: urutan kolom (Kasubag Evapor | Staf | Sekretaris | Kadin | Kasubag Umum | Staf)
    # sama dengan urutan langkah 1-8: satu kolom per langkah, Kadin dua langkah (5 dan 6).
    Ketika "Kasubag Evapor" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Mengumpulkan bahan laporan"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    # Sumber: baris 1999-2004: "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris. Jika Tidak, diserahkan ke Staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    # OCR baris 2006-2008: "M ksa L ... emett ‘mm aporan dan Memberi paraf" dibaca "Memeriksa Laporan dan Memberi paraf".
    Maka tugas berikutnya adalah "Memeriksa Laporan dan Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tandatangan"
    # Nama seperti seed ("pendistibusian"). Keterangan: "SOP Pengiriman".
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan pendistibusian" untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan pendistibusian"
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan"
    # Output seed "Bukti Pengiriman, laporan" (dua butir, tidak diuji).
    Maka tugas berikutnya adalah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" untuk "Staf Umum"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan"
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa Laporan. Jika setuju, diser...": kembali ke "Mengetik Laporan"
    Ketika "Kasubag Evapor" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Mengumpulkan bahan laporan"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Maka tugas berikutnya adalah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." untuk "Kasubag Evapor"
    # Sumber: baris 1999-2004: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Maka tugas berikutnya adalah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa Laporan dan Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Mengumpulkan bahan laporan" adalah 20 menit
    Maka batas waktu langkah "Mengetik Laporan" adalah 20 menit
    Maka batas waktu langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." adalah 10 menit
    Maka batas waktu langkah "Memeriksa Laporan dan Memberi paraf" adalah 10 menit
    Maka batas waktu langkah "Memberi tandatangan" adalah 1 hari
    Maka batas waktu langkah "Memerintahkan untuk menggandakan dan pendistibusian" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah 5 menit
    Maka batas waktu langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah 10 menit
    Maka kelengkapan langkah "Mengetik Laporan" adalah:
      | kelengkapan |
      | Bahan Penyusunan Laporan |
    Maka kelengkapan langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." adalah:
      | kelengkapan |
      | Konsep Penyusunan Laporan |
    Maka kelengkapan langkah "Memeriksa Laporan dan Memberi paraf" adalah:
      | kelengkapan |
      | Laporan Bulanan |
    Maka kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan |
      | Laporan Bulanan yang sudah diparaf |
    Maka kelengkapan langkah "Memerintahkan untuk menggandakan dan pendistibusian" adalah:
      | kelengkapan |
      | Laporan Bulanan yang sudah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah:
      | kelengkapan |
      | Laporan Bulanan yang sudah ditandatangani |
    Maka kelengkapan langkah "Mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah:
      | kelengkapan |
      | Laporan Bulanan |
    Maka output langkah "Mengumpulkan bahan laporan" adalah "Bahan Penyusunan Laporan"
    Maka output langkah "Mengetik Laporan" adalah "Konsep Penyusunan Laporan"
    Maka output langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." adalah "Laporan Bulanan"
    Maka output langkah "Memeriksa Laporan dan Memberi paraf" adalah "Laporan Bulanan yang sudah diparaf"
    Maka output langkah "Memberi tandatangan" adalah "Laporan Bulanan yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk menggandakan dan pendistibusian" adalah "Disposisi pada Laporan Bulanan yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar, dan mendistribusikan laporan" adalah "Disposisi pada Laporan Bulanan"

  Skenario: Hanya Kasubag Evapor yang memeriksa laporan
    Ketika "Kasubag Evapor" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Mengumpulkan bahan laporan"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Maka tugas berikutnya adalah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." untuk "Kasubag Evapor"
    Maka "Staf Evapor" tidak dapat menyelesaikan langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa Laporan dan Memberi paraf" untuk "Sekretaris"

  Skenario: Hanya Sekretaris yang memeriksa dan memaraf laporan
    Ketika "Kasubag Evapor" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Mengumpulkan bahan laporan"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Maka tugas berikutnya adalah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa Laporan dan Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Maka "Kadin" tidak dapat menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadin"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubag Evapor" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan laporan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Mengumpulkan bahan laporan"
    Maka tugas berikutnya adalah "Mengetik Laporan" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Laporan"
    Maka tugas berikutnya adalah "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa Laporan. Jika setuju, diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa Laporan dan Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa Laporan dan Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadin"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi tandatangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan pendistibusian" untuk "Sekretaris"
