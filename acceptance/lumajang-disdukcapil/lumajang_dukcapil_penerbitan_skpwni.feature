# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3618-3647 ("SOP PENERBITAN SURAT KETERANGAN PINDAH WNI / SKP WNI")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
Fitur: SOP PENERBITAN SURAT KETERANGAN PINDAH WNI / SKP WNI
  Penerbitan Surat Keterangan Pindah WNI: loket meregister, operator mengentri dan mencetak,
  pengantar diparaf dan ditandatangani Kasi/Kabid, surat pindah ditandatangani Kadin, diserahkan ke pemohon.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skpwni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon mengisi tanda terima SKP WNI
    # Sumber: baris 3629-3630: OCR "Surat ljin" dibaca "Surat Ijin".
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah"
    # Output seed berupa daftar (Berkas siap, Register pengajuan); tidak diuji.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3631) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket..."
    # Sumber: baris 3636-3638: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi/kabid dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    # Tafsiran: "Kasi/kabid" dibaca Kasi lalu Kabid (kedua kolom ada); "/" bisa juga berarti "atau".
    # Header baris 3621 "KaSI" = KASI (OCR).
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    # Sumber: baris 3636-3638: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi/kabid dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid"
    # Sumber: baris 3637-3638: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi/kabid dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Maka tugas berikutnya adalah "Menerima berkas Surat Pindah dari operator..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima berkas Surat Pindah dari operator..."
    Maka tugas berikutnya adalah "Pemohon menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 13 menit
    # Sumber: baris 3635: "30 menit" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan)
    Maka batas waktu langkah "Menerima Surat Pindah dari Loket..." adalah 30 menit
    Maka batas waktu langkah "Menerima berkas Surat Pindah dari operator..." adalah 5 menit
    Maka batas waktu langkah "Pemohon menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah 2 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah" adalah:
      | kelengkapan |
      | Surat Pindah dari Desa &Kec |
      | KK Asli |
      | KTP Asli |
      | Fc Surat Nikah / Akta Cerai |
      | Foto 4X6 = 1 Lembar |
      | Surat Ijin Ortu mengetahui Desa |
      | Surat Ijin Suami/Istri mengetahui Desa |
    Maka kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Menerima Surat Pindah dari Loket..." adalah:
      | kelengkapan |
      | Berkas Pengajuan SKPWNI |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Menerima berkas Surat Pindah dari operator..." adalah:
      | kelengkapan |
      | SKP WNI dari operator |
      | ATK |
    Maka kelengkapan langkah "Pemohon menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah:
      | kelengkapan |
      | SKP WNI dari petugas pengambilan |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Surat Pindah" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima Surat Pindah dari Loket..." adalah "SKP WNI"
    Maka output langkah "Menerima berkas Surat Pindah dari operator..." adalah "SKP WNI"
    Maka output langkah "Pemohon menerima Surat Pindah dari petugas pengambilan, mengisi tanda terima" adalah "Tanda Terima"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3631) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3631) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket..."
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid" untuk "KABID"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid"
    Ketika "KABID" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kabid"
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Maka tugas berikutnya adalah "Menerima berkas Surat Pindah dari operator..." untuk "PETUGAS PENGAMBILAN"
