# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3095-3127 ("SOP PENERBITAN KK")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
Fitur: SOP PENERBITAN KK
  Penerbitan KK: loket menerima dan meregister pengajuan, operator mengentri dan mencetak KK,
  Kasi dan Kabid memaraf, Kadin menandatangani KK, petugas pengambilan memberikan KK kepada pemohon.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_kk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon mengisi tanda terima KK
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KK" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK"
    # Output seed berupa daftar (Hasil verifikasi data, Register pengajuan, Berkas Pengajuan siap); tidak diuji.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3106) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KK dari loket..."
    # Sumber: baris 3114-3116: "membawa KK ke kasi dan kabid untuk paraf, membawa ke kadin untuk tandatangan di KK"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf KK oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf KK oleh Kasi"
    # Sumber: baris 3114-3116: "membawa KK ke kasi dan kabid untuk paraf, membawa ke kadin untuk tandatangan di KK"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf KK oleh Kabid" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Paraf KK oleh Kabid"
    # Sumber: baris 3114-3116: "membawa KK ke kasi dan kabid untuk paraf, membawa ke kadin untuk tandatangan di KK"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan KK oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan KK oleh Kadin"
    Maka tugas berikutnya adalah "Menerima KK dari operator, memberikan kepada pemohon" untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima KK dari operator, memberikan kepada pemohon"
    Maka tugas berikutnya adalah "Menerima KK dari petugas pengambilan, mengisi tanda terima" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..." adalah 15 menit
    # Sumber: baris 3113: "30 menit" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan)
    Maka batas waktu langkah "Menerima berkas pengajuan pencetakan KK dari loket..." adalah 30 menit
    Maka batas waktu langkah "Menerima KK dari operator, memberikan kepada pemohon" adalah 3 menit
    Maka batas waktu langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima" adalah 2 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK" adalah:
      | kelengkapan |
      | Mengisi Form F1.01 |
      | KK Asli/ Surat Kehilangan |
      | Berkas Pendukung lain sesuai perubahan dalam KK |
    Maka kelengkapan langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Aplikasi NID Reports |
      | Aplikasi Duplicate NIK |
      | Aplikasi Konsolidasi |
      | Aplikasi register pengajuan |
      | ATK |
    Maka kelengkapan langkah "Menerima berkas pengajuan pencetakan KK dari loket..." adalah:
      | kelengkapan |
      | Berkas pengajuan |
      | Aplikasi SIAK |
      | Aplikasi Duplicate NIK |
      | Aplikasi Konsolidasi |
      | Peralatan Cetak KK |
      | Blangko KK |
      | ATK |
    Maka kelengkapan langkah "Menerima KK dari operator, memberikan kepada pemohon" adalah:
      | kelengkapan |
      | KK dari operator |
      | ATK |
    Maka kelengkapan langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima" adalah:
      | kelengkapan |
      | KK dari petugas pengambilan |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan pencetakan KK dari loket..." adalah "KK"
    Maka output langkah "Menerima KK dari operator, memberikan kepada pemohon" adalah "KK"
    Maka output langkah "Menerima KK dari petugas pengambilan, mengisi tanda terima" adalah "Tanda Terima"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KK" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3106) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari loket..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan KK" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan KK"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3106) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KK dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KK dari loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan pencetakan KK dari loket..."
    Maka tugas berikutnya adalah "Paraf KK oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf KK oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf KK oleh Kasi"
    Maka tugas berikutnya adalah "Paraf KK oleh Kabid" untuk "KABID"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf KK oleh Kabid"
    Ketika "KABID" menyelesaikan langkah "Paraf KK oleh Kabid"
    Maka tugas berikutnya adalah "Tanda tangan KK oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan KK oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan KK oleh Kadin"
    Maka tugas berikutnya adalah "Menerima KK dari operator, memberikan kepada pemohon" untuk "PETUGAS PENGAMBILAN"
