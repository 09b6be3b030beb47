# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1602-1662 ("Prosedur Penyusunan Indikator Kinerja Utama")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1606-1607): Kadin | Sekretaris | Kasubag Evapor | Staf | Kasubag Umum | Staf.
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: "Bila setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag Evapor (baris 1622-1626).
Fitur: Prosedur Penyusunan Indikator Kinerja Utama
  Penyusunan Indikator Kinerja Utama: perintah dan pengarahan, konsep disusun, diketik, diperiksa, diparaf,
  ditandatangani, diagenda, digandakan dan didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_iku" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: IKU disetujui, ditandatangani dan didistribusikan
    # Sumber: baris 1608: "Zoﬂobbﬁmﬂwmﬁ untuk menyusun Indikator Kinerja Utama"; kata kerja rusak, dibaca "Memerintahkan"
    # (sama dengan langkah 2 dan SOP sejenis).
    # Tafsiran (pola SOP perencanaan seed ini): perintah Kadin, pengarahan/pembentukan tim oleh Sekretaris, konsep Kasubag Evapor, ketik Staf Evapor, periksa Kasubag Evapor (tidak setuju: kembali ke Staf Evapor), paraf/periksa Sekretaris, tanda tangan Kadin, perintah Kadin, perintah Kasubag Umum, pelaksanaan Staf Umum.
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Indikator Kinerja Utama" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan"
    Maka tugas berikutnya adalah "Menyusun konsep Indikator Kinerja Utama" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    # Sumber: baris 1622-1626: "Memeriksa ketikan konsep [Indikator] Kinerja Utama. Bila setuju, diserahkan ke sekretaris. Jika tidak, diserahkan ke staf untuk diperbaiki."
    # OCR baris 1623: "ngmﬁow Kinerja Utama" dibaca "Indikator Kinerja Utama".
    Maka tugas berikutnya adalah "Memeriksa ketikan konsep Indikator Kinerja Utama..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa ketikan konsep Indikator Kinerja Utama..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Keterangan baris 1636-1639: "SOP Pengiriman".
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan mendistribusikan." untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    # Langkah 10 tercetak terpisah di OCR (baris 1649-1662); output "Agenda surat keluar, bukti pengiriman." (dua butir, tidak diuji).
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa ketikan konsep Indikator Ki...": kembali ke "Mengetik konsep Indikator Kinerja Utama"
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Indikator Kinerja Utama" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan"
    Maka tugas berikutnya adalah "Menyusun konsep Indikator Kinerja Utama" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memeriksa ketikan konsep Indikator Kinerja Utama..." untuk "Kasubag Evapor"
    # Sumber: baris 1622-1626: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa ketikan konsep Indikator Kinerja Utama..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memeriksa ketikan konsep Indikator Kinerja Utama..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa ketikan konsep Indikator Kinerja Utama..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" adalah 20 menit
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menyusun konsep Indikator Kinerja Utama" adalah 1 hari
    Maka batas waktu langkah "Mengetik konsep Indikator Kinerja Utama" adalah 1 hari
    Maka batas waktu langkah "Memeriksa ketikan konsep Indikator Kinerja Utama..." adalah 30 menit
    Maka batas waktu langkah "Memberi paraf" adalah 30 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 1 hari
    Maka batas waktu langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 15 menit
    Maka kelengkapan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama" adalah:
      | kelengkapan |
      | Surat Masuk |
    Maka kelengkapan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" adalah:
      | kelengkapan |
      | Disposisi pada surat masuk |
    Maka kelengkapan langkah "Menyusun konsep Indikator Kinerja Utama" adalah:
      | kelengkapan |
      | Disposisi pada surat masuk |
    Maka kelengkapan langkah "Mengetik konsep Indikator Kinerja Utama" adalah:
      | kelengkapan |
      | Konsep Indikator Kinerja Utama |
    Maka kelengkapan langkah "Memeriksa ketikan konsep Indikator Kinerja Utama..." adalah:
      | kelengkapan |
      | Indikator Kinerja Utama |
    Maka kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Indikator Kinerja Utama |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Indikator Kinerja Utama yang sudah diparaf |
    Maka kelengkapan langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah:
      | kelengkapan |
      | Indikator Kinerja Utama yang sudah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan |
      | Indikator Kinerja Utama yang sudah ditandatangani |
    Maka kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan |
      | Indikator Kinerja Utama yang sudah ditandatangani |
    Maka output langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama" adalah "Disposisi pada surat masuk"
    Maka output langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" adalah "Disposisi pada surat masuk"
    Maka output langkah "Menyusun konsep Indikator Kinerja Utama" adalah "Konsep Indikator Kinerja Utama"
    Maka output langkah "Mengetik konsep Indikator Kinerja Utama" adalah "Konsep Indikator Kinerja Utama"
    Maka output langkah "Memeriksa ketikan konsep Indikator Kinerja Utama..." adalah "Indikator Kinerja Utama"
    Maka output langkah "Memberi paraf" adalah "Indikator Kinerja Utama yang sudah diparaf"
    Maka output langkah "Memberi tanda tangan" adalah "Indikator Kinerja Utama yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah "Indikator Kinerja Utama yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah "Indikator Kinerja Utama yang sudah ditandatangani"

  Skenario: Hanya Kasubag Evapor yang memeriksa ketikan konsep IKU
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Indikator Kinerja Utama" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan"
    Maka tugas berikutnya adalah "Menyusun konsep Indikator Kinerja Utama" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memeriksa ketikan konsep Indikator Kinerja Utama..." untuk "Kasubag Evapor"
    Maka "Staf Evapor" tidak dapat menyelesaikan langkah "Memeriksa ketikan konsep Indikator Kinerja Utama..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa ketikan konsep Indikator Kinerja Utama..."
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa ketikan konsep Indikator Kinerja Utama..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Pengagendaan oleh Staf Umum, bukan Staf Evapor
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Indikator Kinerja Utama" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan"
    Maka tugas berikutnya adalah "Menyusun konsep Indikator Kinerja Utama" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memeriksa ketikan konsep Indikator Kinerja Utama..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa ketikan konsep Indikator Kinerja Utama..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan mendistribusikan." untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Maka "Staf Evapor" tidak dapat menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun Indikator Kinerja Utama" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menyusun indikator Kinerja Utama, memberikan pengarahan"
    Maka tugas berikutnya adalah "Menyusun konsep Indikator Kinerja Utama" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Mengetik konsep Indikator Kinerja Utama" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep Indikator Kinerja Utama"
    Maka tugas berikutnya adalah "Memeriksa ketikan konsep Indikator Kinerja Utama..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa ketikan konsep Indikator Kinerja Utama..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan mendistribusikan." untuk "Sekretaris"
