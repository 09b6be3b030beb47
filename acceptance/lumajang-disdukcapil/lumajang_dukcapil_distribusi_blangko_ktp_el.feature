# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3453-3473 ("SOP PENDISTRIBUSIAN BLANGKO KTP ELEKTRONIK, RIBBON PRINTER, FILM PRINTER DAN CLEANING KIT")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 3457): KECAMATAN | DINAS. Tidak ada tanda Ya/Tidak.
Fitur: SOP PENDISTRIBUSIAN BLANGKO KTP ELEKTRONIK, RIBBON PRINTER, FILM PRINTER DAN CLEANING KIT
  Kecamatan membuat laporan stok opname dan surat pengajuan permintaan; Dinas memutuskan jumlah blangko,
  ribbon, film dan cleaning kit; serah terima dengan Berita Acara Serah Terima Barang.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_distribusi_blangko_ktp_el" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari surat pengajuan kecamatan sampai BAST ditandatangani
    # Waktu langkah 1 tidak ada di seed.
    Ketika "KECAMATAN" memulai SOP
    Maka tugas berikutnya adalah "Membuat Laporan Stok Opname Blangko KTP El..." untuk "KECAMATAN"
    Ketika "KECAMATAN" menyelesaikan langkah "Membuat Laporan Stok Opname Blangko KTP El..."
    # Sumber: baris 3466: kelengkapan "Disposisi Kepala Dinas": Kepala Dinas tidak punya kolom di SOP ini;
    # disposisinya masukan, bukan langkah di sini (tidak ditambah langkah).
    # Output seed berupa daftar (Jumlah Blangko yang diberikan ke kecamatan; Jumlah ribbon, film dan cleaning kit).
    Maka tugas berikutnya adalah "Menerima Surat Pengajuan Permintaan dari kecamatan..." untuk "DINAS"
    Ketika "DINAS" menyelesaikan langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..."
    # Tafsiran pelaksana: KECAMATAN (penerima; output Blangko KTP El, Ribbon, Film dan cleaning kit, BAST).
    # BAST ditandatangani kedua pihak; seed hanya punya satu baris dan tanda kolomnya tidak terbaca.
    Maka tugas berikutnya adalah "Penandatanganan Berita Acara Serah Terima Barang" untuk "KECAMATAN"
    Ketika "KECAMATAN" menyelesaikan langkah "Penandatanganan Berita Acara Serah Terima Barang"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..." adalah 10 menit
    # Sumber: baris 3470: "38 menit" (angka seperti tertulis di OCR; mungkin "30 menit")
    Maka batas waktu langkah "Penandatanganan Berita Acara Serah Terima Barang" adalah 38 menit
    Maka kelengkapan langkah "Membuat Laporan Stok Opname Blangko KTP El..." adalah:
      | kelengkapan |
      | Laporan Pencetakan KTP El dari Operator pencetak |
      | Laporan Stok Opname |
      | Laporan Pengajuan KTP El belum tercetak |
    Maka kelengkapan langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..." adalah:
      | kelengkapan |
      | Surat Pengajuan |
      | Stok Blangko Dinas |
      | Disposisi Kepala Dinas |
    Maka kelengkapan langkah "Penandatanganan Berita Acara Serah Terima Barang" adalah:
      | kelengkapan |
      | Berita Acara Serah Terima Barang |
    Maka output langkah "Membuat Laporan Stok Opname Blangko KTP El..." adalah "Surat Pengajuan"

  Skenario: Kecamatan tidak dapat memutuskan jumlah blangko
    Ketika "KECAMATAN" memulai SOP
    Maka tugas berikutnya adalah "Membuat Laporan Stok Opname Blangko KTP El..." untuk "KECAMATAN"
    Ketika "KECAMATAN" menyelesaikan langkah "Membuat Laporan Stok Opname Blangko KTP El..."
    Maka tugas berikutnya adalah "Menerima Surat Pengajuan Permintaan dari kecamatan..." untuk "DINAS"
    Maka "KECAMATAN" tidak dapat menyelesaikan langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..."
    Ketika "DINAS" menyelesaikan langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..."
    Maka tugas berikutnya adalah "Penandatanganan Berita Acara Serah Terima Barang" untuk "KECAMATAN"
