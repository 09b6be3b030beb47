# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3478-3516 ("SOP PENERBITAN KTP ELEKTRONIK WNI")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Kolom KADIN tidak punya langkah di teks seed (tidak ada tanda tangan Kadin di SOP ini).
Fitur: SOP PENERBITAN KTP ELEKTRONIK WNI
  Penerbitan KTP Elektronik WNI: loket mengecek data dan meregister pengajuan, operator menerima berkas,
  Kasi/Kabid menyetujui, operator meng-encode dan mencetak, petugas pengambilan mengaktivasi dan menyerahkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_ktp_el_wni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan, persetujuan Kasi dan Kabid, sampai pemohon mengisi tanda terima
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik"
    # Output seed berupa daftar (Hasil verifikasi data, Register pengajuan, Berkas Pengajuan Siap); tidak diuji.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3492) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..."
    # Sumber: baris 3500-3504: "Menerima berkas pengajuan pencetakan KTP Elektronik. Persetujuan dari kasi/ kabid.
    # Encode blangko KTP Elektronik. Cetak KTP Elektronik. Menyerahkan KTP elektronik ke Petugas Pengambilan."
    # Langkah 3 dipecah di tempat persetujuan: operator menerima berkas; Kasi lalu Kabid menyetujui;
    # operator meng-encode, mencetak dan menyerahkan. Nama langkah pertama = kalimat pertama seed (persis).
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik."
    # Sumber: baris 3501: "Persetujuan dari kasi/ kabid"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    # Tafsiran: "kasi/ kabid" dibaca Kasi lalu Kabid (kedua kolom ada di tabel); "/" bisa juga berarti "atau".
    Maka tugas berikutnya adalah "Persetujuan dari kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Persetujuan dari kasi"
    # Sumber: baris 3501: "Persetujuan dari kasi/ kabid"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Persetujuan dari kabid" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Persetujuan dari kabid"
    # Lanjutan langkah 3 seed sesudah persetujuan (kalimat 3-5).
    Maka tugas berikutnya adalah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..."
    # Sumber: baris 3506-3509: "Menerima KTP Elektronik dari operator. Melakukan proses aktivasi KTP Elektronik.
    # Mengarsipkan dan menyerahkan KTP Elektronik kepada pemohon".
    Maka tugas berikutnya adalah "Menerima KTP Elektronik dari operator..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima KTP Elektronik dari operator..."
    Maka tugas berikutnya adalah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..." adalah 8 menit
    # Sumber: baris 3500: "30 menit" untuk seluruh langkah 3 seed; di sini dipasang pada bagian operator yang terakhir
    Maka batas waktu langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." adalah 30 menit
    Maka batas waktu langkah "Menerima KTP Elektronik dari operator..." adalah 10 menit
    Maka batas waktu langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" adalah 2 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" adalah:
      | kelengkapan |
      | Fotokopi KK |
      | KTP Elektronik Asli/ Surat Kehilangan apabila KTP Elektronik hilang |
    Maka kelengkapan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Aplikasi Konsolidasi |
      | Aplikasi Bcard Management |
      | Aplikasi Duplicate NIK |
      | Aplikasi Register pengajuan |
    Maka kelengkapan langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." adalah:
      | kelengkapan |
      | Berkas pengajuan |
      | Aplikasi Bcard Management |
      | Blangko KTP Elektronik |
    Maka kelengkapan langkah "Menerima KTP Elektronik dari operator..." adalah:
      | kelengkapan |
      | KTP Elektronik dari operator |
      | Aplikasi Bcard Management |
      | Peralatan Aktivasi KTP Elektronik |
      | Pemohon |
    Maka kelengkapan langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" adalah:
      | kelengkapan |
      | KTP Elektronik dari petugas pengambilan |
      | Buku Tanda Terima |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" adalah "Berkas Pengajuan"
    Maka output langkah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." adalah "KTP Elektronik sudah encode"
    Maka output langkah "Menerima KTP Elektronik dari operator..." adalah "KTP Elektronik sudah aktivasi"
    Maka output langkah "Menerima KTP Elektronik dari petugas pengambilan, mengisi tanda terima" adalah "Tanda Terima"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3492) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KTP Elektronik"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3492) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP Elektronik dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP Elektronik." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP Elektronik."
    Maka tugas berikutnya adalah "Persetujuan dari kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Persetujuan dari kasi"
    Ketika "KASI" menyelesaikan langkah "Persetujuan dari kasi"
    Maka tugas berikutnya adalah "Persetujuan dari kabid" untuk "KABID"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Persetujuan dari kabid"
    Ketika "KABID" menyelesaikan langkah "Persetujuan dari kabid"
    Maka tugas berikutnya adalah "Encode blangko KTP Elektronik. Cetak KTP Elektronik..." untuk "PETUGAS OPERATOR"
