# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 920-948 ("Prosedur Pengadministrasian Data Pegawai")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 924-925): Kasubag Umpeg | Staf | Sekretaris | Kaban.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika tidak ..." di langkah pemeriksaan Kasubag (baris 935-939).
# Seed melompat dari langkah 6 ke langkah 8 (nomor 7 tidak ada di teks); tidak ada langkah yang ditambahkan.
Fitur: Prosedur Pengadministrasian Data Pegawai
  Pengadministrasian data pegawai: data dikumpulkan, dikonsep, diketik, diperiksa, diparaf, ditandatangani,
  digandakan dan diarsipkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_administrasi_data_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: data pegawai disetujui dan diarsipkan
    # Keterangan baris 926-930: "SOP Kenaikan gaji Berkala, SOP Pensiun, SOP MPP, SOP kenaikan pangkat".
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    Ketika "Kasubag Umpeg" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai"
    Maka tugas berikutnya adalah "Mengetik data pegawai" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik data pegawai"
    # Sumber: baris 935-939: "Memeriksa konsep data pegawai. Jika setuju, diserahkan ke sekretaris. Jika tidak setuju,diserahkan ke staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa konsep data pegawai..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Memeriksa konsep data pegawai..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kaban"
    Ketika "Kaban" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah sesudah tanda tangan diberikan berjenjang turun oleh Sekretaris seperti model; baris 944-946 tanpa tanda kolom, dan di buku ini urutan yang terbaca (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) perintah diberikan oleh Sekretaris lalu Kasubag, bukan oleh penanda tangan
    Maka tugas berikutnya adalah "Memerintahkan untuk pengarsipan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengarsipan"
    # Seed melompat dari langkah 6 ke langkah 8 (nomor 7 tidak ada di teks); tidak ada langkah yang ditambahkan.
    Maka tugas berikutnya adalah "Menggandakan dan mengarsipkan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Menggandakan dan mengarsipkan"
    Maka SOP selesai

  Skenario: "Kasubag Umpeg" memutuskan "Tidak" pada "Memeriksa konsep data pegawai": kembali ke "Mengetik data pegawai"
    Ketika "Kasubag Umpeg" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai"
    Maka tugas berikutnya adalah "Mengetik data pegawai" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik data pegawai"
    Maka tugas berikutnya adalah "Memeriksa konsep data pegawai..." untuk "Kasubag Umpeg"
    # Sumber: baris 935-939: tidak setuju -> "diserahkan ke staf untuk diperbaiki"; kembali ke langkah Staf yang mengetik.
    Ketika "Kasubag Umpeg" memutuskan "Tidak" pada "Memeriksa konsep data pegawai..." dengan alasan "masih ada yang salah"
    Maka tugas berikutnya adalah "Mengetik data pegawai" untuk "Staf"
    Maka alasan "masih ada yang salah" terlihat oleh "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik data pegawai"
    Maka tugas berikutnya adalah "Memeriksa konsep data pegawai..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Memeriksa konsep data pegawai..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" adalah 2 hari
    Maka batas waktu langkah "Mengetik data pegawai" adalah 2 hari
    Maka batas waktu langkah "Memeriksa konsep data pegawai..." adalah 1 hari
    Maka batas waktu langkah "Memberi paraf" adalah 20 menit
    Maka batas waktu langkah "Memberi tandatangan" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk pengarsipan" adalah 10 menit
    Maka batas waktu langkah "Menggandakan dan mengarsipkan" adalah 10 menit
    Maka kelengkapan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" adalah:
      | kelengkapan |
      | Berkas pegawai |
    Maka kelengkapan langkah "Mengetik data pegawai" adalah:
      | kelengkapan |
      | Konsep data pegawai |
    Maka kelengkapan langkah "Memeriksa konsep data pegawai..." adalah:
      | kelengkapan |
      | Konsep data pegawai |
    Maka kelengkapan langkah "Memberi paraf" adalah:
      | kelengkapan |
      | Data pegawai yang telah dikoreksi |
    Maka kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan |
      | Data pegawai yang telah diparaf |
    Maka kelengkapan langkah "Memerintahkan untuk pengarsipan" adalah:
      | kelengkapan |
      | Data pegawai yang telah ditandatangani |
    Maka kelengkapan langkah "Menggandakan dan mengarsipkan" adalah:
      | kelengkapan |
      | Data pegawai yang telah ditandatangani |
    Maka output langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" adalah "Konsep data pegawai"
    Maka output langkah "Mengetik data pegawai" adalah "Konsep data pegawai"
    Maka output langkah "Memberi paraf" adalah "Data pegawai yang telah diparaf"
    Maka output langkah "Memberi tandatangan" adalah "Data pegawai yang telah ditandatangani"
    Maka output langkah "Memerintahkan untuk pengarsipan" adalah "Data pegawai yang telah ditandatangani"
    Maka output langkah "Menggandakan dan mengarsipkan" adalah "Arsip Data Pegawai"

  Skenario: Hanya Kasubag Umpeg yang memeriksa konsep data pegawai
    Ketika "Kasubag Umpeg" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai"
    Maka tugas berikutnya adalah "Mengetik data pegawai" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik data pegawai"
    Maka tugas berikutnya adalah "Memeriksa konsep data pegawai..." untuk "Kasubag Umpeg"
    Maka "Staf" tidak dapat menyelesaikan langkah "Memeriksa konsep data pegawai..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa konsep data pegawai..."
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Memeriksa konsep data pegawai..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubag Umpeg" memulai SOP
    Maka tugas berikutnya adalah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai" untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" menyelesaikan langkah "Mengumpulkan Data Pegawai, Membuat konsep data administrasi pegawai"
    Maka tugas berikutnya adalah "Mengetik data pegawai" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengetik data pegawai"
    Maka tugas berikutnya adalah "Memeriksa konsep data pegawai..." untuk "Kasubag Umpeg"
    Ketika "Kasubag Umpeg" memutuskan "Ya" pada "Memeriksa konsep data pegawai..."
    Maka tugas berikutnya adalah "Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Umpeg" tidak dapat menyelesaikan langkah "Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kaban"
    Maka "Kasubag Umpeg" tidak dapat menyelesaikan langkah "Memberi tandatangan"
    Ketika "Kaban" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah sesudah tanda tangan diberikan berjenjang turun oleh Sekretaris seperti model; baris 944-946 tanpa tanda kolom, dan di buku ini urutan yang terbaca (Pengagendaan Surat Keluar baris 1419-1434, Surat Masuk baris 1450-1481) perintah diberikan oleh Sekretaris lalu Kasubag, bukan oleh penanda tangan
    Maka tugas berikutnya adalah "Memerintahkan untuk pengarsipan" untuk "Sekretaris"
