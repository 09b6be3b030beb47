# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3652-3682 ("SOP PENERBITAN SURAT KETERANGAN DATANG WNI / SKD WNI")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# Urutan kolom SOP ini (baris 3655): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR | KASI | KABID | KADIN |
# PETUGAS PENGAMBILAN. Kolom KABID tidak punya langkah di teks seed.
Fitur: SOP PENERBITAN SURAT KETERANGAN DATANG WNI / SKD WNI
  Penerbitan Surat Keterangan Datang WNI: loket meregister surat pindah, operator me-request SKPWNI di
  Konsolidasi Pusat, mendatangkan di SIAK dan mencetak SKDWNI, paraf Kasi, tanda tangan Kadin, pengambilan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skdwni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menandatangani buku pengambilan
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3662) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket, Request SKPWNI..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Request SKPWNI..."
    # Sumber: baris 3668: "Meminta paraf KASI, ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf SKDWNI oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf SKDWNI oleh Kasi"
    # Sumber: baris 3668: "Meminta paraf KASI, ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan SKDWNI oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan SKDWNI oleh Kadin"
    Maka tugas berikutnya adalah "Menerima SKDWNI yang sudah ditandatangani..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima SKDWNI yang sudah ditandatangani..."
    Maka tugas berikutnya adalah "Menerima SKDWNI yang telah selesai..." untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima SKDWNI yang telah selesai..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..." adalah 10 menit
    # Sumber: baris 3665: "43 menit" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan)
    Maka batas waktu langkah "Menerima Surat Pindah dari Loket, Request SKPWNI..." adalah 43 menit
    Maka batas waktu langkah "Menerima SKDWNI yang sudah ditandatangani..." adalah 5 menit
    Maka batas waktu langkah "Menerima SKDWNI yang telah selesai..." adalah 2 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" adalah:
      | kelengkapan |
      | Surat Pindah Asli dari Daerah Asal dan Fotocopy 5 Lembar |
    Maka kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Register |
    Maka kelengkapan langkah "Menerima Surat Pindah dari Loket, Request SKPWNI..." adalah:
      | kelengkapan |
      | Berkas Pengajuan dari Loket |
      | Aplikasi SIAK |
      | Aplikasi Konsolidasi Pusat |
      | ATK |
    Maka kelengkapan langkah "Menerima SKDWNI yang sudah ditandatangani..." adalah:
      | kelengkapan |
      | SKD WNI dari operator |
      | Register |
      | ATK |
    Maka kelengkapan langkah "Menerima SKDWNI yang telah selesai..." adalah:
      | kelengkapan |
      | SKD WNI |
      | Buku Pengambilan |
      | ATK |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..." adalah "Register Pengajuan"
    Maka output langkah "Menerima Surat Pindah dari Loket, Request SKPWNI..." adalah "SKD WNI"
    Maka output langkah "Menerima SKDWNI yang sudah ditandatangani..." adalah "SKD WNI"
    Maka output langkah "Menerima SKDWNI yang telah selesai..." adalah "SKD WNI"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3662) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket, Request SKPWNI..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3662) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari Daerah Asal oleh Pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket, Request SKPWNI..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Request SKPWNI..."
    Maka tugas berikutnya adalah "Paraf SKDWNI oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf SKDWNI oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf SKDWNI oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan SKDWNI oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan SKDWNI oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan SKDWNI oleh Kadin"
    Maka tugas berikutnya adalah "Menerima SKDWNI yang sudah ditandatangani..." untuk "PETUGAS PENGAMBILAN"
