# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 778-808 ("Prosedur Penyusunan Laporan Inventaris Barang")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 782): Kaban | Sekretaris | Kasubag Umum (OCR "HMH“”MN", dibaca dari SOP sebelumnya) | Staf.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 787-792).
# Seed melompat dari langkah 6 ke langkah 8 (nomor 7 tidak ada di teks); tidak ada langkah yang ditambahkan.
Fitur: Prosedur Penyusunan Laporan Inventaris Barang
  Penyusunan laporan inventaris barang: konsep disusun, diketik dan dicocokkan dengan aset, diperiksa, diparaf,
  ditandatangani, digandakan dan dikirim.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_laporan_inventaris_barang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: laporan disetujui dan dikirim
    # Kelengkapan langkah 1 tidak terbaca (baris 783: "UMMMMM,\mBHmDm"); tidak diuji.
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Menyusun konsep inventaris barang" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Menyusun konsep inventaris barang"
    Maka tugas berikutnya adalah "Mengetik konsep, mencocokkan dengan asset yang ada." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    # Sumber: baris 787-792: "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju, diserahkan ke sekretaris. Jika tidak setuju diserahkan ke staf untuk diperbaiki."
    Maka tugas berikutnya adalah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..."
    # Kelengkapan dan output langkah 3-4 menyebut "ruangan" (salin dari SOP inventaris ruangan); ditulis seperti seed.
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: baris 802-804 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    # Seed melompat dari langkah 6 ke langkah 8 (nomor 7 tidak ada di teks); tidak ada langkah yang ditambahkan.
    Maka tugas berikutnya adalah "Menggandakan dan mengirimkan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mengirimkan"
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa ketikan dan mencocokkan den...": kembali ke "Mengetik konsep, mencocokkan dengan a..."
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Menyusun konsep inventaris barang" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Menyusun konsep inventaris barang"
    Maka tugas berikutnya adalah "Mengetik konsep, mencocokkan dengan asset yang ada." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Maka tugas berikutnya adalah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." untuk "Kasubag Umum"
    # Sumber: baris 787-792: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik konsep, mencocokkan dengan asset yang ada." untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Maka tugas berikutnya adalah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Menyusun konsep inventaris barang" adalah 2 hari
    Maka batas waktu langkah "Mengetik konsep, mencocokkan dengan asset yang ada." adalah 2 hari
    Maka batas waktu langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." adalah 2 hari
    Maka batas waktu langkah "Memberikan paraf" adalah 10 menit
    Maka batas waktu langkah "Memberi tanda tangan" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk pengiriman" adalah 10 menit
    Maka batas waktu langkah "Menggandakan dan mengirimkan" adalah 30 menit
    Maka kelengkapan langkah "Mengetik konsep, mencocokkan dengan asset yang ada." adalah:
      | kelengkapan |
      | Konsep inventaris barang |
    Maka kelengkapan langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." adalah:
      | kelengkapan |
      | Daftar inventaris barang |
    Maka kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan |
      | Daftar inventaris ruangan yang telah dikoreksi |
    Maka kelengkapan langkah "Memberi tanda tangan" adalah:
      | kelengkapan |
      | Daftar inventaris barang yang telah diparaf |
    Maka output langkah "Menyusun konsep inventaris barang" adalah "Konsep inventaris barang"
    Maka output langkah "Mengetik konsep, mencocokkan dengan asset yang ada." adalah "Daftar inventaris barang"
    Maka output langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." adalah "Daftar inventaris ruangan yang telah dikoreksi"
    Maka output langkah "Memberikan paraf" adalah "Daftar inventaris barang yang telah diparaf"
    Maka output langkah "Memberi tanda tangan" adalah "Daftar inventaris barang yang telah ditandatangani"
    Maka output langkah "Memerintahkan untuk pengiriman" adalah "Daftar inventaris barang yang telah ditandatangani"
    Maka output langkah "Menggandakan dan mengirimkan" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Umum yang memeriksa ketikan
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Menyusun konsep inventaris barang" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Menyusun konsep inventaris barang"
    Maka tugas berikutnya adalah "Mengetik konsep, mencocokkan dengan asset yang ada." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Maka tugas berikutnya adalah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." untuk "Kasubag Umum"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Menyusun konsep inventaris barang" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Menyusun konsep inventaris barang"
    Maka tugas berikutnya adalah "Mengetik konsep, mencocokkan dengan asset yang ada." untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik konsep, mencocokkan dengan asset yang ada."
    Maka tugas berikutnya adalah "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa ketikan dan mencocokkan dengan asset. Jika setuju..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberi tanda tangan" untuk "Kaban"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberi tanda tangan"
    Ketika "Kaban" menyelesaikan langkah "Memberi tanda tangan"
    # Diselaraskan: baris 802-804 tanpa tanda kolom; urutan perintah sesudah tanda tangan yang terbaca di buku ini (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) memberi perintah pertama kepada Sekretaris dan berikutnya kepada Kasubag, bukan kepada penanda tangan; model dipertahankan
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
