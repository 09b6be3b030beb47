# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2629-2670 ("SOP PENERBITAN AKTA KELAHIRAN")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
Fitur: SOP PENERBITAN AKTA KELAHIRAN
  Penerbitan kutipan akta kelahiran: pemohon melengkapi persyaratan, loket memasukkan data dan memberi
  tanda bukti pengambilan, operator mencetak kutipan dan register, Kasi dan Kabid memaraf, Kadin menandatangani.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_akta_kelahiran" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menerima kutipan akta kelahiran
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukkan data permohonan..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket "memeriksa kelengkapan berkas" adalah verifikasi, jadi keputusan menurut seeds/README.md "Reading the tables"; jawaban Ya model berbunyi "Lengkap" (seed tidak menunjukkan Tidak, tidak ditambah skenario Tidak).
    Ketika "PETUGAS LOKET" memutuskan "Lengkap" pada "memeriksa kelengkapan berkas dan memasukkan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    # Sumber: baris 2655-2658: "Memeriksa data dari loket, mencetak kutipan dan register akta, dan membawa ke kasi dan kabid untuk di paraf"
    # Paraf Kasi dan Kabid ada di teks langkah operator; ditulis sebagai langkah mereka sendiri (issue 12).
    # Seed tidak menunjukkan Ya/Tidak untuk paraf ini.
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    # Sumber: baris 2655-2658: "Memeriksa data dari loket, mencetak kutipan dan register akta, dan membawa ke kasi dan kabid untuk di paraf"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    # Sumber: baris 2661-2662: "penandatanganan oleh Kepala Dinas ... 5Menit" (kolom KADIN).
    Maka tugas berikutnya adalah "penandatanganan oleh Kepala Dinas" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "penandatanganan oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..."
    Maka tugas berikutnya adalah "menerima kutipan akta" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "menerima kutipan akta"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "memeriksa kelengkapan berkas dan memasukkan data permohonan..." adalah 5 menit
    Maka batas waktu langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah 20 menit
    Maka batas waktu langkah "penandatanganan oleh Kepala Dinas" adalah 5 menit
    Maka batas waktu langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." adalah 5 menit
    Maka kelengkapan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran" adalah:
      | kelengkapan |
      | Surat Keterangan Kelahiran (f2.01) |
      | Surat keterangan kelahiran dari penolong kelahiran |
      | Fotocopy Surat Nikah orang tua ( Legalisir ) |
      | Fotocopy KTP orang tua dan saksi kelahiran |
      | Surat Pernyataan data benar |
      | Fotocopy KK |
    Maka kelengkapan langkah "memeriksa kelengkapan berkas dan memasukkan data permohonan..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi Siak |
      | tanda bukti pengambilan |
    Maka kelengkapan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | printer |
    Maka kelengkapan langkah "penandatanganan oleh Kepala Dinas" adalah:
      | kelengkapan |
      | Kutipan dan register akta |
    Maka kelengkapan langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." adalah:
      | kelengkapan |
      | Kutipan dan register akta |
    Maka kelengkapan langkah "menerima kutipan akta" adalah:
      | kelengkapan |
      | Kartu Pengambilan |
      | Kutipan Akta |
    Maka output langkah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran" adalah "Berkas Pengajuan"
    Maka output langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah "Kutipan dan Register Akta"
    Maka output langkah "penandatanganan oleh Kepala Dinas" adalah "Kutipan dan register akta"
    Maka output langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." adalah "Kutipan dan register akta"
    Maka output langkah "menerima kutipan akta" adalah "Kutipan Akta"

  Skenario: Hanya petugas loket yang memeriksa berkas dan memberikan bukti pengambilan
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukkan data permohonan..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukkan data permohonan..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukkan data permohonan..."
    # Diselaraskan: langkah loket "memeriksa kelengkapan berkas" adalah verifikasi, jadi keputusan menurut seeds/README.md "Reading the tables"; jawaban Ya model berbunyi "Lengkap" (seed tidak menunjukkan Tidak, tidak ditambah skenario Tidak).
    Ketika "PETUGAS LOKET" memutuskan "Lengkap" pada "memeriksa kelengkapan berkas dan memasukkan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta Kelahiran"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukkan data permohonan..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket "memeriksa kelengkapan berkas" adalah verifikasi, jadi keputusan menurut seeds/README.md "Reading the tables"; jawaban Ya model berbunyi "Lengkap" (seed tidak menunjukkan Tidak, tidak ditambah skenario Tidak).
    Ketika "PETUGAS LOKET" memutuskan "Lengkap" pada "memeriksa kelengkapan berkas dan memasukkan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    Ketika "KABID" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    Maka tugas berikutnya adalah "penandatanganan oleh Kepala Dinas" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "penandatanganan oleh Kepala Dinas"
    Ketika "KADIN" menyelesaikan langkah "penandatanganan oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." untuk "PETUGAS PENGAMBILAN"
