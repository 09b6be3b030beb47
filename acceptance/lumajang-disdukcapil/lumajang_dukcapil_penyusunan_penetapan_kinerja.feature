# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1807-1877 ("Prosedur Penyusunan Penetapan Kinerja")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1811): Kadin | Sekretaris | Tim | Kasubag Evapor | Staf | (tak terbaca: "N%um-””“m") | Staf.
# Tafsiran: kolom tak terbaca = Kasubag Umum (seperti baris 2040-2041).
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: pemeriksaan Kasubag Evapor (baris 1832-1838, tidak: ke staf) dan Tim (baris 1843-1850, tidak: ke kasubag).
Fitur: Prosedur Penyusunan Penetapan Kinerja
  Penyusunan penetapan kinerja: tim dibentuk, rapat tim, konsep dirumuskan, diketik, diperiksa Kasubag dan Tim,
  diparaf, ditandatangani, diagenda dan didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_penetapan_kinerja" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: penetapan kinerja disetujui, ditandatangani dan didistribusikan
    # OCR baris 1812: "Memurintahkan" dibaca "Memerintahkan".
    # Tafsiran (pola SOP perencanaan dengan Tim): konsep disusun/bahan dikumpulkan Tim, dihimpun Kasubag Evapor, diketik Staf Evapor, diperiksa Kasubag Evapor (tidak: ke staf) lalu Tim (tidak: ke kasubag), lalu Sekretaris.
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Penetapan Kinerja" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    # Sumber: baris 1816-1819: "Membentuk H:d ._uosuawﬁs \ Penetapan Kinerja, Memberi pengarahan"; bagian tengah rusak
    # (mungkin "Tim Penyusun", seperti DPA/RKA); nama langkah ditulis sebagai awalan "Membentuk Tim...".
    Maka tugas berikutnya adalah "Membentuk Tim..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim..."
    # Keterangan baris 1821-1822: "SOP Undangan Rapat".
    Maka tugas berikutnya adalah "Rapat Tim" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Rapat Tim"
    # Tafsiran: oleh Kasubag Evapor, karena Tim yang tidak setuju menyerahkan "ke kasubag untuk diperbaiki" (baris 1849-1850).
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    # Sumber: baris 1832-1838: "Memeriksa konsep penetapan kinerja. Jika mwg_c. Qﬂmmamww.ms ke Tim. Jika tidak setuju diserahkan ke staf untuk diperbaiki."
    # OCR "mwg_c. Qﬂmmamww.ms" dibaca "setuju diserahkan"; kelengkapan/output rusak, tidak diuji.
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    # Sumber: baris 1843-1850: "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris. Jika tidak setuju diserahkan ke kasubag untuk diperbaiki."
    # OCR baris 1847-1848: "Penet K 5 t ... cnetapan finetja | ment" dibaca kelengkapan "Penetapan Kinerja", waktu 5 menit.
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    # Nama seperti seed ("Manandatangani"). Output rusak ("wwdoﬁmﬁms Kinerja yang sudah ditandatangani"); tidak diuji.
    # Diselaraskan: ejaan OCR "Manandatangani" (baris 1855) dibetulkan di tabel (catatan langkah 9): "Menandatangani".
    Maka tugas berikutnya adalah "Menandatangani penetapan kinerja" untuk "Kadin"
    # Diselaraskan: ejaan OCR "Manandatangani" (baris 1855) dibetulkan di tabel (catatan langkah 9): "Menandatangani".
    Ketika "Kadin" menyelesaikan langkah "Menandatangani penetapan kinerja"
    # Langkah 10 dan 11 mempunyai uraian yang sama ("Memerintahkan untuk mengagenda dan mendistribusikan",
    # baris 1860-1862 dan 1867-1870); "(langkah 10)"/"(langkah 11)" ditambahkan supaya nama unik.
    # Keterangan baris 1860-1863: "SOP Pengiriman Surat".
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...). perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mendistribusikan" untuk "Sekretaris"
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...). perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...).
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mendistribusikan" untuk "Kasubag Umum"
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...).
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda dan mendistribusikan." untuk "Staf Umum"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda dan mendistribusikan."
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa konsep penetapan kinerja. J...": kembali ke "Mengetik hasil rapat"
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Penetapan Kinerja" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    Maka tugas berikutnya adalah "Membentuk Tim..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim..."
    Maka tugas berikutnya adalah "Rapat Tim" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Rapat Tim"
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." untuk "Kasubag Evapor"
    # Sumber: baris 1832-1838: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." untuk "Tim"

  Skenario: "Tim" memutuskan "Tidak" pada "Memeriksa konsep penetapan kinerja. J...": kembali ke "Merumuskan hasil rapat, menyusun kons..."
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Penetapan Kinerja" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    Maka tugas berikutnya adalah "Membentuk Tim..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim..."
    Maka tugas berikutnya adalah "Rapat Tim" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Rapat Tim"
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    # Sumber: baris 1843-1850: tidak setuju -> kembali ke langkah Kasubag Evapor (merumuskan, menyusun konsep).
    Ketika "Tim" memutuskan "Tidak" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kasubag Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan untuk menyusun Penetapan Kinerja" adalah 10 menit
    Maka batas waktu langkah "Membentuk Tim..." adalah 10 menit
    Maka batas waktu langkah "Rapat Tim" adalah 1 jam
    Maka batas waktu langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" adalah 15 menit
    Maka batas waktu langkah "Mengetik hasil rapat" adalah 20 menit
    Maka batas waktu langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." adalah 10 menit
    Maka batas waktu langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." adalah 5 menit
    Maka batas waktu langkah "Memberi paraf" adalah 5 menit
    # Diselaraskan: ejaan OCR "Manandatangani" (baris 1855) dibetulkan di tabel (catatan langkah 9): "Menandatangani".
    Maka batas waktu langkah "Menandatangani penetapan kinerja" adalah 10 menit
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...).
    Maka batas waktu langkah "Memerintahkan untuk mengagenda dan mendistribusikan" milik "Sekretaris" adalah 5 menit
    # OCR baris 1869: "S menit" dibaca 5 menit.
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...).
    Maka batas waktu langkah "Memerintahkan untuk mengagenda dan mendistribusikan" milik "Kasubag Umum" adalah 5 menit
    Maka batas waktu langkah "Mengagenda dan mendistribusikan." adalah 15 menit
    Maka kelengkapan langkah "Memerintahkan untuk menyusun Penetapan Kinerja" adalah:
      | kelengkapan |
      | Struktur organisasi |
    Maka kelengkapan langkah "Membentuk Tim..." adalah:
      | kelengkapan |
      | Draft Anggota Tim |
    Maka kelengkapan langkah "Rapat Tim" adalah:
      | kelengkapan |
      | DPA |
    Maka kelengkapan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" adalah:
      | kelengkapan |
      | Notulensi rapat |
    Maka kelengkapan langkah "Mengetik hasil rapat" adalah:
      | kelengkapan |
      | Konsep Penetapan Kinerja |
    Maka kelengkapan langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." adalah:
      | kelengkapan |
      | Penetapan Kinerja |
    Maka kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Penetapan Kinerja |
    # Diselaraskan: ejaan OCR "Manandatangani" (baris 1855) dibetulkan di tabel (catatan langkah 9): "Menandatangani".
    Maka kelengkapan langkah "Menandatangani penetapan kinerja" adalah:
      | kelengkapan |
      | Penetapan Kinerja yang sudah diparaf |
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...).
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda dan mendistribusikan" milik "Sekretaris" adalah:
      | kelengkapan |
      | Penetapan Kinerja yang sudah ditandatangani |
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...).
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda dan mendistribusikan" milik "Kasubag Umum" adalah:
      | kelengkapan |
      | Penetapan Kinerja yang sudah ditandatangani |
    Maka kelengkapan langkah "Mengagenda dan mendistribusikan." adalah:
      | kelengkapan |
      | Penetapan Kinerja yang sudah ditandatangani |
    Maka output langkah "Memerintahkan untuk menyusun Penetapan Kinerja" adalah "Draft Anggota Tim"
    Maka output langkah "Membentuk Tim..." adalah "Terbentuknya Tim Kerja"
    Maka output langkah "Rapat Tim" adalah "Notulensi rapat"
    Maka output langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" adalah "Konsep Penetapan Kinerja"
    Maka output langkah "Mengetik hasil rapat" adalah "Konsep Penetapan Kinerja"
    Maka output langkah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." adalah "Penetapan Kinerja"
    Maka output langkah "Memberi paraf" adalah "Penetapan Kinerja yang sudah diparaf"
    Maka output langkah "Mengagenda dan mendistribusikan." adalah "Bukti pengiriman"

  Skenario: Rapat tim dilaksanakan oleh Tim
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Penetapan Kinerja" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    Maka tugas berikutnya adalah "Membentuk Tim..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim..."
    Maka tugas berikutnya adalah "Rapat Tim" untuk "Tim"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Rapat Tim"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Rapat Tim"
    Ketika "Tim" menyelesaikan langkah "Rapat Tim"
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kasubag Evapor"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Penetapan Kinerja" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Penetapan Kinerja"
    Maka tugas berikutnya adalah "Membentuk Tim..." untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim..."
    Maka tugas berikutnya adalah "Rapat Tim" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Rapat Tim"
    Maka tugas berikutnya adalah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Merumuskan hasil rapat, menyusun konsep penetapan kinerja"
    Maka tugas berikutnya adalah "Mengetik hasil rapat" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik hasil rapat"
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep penetapan kinerja. Jika setuju diserahkan ke Sekretaris..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    # Diselaraskan: ejaan OCR "Manandatangani" (baris 1855) dibetulkan di tabel (catatan langkah 9): "Menandatangani".
    Maka tugas berikutnya adalah "Menandatangani penetapan kinerja" untuk "Kadin"
    # Diselaraskan: ejaan OCR "Manandatangani" (baris 1855) dibetulkan di tabel (catatan langkah 9): "Menandatangani".
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Menandatangani penetapan kinerja"
    # Diselaraskan: ejaan OCR "Manandatangani" (baris 1855) dibetulkan di tabel (catatan langkah 9): "Menandatangani".
    Ketika "Kadin" menyelesaikan langkah "Menandatangani penetapan kinerja"
    # Diselaraskan: nama langkah seperti seed baris 1860-1862/1867-1870 tanpa "(langkah N)" buatan penulis; langkah 10 dan 11 dibedakan dengan pelaksananya (milik ...). perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mendistribusikan" untuk "Sekretaris"
