# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3913-3936 ("SOP PENERBITAN SURAT KETERANGAN TEMPAT TINGGAL yang HILANG")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# Kolom KABID tidak punya langkah di teks seed.
Fitur: SOP PENERBITAN SURAT KETERANGAN TEMPAT TINGGAL yang HILANG
  Penerbitan ulang SKTT yang hilang: loket memverifikasi dan meregister, operator mencetak ulang,
  paraf dan tanda tangan pengantar oleh Kasi, tanda tangan Kadin, diserahkan ke pemohon.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_sktt_hilang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon mengisi tanda terima
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang"
    # Output seed berupa daftar (Register Pengajuan, Berkas yang sudah ...); tidak diuji.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan SKTT dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3924) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan SKTT dari pemohon..."
    # Sumber: baris 3928-3932: seed menulis "mencetak ulang surat pindah ... Pengantar Surat Pindah" di SOP SKTT
    # hilang (salinan teks SOP SKP WNI hilang); output dan kelengkapan menyebut SKTT. Nama langkah mengikuti seed.
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..."
    # Sumber: baris 3929-3931: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar oleh Kasi"
    # Sumber: baris 3930-3931: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Pindah dan memberikan legalisir surat pindah kepada pemohon" untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima Surat Pindah dan memberikan legalisir surat pindah kepada pemohon"
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan SKTT dari pemohon..." adalah 10 menit
    # Sumber: baris 3928: "2 hari" untuk seluruh langkah 3; seed tidak menyebut hari kerja/kalender
    Maka batas waktu langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." adalah 2 hari
    Maka batas waktu langkah "Menerima Surat Pindah dan memberikan legalisir surat pindah kepada pemohon" adalah 20 menit
    Maka batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah 10 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" adalah:
      | kelengkapan |
      | Surat Kehilangan SKTT dari Kepolisian |
      | Surat Pernyataan Hilang dari Pemohon |
    Maka kelengkapan langkah "Menerima berkas pengajuan SKTT dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." adalah:
      | kelengkapan |
      | Berkas Pengajuan SKTT |
      | Aplikasi SIAK |
      | Blangko SKTT |
      | ATK |
    Maka kelengkapan langkah "Menerima Surat Pindah dan memberikan legalisir surat pindah kepada pemohon" adalah:
      | kelengkapan |
      | SKTT |
      | ATK |
    Maka kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah:
      | kelengkapan |
      | SKTT |
      | ATK |
    Maka output langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" adalah "Berkas Pengajuan"
    Maka output langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." adalah "SKTT"
    Maka output langkah "Menerima Surat Pindah dan memberikan legalisir surat pindah kepada pemohon" adalah "SKTT"
    Maka output langkah "Menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah "SKTT"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan SKTT dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan SKTT dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan SKTT dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3924) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan SKTT dari pemohon..."
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan SKTT yang hilang" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan SKTT yang hilang"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan SKTT dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3924) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan SKTT dari pemohon..."
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..."
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf dan tanda tangan pengantar oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Pindah dan memberikan legalisir surat pindah kepada pemohon" untuk "PETUGAS PENGAMBILAN"
