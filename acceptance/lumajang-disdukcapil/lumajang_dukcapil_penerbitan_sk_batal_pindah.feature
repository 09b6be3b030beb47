# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3687-3727 ("SOP PENERBITAN SURAT KETERANGAN BATAL PINDAH WNI")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# Kolom KABID tidak punya langkah di teks seed.
Fitur: SOP PENERBITAN SURAT KETERANGAN BATAL PINDAH WNI
  Penerbitan Surat Keterangan Batal Pindah WNI: loket memverifikasi dan meregister, operator mengentri dan
  mencetak, pengantar diparaf dan ditandatangani Kasi, surat ditandatangani Kadin, diserahkan ke pemohon.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_sk_batal_pindah" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menandatangani buku pengambilan
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3704) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas Batal Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas Batal Pindah dari Loket..."
    # Sumber: baris 3709-3711: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    # Sumber: baris 3710-3711: "Paraf & Tandatangan Pengantar Surat Pindah ke Kasi dan surat pindah ditandatangani oleh Kadin"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    # Sumber: baris 3713: seed menulis "Batal Pindah Pindah" (nama langkah mengikuti seed).
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Batal Pindah Pindah dari operator..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Menerima Surat Keterangan Batal Pindah Pindah dari operator..."
    # Sumber: baris 3719: seed menulis "pengambilam". Baris 3723-3725 mengulang kelengkapan langkah 1
    # ("Formulir KK KP-1"), dibaca sebagai sisa OCR langkah 1, bukan kelengkapan langkah 5.
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3719 ("pengambilam" -> "pengambilan").
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" untuk "PEMOHON"
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3719 ("pengambilam" -> "pengambilan").
    Ketika "PEMOHON" menyelesaikan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..." adalah 10 menit
    # Sumber: baris 3708: "30 menit" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan)
    Maka batas waktu langkah "Menerima berkas Batal Pindah dari Loket..." adalah 30 menit
    Maka batas waktu langkah "Menerima Surat Keterangan Batal Pindah Pindah dari operator..." adalah 10 menit
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3719 ("pengambilam" -> "pengambilan").
    Maka batas waktu langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah 10 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" adalah:
      | kelengkapan |
      | Surat Keterangan Batal Pindah dari desa |
      | Surat Keterangan Pindah WNI Asli |
      | Formulir KK KP-1 ( Tandatangan dan Stempel RT, RW, Desa ) |
    Maka kelengkapan langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Menerima berkas Batal Pindah dari Loket..." adalah:
      | kelengkapan |
      | Berkas Pengajuan dari Loket |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Menerima Surat Keterangan Batal Pindah Pindah dari operator..." adalah:
      | kelengkapan |
      | SK Batal Pindah dari operator |
      | ATK |
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3719 ("pengambilam" -> "pengambilan").
    Maka kelengkapan langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | SK Batal Pindah |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..." adalah "Register Pengajuan"
    Maka output langkah "Menerima berkas Batal Pindah dari Loket..." adalah "Surat Keterangan Batal Pindah"
    Maka output langkah "Menerima Surat Keterangan Batal Pindah Pindah dari operator..." adalah "Surat Keterangan Batal Pindah"
    # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3719 ("pengambilam" -> "pengambilan").
    Maka output langkah "Menerima Surat Pindah dari petugas pengambilan, menandatangani buku pengambilan" adalah "Surat Keterangan Batal Pindah"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3704) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas Batal Pindah dari Loket..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Batal Pindah"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3704) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Keterangan Batal Pindah dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas Batal Pindah dari Loket..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas Batal Pindah dari Loket..."
    Maka tugas berikutnya adalah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf dan tanda tangan pengantar surat pindah oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan surat pindah oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan surat pindah oleh Kadin"
    Maka tugas berikutnya adalah "Menerima Surat Keterangan Batal Pindah Pindah dari operator..." untuk "PETUGAS PENGAMBILAN"
