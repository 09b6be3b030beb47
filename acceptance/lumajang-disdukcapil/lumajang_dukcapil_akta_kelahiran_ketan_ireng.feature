# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2451-2492 ("STANDART OPERASIONAL PROSEDURE ( SOP ) PENERBITAN AKTA KELAHIRAN KETAN IRENG")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2410-2415, OCR tumpang tindih): angka kolom 1-13 = uraian + 8 pelaksana +
# kelengkapan/waktu/output/keterangan. Tafsiran susunan: PEMOHON | PETUGAS RS/PUSKESMAS |
# PETUGAS PENGANTAR DAN PENGAMBIL | PETUGAS OPERATOR | PETUGAS PENGAMBILAN | KEPALA SEKSI |
# KEPALA BIDANG | KEPALA DINAS ("DISPENDUK CAPIL" di baris 2414 dibaca sebagai bagian judul kolom
# Kepala Dinas atau Operator; nama peran di sini tanpa itu).
# Katalog jabatan: KEPALA SEKSI = Kasi, KEPALA BIDANG = Kabid, KEPALA DINAS = Kadin.
# Tanda Ya/Tidak: tidak ada di seed untuk SOP ini; tidak ada keputusan.
Fitur: STANDART OPERASIONAL PROSEDURE ( SOP ) PENERBITAN AKTA KELAHIRAN KETAN IRENG
  Penerbitan Kutipan Akta Kelahiran lewat RS/Puskesmas (Ketan Ireng): berkas diperiksa dan discan ke SIAK,
  diantar ke Dinas, NIK diberikan, kutipan dan register diparaf dan ditandatangani, kutipan diserahkan ke pemohon.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_akta_kelahiran_ketan_ireng" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: berkas dari RS/Puskesmas sampai kutipan akta kelahiran diserahkan ke pemohon
    # Waktu dan output langkah 1 tidak ada di seed.
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    # Sumber: baris 2467-2469: "Memeriksa kelengkapan berkas, memasukan dan menscan berkas ke dalam aplikasi SIAK".
    # Tafsiran pelaksana: PETUGAS RS/PUSKESMAS (output Surat Keterangan Kelahiran, Surat Pengantar, Print Out:
    # baris 2468-2471). Output berupa daftar, tidak diuji sebagai satu kalimat.
    Maka tugas berikutnya adalah "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..." untuk "PETUGAS RS/PUSKESMAS"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2467-2469
    Ketika "PETUGAS RS/PUSKESMAS" memutuskan "Ya" pada "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..."
    Maka tugas berikutnya adalah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    # Sumber: baris 2474-2481: "- Memeriksa dan memverifikasi hasil entry dan hasil scan - Memberikan Nomor
    # Induk Kependudukan (NIK) - Memeriksa dan mencetak Kutipan dan Register Akta Kelahiran".
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry..." untuk "PETUGAS OPERATOR"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2474-2475
    Ketika "PETUGAS OPERATOR" memutuskan "Ya" pada "Memeriksa dan memverifikasi hasil entry..."
    # Sumber: baris 2482-2484: "membawa register dan kutipan Akta ke Kepala Seksi, Kepala Bidang, dan Kepala Dinas untuk di paraf dan di tanda tangani"
    # Langkah persetujuan ini ada di teks langkah petugas; ditulis sebagai langkah pejabat sendiri
    # (issue 12: setiap pelaksana bertindak). Seed tidak menunjukkan Ya/Tidak untuknya.
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Seksi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    # Sumber: baris 2482-2484: "membawa register dan kutipan Akta ke Kepala Seksi, Kepala Bidang, dan Kepala Dinas untuk di paraf dan di tanda tangani"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Bidang" untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    # Sumber: baris 2482-2484: "membawa register dan kutipan Akta ke Kepala Seksi, Kepala Bidang, dan Kepala Dinas untuk di paraf dan di tanda tangani"
    Maka tugas berikutnya adalah "Tanda tangan kutipan dan register akta oleh Kepala Dinas" untuk "KEPALA DINAS"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    # Tafsiran pelaksana: PETUGAS PENGAMBILAN (kelengkapan Tanda Pengambilan); tanda kolom tidak terbaca.
    Maka tugas berikutnya adalah "Menyerahkan Kutipan Akta Kelahiran" untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menyerahkan Kutipan Akta Kelahiran"
    # Tafsiran pelaksana: PETUGAS PENGANTAR DAN PENGAMBIL (bisa juga PETUGAS RS/PUSKESMAS).
    Maka tugas berikutnya adalah "Menyerahkan Kutipan ke Pemohon" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Menyerahkan Kutipan ke Pemohon"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..." adalah 10 menit
    Maka batas waktu langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" adalah 30 menit
    # Sumber: baris 2480: "45 menit" untuk seluruh langkah 4 (termasuk paraf dan tanda tangan)
    Maka batas waktu langkah "Memeriksa dan memverifikasi hasil entry..." adalah 45 menit
    Maka batas waktu langkah "Menyerahkan Kutipan Akta Kelahiran" adalah 30 menit
    # Sumber: baris 2487-2488: "1 " ... meni" dibaca 1 menit
    Maka batas waktu langkah "Menyerahkan Kutipan ke Pemohon" adalah 1 menit
    Maka kelengkapan langkah "Melengkapi persyaratan permohonan Akta Kelahiran" adalah:
      | kelengkapan |
      | KK asli |
      | Fotocopy ktp orang tua |
      | Fotocopy Surat Nikah (legalisir) |
    Maka kelengkapan langkah "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..." adalah:
      | kelengkapan |
      | Komputer |
      | Aplikasi SIAK |
      | Scanner |
      | Printer |
    Maka kelengkapan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" adalah:
      | kelengkapan |
      | Berkas Permohonan |
    Maka kelengkapan langkah "Memeriksa dan memverifikasi hasil entry..." adalah:
      | kelengkapan |
      | Komputer |
      | Aplikasi SIAK |
      # Diselaraskan: "- Kutipan dan Register" (baris 2477) berada di kolom kelengkapan antara Aplikasi SIAK dan Printer; seed ambigu, model dipertahankan
      | Kutipan dan Register |
      | Printer |
    Maka kelengkapan langkah "Menyerahkan Kutipan Akta Kelahiran" adalah:
      | kelengkapan |
      | Kutipan Akta Kelahiran |
      | Tanda Pengambilan |
    Maka output langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" adalah "Kutipan Akta"
    Maka output langkah "Menyerahkan Kutipan Akta Kelahiran" adalah "Kutipan Akta Kelahiran"
    Maka output langkah "Menyerahkan Kutipan ke Pemohon" adalah "Kutipan Akta Kelahiran"

  Skenario: Hanya petugas pengantar yang mengantar berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..." untuk "PETUGAS RS/PUSKESMAS"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2467-2469
    Ketika "PETUGAS RS/PUSKESMAS" memutuskan "Ya" pada "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..."
    Maka tugas berikutnya adalah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Maka "PETUGAS RS/PUSKESMAS" tidak dapat menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi persyaratan permohonan Akta Kelahiran" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi persyaratan permohonan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..." untuk "PETUGAS RS/PUSKESMAS"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2467-2469
    Ketika "PETUGAS RS/PUSKESMAS" memutuskan "Ya" pada "Memeriksa kelengkapan berkas, memasukan dan menscan berkas..."
    Maka tugas berikutnya adalah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran" untuk "PETUGAS PENGANTAR DAN PENGAMBIL"
    Ketika "PETUGAS PENGANTAR DAN PENGAMBIL" menyelesaikan langkah "Mengantar berkas dan mengambil Kutipan Akta Kelahiran"
    Maka tugas berikutnya adalah "Memeriksa dan memverifikasi hasil entry..." untuk "PETUGAS OPERATOR"
    # Diselaraskan: langkah pemeriksaan adalah keputusan (seeds/README.md "Reading the tables": verifikasi/memeriksa = keputusan, Ya lanjut); model memutuskannya, baris 2474-2475
    Ketika "PETUGAS OPERATOR" memutuskan "Ya" pada "Memeriksa dan memverifikasi hasil entry..."
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Seksi" untuk "KEPALA SEKSI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Seksi"
    Maka tugas berikutnya adalah "Paraf kutipan dan register akta oleh Kepala Bidang" untuk "KEPALA BIDANG"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Paraf kutipan dan register akta oleh Kepala Bidang"
    Maka tugas berikutnya adalah "Tanda tangan kutipan dan register akta oleh Kepala Dinas" untuk "KEPALA DINAS"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Ketika "KEPALA DINAS" menyelesaikan langkah "Tanda tangan kutipan dan register akta oleh Kepala Dinas"
    Maka tugas berikutnya adalah "Menyerahkan Kutipan Akta Kelahiran" untuk "PETUGAS PENGAMBILAN"
