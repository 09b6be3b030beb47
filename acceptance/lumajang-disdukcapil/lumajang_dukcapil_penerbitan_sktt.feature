# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3873-3908 ("SOP PENERBITAN SKTT")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR |
# PETUGAS PENGAMBILAN | KASI | KABID | KADIN (singkatan seed: Kasi = Kepala Seksi,
# Kabid = Kepala Bidang, Kadin = Kepala Dinas; katalog jabatan issue 12 yang menyatukan).
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah dan urutan kolom.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
# Urutan kolom SOP ini (baris 3877): PEMOHON | PETUGAS LOKET | PETUGAS OPERATOR | PETUGAS PENGAMBILAN |
# KASI | KABID | KADIN. Kolom KABID tidak punya langkah di teks seed.
Fitur: SOP PENERBITAN SKTT
  Penerbitan Surat Keterangan Tempat Tinggal (SKTT): loket memverifikasi dan meregister, operator mengentri
  dan mencetak SKTT, legalisasi dari Kasi dan Kadin, petugas pengambilan mengarsipkan dan meregister.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_sktt" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan sampai pemohon menandatangani buku pengambilan
    # Sumber: baris 3889-3891: OCR "Imbr" dibaca "lmbr" (lembar); "Domisli" seperti tertulis.
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Berkas Pengajuan SKTT" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT"
    # Output seed berupa daftar (Register Pengajuan, Berkas yang sudah diverifikasi); tidak diuji.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3893) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..."
    # Sumber: baris 3899-3900: "Legalisisasi dari KASI dan KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Legalisasi SKTT oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Legalisasi SKTT oleh Kasi"
    # Sumber: baris 3899-3900: "Legalisisasi dari KASI dan KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Legalisasi SKTT oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Legalisasi SKTT oleh Kadin"
    Maka tugas berikutnya adalah "Petugas Pengambilan Menerima SKTT..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Petugas Pengambilan Menerima SKTT..."
    Maka tugas berikutnya adalah "Menerima SKTT dari petugas pengambilan, menandatangani buku pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima SKTT dari petugas pengambilan, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan dari pemohon..." adalah 10 menit
    # Sumber: baris 3898: "4 hari" untuk seluruh langkah 3 (termasuk legalisasi Kasi dan Kadin);
    # seed tidak menyebut hari kerja/kalender: butuh kebijakan hari SOP (issue 12 butir 5)
    Maka batas waktu langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..." adalah 4 hari
    Maka batas waktu langkah "Petugas Pengambilan Menerima SKTT..." adalah 10 menit
    Maka batas waktu langkah "Menerima SKTT dari petugas pengambilan, menandatangani buku pengambilan" adalah 10 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT" adalah:
      | kelengkapan |
      # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3879 ("Domisli" -> "Domisili").
      | Surat Keterangan Domisili |
      | Fotokopi KITAS dan Passport |
      | Surat Keterangan dari sponsor |
      | Fotokopi Surat Nikah/ Akta Perkawinan/ Pelaporan Perkawinan |
      | Fotokopi KK & KTP penanggungjawab |
      | SKTT lama atau Surat Kehilangan |
      | Foto Berwarna 4x6 2 lmbr, foto berwarna 2x2 1 lmbr |
    Maka kelengkapan langkah "Menerima berkas pengajuan dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..." adalah:
      | kelengkapan |
      | Berkas pengajuan SKTT |
      | Aplikasi SIAK |
      | Blangko SKTT |
      | ATK |
    Maka kelengkapan langkah "Petugas Pengambilan Menerima SKTT..." adalah:
      | kelengkapan |
      | SKTT |
      | ATK |
    Maka kelengkapan langkah "Menerima SKTT dari petugas pengambilan, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | SKTT |
      | ATK |
    Maka output langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..." adalah "SKTT"
    Maka output langkah "Petugas Pengambilan Menerima SKTT..." adalah "SKTT"
    Maka output langkah "Menerima SKTT dari petugas pengambilan, menandatangani buku pengambilan" adalah "Tanda Terima"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Berkas Pengajuan SKTT" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3893) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Berkas Pengajuan SKTT" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Berkas Pengajuan SKTT"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3893) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan SKTT..."
    Maka tugas berikutnya adalah "Legalisasi SKTT oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Legalisasi SKTT oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Legalisasi SKTT oleh Kasi"
    Maka tugas berikutnya adalah "Legalisasi SKTT oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Legalisasi SKTT oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Legalisasi SKTT oleh Kadin"
    Maka tugas berikutnya adalah "Petugas Pengambilan Menerima SKTT..." untuk "PETUGAS PENGAMBILAN"
