# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3732-3763 ("SOP PENERBITAN SURAT KETERANGAN PINDAH WNI / SKP WNI HILANG")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# Kolom KABID tidak punya langkah di teks seed. Baris 3763 tidak memuat "SELESAI"; SOP berakhir di langkah 5.
Fitur: SOP PENERBITAN SURAT KETERANGAN PINDAH WNI / SKP WNI HILANG
  Penerbitan ulang Surat Keterangan Pindah WNI yang hilang: loket memverifikasi dan meregister, operator
  mencetak ulang, pengantar diparaf dan ditandatangani Kasi, surat ditandatangani Kadin, diserahkan ke pemohon.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skpwni_hilang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menandatangani buku pengambilan
    # Sumber: baris 3739-3740: "Melengkapi Persyaratan Pengajuan Surat Pindah / hilang" ("hilang" dibaca
    # bagian uraian; "dari Kepolisian" bagian kelengkapan).
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3747) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..."
    # Sumber: baris 3753-3755: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    # Sumber: baris 3754-3755: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    # Output seed berupa daftar (SKP WNI, Register Pengambilan); tidak diuji.
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas operator..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima Surat Pindah dari petugas operator..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 10 menit
    # Sumber: baris 3752: "30 menit" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan)
    Maka batas waktu langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." adalah 30 menit
    Maka batas waktu langkah "Menerima Surat Pindah dari petugas operator..." adalah 10 menit
    Maka batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah 10 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" adalah:
      | kelengkapan |
      | Surat Kehilangan Surat Pindah dari Kepolisian |
      # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3744 ("tantatangan" -> "tandatangan").
      | Surat Pernyataan kehilangan dari Pemohon tandatangan di atas materai |
    Maka kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." adalah:
      | kelengkapan |
      | Berkas Pengajuan dari Loket |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Menerima Surat Pindah dari petugas operator..." adalah:
      | kelengkapan |
      | SKP WNI dari operator |
      | ATK |
    Maka kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | SKP WNI dari petugas pengambilan |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah "Register Pengajuan"
    Maka output langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." adalah "SKP WNI"
    Maka output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah "SKP WNI"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3747) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah hilang"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3747) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Petugas menerima berkas pengajuan, mencetak ulang surat pindah..."
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas operator..." untuk "PETUGAS PENGAMBILAN"
