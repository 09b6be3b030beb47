# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3365-3408 ("SOP PENGURANGAN ANGGOTA KELUARGA")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS PEREKAMAN |
# PETUGAS PERBAIKAN DATA. Tanda kolom hilang di OCR; pelaksana dibaca dari teks langkah.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# (Diselaraskan: langkah 2 "mengecek, memverifikasi" adalah keputusan verifikasi menurut seeds/README.md; lihat di bawah.)
Fitur: SOP PENGURANGAN ANGGOTA KELUARGA
  Pengurangan anggota keluarga: pemohon mengambil nomor antrian dan melengkapi persyaratan, petugas loket
  menerima, mengecek, memverifikasi dan meregister berkas, lalu memberikan bukti pengambilan KK.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pengurangan_anggota_keluarga" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai bukti pengambilan KK
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi persyaratan pengurangan anggota" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi persyaratan pengurangan anggota"
    # Tafsiran pelaksana langkah 2 dan 3: PETUGAS LOKET (menerima berkas dari pemohon, meregister, memberi
    # bukti pengambilan). Kolom PETUGAS PEREKAMAN dan PETUGAS PERBAIKAN DATA tidak punya langkah di teks seed.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan" untuk "PETUGAS LOKET"
    # Diselaraskan: langkah verifikasi adalah keputusan (seeds/README.md "Reading the tables": "A verification step ... is a decision: Ya continues"); langkah 2 "mengecek, memverifikasi" (baris 3394-3395), berkas benar = Ya. Seed tidak menunjukkan jalur Tidak, jadi tidak ditambah skenario Tidak.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan"
    # Sumber: langkah terakhir, lalu "SELESAI".
    Maka tugas berikutnya adalah "Memberikan bukti pengambilan KK" untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" menyelesaikan langkah "Memberikan bukti pengambilan KK"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan" adalah 10 menit
    Maka batas waktu langkah "Memberikan bukti pengambilan KK" adalah 2 menit
    Maka kelengkapan langkah "Mengambil no.antrian KK dan melengkapi persyaratan pengurangan anggota" adalah:
      | kelengkapan |
      | Mengisi Form F1.01 |
      | KK asli/ KK yg akan ditumpangi |
      | Fotocopy Akta kematian |
      | Fotocopy Akta cerai |
      | Surat pindah keluar kab.Malang (SKPWNI) |
      | Surat penghapusan data ganda |
      | Fotocopy KK ditempat terbaru |
    Maka kelengkapan langkah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan" adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Aplikasi Konsolidasi Pusat |
      | Aplikasi Nik Luar |
      | Komputer |
      | Printer |
      | ATK |
    Maka kelengkapan langkah "Memberikan bukti pengambilan KK" adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | ATK |
      | Komputer |
    Maka output langkah "Mengambil no.antrian KK dan melengkapi persyaratan pengurangan anggota" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan" adalah "Berkas Pengajuan"
    Maka output langkah "Memberikan bukti pengambilan KK" adalah "Tanda Terima"

  Skenario: Pemohon tidak dapat memverifikasi berkasnya sendiri
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi persyaratan pengurangan anggota" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi persyaratan pengurangan anggota"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan" untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan"
    # Diselaraskan: langkah verifikasi adalah keputusan (seeds/README.md "Reading the tables": "A verification step ... is a decision: Ya continues"); langkah 2 "mengecek, memverifikasi" (baris 3394-3395), berkas benar = Ya. Seed tidak menunjukkan jalur Tidak, jadi tidak ditambah skenario Tidak.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi, meregister berkas pengajuan"
    Maka tugas berikutnya adalah "Memberikan bukti pengambilan KK" untuk "PETUGAS LOKET"
