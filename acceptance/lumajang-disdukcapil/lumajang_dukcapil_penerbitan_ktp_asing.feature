# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3941-3976 ("SOP PENERBITAN KTP ASING")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 3944-3945 / 3984-3986): PEMOHON | PETUGAS LOKET | PETUGAS PEREKAMAN |
# PETUGAS OPERATOR | PETUGAS PENGAMBILAN | KASI | KABID | KADIN (Kasi = Kepala Seksi, Kabid = Kepala
# Bidang, Kadin = Kepala Dinas). Tanda kolom hilang di OCR. Tidak ada tanda Ya/Tidak.
Fitur: SOP PENERBITAN KTP ASING
  Penerbitan KTP Asing: loket memverifikasi, pemohon direkam, operator mengentri dan mencetak,
  KTP Asing diparaf Kasi dan Kabid serta ditandatangani Kadin, petugas pengambilan mengarsipkan dan meregister.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_ktp_asing" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan, perekaman, paraf dan tanda tangan sampai pemohon menandatangani buku pengambilan
    # Sumber: baris 3947: OCR rusak "_A_,\_ﬂﬂ_wsmm:_um%m Persyaratan Pengajuan Pencetakan" dibaca
    # "Melengkapi Persyaratan Pengajuan Pencetakan" (sama dengan baris 3988). Kelengkapan pertama tidak terbaca
    # (baris 3947), jadi kelengkapan langkah 1 tidak diuji; yang terbaca: Surat Keterangan dari sponsor,
    # Fotokopi Surat Nikah/ Akta Perkawinan/ Pelaporan Perkawinan, Fotokopi KK & KTP penanggungjawab,
    # SKTT lama atau Surat Kehilangan, Foto Berwarna 4x6 2 lmbr, foto berwarna 2x2 1 lmbr, Formulir KTP dari desa.
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    # Sumber: baris 3961-3964: "... memverifikasi data dan memproses berkas, Pemohon melakukan perekeman,
    # meregister pengajuan KTP Asing". Waktu langkah 2 tidak ada di seed.
    # Output seed berupa daftar (Berkas yang sudah diverifikasi, Register Pengajuan); tidak diuji.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3961) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    # Sumber: baris 3963: "Pemohon melakukan perekeman". Tafsiran: perekaman dilakukan di kolom PETUGAS PEREKAMAN
    # (kolom ada di tabel, tak ada langkah lain untuknya); ditulis sebagai langkah sendiri sesudah langkah loket.
    # Nama langkah bukan uraian seed (seed tidak punya baris sendiri untuknya).
    Maka tugas berikutnya adalah "Perekaman pemohon" untuk "PETUGAS PEREKAMAN"
    Ketika "PETUGAS PEREKAMAN" menyelesaikan langkah "Perekaman pemohon"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." untuk "PETUGAS OPERATOR"
    Ketika "PETUGAS OPERATOR" menyelesaikan langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..."
    # Sumber: baris 3968-3970: "KTP Asing diparaf oleh Kasi dan Kabid serta ditandatangani KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kasi" untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Paraf KTP Asing oleh Kasi"
    # Sumber: baris 3968-3970: "KTP Asing diparaf oleh Kasi dan Kabid serta ditandatangani KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Paraf KTP Asing oleh Kabid" untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Paraf KTP Asing oleh Kabid"
    # Sumber: baris 3968-3970: "KTP Asing diparaf oleh Kasi dan Kabid serta ditandatangani KADIN"
    # Langkah ini ada di teks langkah operator; ditulis sebagai langkah pejabat sendiri (issue 12). Seed tidak menunjukkan Ya/Tidak.
    Maka tugas berikutnya adalah "Tanda tangan KTP Asing oleh Kadin" untuk "KADIN"
    Ketika "KADIN" menyelesaikan langkah "Tanda tangan KTP Asing oleh Kadin"
    Maka tugas berikutnya adalah "Petugas Pengambilan Menerima KTP Asing..." untuk "PETUGAS PENGAMBILAN"
    Ketika "PETUGAS PENGAMBILAN" menyelesaikan langkah "Petugas Pengambilan Menerima KTP Asing..."
    Maka tugas berikutnya adalah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Sumber: baris 3966: "4 hari" untuk seluruh langkah 3 (termasuk paraf dan tanda tangan);
    # seed tidak menyebut hari kerja/kalender
    Maka batas waktu langkah "Menerima berkas pengajuan, mengentry data pemohon dan pencetakan KTP Asing..." adalah 4 hari
    Maka batas waktu langkah "Petugas Pengambilan Menerima KTP Asing..." adalah 20 menit
    Maka batas waktu langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan" adalah 10 menit
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
      # Diselaraskan: ejaan OCR dibetulkan di tabel, baris 3970 ("Benroliment" -> "Benrollment").
      | Aplikasi Benrollment |
      | Aplikasi B-Card Management |
    Maka kelengkapan langkah "Petugas Pengambilan Menerima KTP Asing..." adalah:
      | kelengkapan |
      | KTP Asing |
      | ATK |
    Maka kelengkapan langkah "Menerima KTP Asing dari petugas pengambilan, menandatangani buku pengambilan" adalah:
      | kelengkapan |
      | Buku Tanda Terima |
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
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3961) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    Maka tugas berikutnya adalah "Perekaman pemohon" untuk "PETUGAS PEREKAMAN"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan tidak dapat diselesaikan oleh petugas
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Pencetakan" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Pencetakan"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..." untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket memeriksa/memverifikasi berkas (seed baris 3961) adalah keputusan (seeds/README "Reading the tables"); Ya melanjutkan.
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan pencetakan KTP ASING dari pemohon..."
    Maka tugas berikutnya adalah "Perekaman pemohon" untuk "PETUGAS PEREKAMAN"
    Ketika "PETUGAS PEREKAMAN" menyelesaikan langkah "Perekaman pemohon"
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
