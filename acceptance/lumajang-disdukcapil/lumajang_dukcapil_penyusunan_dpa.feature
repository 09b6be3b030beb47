# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1882-1919 ("Prosedur Penyusunan DPA")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1886): Kadin | Sekretaris | Tim | (tak terbaca) | Staf | (tak terbaca) | Staf.
# Tafsiran: kolom tak terbaca = Kasubag Evapor dan Kasubag Umum (seperti baris 2040-2041).
# Tafsiran nama peran: dua kolom "Staf" (di bawah Kasubag Evapor dan di bawah Kasubag Umum) ditulis "Staf Evapor" dan "Staf Umum" supaya dapat dibedakan (nama dari tajuk kolom Kasubag di atasnya).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan SOP sejenis.
# Keputusan: pemeriksaan Kasubag Evapor (baris 1899-1901, tidak: ke staf) dan Tim (baris 1902-1904, tidak: ke kasubag).
Fitur: Prosedur Penyusunan DPA
  Penyusunan DPA: tim dibentuk, konsep DPA disusun dan dihimpun sesuai Daftar Harga Satuan, diketik, diperiksa
  Kasubag, Tim dan Sekretaris, ditandatangani, diagenda, digandakan dan didistribusikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_dpa" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: DPA disetujui, ditandatangani dan didistribusikan
    # Output baris 1887 rusak ("‘_Hu,mwﬁ Anggota" = Draft Anggota Tim?); tidak diuji.
    # Tafsiran (pola SOP perencanaan dengan Tim): konsep disusun/bahan dikumpulkan Tim, dihimpun Kasubag Evapor, diketik Staf Evapor, diperiksa Kasubag Evapor (tidak: ke staf) lalu Tim (tidak: ke kasubag), lalu Sekretaris.
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun DPA" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    # Tafsiran: konsep disusun Tim, lalu dihimpun Kasubag Evapor (langkah 4).
    Maka tugas berikutnya adalah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    # Sumber: baris 1899-1901: "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim. Jika tidak, dikembalikan ke staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    # Sumber: baris 1902-1904: "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris. Jika tidak, dikembalikan ke kasubag untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..."
    # Tafsiran: pemeriksaan Sekretaris tanpa tanda Ya/Tidak dan tanpa tujuan "jika tidak" di seed: langkah biasa, bukan keputusan.
    Maka tugas berikutnya adalah "Memeriksa DPA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa DPA"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Keterangan baris 1910-1911: "SOP Pengiriman surat". Kelengkapan/output rusak; tidak diuji.
    # Tafsiran (perintah setelah tanda tangan): perintah pertama oleh penanda tangan, perintah kedua ("Memerintahkan [staf] untuk mengagenda ...") oleh Kasubag yang stafnya melaksanakan; dasar: RKA baris 2073-2080 dan usulan penelitian baris 2143-2159 ("Memerintahkan Kasubag ..." lalu "Memerintahkan Staf ..."), urutan kolom laporan bulanan/semesteran/tahunan (... Kadin | Kasubag Umum | Staf). G4 memberi perintah kedua kepada Sekretaris.
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 1909-1915 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan mendistribusikan." untuk "Sekretaris"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan."
    Maka tugas berikutnya adalah "Mengagenda, menggandakan dan mendistribusikan." untuk "Staf Umum"
    Ketika "Staf Umum" menyelesaikan langkah "Mengagenda, menggandakan dan mendistribusikan."
    Maka SOP selesai

  Skenario: "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan konsep DPA. J...": kembali ke "Mengetik konsep DPA"
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun DPA" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Maka tugas berikutnya adalah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    # Sumber: baris 1899-1901: tidak setuju -> kembali ke Staf Evapor yang mengetik.
    Ketika "Kasubag Evapor" memutuskan "Tidak" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." untuk "Tim"

  Skenario: "Tim" memutuskan "Tidak" pada "Memeriksa hasil ketikan konsep DPA. J...": kembali ke "Menghimpun konsep DPA, menyesuaikan d..."
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun DPA" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Maka tugas berikutnya adalah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." untuk "Tim"
    # Sumber: baris 1902-1904: tidak setuju -> kembali ke langkah Kasubag Evapor (menghimpun konsep DPA).
    Ketika "Tim" memutuskan "Tidak" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kasubag Evapor"
    Maka alasan "masih ada yang salah" terlihat oleh "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa DPA" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memerintahkan untuk menyusun DPA" adalah 20 menit
    Maka batas waktu langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" adalah 20 menit
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" adalah 1 hari
    Maka batas waktu langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" adalah 1 hari
    Maka batas waktu langkah "Mengetik konsep DPA" adalah 2 hari
    Maka batas waktu langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." adalah 30 menit
    Maka batas waktu langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." adalah 30 menit
    Maka batas waktu langkah "Memeriksa DPA" adalah 30 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 1 hari
    Maka batas waktu langkah "Memerintahkan untuk menggandakan dan mendistribusikan." adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah 5 menit
    Maka batas waktu langkah "Mengagenda, menggandakan dan mendistribusikan." adalah 15 menit
    Maka kelengkapan langkah "Memerintahkan untuk menyusun DPA" adalah:
      | kelengkapan |
      | Struktur organisasi |
    Maka kelengkapan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" adalah:
      | kelengkapan |
      | Draft Anggota Tim |
    Maka kelengkapan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" adalah:
      | kelengkapan |
      | Daftar Harga Satuan |
    Maka kelengkapan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" adalah:
      | kelengkapan |
      | Konsep DPA |
    Maka kelengkapan langkah "Mengetik konsep DPA" adalah:
      | kelengkapan |
      | Konsep DPA |
    Maka kelengkapan langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." adalah:
      | kelengkapan |
      | DPA |
    Maka kelengkapan langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." adalah:
      | kelengkapan |
      | DPA |
    Maka kelengkapan langkah "Memeriksa DPA" adalah:
      | kelengkapan |
      | DPA |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | DPA |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah:
      | kelengkapan |
      | Dokumen DPA yg sudah ditandatangani |
    Maka output langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" adalah "Terbentuknya Tim Kerja"
    Maka output langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" adalah "Konsep DPA"
    Maka output langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" adalah "Konsep DPA"
    Maka output langkah "Mengetik konsep DPA" adalah "DPA"
    Maka output langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." adalah "DPA"
    Maka output langkah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." adalah "DPA"
    Maka output langkah "Memeriksa DPA" adalah "DPA"
    Maka output langkah "Memberi tanda tangan" adalah "Dokumen DPA yg sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, menggandakan dan mendistribusikan." adalah "Dokumen DPA yg sudah ditandatangani"
    Maka output langkah "Mengagenda, menggandakan dan mendistribusikan." adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Evapor yang menghimpun konsep DPA
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun DPA" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Maka tugas berikutnya adalah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kasubag Evapor"
    Maka "Tim" tidak dapat menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka "Staf Evapor" tidak dapat menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kadin" memulai SOP
    Maka tugas berikutnya adalah "Memerintahkan untuk menyusun DPA" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memerintahkan untuk menyusun DPA"
    Maka tugas berikutnya adalah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Membentuk Tim Penyusun DPA, memberi pengarahan untuk penyusunan DPA"
    Maka tugas berikutnya adalah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)" untuk "Tim"
    Ketika "Tim" menyelesaikan langkah "Menyusun konsep Dokumen Pelaksanaan Anggaran (DPA)"
    Maka tugas berikutnya adalah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan" untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" menyelesaikan langkah "Menghimpun konsep DPA, menyesuaikan dengan Daftar Harga Satuan"
    Maka tugas berikutnya adalah "Mengetik konsep DPA" untuk "Staf Evapor"
    Ketika "Staf Evapor" menyelesaikan langkah "Mengetik konsep DPA"
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..." untuk "Kasubag Evapor"
    Ketika "Kasubag Evapor" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada Tim..."
    Maka tugas berikutnya adalah "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..." untuk "Tim"
    Ketika "Tim" memutuskan "Ya" pada "Memeriksa hasil ketikan konsep DPA. Jika setuju, diserahkan kepada sekretaris..."
    Maka tugas berikutnya adalah "Memeriksa DPA" untuk "Sekretaris"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memeriksa DPA"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa DPA"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kadin"
    Maka "Kasubag Evapor" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 1909-1915 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan dan mendistribusikan." untuk "Sekretaris"
