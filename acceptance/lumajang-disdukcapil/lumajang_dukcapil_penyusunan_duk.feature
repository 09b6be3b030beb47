# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1151-1184 ("Prosedur Penyusunan DUK")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1155-1156): staf | Kasubag Umum | Sekretaris | Kadin.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Bila benar ... Bila tidak benar ..." (baris 1161-1164).
Fitur: Prosedur Penyusunan DUK
  Penyusunan Daftar Urut Kepangkatan: konsep disusun, diketik, diperiksa, diparaf, ditandatangani, diagenda,
  digandakan dan dikirim ke BKD.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_duk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: DUK disetujui dan dikirim ke BKD
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf. (Perintah sesudah tanda tangan: lihat "Diselaraskan" di bawah.)
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK"
    Maka tugas berikutnya adalah "Mengetik konsep DUK" untuk "staf"
    Ketika "staf" menyelesaikan langkah "Mengetik konsep DUK"
    # Sumber: baris 1161-1164: "Memeriksa konsep DUK. Bila benar, diserahkan ke sekretaris. Bila tidak benar, diserahkan ke
    # staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa konsep DUK..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep DUK..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberikan tanda tangan"
    # Keterangan baris 1172: "SOP Pendokumentasian".
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 1169-1179 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" untuk "Sekretaris"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD"
    # Keterangan baris 1177: "SOP Pengiriman surat".
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD" untuk "Kasubag Umum"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Umum" menyelesaikan langkah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD"
    Maka tugas berikutnya adalah "Menggandakan, mengagenda dan mengirimkan ke BKD" untuk "staf"
    Ketika "staf" menyelesaikan langkah "Menggandakan, mengagenda dan mengirimkan ke BKD"
    Maka SOP selesai

  Skenario: "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep DUK": kembali ke "Mengetik konsep DUK"
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK"
    Maka tugas berikutnya adalah "Mengetik konsep DUK" untuk "staf"
    Ketika "staf" menyelesaikan langkah "Mengetik konsep DUK"
    Maka tugas berikutnya adalah "Memeriksa konsep DUK..." untuk "Kasubag Umum"
    # Sumber: baris 1163-1164: "Bila tidak benar, diserahkan ke staf untuk diperbaiki"
    Ketika "Kasubag Umum" memutuskan "Tidak" pada "Memeriksa konsep DUK..." dengan alasan "konsep DUK belum benar"
    Maka tugas berikutnya adalah "Mengetik konsep DUK" untuk "staf"
    Maka alasan "konsep DUK belum benar" terlihat oleh "staf"
    Ketika "staf" menyelesaikan langkah "Mengetik konsep DUK"
    Maka tugas berikutnya adalah "Memeriksa konsep DUK..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep DUK..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" adalah 2 hari
    Maka batas waktu langkah "Mengetik konsep DUK" adalah 2 hari
    Maka batas waktu langkah "Memeriksa konsep DUK..." adalah 1 hari
    Maka batas waktu langkah "Memberikan paraf" adalah 10 menit
    Maka batas waktu langkah "Memberikan tanda tangan" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk menggandakan, mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Maka batas waktu langkah "Menggandakan, mengagenda dan mengirimkan ke BKD" adalah 10 menit
    Maka kelengkapan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" adalah:
      | kelengkapan |
      | Data pegawai |
    Maka kelengkapan langkah "Mengetik konsep DUK" adalah:
      | kelengkapan |
      | Konsep DUK |
    Maka kelengkapan langkah "Memeriksa konsep DUK..." adalah:
      | kelengkapan |
      | Konsep DUK |
    Maka kelengkapan langkah "Memberikan paraf" adalah:
      | kelengkapan |
      | DUK yang sudah dikoreksi |
    Maka kelengkapan langkah "Memberikan tanda tangan" adalah:
      | kelengkapan |
      | DUK yang sudah diparaf |
    Maka output langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" adalah "Konsep DUK"
    Maka output langkah "Mengetik konsep DUK" adalah "Konsep DUK"
    Maka output langkah "Memeriksa konsep DUK..." adalah "DUK yang sudah dikoreksi"
    Maka output langkah "Memberikan paraf" adalah "DUK yang sudah diparaf"
    Maka output langkah "Memberikan tanda tangan" adalah "DUK yang sudah ditandatangani"
    Maka output langkah "Menggandakan, mengagenda dan mengirimkan ke BKD" adalah "Bukti Pengiriman"

  Skenario: Hanya Kasubag Umum yang memeriksa konsep DUK
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK"
    Maka tugas berikutnya adalah "Mengetik konsep DUK" untuk "staf"
    Ketika "staf" menyelesaikan langkah "Mengetik konsep DUK"
    Maka tugas berikutnya adalah "Memeriksa konsep DUK..." untuk "Kasubag Umum"
    Maka "staf" tidak dapat menyelesaikan langkah "Memeriksa konsep DUK..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa konsep DUK..."
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep DUK..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubag Umum" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Mengumpulkan bahan penyusunan DUK, membuat konsep DUK"
    Maka tugas berikutnya adalah "Mengetik konsep DUK" untuk "staf"
    Ketika "staf" menyelesaikan langkah "Mengetik konsep DUK"
    Maka tugas berikutnya adalah "Memeriksa konsep DUK..." untuk "Kasubag Umum"
    Ketika "Kasubag Umum" memutuskan "Ya" pada "Memeriksa konsep DUK..."
    Maka tugas berikutnya adalah "Memberikan paraf" untuk "Sekretaris"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberikan paraf"
    Maka tugas berikutnya adalah "Memberikan tanda tangan" untuk "Kadin"
    Maka "Kasubag Umum" tidak dapat menyelesaikan langkah "Memberikan tanda tangan"
    Ketika "Kadin" menyelesaikan langkah "Memberikan tanda tangan"
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 1169-1179 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda dan mengirimkan ke BKD" untuk "Sekretaris"
