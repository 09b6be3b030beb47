# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 173-183 ("SOP PENANGANAN SURAT MASUK")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 176, huruf besar seperti seed): JFU, KASUBBAG, SEKRETARIS, KEPALA DINAS. Teks menyebut "Kasubbag Umum", "Kasubbag TU" dan "Kabag".
# Seed tidak menunjukkan keputusan Ya/Tidak.
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PENANGANAN SURAT MASUK
  Surat masuk: diterima JFU dan dibuatkan lembar disposisi, diteruskan berjenjang ke Kepala Dinas,
  didisposisikan ke bidang dan didistribusikan sesuai disposisi.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penanganan_surat_masuk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: surat diterima, didisposisi Kepala Dinas dan didistribusikan
    Ketika "JFU" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 177: menerima surat masuk dan meneruskan ke kasubbag -> JFU.
    Maka tugas berikutnya adalah "Menerima surat masuk dan membuat lembar..." untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Menerima surat masuk dan membuat lembar..."
    # Tafsiran: baris 178: "Menerima Surat masuk dari JFU" -> KASUBBAG. "Kabag" di teks tidak ada kolomnya; dibaca sebagai atasan berikutnya (Sekretaris).
    Maka tugas berikutnya adalah "Menerima Surat masuk dari JFU, lalu..." untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Menerima Surat masuk dari JFU, lalu..."
    # Tafsiran: baris 179: "Surat masuk diserahkan kepada Kepala Dinas" (kalimat pasif) -> SEKRETARIS, kolom antara KASUBBAG dan KEPALA DINAS.
    Maka tugas berikutnya adalah "Surat masuk diserahkan kepada Kepala Dinas" untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Surat masuk diserahkan kepada Kepala Dinas"
    # Tafsiran: baris 180: membaca dan mendisposisikan -> KEPALA DINAS.
    Maka tugas berikutnya adalah "Membaca dan mendisposisikan surat kebidang..." untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Membaca dan mendisposisikan surat kebidang..."
    # Tafsiran: baris 181: mengembalikan surat ke Kasubbag TU -> SEKRETARIS (pola turun kolom; tidak pasti).
    Maka tugas berikutnya adalah "Mengembalikan surat ke Kasubbag TU agar..." untuk "SEKRETARIS"
    Ketika "SEKRETARIS" menyelesaikan langkah "Mengembalikan surat ke Kasubbag TU agar..."
    # Tafsiran: baris 182: memerintahkan JFU -> KASUBBAG.
    Maka tugas berikutnya adalah "Memerintahkan JFU untuk mendistribusikan surat kebidang" untuk "KASUBBAG"
    Ketika "KASUBBAG" menyelesaikan langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang"
    # Tafsiran: baris 183.
    Maka tugas berikutnya adalah "Mendistribusikan Surat kebidang sesuai disposisi" untuk "JFU"
    Ketika "JFU" menyelesaikan langkah "Mendistribusikan Surat kebidang sesuai disposisi"
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Menerima surat masuk dan membuat lembar..." adalah 15 menit
    Maka kelengkapan langkah "Menerima surat masuk dan membuat lembar..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Menerima surat masuk dan membuat lembar..." adalah "SURAT"
    Maka batas waktu langkah "Menerima Surat masuk dari JFU, lalu..." adalah 15 menit
    Maka kelengkapan langkah "Menerima Surat masuk dari JFU, lalu..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Menerima Surat masuk dari JFU, lalu..." adalah "SURAT"
    Maka batas waktu langkah "Surat masuk diserahkan kepada Kepala Dinas" adalah 15 menit
    Maka kelengkapan langkah "Surat masuk diserahkan kepada Kepala Dinas" adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Surat masuk diserahkan kepada Kepala Dinas" adalah "SURAT"
    Maka batas waktu langkah "Membaca dan mendisposisikan surat kebidang..." adalah 15 menit
    Maka kelengkapan langkah "Membaca dan mendisposisikan surat kebidang..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Membaca dan mendisposisikan surat kebidang..." adalah "SURAT"
    Maka batas waktu langkah "Mengembalikan surat ke Kasubbag TU agar..." adalah 15 menit
    Maka kelengkapan langkah "Mengembalikan surat ke Kasubbag TU agar..." adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Mengembalikan surat ke Kasubbag TU agar..." adalah "SURAT"
    Maka batas waktu langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang" adalah 15 menit
    Maka kelengkapan langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang" adalah:
      | kelengkapan |
      | ATK |
    Maka output langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang" adalah "SURAT"
    Maka batas waktu langkah "Mendistribusikan Surat kebidang sesuai disposisi" adalah 15 menit
    Maka kelengkapan langkah "Mendistribusikan Surat kebidang sesuai disposisi" adalah:
      | kelengkapan |
      | SURAT |
    Maka output langkah "Mendistribusikan Surat kebidang sesuai disposisi" adalah "SURAT"

  Skenario: "SEKRETARIS" tidak dapat menyelesaikan langkah "Membaca dan mendisposisikan surat kebidang..."
    # Disposisi milik KEPALA DINAS (baris 180).
    Ketika "JFU" memulai SOP
    Ketika "JFU" menyelesaikan langkah "Menerima surat masuk dan membuat lembar..."
    Ketika "KASUBBAG" menyelesaikan langkah "Menerima Surat masuk dari JFU, lalu..."
    Ketika "SEKRETARIS" menyelesaikan langkah "Surat masuk diserahkan kepada Kepala Dinas"
    Maka tugas berikutnya adalah "Membaca dan mendisposisikan surat kebidang..." untuk "KEPALA DINAS"
    Maka "SEKRETARIS" tidak dapat menyelesaikan langkah "Membaca dan mendisposisikan surat kebidang..."

  Skenario: "KASUBBAG" tidak dapat menyelesaikan langkah "Mendistribusikan Surat kebidang sesuai disposisi"
    Ketika "JFU" memulai SOP
    Ketika "JFU" menyelesaikan langkah "Menerima surat masuk dan membuat lembar..."
    Ketika "KASUBBAG" menyelesaikan langkah "Menerima Surat masuk dari JFU, lalu..."
    Ketika "SEKRETARIS" menyelesaikan langkah "Surat masuk diserahkan kepada Kepala Dinas"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Membaca dan mendisposisikan surat kebidang..."
    Ketika "SEKRETARIS" menyelesaikan langkah "Mengembalikan surat ke Kasubbag TU agar..."
    Ketika "KASUBBAG" menyelesaikan langkah "Memerintahkan JFU untuk mendistribusikan surat kebidang"
    Maka tugas berikutnya adalah "Mendistribusikan Surat kebidang sesuai disposisi" untuk "JFU"
    Maka "KASUBBAG" tidak dapat menyelesaikan langkah "Mendistribusikan Surat kebidang sesuai disposisi"
