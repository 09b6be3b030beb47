# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 1229-1254 ("Prosedur Sasaran Kinerja Pegawai")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 1233): Kasubag Umpeg | Staf | PNS.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Tafsiran: PNS mengisi formulir; Staf merekap dan melapor ke atasan langsung dan ke Kasubag Umum dan Kepegawaian.
# Kasubag Umpeg tidak mempunyai langkah sendiri (hanya menerima laporan langkah 4). Tidak ada tanda Ya/Tidak.
# Kelengkapan dan output seed di SOP ini adalah salinan SOP Ijin Keluar ("Buku penjagaan ijin keluar"); tidak diuji.
Fitur: Prosedur Sasaran Kinerja Pegawai
  Sasaran kinerja pegawai: tupoksi dan target capaian diisi dalam formulir sasaran kerja, dikumpulkan, direkap dan dilaporkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_sasaran_kinerja_pegawai" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari formulir sampai laporan ke Kasubag Umum dan Kepegawaian
    Ketika "PNS" memulai SOP
    # Diselaraskan: ejaan OCR dibetulkan di tabel (catatan langkah 1: "sasaram" menjadi "sasaran"), baris 1236-1239.
    Maka tugas berikutnya adalah "Mengisi tupoksi pekerjaan beserta target capaian dalam formulir sasaran kerja" untuk "PNS"
    # Diselaraskan: ejaan OCR dibetulkan di tabel (catatan langkah 1: "sasaram" menjadi "sasaran"), baris 1236-1239.
    Ketika "PNS" menyelesaikan langkah "Mengisi tupoksi pekerjaan beserta target capaian dalam formulir sasaran kerja"
    Maka tugas berikutnya adalah "Mengumpulkan dan merekap sasaran kinerja pegawai" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan dan merekap sasaran kinerja pegawai"
    Maka tugas berikutnya adalah "Melapor kepada Atasan Langsung" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melapor kepada Atasan Langsung"
    Maka tugas berikutnya adalah "Melapor Kepada Kasubag Umum dan Kepegawaian" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Melapor Kepada Kasubag Umum dan Kepegawaian"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Diselaraskan: ejaan OCR dibetulkan di tabel (catatan langkah 1: "sasaram" menjadi "sasaran"), baris 1236-1239.
    Maka batas waktu langkah "Mengisi tupoksi pekerjaan beserta target capaian dalam formulir sasaran kerja" adalah 15 menit
    Maka batas waktu langkah "Mengumpulkan dan merekap sasaran kinerja pegawai" adalah 20 menit
    Maka batas waktu langkah "Melapor kepada Atasan Langsung" adalah 10 menit
    Maka batas waktu langkah "Melapor Kepada Kasubag Umum dan Kepegawaian" adalah 15 menit

  Skenario: Hanya Staf yang merekap sasaran kinerja pegawai
    Ketika "PNS" memulai SOP
    # Diselaraskan: ejaan OCR dibetulkan di tabel (catatan langkah 1: "sasaram" menjadi "sasaran"), baris 1236-1239.
    Maka tugas berikutnya adalah "Mengisi tupoksi pekerjaan beserta target capaian dalam formulir sasaran kerja" untuk "PNS"
    # Diselaraskan: ejaan OCR dibetulkan di tabel (catatan langkah 1: "sasaram" menjadi "sasaran"), baris 1236-1239.
    Ketika "PNS" menyelesaikan langkah "Mengisi tupoksi pekerjaan beserta target capaian dalam formulir sasaran kerja"
    Maka tugas berikutnya adalah "Mengumpulkan dan merekap sasaran kinerja pegawai" untuk "Staf"
    Maka "PNS" tidak dapat menyelesaikan langkah "Mengumpulkan dan merekap sasaran kinerja pegawai"
    Ketika "Staf" menyelesaikan langkah "Mengumpulkan dan merekap sasaran kinerja pegawai"
    Maka tugas berikutnya adalah "Melapor kepada Atasan Langsung" untuk "Staf"
