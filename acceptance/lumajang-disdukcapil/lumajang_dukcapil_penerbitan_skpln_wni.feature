# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3839-3868 ("SOP PENERBITAN SURAT KETERANGAN PINDAH ke LUAR NEGERI / SKPLN WNI")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# Kolom KABID tidak punya langkah di teks seed.
Fitur: SOP PENERBITAN SURAT KETERANGAN PINDAH ke LUAR NEGERI / SKPLN WNI
  Penerbitan Surat Keterangan Pindah ke Luar Negeri (SKPLN): loket memverifikasi data KK dan meregister, operator
  mengentri dan mencetak, Kasi memaraf, Kadin menandatangani, petugas pengambilan meregister.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skpln_wni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menerima SKPLN WNI
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3851) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket..."
    # Sumber: baris 3854-3859: "Paraf Surat Keterangan Pindah ke Luar Negeri oleh Kasi dan ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf SKPLN oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf SKPLN oleh Kasi"
    # Sumber: baris 3854-3859: "Paraf Surat Keterangan Pindah ke Luar Negeri oleh Kasi dan ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan SKPLN oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan SKPLN oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister SKPLN di Buku Pengambilan" untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister SKPLN di Buku Pengambilan"
    # Sumber: baris 3862-3864: "Menerima Surat Pindah dari petugas ... an, menandatangani buku pengambilan"
    # ("pengambilan" terpotong OCR).
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah 10 menit
    # Sumber: baris 3854: "2 hari" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan);
    # seed tidak menyebut hari kerja/kalender: butuh kebijakan hari SOP (issue 12 butir 5)
    Maka batas waktu langkah "Menerima Surat Pindah dari Loket..." adalah 2 hari
    Maka batas waktu langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister SKPLN di Buku Pengambilan" adalah 10 menit
    Maka batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah 10 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri" adalah:
      | kelengkapan |
      | Surat Pindah dari Desa &Kec |
      | KK Asli |
      | KTP Asli |
      | Fc Surat Nikah / Akta Cerai |
      | Foto 4X6 = 1 Lembar |
      | Sponsor |
    Maka kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
    Maka kelengkapan langkah "Menerima Surat Pindah dari Loket..." adalah:
      | kelengkapan |
      | Berkas pengajuan dari loket |
    Maka kelengkapan langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister SKPLN di Buku Pengambilan" adalah:
      | kelengkapan |
      | SKPLN WNI dari operator |
    Maka kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | SKPLN WNI dari petugas pengambilan |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..." adalah "Register Pengajuan"
    Maka output langkah "Menerima Surat Pindah dari Loket..." adalah "SKPLN WNI"
    Maka output langkah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister SKPLN di Buku Pengambilan" adalah "SKPLN WNI"
    Maka output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah "SKPLN WNI"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3851) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Pindah ke Luar Negeri"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3851) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima Surat Pindah dari Loket..."
    Maka tugas berikutnya adalah "Paraf SKPLN oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf SKPLN oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf SKPLN oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan SKPLN oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan SKPLN oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan SKPLN oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Pindah ke Luar Negeri, Meregister SKPLN di Buku Pengambilan" untuk "PETUGAS PENGAMBILAN"
