# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 462-504 ("Prosedur Penyusunan Perubahan Daftar Gaji")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 466-467): Kasubag Keu | Pembuat Daftar Gaji | Sekretaris | Kadin.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika Tidak ..." di langkah 3 (baris 475-478).
Fitur: Prosedur Penyusunan Perubahan Daftar Gaji
  Penyusunan perubahan daftar gaji sesuai kenaikan pangkat, kenaikan gaji berkala, penambahan dan
  pengurangan jumlah keluarga; diperiksa, diparaf, ditandatangani, diagenda dan dikirim ke BPKAD.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_perubahan_daftar_gaji" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: daftar gaji disetujui dan dikirim ke BPKAD
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" memulai SOP
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." untuk "Kasubag Keu"
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" menyelesaikan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    # Sumber: baris 475-478: "Memeriksa Daftar gaji. Jika setuju, diserahkan ke Sekretaris. Jika Tidak, diserahkan ke
    # Pembuat Daftar Gaji untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa Daftar gaji. Jika setuju..." untuk "Kasubag Keu"
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa Daftar gaji. Jika setuju..."
    # Nama langkah seperti OCR seed ("Mengferivikasi" = memverifikasi).
    Maka tugas berikutnya adalah "Mengferivikasi Daftar Gaji, Memberi paraf" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Mengferivikasi Daftar Gaji, Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    # Keterangan baris 496-500: "SOP Pengagendaan surat keluar".
    # Tafsiran (pola SOP umum/kepegawaian seed ini): konsep dibuat Kasubag, diketik Staf, diperiksa Kasubag (tidak setuju: kembali ke Staf), paraf Sekretaris, tanda tangan kepala; "Memerintahkan untuk mengirimkan" oleh penanda tangan, "Memerintahkan untuk mengagenda ..." oleh Sekretaris, pelaksanaannya oleh Staf.
    # Diselaraskan: perintah kedua ("Memerintahkan untuk mengagenda ...") milik Kasubag Keu seperti model: pola Pengagendaan Surat Keluar baris 1420-1441 (Sekretaris, lalu Kasubag, lalu pelaksana); kolom seed baris 466-467 Kasubag Keu | Pembuat Daftar Gaji | Sekretaris | Kadin, tanda kolom hilang.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." untuk "Kasubag Keu"
    # Diselaraskan: perintah kedua ("Memerintahkan untuk mengagenda ...") milik Kasubag Keu seperti model: pola Pengagendaan Surat Keluar baris 1420-1441 (Sekretaris, lalu Kasubag, lalu pelaksana); kolom seed baris 466-467 Kasubag Keu | Pembuat Daftar Gaji | Sekretaris | Kadin, tanda kolom hilang.
    Ketika "Kasubag Keu" menyelesaikan langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar."
    Maka tugas berikutnya adalah "Mengirim Daftar Gaji ke BPKAD" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengirim Daftar Gaji ke BPKAD"
    Maka SOP selesai

  Skenario: "Kasubag Keu" memutuskan "Tidak" pada "Memeriksa Daftar gaji. Jika setuju": kembali ke "Mengetik Daftar Gaji"
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" memulai SOP
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." untuk "Kasubag Keu"
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" menyelesaikan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Memeriksa Daftar gaji. Jika setuju..." untuk "Kasubag Keu"
    # Sumber: baris 476-478: "Jika Tidak, diserahkan ke Pembuat Daftar Gaji untuk diperbaiki";
    # tafsiran: perbaikan = mengetik ulang (langkah 2).
    Ketika "Kasubag Keu" memutuskan "Tidak" pada "Memeriksa Daftar gaji. Jika setuju..." dengan alasan "daftar gaji salah"
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Maka alasan "daftar gaji salah" terlihat oleh "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Memeriksa Daftar gaji. Jika setuju..." untuk "Kasubag Keu"
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa Daftar gaji. Jika setuju..."
    Maka tugas berikutnya adalah "Mengferivikasi Daftar Gaji, Memberi paraf" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." adalah 1 hari
    Maka batas waktu langkah "Mengetik Daftar Gaji" adalah 1 hari
    Maka batas waktu langkah "Memeriksa Daftar gaji. Jika setuju..." adalah 30 menit
    Maka batas waktu langkah "Mengferivikasi Daftar Gaji, Memberi paraf" adalah 15 menit
    Maka batas waktu langkah "Memberi tandatangan" adalah 1 hari
    Maka batas waktu langkah "Memerintahkan untuk pengiriman" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah 10 menit
    Maka batas waktu langkah "Mengirim Daftar Gaji ke BPKAD" adalah 1 menit
    Maka kelengkapan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." adalah:
      | kelengkapan |
      | Data pegawai |
    Maka kelengkapan langkah "Mengetik Daftar Gaji" adalah:
      | kelengkapan |
      | Konsep Daftar Gaji |
    Maka kelengkapan langkah "Memeriksa Daftar gaji. Jika setuju..." adalah:
      | kelengkapan |
      | Daftar Gaji |
    Maka kelengkapan langkah "Mengferivikasi Daftar Gaji, Memberi paraf" adalah:
      | kelengkapan |
      | Daftar Gaji |
    Maka kelengkapan langkah "Memberi tandatangan" adalah:
      | kelengkapan |
      | Daftar Gaji yang sudah diparaf |
    Maka output langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." adalah "Konsep Daftar Gaji"
    Maka output langkah "Mengetik Daftar Gaji" adalah "Daftar Gaji"
    Maka output langkah "Memeriksa Daftar gaji. Jika setuju..." adalah "Daftar Gaji"
    Maka output langkah "Mengferivikasi Daftar Gaji, Memberi paraf" adalah "Daftar Gaji yang sudah diparaf"
    Maka output langkah "Memberi tandatangan" adalah "Daftar Gaji yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk pengiriman" adalah "Daftar Gaji yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah "Daftar Gaji yang sudah ditandatangani"
    Maka output langkah "Mengirim Daftar Gaji ke BPKAD" adalah "Bukti pengiriman"

  Skenario: Hanya Kasubag Keu yang memeriksa daftar gaji
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" memulai SOP
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." untuk "Kasubag Keu"
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" menyelesaikan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Memeriksa Daftar gaji. Jika setuju..." untuk "Kasubag Keu"
    Maka "Pembuat Daftar Gaji" tidak dapat menyelesaikan langkah "Memeriksa Daftar gaji. Jika setuju..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa Daftar gaji. Jika setuju..."
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa Daftar gaji. Jika setuju..."
    Maka tugas berikutnya adalah "Mengferivikasi Daftar Gaji, Memberi paraf" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" memulai SOP
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..." untuk "Kasubag Keu"
    # Diselaraskan: langkah 1 milik Kasubag Keu seperti model: kolom pertama (baris 466-467), outputnya "Konsep Daftar Gaji" (baris 470-472) dan konsep dibuat Kasubag lalu diketik (langkah 2) oleh Pembuat Daftar Gaji, pola yang juga dipakai Tafsiran fitur ini; tanda kolom hilang di OCR.
    Ketika "Kasubag Keu" menyelesaikan langkah "Mengumpulkan Data pegawai, sesuai dengan kenaikan pangkat..."
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Memeriksa Daftar gaji. Jika setuju..." untuk "Kasubag Keu"
    Ketika "Kasubag Keu" memutuskan "Ya" pada "Memeriksa Daftar gaji. Jika setuju..."
    Maka tugas berikutnya adalah "Mengferivikasi Daftar Gaji, Memberi paraf" untuk "Sekretaris"
    Maka "Kasubag Keu" tidak dapat menyelesaikan langkah "Mengferivikasi Daftar Gaji, Memberi paraf"
    Ketika "Sekretaris" menyelesaikan langkah "Mengferivikasi Daftar Gaji, Memberi paraf"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadin"
    Maka "Kasubag Keu" tidak dapat menyelesaikan langkah "Memberi tandatangan"
    Ketika "Kadin" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah pertama sesudah tanda tangan milik Sekretaris seperti model: tanda kolom hilang di OCR; Prosedur Pengagendaan Surat Keluar baris 1420-1441 punya 4 langkah untuk 4 kolom (Kadin tanda tangan, Sekretaris memerintahkan pendistribusian, Kasubag memerintahkan mengagenda, Staf), dan undangan rapat baris 1548/1576 memberi "Memerintahkan kasubag ..." kepada Sekretaris.
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
