# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3768-3807 ("SOP PENERBITAN PERPANJANGAN SURAT KETERANGAN PINDAH WNI")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 3772-3773): PEMOHON | PETUGAS LOKET | PETUGAS LEGALISIR | PETUGAS PENGAMBILAN |
# KASI | KABID | KADIN. Kolom KABID dan KADIN tidak punya langkah di teks seed. Tidak ada tanda Ya/Tidak.
Fitur: SOP PENERBITAN PERPANJANGAN SURAT KETERANGAN PINDAH WNI
  Perpanjangan Surat Keterangan Pindah WNI dengan legalisir: loket memverifikasi, petugas legalisir
  meregister, memberi nomor dan stempel, Kasi menandatangani, petugas pengambilan meregister.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_perpanjangan_skpwni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai legalisir SKPWNI diterima pemohon
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah verifikasi adalah keputusan (seeds README "Reading the tables": "A verification step ... is a decision: Ya continues"); seed baris 3787-3790 "memverifikasi data Surat Pindah"; Ya = berkas lengkap, lanjut ke petugas legalisir.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    # Output seed berupa daftar (Legalisir SKPWNI, Register legalisir); tidak diuji.
    Maka tugas berikutnya adalah "Petugas loket legalisir menerima berkas Surat Pindah..." untuk "PETUGAS LEGALISIR"
    Ketika "PETUGAS LEGALISIR" menyelesaikan langkah "Petugas loket legalisir menerima berkas Surat Pindah..."
    # Sumber: baris 3796-3797: "memberikan stempel pada surat pindah dan meminta tandatangan kepada kasi"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan legalisir surat pindah oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Tanda tangan legalisir surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Menerima legalisir surat pindah dan meregister..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima legalisir surat pindah dan meregister..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 5 menit
    # Sumber: baris 3794: "15 menit" untuk seluruh langkah 3 (termasuk tanda tangan Kasi)
    Maka batas waktu langkah "Petugas loket legalisir menerima berkas Surat Pindah..." adalah 15 menit
    Maka batas waktu langkah "Menerima legalisir surat pindah dan meregister..." adalah 5 menit
    Maka batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah 5 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" adalah:
      | kelengkapan |
      | Surat Keterangan Pindah WNI Asli dan fotocopy masing-masing 3 lembar |
    Maka kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Petugas loket legalisir menerima berkas Surat Pindah..." adalah:
      | kelengkapan |
      | SKP WNI dari Loket |
      | ATK |
    Maka kelengkapan langkah "Menerima legalisir surat pindah dan meregister..." adalah:
      | kelengkapan |
      | SKP WNI dari operator |
      | ATK |
    Maka kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | SKP WNI dari petugas pengambilan |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah "SKP WNI"
    Maka output langkah "Menerima legalisir surat pindah dan meregister..." adalah "Legalisir SKPWNI"
    Maka output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah "Legalisir SKPWNI"

  Skenario: Hanya petugas loket yang memverifikasi surat pindah
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka "PETUGAS LEGALISIR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    # Diselaraskan: langkah verifikasi adalah keputusan (seeds README "Reading the tables": "A verification step ... is a decision: Ya continues"); seed baris 3787-3790 "memverifikasi data Surat Pindah"; Ya = berkas lengkap, lanjut ke petugas legalisir.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Petugas loket legalisir menerima berkas Surat Pindah..." untuk "PETUGAS LEGALISIR"

  Skenario: Kasi sendiri yang menandatangani legalisir, bukan petugas legalisir
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Perpanjangan Surat Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah verifikasi adalah keputusan (seeds README "Reading the tables": "A verification step ... is a decision: Ya continues"); seed baris 3787-3790 "memverifikasi data Surat Pindah"; Ya = berkas lengkap, lanjut ke petugas legalisir.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Petugas loket legalisir menerima berkas Surat Pindah..." untuk "PETUGAS LEGALISIR"
    Ketika "PETUGAS LEGALISIR" menyelesaikan langkah "Petugas loket legalisir menerima berkas Surat Pindah..."
    Maka tugas berikutnya adalah "Tanda tangan legalisir surat pindah oleh Kasi" untuk "KASI"
    Maka "PETUGAS LEGALISIR" tidak dapat menyelesaikan langkah "Tanda tangan legalisir surat pindah oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Tanda tangan legalisir surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Menerima legalisir surat pindah dan meregister..." untuk "PETUGAS PENGAMBILAN"
