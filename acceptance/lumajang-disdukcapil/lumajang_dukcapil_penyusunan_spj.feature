# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 509-548 ("Prosedur Penyusunan SPJ")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 513-514): Kasubag Keu | Bendahara Pengeluaran | Sekretaris | Sekretaris (dibaca Kadin) | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Bila setuju ... Jika tidak ..." di langkah 3 (baris 525-532).
Fitur: Prosedur Penyusunan SPJ
  Penyusunan SPJ: bahan SPJ dari PPTK dikumpulkan dan disusun bendahara, diperiksa, diparaf, ditandatangani,
  digandakan dan diarsipkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: SPJ disetujui, ditandatangani dan diarsipkan
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan SPJ dari PPTK" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mengumpulkan bahan SPJ dari PPTK"
    Maka tugas berikutnya adalah "Menyusun SPJ" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    # Sumber: baris 525-532: "Memeriksa konsep SPJ. Bila setuju, diserahkan ke Sekretaris. Jika tidak, diserahkan ke
    # bend.pengeluaran utk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa konsep SPJ. Bila setuju..." untuk "Kasubag Keu"
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa konsep SPJ. Bila setuju..."
    Maka tugas berikutnya adalah "Menferivikasi dan memberikan paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Menferivikasi dan memberikan paraf"
    # Tafsiran: judul kolom keempat terbaca "Sekretaris" lagi (baris 513: "Sekretaris Sekretaris"); kolom itu dibaca
    # sebagai kepala dinas ("Kadin", ejaan SOP keuangan sebelumnya) yang menandatangani, bukan Sekretaris kedua.
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk digandakan" untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk digandakan"
    # Tafsiran: uraian langkah 7 hampir hilang di OCR (baris 544-546: "pengs . JT ditandatangani ... engagendaan /
    # pengarsipan Surat Keluar"); nama langkah disusun dari sisa kata "pengarsipan" dan keterangan
    # "SOP Pengagendaan Surat Keluar". Waktunya tidak terbaca.
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    # Diselaraskan: potongan uraian langkah 7 "pengs" (baris 545) dibaca "pengg[andaan]" (OCR yang sama menulis "Mensgandakan" untuk "Menggandakan", baris 547; langkah 8 "Menggandakan dan mengarsipkan"), bukan "pengagendaan"; model diperbaiki ke nama yang sama.
    # Diselaraskan: perintah kedua sesudah tanda tangan milik Kasubag Keu seperti model: pola Pengagendaan Surat Keluar baris 1420-1441 (Sekretaris memerintahkan, lalu Kasubag memerintahkan, lalu Staf melaksanakan); tanda kolom hilang di OCR.
    Maka tugas berikutnya adalah "Memerintahkan untuk penggandaan dan pengarsipan" untuk "Kasubag Keu"
    # Diselaraskan: potongan uraian langkah 7 "pengs" (baris 545) dibaca "pengg[andaan]" (OCR yang sama menulis "Mensgandakan" untuk "Menggandakan", baris 547; langkah 8 "Menggandakan dan mengarsipkan"), bukan "pengagendaan"; model diperbaiki ke nama yang sama.
    # Diselaraskan: perintah kedua sesudah tanda tangan milik Kasubag Keu seperti model: pola Pengagendaan Surat Keluar baris 1420-1441 (Sekretaris memerintahkan, lalu Kasubag memerintahkan, lalu Staf melaksanakan); tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pengarsipan"
    # Sumber: baris 547: "g |Mensgandakan dan > (D | yangtelah 5 menit |Arsip SPJ"; nama langkah: "Menggandakan dan
    # mengarsipkan" (OCR "Mensgandakan").
    Maka tugas berikutnya adalah "Menggandakan dan mengarsipkan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mengarsipkan"
    Maka SOP selesai

  Skenario: "Kasubag Keu" memutuskan "Tidak" pada "Memeriksa konsep SPJ. Bila setuju": kembali ke "Menyusun SPJ"
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan SPJ dari PPTK" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mengumpulkan bahan SPJ dari PPTK"
    Maka tugas berikutnya adalah "Menyusun SPJ" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    Maka tugas berikutnya adalah "Memeriksa konsep SPJ. Bila setuju..." untuk "Kasubag Keu"
    # Sumber: baris 527-532: "Jika tidak, diserahkan ke bend.pengeluaran utk diperbaiki."
    Ketika "Kasubag Keu" memutuskan "Tidak" pada "Memeriksa konsep SPJ. Bila setuju..." dengan alasan "SPJ belum benar"
    Maka tugas berikutnya adalah "Menyusun SPJ" untuk "Bendahara Pengeluaran"
    Maka alasan "SPJ belum benar" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    Maka tugas berikutnya adalah "Memeriksa konsep SPJ. Bila setuju..." untuk "Kasubag Keu"
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa konsep SPJ. Bila setuju..."
    Maka tugas berikutnya adalah "Menferivikasi dan memberikan paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Mengumpulkan bahan SPJ dari PPTK" adalah 45 menit
    Maka batas waktu langkah "Menyusun SPJ" adalah 2 jam
    Maka batas waktu langkah "Memeriksa konsep SPJ. Bila setuju..." adalah 30 menit
    Maka batas waktu langkah "Menferivikasi dan memberikan paraf" adalah 5 menit
    Maka batas waktu langkah "Memberi tandatangan" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk digandakan" adalah 5 menit
    Maka batas waktu langkah "Menggandakan dan mengarsipkan" adalah 5 menit
    Maka kelengkapan langkah "Mengumpulkan bahan SPJ dari PPTK" adalah:
      | kelengkapan |
      | Bahan SPJ dari bidang dan sekretariat |
    Maka kelengkapan langkah "Menyusun SPJ" adalah:
      | kelengkapan |
      | Bahan SPJ dari bidang dan sekretariat |
    Maka kelengkapan langkah "Memeriksa konsep SPJ. Bila setuju..." adalah:
      | kelengkapan |
      | SPJ yang telah tersusun |
    Maka kelengkapan langkah "Menferivikasi dan memberikan paraf" adalah:
      | kelengkapan |
      | SPJ yang telah tersusun dan terkoreksi |
    Maka kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan |
      | SPJ yang telah diparaf |
    Maka output langkah "Mengumpulkan bahan SPJ dari PPTK" adalah "Bahan SPJ dari bidang dan sekretariat"
    Maka output langkah "Menyusun SPJ" adalah "SPJ yang telah tersusun"
    Maka output langkah "Memeriksa konsep SPJ. Bila setuju..." adalah "SPJ yang telah tersusun dan terkoreksi"
    Maka output langkah "Menferivikasi dan memberikan paraf" adalah "SPJ yang telah diparaf"
    Maka output langkah "Memberi tandatangan" adalah "SPJ yang telah ditandatangani"
    Maka output langkah "Memerintahkan untuk digandakan" adalah "SPJ yang telah ditandatangani"
    Maka output langkah "Menggandakan dan mengarsipkan" adalah "Arsip SPJ"

  Skenario: Hanya Kasubag Keu yang memeriksa konsep SPJ
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan SPJ dari PPTK" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mengumpulkan bahan SPJ dari PPTK"
    Maka tugas berikutnya adalah "Menyusun SPJ" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    Maka tugas berikutnya adalah "Memeriksa konsep SPJ. Bila setuju..." untuk "Kasubag Keu"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Memeriksa konsep SPJ. Bila setuju..."
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa konsep SPJ. Bila setuju..."
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa konsep SPJ. Bila setuju..."
    Maka tugas berikutnya adalah "Menferivikasi dan memberikan paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan SPJ dari PPTK" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mengumpulkan bahan SPJ dari PPTK"
    Maka tugas berikutnya adalah "Menyusun SPJ" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Menyusun SPJ"
    Maka tugas berikutnya adalah "Memeriksa konsep SPJ. Bila setuju..." untuk "Kasubag Keu"
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa konsep SPJ. Bila setuju..."
    Maka tugas berikutnya adalah "Menferivikasi dan memberikan paraf" untuk "Sekretaris"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Menferivikasi dan memberikan paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Menferivikasi dan memberikan paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadin"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Memberi tandatangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk digandakan" untuk "Sekretaris"
