# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2502-2576 ("SOP PENERBITAN AKTA PERKAWINAN")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
Fitur: SOP PENERBITAN AKTA PERKAWINAN
  Penerbitan kutipan akta perkawinan: pemohon melengkapi persyaratan, loket memasukkan data,
  operator mencetak kutipan dan register akta, Kasi dan Kabid memaraf, Kadin menandatangani.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_akta_perkawinan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menerima kutipan akta perkawinan
    # Sumber: baris 2512: OCR "Pemperkatan dari tempat Ibadan" dibaca "Pemberkatan dari tempat Ibadah".
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan"
    # Sumber: baris 2547-2554: "memeriksa kelengkapan berkas dan Y memasukan data permohonan ke dalam database,
    # memberikan ... pengambilan". "Y" dibaca sebagai mata panah, bukan keputusan (SOP akta lain menulis "\ 4").
    # Waktu tidak terbaca (baris 2550 ". enit"); tidak diuji.
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 2547) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    # Sumber: baris 2563-2566: "Memeriksa data dari loket, mencetak kutipan dan register akta, dan membawa ke kasi dan kabid untuk di paraf"
    # Paraf Kasi dan Kabid ada di teks langkah operator; ditulis sebagai langkah mereka sendiri (issue 12).
    # Seed tidak menunjukkan Ya/Tidak untuk paraf ini.
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    # Sumber: baris 2563-2566: "Memeriksa data dari loket, mencetak kutipan dan register akta, dan membawa ke kasi dan kabid untuk di paraf"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    # Sumber: baris 2569-2570: "Membawa ke Kepala Dinas untuk di tandatangani ... 5 Menit".
    # Baris seed sendiri; penandatanganan oleh Kadin, jadi langkah di kolom KADIN (issue 12).
    Maka tugas berikutnya adalah "Membawa ke Kepala Dinas untuk di tandatangani" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Membawa ke Kepala Dinas untuk di tandatangani"
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..."
    # Sumber: baris 2575-2576: "menerima kutipan akta ... ( selesai )"; waktu tidak ada.
    Maka tugas berikutnya adalah "menerima kutipan akta" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "menerima kutipan akta"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah 20 menit
    Maka batas waktu langkah "Membawa ke Kepala Dinas untuk di tandatangani" adalah 5 menit
    Maka batas waktu langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." adalah 5 menit
    Maka kelengkapan langkah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan" adalah:
      | kelengkapan |
      | Formulir Pengajuan Akta Perkawinan |
      | Pemberkatan dari tempat Ibadah (asli) |
      | Fotocopy KK dan KTP Suami Istri |
      | Fotocopy KTP orang tua |
      | Surat Keterangan dari desa (N1-N4) |
      | Foto Copy KTP - El 2 Orang Saksi |
      | Foto Copy Akta Kelahiran kedua mempelai |
      | Foto kedua mempelai |
      | melampirkan surat ijin dari kesatuan (bagi TNI) |
      | pengumuman perkawinan |
      | surat keterangan memeluk agama |
      | rekomendasi dari DUKCAPIL asal |
      | melampirkan Akta Cerai / Akta Kematian jika salah satu mempelai pernah menikah |
      | dokumen persyaratan diterjemahkan ke dalam bahasa indonesia ( bagi WNA) |
      | rekomendasi dari Kedutaan Negara asal yang ada di Indonesia |
    Maka kelengkapan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi Siak |
      | Kartu pengambilan |
    Maka kelengkapan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Printer |
    Maka kelengkapan langkah "Membawa ke Kepala Dinas untuk di tandatangani" adalah:
      | kelengkapan |
      | Kutipan dan register akta |
    Maka kelengkapan langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." adalah:
      | kelengkapan |
      | Kutipan dan register akta |
    Maka kelengkapan langkah "menerima kutipan akta" adalah:
      | kelengkapan |
      | Kartu Pengambilan |
      | Kutipan Akta |
    Maka output langkah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan" adalah "Berkas Pengajuan"
    Maka output langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..." adalah "Kutipan dan Register Akta"
    Maka output langkah "Membawa ke Kepala Dinas untuk di tandatangani" adalah "Kutipan dan register akta"
    Maka output langkah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." adalah "Kutipan dan register akta"
    Maka output langkah "menerima kutipan akta" adalah "Kutipan Akta"

  Skenario: Hanya petugas loket yang memeriksa berkas dan memberikan bukti pengambilan
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 2547) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Pemohon melengkapi persyaratan pengajuan Akta perkawinan"
    Maka tugas berikutnya adalah "memeriksa kelengkapan berkas dan memasukan data permohonan..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 2547) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "memeriksa kelengkapan berkas dan memasukan data permohonan..."
    Maka tugas berikutnya adalah "Memeriksa data dari loket, mencetak kutipan dan register akta..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Memeriksa data dari loket, mencetak kutipan dan register akta..."
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kasi"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kabid" untuk "KABID"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    Ketika "KABID" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kabid"
    Maka tugas berikutnya adalah "Membawa ke Kepala Dinas untuk di tandatangani" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Membawa ke Kepala Dinas untuk di tandatangani"
    Ketika "KADIN" menyelesaikan langkah "Membawa ke Kepala Dinas untuk di tandatangani"
    Maka tugas berikutnya adalah "Mengambil Kutipan dan register akta, memberikan ke pemohon..." untuk "PETUGAS PENGAMBILAN"
