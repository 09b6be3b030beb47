# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 627-666 ("Prosedur Pengajuan SPP dan SPM")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 631-632): Kasubag Keuangan | Bendahara Pengeluaran | Sekretaris | KADIS | Kasubag Umum.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: "Jika setuju ... Jika Tidak ..." di langkah 3 (baris 640-644).
Fitur: Prosedur Pengajuan SPP dan SPM
  Pengajuan SPP dan SPM: bahan ajuan dari DPA, ajuan dibuat dan diperiksa, SPM diperiksa dan ditandatangani,
  diagenda dan dikirim ke BPKAD.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengajuan_spp_spm" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: ajuan disetujui dan dikirim ke BPKAD
    # Tafsiran: kata kerja langkah 1 tidak terbaca (baris 634: "E@BWCB@EWNB bahan ajuan"); dibaca "Mengumpulkan".
    # Pembuat ajuan: Bendahara Pengeluaran (kolom kedua).
    # Diselaraskan: langkah 1 di kolom pertama, Kasubag Keuangan (baris 631-636; kolom disusun menurut urutan langkah); bahan dikumpulkan Kasubag lalu ajuan dibuat Bendahara Pengeluaran (langkah 2) dan diperiksa kembali oleh Kasubag (langkah 3)
    Ketika "Kasubag Keuangan" memulai SOP
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Mengumpulkan bahan ajuan" untuk "Kasubag Keuangan"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keuangan" menyelesaikan langkah "Mengumpulkan bahan ajuan"
    Maka tugas berikutnya adalah "Membuat ajuan SPP dan SPM" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    # Sumber: baris 640-644: "Memeriksa Ajuan SPP dan m.wg. [SPM]. Jika setuju, diserahkan ke Sekretaris. Jika Tidak,
    # diserahkan ke Staf untuk diperbaiki"
    Maka tugas berikutnya adalah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." untuk "Kasubag Keuangan"
    Ketika "Kasubag Keuangan" memutuskan "Ya" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju..."
    # Tafsiran: Sekretaris memeriksa dan menandatangani ajuan SPM; seed tidak menunjukkan Ya/Tidak di sini.
    Maka tugas berikutnya adalah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "KADIS"
    Ketika "KADIS" menyelesaikan langkah "Memberi tandatangan"
    # OCR baris 656: "ﬂmmz“ﬂ”wﬂrwms untuk peng" dibaca "Memerintahkan untuk pengiriman".
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 654-661 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Sekretaris" menyelesaikan langkah "Memerintahkan untuk pengiriman"
    # Keterangan baris 659-661: "SOP Pengagendaan surat keluar".
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." untuk "Kasubag Keuangan"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keuangan" menyelesaikan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar."
    # Tafsiran: pengiriman oleh Kasubag Umum (kolom terakhir), seperti Prosedur Penyusunan Daftar Gaji.
    Maka tugas berikutnya adalah "Mengirim SPP dan SPM ke BPKAD" untuk "Kasubag Umum"
    Ketika "Kasubag Umum" menyelesaikan langkah "Mengirim SPP dan SPM ke BPKAD"
    Maka SOP selesai

  Skenario: "Kasubag Keuangan" memutuskan "Tidak" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju": kembali ke "Membuat ajuan SPP dan SPM"
    # Diselaraskan: langkah 1 di kolom pertama, Kasubag Keuangan (baris 631-636; kolom disusun menurut urutan langkah); bahan dikumpulkan Kasubag lalu ajuan dibuat Bendahara Pengeluaran (langkah 2) dan diperiksa kembali oleh Kasubag (langkah 3)
    Ketika "Kasubag Keuangan" memulai SOP
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Mengumpulkan bahan ajuan" untuk "Kasubag Keuangan"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keuangan" menyelesaikan langkah "Mengumpulkan bahan ajuan"
    Maka tugas berikutnya adalah "Membuat ajuan SPP dan SPM" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Maka tugas berikutnya adalah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." untuk "Kasubag Keuangan"
    # Tafsiran: SOP ini tidak punya kolom Staf; "Staf" yang memperbaiki dibaca pembuat ajuan, Bendahara
    # Pengeluaran (langkah 2).
    Ketika "Kasubag Keuangan" memutuskan "Tidak" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju..." dengan alasan "ajuan belum benar"
    Maka tugas berikutnya adalah "Membuat ajuan SPP dan SPM" untuk "Bendahara Pengeluaran"
    Maka alasan "ajuan belum benar" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Maka tugas berikutnya adalah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." untuk "Kasubag Keuangan"
    Ketika "Kasubag Keuangan" memutuskan "Ya" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju..."
    Maka tugas berikutnya adalah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" untuk "Sekretaris"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Mengumpulkan bahan ajuan" adalah 2 hari
    Maka batas waktu langkah "Membuat ajuan SPP dan SPM" adalah 1 hari
    Maka batas waktu langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." adalah 30 menit
    Maka batas waktu langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" adalah 20 menit
    Maka batas waktu langkah "Memberi tandatangan" adalah 1 jam
    Maka batas waktu langkah "Memerintahkan untuk pengiriman" adalah 10 menit
    Maka batas waktu langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." adalah 30 menit
    Maka batas waktu langkah "Mengirim SPP dan SPM ke BPKAD" adalah 1 jam
    Maka kelengkapan langkah "Mengumpulkan bahan ajuan" adalah:
      | kelengkapan |
      | Dokumen Pelaksanaan Anggaran |
    Maka kelengkapan langkah "Membuat ajuan SPP dan SPM" adalah:
      | kelengkapan |
      | Konsep Bahan ajuan SPP dan SPM |
    Maka kelengkapan langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." adalah:
      | kelengkapan |
      | Bahan Ajuan SPP dan SPM |
    Maka kelengkapan langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" adalah:
      | kelengkapan |
      | Bahan Ajuan SPM |
    Maka kelengkapan langkah "Memerintahkan untuk pengiriman" adalah:
      | kelengkapan |
      | SPP dan SPM yang sudah ditandatangani |
    Maka kelengkapan langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." adalah:
      | kelengkapan |
      | SPP dan SPM yang sudah ditandatangani |
    Maka kelengkapan langkah "Mengirim SPP dan SPM ke BPKAD" adalah:
      | kelengkapan |
      | SPP dan SPM yang sudah ditandatangani |
    Maka output langkah "Mengumpulkan bahan ajuan" adalah "Konsep Bahan ajuan SPP dan SPM"
    Maka output langkah "Membuat ajuan SPP dan SPM" adalah "Bahan Ajuan SPP dan SPM"
    Maka output langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." adalah "Bahan Ajuan SPP dan SPM"
    Maka output langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" adalah "Ajuan SPM yg sudah ditandangani"
    Maka output langkah "Memberi tandatangan" adalah "SPP dan SPM yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk pengiriman" adalah "SPP dan SPM yang sudah ditandatangani"
    Maka output langkah "Memerintahkan untuk mengagenda, memberi Nomor surat keluar." adalah "SPP dan SPM yang sudah ditandatangani"
    Maka output langkah "Mengirim SPP dan SPM ke BPKAD" adalah "Bukti pengiriman SPP dan SPM"

  Skenario: Hanya Kasubag Keuangan yang memeriksa ajuan SPP dan SPM
    # Diselaraskan: langkah 1 di kolom pertama, Kasubag Keuangan (baris 631-636; kolom disusun menurut urutan langkah); bahan dikumpulkan Kasubag lalu ajuan dibuat Bendahara Pengeluaran (langkah 2) dan diperiksa kembali oleh Kasubag (langkah 3)
    Ketika "Kasubag Keuangan" memulai SOP
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Mengumpulkan bahan ajuan" untuk "Kasubag Keuangan"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keuangan" menyelesaikan langkah "Mengumpulkan bahan ajuan"
    Maka tugas berikutnya adalah "Membuat ajuan SPP dan SPM" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Maka tugas berikutnya adalah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." untuk "Kasubag Keuangan"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju..."
    Maka "Sekretaris" tidak dapat menyelesaikan langkah "Memeriksa Ajuan SPP dan SPM. Jika setuju..."
    Ketika "Kasubag Keuangan" memutuskan "Ya" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju..."
    Maka tugas berikutnya adalah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" untuk "Sekretaris"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    # Diselaraskan: langkah 1 di kolom pertama, Kasubag Keuangan (baris 631-636; kolom disusun menurut urutan langkah); bahan dikumpulkan Kasubag lalu ajuan dibuat Bendahara Pengeluaran (langkah 2) dan diperiksa kembali oleh Kasubag (langkah 3)
    Ketika "Kasubag Keuangan" memulai SOP
    # Diselaraskan: sama dengan komentar di atas.
    Maka tugas berikutnya adalah "Mengumpulkan bahan ajuan" untuk "Kasubag Keuangan"
    # Diselaraskan: sama dengan komentar di atas.
    Ketika "Kasubag Keuangan" menyelesaikan langkah "Mengumpulkan bahan ajuan"
    Maka tugas berikutnya adalah "Membuat ajuan SPP dan SPM" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membuat ajuan SPP dan SPM"
    Maka tugas berikutnya adalah "Memeriksa Ajuan SPP dan SPM. Jika setuju..." untuk "Kasubag Keuangan"
    Ketika "Kasubag Keuangan" memutuskan "Ya" pada "Memeriksa Ajuan SPP dan SPM. Jika setuju..."
    Maka tugas berikutnya adalah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan" untuk "Sekretaris"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan"
    Ketika "Sekretaris" menyelesaikan langkah "Memeriksa ajuan SPM. Dan Memberi Tanda Tangan"
    Maka tugas berikutnya adalah "Memberi tandatangan" untuk "KADIS"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Memberi tandatangan"
    Ketika "KADIS" menyelesaikan langkah "Memberi tandatangan"
    # Diselaraskan: perintah sesudah tanda tangan berjenjang turun Sekretaris -> Kasubag -> Staf, seperti rantai yang terbaca jelas di Pengagendaan Surat Keluar (baris 1424-1437: Kadin menandatangani, Sekretaris memerintahkan pendistribusian, Kasubag Umpeg memerintahkan mengagenda, Staf melaksanakan); baris 654-661 tanpa tanda kolom
    Maka tugas berikutnya adalah "Memerintahkan untuk pengiriman" untuk "Sekretaris"
