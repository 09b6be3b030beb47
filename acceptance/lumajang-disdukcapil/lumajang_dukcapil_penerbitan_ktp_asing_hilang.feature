# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3981-4006 ("SOP PENERBITAN KTP ASING HILANG")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 3944-3945 / 3984-3986): PEMOHON | PETUGAS LOKET | PETUGAS PEREKAMAN |
# PETUGAS OPERATOR | PETUGAS PENGAMBILAN | KASI | KABID | KADIN (Kasi = Kepala Seksi, Kabid = Kepala
# Bidang, Kadin = Kepala Dinas). Tanda kolom hilang di OCR. Tidak ada tanda Ya/Tidak.
# Kolom PETUGAS PEREKAMAN tidak punya langkah di teks seed SOP ini.
Fitur: SOP PENERBITAN KTP ASING HILANG
  Penerbitan ulang KTP Asing yang hilang: loket memverifikasi dan meregister, operator mengentri dan mencetak,
  KTP Asing diparaf Kasi dan Kabid serta ditandatangani Kadin, petugas pengambilan mengarsipkan dan meregister.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_ktp_asing_hilang" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan, paraf dan tanda tangan sampai pemohon menandatangani buku pengambilan
    # Sumber: baris 3988-3992: seed menulis "Surat Kehilangan Surat Pindah" di SOP KTP Asing hilang; OCR
    # "dari Kepotsan" dibaca "dari Kepolisian".
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    # Output seed berupa daftar (Berkas yang sudah diverifikasi, Register pengajuan); tidak diuji.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3993) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..."
    # Sumber: baris 3998-4000: "KTP Asing diparaf oleh Kasi dan Kabid serta ditandatangani KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf KTP Asing oleh Kasi"
    # Sumber: baris 3998-4000: "KTP Asing diparaf oleh Kasi dan Kabid serta ditandatangani KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kabid" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Paraf KTP Asing oleh Kabid"
    # Sumber: baris 3998-4000: "KTP Asing diparaf oleh Kasi dan Kabid serta ditandatangani KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan KTP Asing oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan KTP Asing oleh Kadin"
    Maka tugas berikutnya adalah "Petugas Pengambilan Menerima KTP Asing..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Petugas Pengambilan Menerima KTP Asing..."
    Maka tugas berikutnya adalah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..." adalah 10 menit
    # Sumber: baris 3997: "2 hari" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan);
    # seed tidak menyebut hari kerja/kalender
    Maka batas waktu langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." adalah 2 hari
    Maka batas waktu langkah "Petugas Pengambilan Menerima KTP Asing..." adalah 10 menit
    Maka batas waktu langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan" adalah 10 menit
    Maka kelengkapan langkah "Melengkapi Persyaratan Pengajuan Pencetakan" adalah:
      | kelengkapan |
      | Surat Kehilangan Surat Pindah dari Kepolisian |
      | Surat Pernyataan dari Pemohon ( tandatangan diatas materai) |
    Maka kelengkapan langkah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..." adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." adalah:
      | kelengkapan |
      | Berkas yang sudah diverifikasi |
      | Blangko KTP-el |
      | ATK |
      | Aplikasi Benrollment |
      | Aplikasi B-Card Management |
    Maka kelengkapan langkah "Petugas Pengambilan Menerima KTP Asing..." adalah:
      | kelengkapan |
      | KTP Asing |
      | ATK |
    Maka kelengkapan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | KTP Asing |
      | ATK |
    Maka output langkah "Melengkapi Persyaratan Pengajuan Pencetakan" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." adalah "KTP ASING"
    Maka output langkah "Petugas Pengambilan Menerima KTP Asing..." adalah "KTP ASING"
    Maka output langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan" adalah "KTP ASING"

  Skenario: Hanya petugas loket yang menerima dan meregister berkas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..." untuk "PETUGAS LOKET"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3993) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." untuk "PETUGAS OPERATOR"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3993) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..."
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kasi" untuk "KASI"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf KTP Asing oleh Kasi"
    Ketika "KASI" menyelesaikan langkah "Paraf KTP Asing oleh Kasi"
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kabid" untuk "KABID"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Paraf KTP Asing oleh Kabid"
    Ketika "KABID" menyelesaikan langkah "Paraf KTP Asing oleh Kabid"
    Maka tugas berikutnya adalah "Tanda tangan KTP Asing oleh Kadin" untuk "KADIN"
    Maka "PETUGAS OPERATOR" tidak dapat menyelesaikan langkah "Tanda tangan KTP Asing oleh Kadin"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan KTP Asing oleh Kadin"
    Maka tugas berikutnya adalah "Petugas Pengambilan Menerima KTP Asing..." untuk "PETUGAS PENGAMBILAN"
