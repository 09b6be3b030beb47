# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3812-3834 ("SOP PENERBITAN SURAT KETERANGAN PINDAH dari LUAR NEGERI / SKDLN WNI")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# Kolom KABID tidak punya langkah di teks seed.
Fitur: SOP PENERBITAN SURAT KETERANGAN PINDAH dari LUAR NEGERI / SKDLN WNI
  Penerbitan Surat Keterangan Pindah dari Luar Negeri (SKDLN): loket memverifikasi data KK dan meregister, operator
  mengentri dan mencetak, Kasi memaraf, Kadin menandatangani, petugas pengambilan meregister.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skdln_wni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menerima SKDLN WNI
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3821) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..."
    # Sumber: baris 3825-3830: langkah 3 diakhiri "menyerahkan Surat Keterangan Pindah ke Luar Negeri ke Petugas
    # Pengambilan" (seed menulis "ke Luar Negeri" juga di SOP SKDLN).
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket..."
    # Sumber: baris 3825-3830: "Paraf Surat Keterangan Pindah dari Luar Negeri oleh Kasi dan ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf SKDLN oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf SKDLN oleh Kasi"
    # Sumber: baris 3825-3830: "Paraf Surat Keterangan Pindah dari Luar Negeri oleh Kasi dan ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan SKDLN oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan SKDLN oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister SKDLN di buku pengambilan" untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister SKDLN di buku pengambilan"
    # Sumber: baris 3833: seed menulis "dai petugas".
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3833 ("dai" -> "dari").
    Maka tugas berikutnya adalah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" untuk "PEMOHON"
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3833 ("dai" -> "dari").
    Ketika "PEMOHON" menyelesaikan langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..." adalah 10 menit
    # Sumber: baris 3825: "2 hari" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan);
    # seed tidak menyebut hari kerja/kalender: butuh kebijakan hari SOP (issue 12 butir 5)
    Maka batas waktu langkah "Menerima Surat Pindah dari Loket..." adalah 2 hari
    Maka batas waktu langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister SKDLN di buku pengambilan" adalah 10 menit
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3833 ("dai" -> "dari").
    Maka batas waktu langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" adalah 10 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri" adalah:
      | kelengkapan |
      | Surat keterangan Pindah ke Luar Negeri Asli |
    Maka kelengkapan langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
    Maka kelengkapan langkah "Menerima Surat Pindah dari Loket..." adalah:
      | kelengkapan |
      | Berkas pengajuan dari loket |
    Maka kelengkapan langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister SKDLN di buku pengambilan" adalah:
      | kelengkapan |
      | SKDLN WNI dari operator |
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3833 ("dai" -> "dari").
    Maka kelengkapan langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | SKDLN WNI dari petugas pengambilan |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..." adalah "Register Pengajuan"
    Maka output langkah "Menerima Surat Pindah dari Loket..." adalah "SKDLN WNI"
    Maka output langkah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister SKDLN di buku pengambilan" adalah "SKDLN WNI"
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3833 ("dai" -> "dari").
    Maka output langkah "Menerima SKDLN dari petugas, menandatangani buku pengambilan" adalah "SKDLN WNI"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3821) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah dari Luar Negeri"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3821) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Pindah dari Luar Negeri dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket..."
    Maka tugas berikutnya adalah "Paraf SKDLN oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf SKDLN oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf SKDLN oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan SKDLN oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan SKDLN oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan SKDLN oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Pindah dari Luar Negeri, Meregister SKDLN di buku pengambilan" untuk "PETUGAS PENGAMBILAN"
