# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 421-457 ("Prosedur Penyusunan Daftar Gaji")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 425-426): Kasubag Keu | Pembuat Daftar Gaji (OCR "woawﬁmn: Daftar Gaji") | Bendahara
# Pengeluaran | Sekretaris | Kadis | Kasubag Umum.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Kasubag Keu tidak mempunyai langkah yang terbaca di teks seed. Tidak ada tanda Ya/Tidak.
# (Diselaraskan: Kasubag Keu memegang langkah 1 dan 7 menurut urutan kolom dan perintah berjenjang; lihat di bawah.)
Fitur: Prosedur Penyusunan Daftar Gaji
  Penyusunan daftar gaji: data pegawai dikumpulkan, daftar gaji diketik, SPP/SPM dibuat di SIMDA,
  diparaf, ditandatangani, diagenda dan dikirim.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penyusunan_daftar_gaji" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari data pegawai sampai bukti pengiriman
    # Diselaraskan: langkah 1 di kolom pertama, Kasubag Keu (baris 425-429; kolom disusun menurut urutan langkah, tanda MULAI 'A v' di baris 427); konsep disusun Kasubag lalu diketik Pembuat Daftar Gaji, seperti pola konsep-ketik SOP lain buku ini (Cuti baris 960-966, DUK baris 1157-1160)
    Ketika "Kasubag Keu" memulai SOP
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" untuk "Kasubag Keu"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keu" menyelesaikan langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji"
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    # Tafsiran: SPP dan SPM dibuat oleh Bendahara Pengeluaran (kolom ketiga).
    Maka tugas berikutnya adalah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA"
    # Tafsiran: output "Daftar Gaji yg sudah diparaf" (baris 437-438): ini paraf Sekretaris pada checklist.
    Maka tugas berikutnya adalah "Memberi tanda tangan pada checklist" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi tanda tangan pada checklist"
    # Diselaraskan: uraian langkah 5 "Memberi tandatangan" (baris 441); "Daftar Gaji yg sudah diparaf" adalah isi kolom Kelengkapan yang menyilang di OCR (baris 441-442), seperti langkah 5 Pengajuan SPP dan SPM (baris 651)
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadis"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kadis" menyelesaikan langkah "Memberi tandatangan"
    # OCR baris 446: "H/\MMBMMHMNSWQS untuk peng" dibaca "Memerintahkan untuk pengiriman".
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 446-454 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    # Keterangan baris 449-453: "SOP Pengagendaan Surat".
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." untuk "Kasubag Keu"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keu" menyelesaikan langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar."
    # OCR baris 456: "ﬁmww_oﬁ%umw dan SPM" dibaca "Mengirim SPP dan SPM".
    # Tafsiran: pengiriman oleh Kasubag Umum (kolom terakhir, yang mengurus agenda dan pengiriman surat).
    Maka tugas berikutnya adalah "Mengirim SPP dan SPM" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Mengirim SPP dan SPM"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" adalah 1 hari
    Maka batas waktu langkah "Mengetik Daftar Gaji" adalah 1 hari
    Maka batas waktu langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" adalah 1 jam
    Maka batas waktu langkah "Memberi tanda tangan pada checklist" adalah 20 menit
    # Diselaraskan: uraian langkah 5 "Memberi tandatangan" (baris 441); "Daftar Gaji yg sudah diparaf" adalah isi kolom Kelengkapan yang menyilang di OCR (baris 441-442), seperti langkah 5 Pengajuan SPP dan SPM (baris 651)
    Maka batas waktu langkah "Memberi tandatangan" adalah 20 menit
    # Sumber: baris 446: "S menit" (OCR: 5 menit).
    Maka batas waktu langkah "Memerintahkan untuk pengiriman" adalah 5 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah 5 menit
    Maka batas waktu langkah "Mengirim SPP dan SPM" adalah 1 jam
    Maka kelengkapan langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" adalah:
      | kelengkapan |
      | Data pegawai |
    Maka kelengkapan langkah "Mengetik Daftar Gaji" adalah:
      | kelengkapan |
      | Konsep Daftar Gaji |
    Maka kelengkapan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" adalah:
      | kelengkapan |
      | Daftar Gaji |
    Maka kelengkapan langkah "Memberi tanda tangan pada checklist" adalah:
      | kelengkapan |
      | Daftar Gaji |
    Maka output langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" adalah "Konsep Daftar Gaji"
    Maka output langkah "Mengetik Daftar Gaji" adalah "Daftar Gaji"
    Maka output langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" adalah "Daftar Gaji"
    Maka output langkah "Memberi tanda tangan pada checklist" adalah "Daftar Gaji yg sudah diparaf"
    # Diselaraskan: uraian langkah 5 "Memberi tandatangan" (baris 441); "Daftar Gaji yg sudah diparaf" adalah isi kolom Kelengkapan yang menyilang di OCR (baris 441-442), seperti langkah 5 Pengajuan SPP dan SPM (baris 651)
    Maka output langkah "Memberi tandatangan" adalah "Daftar Gaji yg sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk pengiriman" adalah "Daftar Gaji yg sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, dan memberi Nomor surat keluar." adalah "Daftar Gaji yg sudah ditandatangani"
    Maka output langkah "Mengirim SPP dan SPM" adalah "Bukti Pengiriman"

  Skenario: Hanya Bendahara Pengeluaran yang membuat SPP dan SPM gaji
    # Diselaraskan: langkah 1 di kolom pertama, Kasubag Keu (baris 425-429; kolom disusun menurut urutan langkah, tanda MULAI 'A v' di baris 427); konsep disusun Kasubag lalu diketik Pembuat Daftar Gaji, seperti pola konsep-ketik SOP lain buku ini (Cuti baris 960-966, DUK baris 1157-1160)
    Ketika "Kasubag Keu" memulai SOP
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" untuk "Kasubag Keu"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keu" menyelesaikan langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji"
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" untuk "Bendahara Pengeluaran"
    Maka "Pembuat Daftar Gaji" tidak dapat menyelesaikan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA"
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA"
    Maka tugas berikutnya adalah "Memberi tanda tangan pada checklist" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    # Diselaraskan: langkah 1 di kolom pertama, Kasubag Keu (baris 425-429; kolom disusun menurut urutan langkah, tanda MULAI 'A v' di baris 427); konsep disusun Kasubag lalu diketik Pembuat Daftar Gaji, seperti pola konsep-ketik SOP lain buku ini (Cuti baris 960-966, DUK baris 1157-1160)
    Ketika "Kasubag Keu" memulai SOP
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji" untuk "Kasubag Keu"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keu" menyelesaikan langkah "Mengumpulkan Data pegawai, Menyusun konsep daftar gaji"
    Maka tugas berikutnya adalah "Mengetik Daftar Gaji" untuk "Pembuat Daftar Gaji"
    Ketika "Pembuat Daftar Gaji" menyelesaikan langkah "Mengetik Daftar Gaji"
    Maka tugas berikutnya adalah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat SPP dan SPM Gaji untuk dimasukkan di aplikasi SIMDA"
    Maka tugas berikutnya adalah "Memberi tanda tangan pada checklist" untuk "Sekretaris"
    Maka "Pembuat Daftar Gaji" tidak dapat menyelesaikan langkah "Memberi tanda tangan pada checklist"
    Ketika "Sekretaris" menyelesaikan langkah "Memberi tanda tangan pada checklist"
    # Diselaraskan: uraian langkah 5 "Memberi tandatangan" (baris 441); "Daftar Gaji yg sudah diparaf" adalah isi kolom Kelengkapan yang menyilang di OCR (baris 441-442), seperti langkah 5 Pengajuan SPP dan SPM (baris 651)
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "Kadis"
    # Diselaraskan: sama dengan komentar di atas.
    Maka "Pembuat Daftar Gaji" tidak dapat menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kadis" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 446-454 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
