# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_penerbitan_skdwni.bpmn (sop features draft); sunting seperlunya.
Fitur: Penerbitan Surat Keterangan Datang WNI / SKD WNI
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Pemohon, Petugas Loket, Petugas Operator, Kepala Seksi, Kepala Dinas, Petugas Pengambilan

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerbitan_skdwni" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Pemohon" memulai SOP
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" untuk "Pemohon"
    Dan kelengkapan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" adalah:
      | kelengkapan                                              |
      | Surat Pindah Asli dari Daerah Asal dan Fotocopy 5 Lembar |
    Dan output langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" adalah "Berkas Pengajuan"
    Ketika "Pemohon" melampirkan dokumen "Surat Pindah Asli dari Daerah Asal dan Fotocopy 5 Lembar"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI"
    Maka tugas berikutnya adalah "Menerima berkas pengajuan Surat Pindah dari Daerah..." untuk "Petugas Loket"
    Dan "Pemohon" tidak dapat menyelesaikan langkah "Menerima berkas pengajuan Surat Pindah dari Daerah..."
    Dan batas waktu langkah "Menerima berkas pengajuan Surat Pindah dari Daerah..." adalah 10 menit
    Dan kelengkapan langkah "Menerima berkas pengajuan Surat Pindah dari Daerah..." adalah:
      | kelengkapan      |
      | Berkas Pengajuan |
      | Aplikasi SIAK    |
      | Register         |
    Dan output langkah "Menerima berkas pengajuan Surat Pindah dari Daerah..." adalah "Register Pengajuan"
    Ketika "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari Daerah..."
    Maka tugas berikutnya adalah "Menerima Surat Pindah dari Loket, Request SKPWNI di..." untuk "Petugas Operator"
    Dan batas waktu langkah "Menerima Surat Pindah dari Loket, Request SKPWNI di..." adalah 43 menit
    Dan kelengkapan langkah "Menerima Surat Pindah dari Loket, Request SKPWNI di..." adalah:
      | kelengkapan                 |
      | Berkas Pengajuan dari Loket |
      | Aplikasi SIAK               |
      | Aplikasi Konsolidasi Pusat  |
      | ATK                         |
    Dan output langkah "Menerima Surat Pindah dari Loket, Request SKPWNI di..." adalah "SKD WNI"
    Ketika "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Request SKPWNI di..."
    Maka tugas berikutnya adalah "Paraf SKDWNI oleh Kasi" untuk "Kepala Seksi"
    Dan kelengkapan langkah "Paraf SKDWNI oleh Kasi" adalah:
      | kelengkapan |
      | SKD WNI     |
    Dan output langkah "Paraf SKDWNI oleh Kasi" adalah "SKD WNI"
    Ketika "Kepala Seksi" menyelesaikan langkah "Paraf SKDWNI oleh Kasi"
    Maka tugas berikutnya adalah "Tanda tangan SKDWNI oleh Kadin" untuk "Kepala Dinas"
    Dan kelengkapan langkah "Tanda tangan SKDWNI oleh Kadin" adalah:
      | kelengkapan |
      | SKD WNI     |
    Dan output langkah "Tanda tangan SKDWNI oleh Kadin" adalah "SKD WNI"
    Ketika "Kepala Dinas" menyelesaikan langkah "Tanda tangan SKDWNI oleh Kadin"
    Maka tugas berikutnya adalah "Menerima SKDWNI yang sudah ditandatangani, meregister..." untuk "Petugas Pengambilan"
    Dan batas waktu langkah "Menerima SKDWNI yang sudah ditandatangani, meregister..." adalah 5 menit
    Dan kelengkapan langkah "Menerima SKDWNI yang sudah ditandatangani, meregister..." adalah:
      | kelengkapan           |
      | SKD WNI dari operator |
      | Register              |
      | ATK                   |
    Dan output langkah "Menerima SKDWNI yang sudah ditandatangani, meregister..." adalah "SKD WNI"
    Ketika "Petugas Pengambilan" menyelesaikan langkah "Menerima SKDWNI yang sudah ditandatangani, meregister..."
    Maka tugas berikutnya adalah "Menerima SKDWNI yang telah selesai, menandatangani di buku pengambilan" untuk "Pemohon"
    Dan batas waktu langkah "Menerima SKDWNI yang telah selesai, menandatangani di buku pengambilan" adalah 2 menit
    Dan kelengkapan langkah "Menerima SKDWNI yang telah selesai, menandatangani di buku pengambilan" adalah:
      | kelengkapan      |
      | SKD WNI          |
      | Buku Pengambilan |
      | ATK              |
    Dan output langkah "Menerima SKDWNI yang telah selesai, menandatangani di buku pengambilan" adalah "SKD WNI"
    Ketika "Pemohon" menyelesaikan langkah "Menerima SKDWNI yang telah selesai, menandatangani di buku pengambilan"
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan lengkap dan data Surat Pindah sesuai?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Pemohon" memulai SOP
    Dan "Pemohon" melampirkan dokumen "Surat Pindah Asli dari Daerah Asal dan Fotocopy 5 Lembar"
    Dan "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI"
    Dan "Petugas Loket" memutuskan "Tidak" pada "Menerima berkas pengajuan Surat Pindah dari Daerah..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI" untuk "Pemohon"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Pemohon"
    Ketika "Pemohon" menyelesaikan langkah "Melengkapi Persyaratan Pengajuan Surat Keterangan Datang WNI"
    Dan "Petugas Loket" memutuskan "Ya" pada "Menerima berkas pengajuan Surat Pindah dari Daerah..."
    Dan "Petugas Operator" menyelesaikan langkah "Menerima Surat Pindah dari Loket, Request SKPWNI di..."
    Dan "Kepala Seksi" menyelesaikan langkah "Paraf SKDWNI oleh Kasi"
    Dan "Kepala Dinas" menyelesaikan langkah "Tanda tangan SKDWNI oleh Kadin"
    Dan "Petugas Pengambilan" menyelesaikan langkah "Menerima SKDWNI yang sudah ditandatangani, meregister..."
    Dan "Pemohon" menyelesaikan langkah "Menerima SKDWNI yang telah selesai, menandatangani di buku pengambilan"
    Maka SOP selesai

