# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2093-2170 ("Prosedur Penyusunan Usulan Rencana Kegiatan Penelitian")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2096-2098): Kadin | Sekretaris | Kasubag Evapor | Staf | Kasubag Umum | Staf.
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: pemeriksaan Kasubag Evapor (baris 2112-2118, tidak: ke staf) dan Sekretaris (baris 2120-2128, tidak: ke kasubag).
Fitur: Prosedur Penyusunan Usulan Rencana Kegiatan Penelitian
  Penyusunan usulan rencana kegiatan penelitian: surat permintaan usulan kegiatan penelitian dikonsep, diketik,
  diperiksa, diparaf, ditandatangani, diagenda, digandakan dan didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_usulan_rencana_kegiatan_penelitian" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat permintaan disetujui, ditandatangani dan didistribusikan
    # Tafsiran (pola SOP perencanaan seed ini): perintah Kadin, pengarahan/pembentukan tim oleh Sekretaris, konsep Kasubag Evapor, ketik Staf Evapor, periksa Kasubag Evapor (tidak setuju: kembali ke Staf Evapor), paraf/periksa Sekretaris, tanda tangan Kadin, perintah Kadin, perintah Kasubag Umum, pelaksanaan Staf Umum.
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat usulan kegiatan penelitian" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    # Sumber: baris 2112-2118: "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian. Jika setuju diserahkan ke sekretaris. Jika tidak diserahkan kepada staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..."
    # Sumber: baris 2120-2128: "Memeriksa surat permintaan usulan kegiatan. Jika setuju, diparaf dan diserahkan ke Kaban. Jika tidak, diserahkan kepada kasubag untuk diperbaiki."
    # Pemeriksaan dan paraf oleh Sekretaris di kolomnya sendiri (keputusan pejabat).
    Maka tugas berikutnya adalah "Memeriksa surat permintaan usulan kegiatan..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa surat permintaan usulan kegiatan..."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Keterangan baris 2149-2151: "SOP Pengiriman".
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian"
    Maka tugas berikutnya adalah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan"
    # Output seed: "Bukti surat permintaan yang telah diagenda dan tanda bukti pengiriman." (tidak diuji).
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan surat permint...": kembali ke "Mengetik Konsep surat permintaan usul..."
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat usulan kegiatan penelitian" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." untuk "Kasubag Evapor"
    # Sumber: baris 2112-2118: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..."
    Maka tugas berikutnya adalah "Memeriksa surat permintaan usulan kegiatan..." untuk "Sekretaris"

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Memeriksa surat permintaan usulan keg...": kembali ke "Membuat konsep surat permintaan usula..."
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat usulan kegiatan penelitian" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..."
    Maka tugas berikutnya adalah "Memeriksa surat permintaan usulan kegiatan..." untuk "Sekretaris"
    # Sumber: baris 2120-2128: tidak setuju -> Tafsiran: kembali ke langkah Kasubag Evapor yang membuat konsep (seed hanya: "diserahkan kepada kasubag untuk diperbaiki").
    Ketika "Sekretaris" memutuskan "Tidak" pada "Memeriksa surat permintaan usulan kegiatan..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kasubag Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..."
    Maka tugas berikutnya adalah "Memeriksa surat permintaan usulan kegiatan..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa surat permintaan usulan kegiatan..."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan untuk membuat usulan kegiatan penelitian" adalah 10 menit
    Maka batas waktu langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" adalah 10 menit
    Maka batas waktu langkah "Membuat konsep surat permintaan usulan kegiatan penelitian" adalah 10 menit
    Maka batas waktu langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" adalah 30 menit
    Maka batas waktu langkah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." adalah 15 menit
    Maka batas waktu langkah "Memeriksa surat permintaan usulan kegiatan..." adalah 15 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 1 hari
    Maka batas waktu langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah 15 menit
    Maka batas waktu langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" adalah 15 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 30 menit
    Maka kelengkapan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" adalah:
      | kelengkapan |
      | Disposisi |
    Maka kelengkapan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" adalah:
      | kelengkapan |
      | Konsep surat rencana usulan kegiatan penelitian |
    Maka kelengkapan langkah "Memeriksa surat permintaan usulan kegiatan..." adalah:
      | kelengkapan |
      | Surat Permintaan Usulan Kegiatan Penelitian |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah diparaf |
    Maka kelengkapan langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah:
      | kelengkapan |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani |
    Maka kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan |
      | Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani |
    Maka output langkah "Memerintahkan untuk membuat usulan kegiatan penelitian" adalah "Disposisi"
    Maka output langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" adalah "Disposisi"
    Maka output langkah "Membuat konsep surat permintaan usulan kegiatan penelitian" adalah "Konsep surat rencana usulan kegiatan penelitian"
    Maka output langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" adalah "Konsep surat rencana usulan kegiatan penelitian"
    Maka output langkah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." adalah "Surat Permintaan Usulan Kegiatan Penelitian"
    Maka output langkah "Memeriksa surat permintaan usulan kegiatan..." adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah diparaf"
    Maka output langkah "Memberi tanda tangan" adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani"
    Maka output langkah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani"
    Maka output langkah "Memerintahkan Staf untuk mengagenda, menggandakan dan mendistribusikan" adalah "Surat Permintaan Usulan Kegiatan Penelitian yang telah ditandatangani"

  Skenario: Hanya Sekretaris yang memeriksa dan memaraf surat permintaan
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat usulan kegiatan penelitian" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..."
    Maka tugas berikutnya adalah "Memeriksa surat permintaan usulan kegiatan..." untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memeriksa surat permintaan usulan kegiatan..."
    Maka "Kadin" tidak dapat menyelesaikan langkah "Memeriksa surat permintaan usulan kegiatan..."
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa surat permintaan usulan kegiatan..."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk membuat usulan kegiatan penelitian" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk membuat usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi pengarahan kepada kasubag tentang usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Membuat konsep surat permintaan usulan kegiatan penelitian" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Membuat konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Mengetik Konsep surat permintaan usulan kegiatan penelitian" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep surat permintaan usulan kegiatan penelitian"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan surat permintaan usulan kegiatan penelitian..."
    Maka tugas berikutnya adalah "Memeriksa surat permintaan usulan kegiatan..." untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Memeriksa surat permintaan usulan kegiatan..."
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan Kasubag untuk menggandakan dan pendistibusian" untuk "Sekretaris"
