# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1924-1978 ("Prosedur Penyusunan LAKIP")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1928): Kadin | Sekretaris | Tim | (tak terbaca) | Staf | (tak terbaca) | Staf.
# Tafsiran: kolom tak terbaca = Kasubag Evapor dan Kasubag Umum (seperti baris 2040-2041).
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: pemeriksaan Kasubag Evapor (baris 1944-1946, tidak: ke staf) dan Tim (baris 1947-1950, tidak: ke kasubag).
Fitur: Prosedur Penyusunan LAKIP
  Penyusunan LAKIP: tim dibentuk, bahan dikumpulkan, konsep disusun, diketik, diperiksa Kasubag dan Tim,
  diparaf, ditandatangani, diagenda, digandakan dan didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_lakip" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: LAKIP disetujui, ditandatangani dan didistribusikan
    # Tafsiran (pola SOP perencanaan dengan Tim): konsep disusun/bahan dikumpulkan Tim, dihimpun Kasubag Evapor, diketik Staf Evapor, diperiksa Kasubag Evapor (tidak: ke staf) lalu Tim (tidak: ke kasubag), lalu Sekretaris.
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan LAKIP" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    # Kelengkapan seed: "Disposisi pada surat masuk, struktur organisasi" (satu sel; tidak diuji sebagai daftar).
    Maka tugas berikutnya adalah "Membentuk Tim, memberi pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    # Kelengkapan seed: "DPA, Laporan Realisasi Anggaran" (satu sel; tidak diuji).
    Maka tugas berikutnya adalah "Mengumpulkan bahan, merumuskan konsep LAKIP" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    # Tafsiran: oleh Kasubag Evapor, karena Tim yang tidak setuju menyerahkan "kepada kasubag untuk diperbaiki" (baris 1949).
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep LAKIP"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    # Sumber: baris 1944-1946: "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim. Jika tidak, diserahkan kepada staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    # Sumber: baris 1947-1950: "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris. Jika tidak, diserahkan kepada kasubag untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memberi Paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi Paraf"
    Maka tugas berikutnya adalah "Menandatangani LAKIP" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Menandatangani LAKIP"
    # Keterangan baris 1959-1960: "SOP Pengiriman".
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk penggandaan dan pendistribusian" untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pendistribusian"
    Maka tugas berikutnya adalah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan"
    # Langkah 12 tanpa nomor di OCR (baris 1968-1978); output "Bukti Pengiriman, laporan" (tidak diuji).
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa konsep LAKIP. Jika setuju,...": kembali ke "Mengetik Konsep LAKIP"
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan LAKIP" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    Maka tugas berikutnya adalah "Membentuk Tim, memberi pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, merumuskan konsep LAKIP" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep LAKIP"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    # Sumber: baris 1944-1946: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." untuk "Tim"

  Skenario: "Tim" memutuskan "Tidak" pada "Memeriksa konsep LAKIP. Jika setuju,...": kembali ke "Menyusun konsep LAKIP"
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan LAKIP" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    Maka tugas berikutnya adalah "Membentuk Tim, memberi pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, merumuskan konsep LAKIP" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep LAKIP"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." untuk "Tim"
    # Sumber: baris 1947-1950: tidak setuju -> kembali ke langkah Kasubag Evapor (menyusun konsep).
    Ketika "Tim" memutuskan "Tidak" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kasubag Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep LAKIP"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memberi Paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan untuk penyusunan LAKIP" adalah 10 menit
    Maka batas waktu langkah "Membentuk Tim, memberi pengarahan" adalah 20 menit
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Mengumpulkan bahan, merumuskan konsep LAKIP" adalah 1 hari
    Maka batas waktu langkah "Menyusun konsep LAKIP" adalah 1 hari
    Maka batas waktu langkah "Mengetik Konsep LAKIP" adalah 1 hari
    Maka batas waktu langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." adalah 10 menit
    Maka batas waktu langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." adalah 10 menit
    Maka batas waktu langkah "Memberi Paraf" adalah 30 menit
    Maka batas waktu langkah "Menandatangani LAKIP" adalah 30 menit
    Maka batas waktu langkah "Memerintahkan untuk penggandaan dan pendistribusian" adalah 30 menit
    Maka batas waktu langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" adalah 30 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 30 menit
    Maka kelengkapan langkah "Memerintahkan untuk penyusunan LAKIP" adalah:
      | kelengkapan |
      | Surat masuk |
    Maka kelengkapan langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." adalah:
      | kelengkapan |
      | Konsep Laporan Kinerja Instansi Pemerintah |
    Maka kelengkapan langkah "Menandatangani LAKIP" adalah:
      | kelengkapan |
      | Laporan Kinerja Instansi Pemerintah yang sudah diparaf |
    Maka kelengkapan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" adalah:
      | kelengkapan |
      | Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani |
    Maka kelengkapan langkah "Mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan |
      | Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani |
    Maka output langkah "Memerintahkan untuk penyusunan LAKIP" adalah "Disposisi pada surat masuk"
    Maka output langkah "Membentuk Tim, memberi pengarahan" adalah "Tim penyusun Lakip"
    Maka output langkah "Mengumpulkan bahan, merumuskan konsep LAKIP" adalah "Garis besar penyusunan LAKIP"
    Maka output langkah "Menyusun konsep LAKIP" adalah "Konsep Laporan Kinerja Instansi Pemerintah"
    Maka output langkah "Mengetik Konsep LAKIP" adalah "Konsep Laporan Kinerja Instansi Pemerintah"
    Maka output langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." adalah "Konsep Laporan Kinerja Instansi Pemerintah"
    Maka output langkah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." adalah "Laporan Kinerja Instansi Pemerintah"
    Maka output langkah "Memberi Paraf" adalah "Laporan Kinerja Instansi Pemerintah yang sudah diparaf"
    Maka output langkah "Memerintahkan untuk penggandaan dan pendistribusian" adalah "Laporan Kinerja Instansi Pemerintah yang sudah ditandatangani"

  Skenario: Hanya Kasubag Umum yang memerintahkan staf mengagenda LAKIP
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan LAKIP" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    Maka tugas berikutnya adalah "Membentuk Tim, memberi pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, merumuskan konsep LAKIP" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep LAKIP"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memberi Paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi Paraf"
    Maka tugas berikutnya adalah "Menandatangani LAKIP" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Menandatangani LAKIP"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk penggandaan dan pendistribusian" untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk penggandaan dan pendistribusian"
    Maka tugas berikutnya adalah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan" untuk "Kasubag Umum"
    Maka "Staf Evapor" tidak dapat menyelesaikan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan staf untuk mengagenda, menggandakan dan mendistribusikan"
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk penyusunan LAKIP" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk penyusunan LAKIP"
    Maka tugas berikutnya adalah "Membentuk Tim, memberi pengarahan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim, memberi pengarahan"
    Maka tugas berikutnya adalah "Mengumpulkan bahan, merumuskan konsep LAKIP" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Mengumpulkan bahan, merumuskan konsep LAKIP"
    Maka tugas berikutnya adalah "Menyusun konsep LAKIP" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menyusun konsep LAKIP"
    Maka tugas berikutnya adalah "Mengetik Konsep LAKIP" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik Konsep LAKIP"
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa konsep LAKIP. Jika setuju, diserahkan kepada Sekretaris..."
    Maka tugas berikutnya adalah "Memberi Paraf" untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi Paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi Paraf"
    Maka tugas berikutnya adalah "Menandatangani LAKIP" untuk "Kadin"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Menandatangani LAKIP"
    Ketika "Kadin" menyelesaikan langkah "Menandatangani LAKIP"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk penggandaan dan pendistribusian" untuk "Sekretaris"
