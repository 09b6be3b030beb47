# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3220-3360 ("SOP PENAMBAHAN ANGGOTA KELUARGA")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PEMOHON | PETUGAS LOKET | PETUGAS PEREKAMAN |
# PETUGAS PERBAIKAN DATA. Tanda kolom hilang di OCR; pelaksana dibaca dari teks langkah.
# Tidak ada tanda Ya/Tidak di SOP ini: tidak ada keputusan.
Fitur: SOP PENAMBAHAN ANGGOTA KELUARGA
  Penambahan anggota keluarga: berkas diverifikasi dan diparaf di loket, biometrik dicek, berkas diparaf
  dan dientri, diregister, lalu bukti pengambilan KK diberikan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penambahan_anggota_keluarga" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari persyaratan, cek biometrik dan entri sampai bukti pengambilan KK
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota"
    # Tafsiran pelaksana: PETUGAS LOKET (menerima berkas dari pemohon). Tanda kolom hilang di OCR.
    Maka tugas berikutnya adalah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi berkas pengajuan dan memparaf berkas pengajuan biometrik" untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket "mengecek, memverifikasi berkas pengajuan" adalah verifikasi, jadi keputusan menurut seeds/README.md "Reading the tables"; Ya melanjutkan (seed tidak menunjukkan Tidak, tidak ditambah skenario Tidak).
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi berkas pengajuan dan memparaf berkas pengajuan biometrik"
    # Tafsiran pelaksana: PETUGAS PEREKAMAN (biometrik = perekaman).
    Maka tugas berikutnya adalah "Melakukan pengecekan biometrik" untuk "PETUGAS PEREKAMAN"
    Ketika "PETUGAS PEREKAMAN" menyelesaikan langkah "Melakukan pengecekan biometrik"
    # Tafsiran pelaksana: PETUGAS PERBAIKAN DATA (kelengkapan Aplikasi SIAK dan Printer, output "Print Out KK":
    # entri KK). Bisa juga PETUGAS PEREKAMAN yang memaraf hasil biometrik lalu menyerahkan untuk dientri;
    # seed tidak menunjukkan kolomnya.
    Maka tugas berikutnya adalah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" untuk "PETUGAS PERBAIKAN DATA"
    Ketika "PETUGAS PERBAIKAN DATA" menyelesaikan langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry"
    # Tafsiran pelaksana: PETUGAS LOKET (meregister berkas, seperti di SOP KK hilang baris 3202-3204).
    Maka tugas berikutnya adalah "Meregister berkas pengajuan KK" untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" menyelesaikan langkah "Meregister berkas pengajuan KK"
    Maka tugas berikutnya adalah "Memberikan bukti pengambilan KK" untuk "PETUGAS LOKET"
    Ketika "PETUGAS LOKET" menyelesaikan langkah "Memberikan bukti pengambilan KK"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi berkas pengajuan dan memparaf berkas pengajuan biometrik" adalah 10 menit
    Maka batas waktu langkah "Melakukan pengecekan biometrik" adalah 5 menit
    Maka batas waktu langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" adalah 10 menit
    Maka batas waktu langkah "Meregister berkas pengajuan KK" adalah 2 menit
    Maka batas waktu langkah "Memberikan bukti pengambilan KK" adalah 2 menit
    Maka kelengkapan langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" adalah:
      | kelengkapan |
      | Mengisi Form F1.01 |
      | KK asli/ KK yg akan ditumpangi |
      | Fotocopy Akta kelahiran |
      | Fotocopy Surat Nikah |
      | Pernyataan Tambah Anggota Keluarga |
      | Keterangan Domisili |
      | Surat Pindah Datang |
      | Cek Biometrik (diatas 17 tahun) |
    Maka kelengkapan langkah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi berkas pengajuan dan memparaf berkas pengajuan biometrik" adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi SIAK |
      | Aplikasi Konsolidasi Pusat |
      | Aplikasi Nik Luar |
      | Komputer |
      | Printer |
      | ATK |
    Maka kelengkapan langkah "Melakukan pengecekan biometrik" adalah:
      | kelengkapan |
      | Berkas Pengajuan |
      | Aplikasi Bcard |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" adalah:
      | kelengkapan |
      | Berkas siap entry |
      | Aplikasi SIAK |
      | Komputer |
      | Printer |
      | ATK |
    Maka kelengkapan langkah "Meregister berkas pengajuan KK" adalah:
      | kelengkapan |
      | Berkas yang sudah dientry |
      | Komputer |
      | ATK |
    Maka kelengkapan langkah "Memberikan bukti pengambilan KK" adalah:
      | kelengkapan |
      | Berkas yang sudah dientry |
      | Komputer |
      | ATK |
    Maka output langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" adalah "Berkas Pengajuan"
    Maka output langkah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi berkas pengajuan dan memparaf berkas pengajuan biometrik" adalah "Berkas Pengajuan"
    Maka output langkah "Melakukan pengecekan biometrik" adalah "Hasil Biometrik"
    Maka output langkah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" adalah "Print Out KK"
    Maka output langkah "Meregister berkas pengajuan KK" adalah "Berkas yang sudah dientry"
    Maka output langkah "Memberikan bukti pengambilan KK" adalah "Tanda Terima"

  Skenario: Hanya petugas perekaman yang mengecek biometrik
    Ketika "PEMOHON" memulai SOP
    Maka tugas berikutnya adalah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota" untuk "PEMOHON"
    Ketika "PEMOHON" menyelesaikan langkah "Mengambil no.antrian KK dan melengkapi persyaratan penambahan anggota"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi berkas pengajuan dan memparaf berkas pengajuan biometrik" untuk "PETUGAS LOKET"
    # Diselaraskan: langkah loket "mengecek, memverifikasi berkas pengajuan" adalah verifikasi, jadi keputusan menurut seeds/README.md "Reading the tables"; Ya melanjutkan (seed tidak menunjukkan Tidak, tidak ditambah skenario Tidak).
    Ketika "PETUGAS LOKET" memutuskan "Ya" pada "Menerima berkas pengajuan KK dari pemohon, mengecek, memverifikasi berkas pengajuan dan memparaf berkas pengajuan biometrik"
    Maka tugas berikutnya adalah "Melakukan pengecekan biometrik" untuk "PETUGAS PEREKAMAN"
    Maka "PETUGAS LOKET" tidak dapat menyelesaikan langkah "Melakukan pengecekan biometrik"
    Maka "PEMOHON" tidak dapat menyelesaikan langkah "Melakukan pengecekan biometrik"
    Ketika "PETUGAS PEREKAMAN" menyelesaikan langkah "Melakukan pengecekan biometrik"
    Maka tugas berikutnya adalah "Memparaf dan menyerahkan berkas pengajuan KK untuk dientry" untuk "PETUGAS PERBAIKAN DATA"
