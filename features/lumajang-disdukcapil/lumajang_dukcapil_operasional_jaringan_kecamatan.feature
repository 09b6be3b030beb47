# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_operasional_jaringan_kecamatan.bpmn (sop features draft); sunting seperlunya.
Fitur: SOP Oprasional Jaringan External (Kecamatan)
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pengelolaan Informasi Administrasi Kependudukan
  Pelaksana: Petugas Kecamatan, Kepala Seksi Sistem Informasi Administrasi Kependudukan, Staf PIAK, Helpdesk Jarkomdat

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_operasional_jaringan_kecamatan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Petugas Kecamatan" memulai SOP
    Maka tugas berikutnya adalah "Menerima dan mencatat gangguan" untuk "Petugas Kecamatan"
    Dan batas waktu langkah "Menerima dan mencatat gangguan" adalah 1 hari kerja
    Dan kelengkapan langkah "Menerima dan mencatat gangguan" adalah:
      | kelengkapan              |
      | Laporan kondisi jaringan |
      | Handphone                |
      | Aplikasi Whatsapp        |
      | Contact person pengguna  |
      | Look Book                |
    Dan output langkah "Menerima dan mencatat gangguan" adalah "Laporan Kondisi jaringan, Surat perintah perbaikan"
    Ketika "Petugas Kecamatan" menyelesaikan langkah "Menerima dan mencatat gangguan"
    Maka tugas berikutnya adalah "Menganalisa dan mengidentifikasi bentuk gangguan serta..." untuk "Kepala Seksi Sistem Informasi Administrasi Kependudukan"
    Dan "Petugas Kecamatan" tidak dapat menyelesaikan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta..."
    Dan batas waktu langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta..." adalah 1 hari kerja
    Dan kelengkapan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta..." adalah:
      | kelengkapan        |
      | Jadwal             |
      | Perangkat Komputer |
      | Handphone          |
      | Contact person     |
      | Look Book          |
    Dan output langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta..." adalah "Hasil kondisi gangguan"
    Ketika "Kepala Seksi Sistem Informasi Administrasi Kependudukan" menyelesaikan langkah "Menganalisa dan mengidentifikasi bentuk gangguan serta..."
    Maka tugas berikutnya adalah "Tindakan perbaiakan" untuk "Staf PIAK"
    Dan batas waktu langkah "Tindakan perbaiakan" adalah 1 hari kerja
    Dan kelengkapan langkah "Tindakan perbaiakan" adalah:
      | kelengkapan         |
      | Handphone           |
      | Aplikasi Whatsapp   |
      | Laporan ke Helpdesk |
      | Email               |
    Dan output langkah "Tindakan perbaiakan" adalah "Laporan gangguan jaringan"
    Ketika "Staf PIAK" menyelesaikan langkah "Tindakan perbaiakan"
    Maka tugas berikutnya adalah "Laporan" untuk "Helpdesk Jarkomdat"
    Dan batas waktu langkah "Laporan" adalah 1 hari kerja
    Dan kelengkapan langkah "Laporan" adalah:
      | kelengkapan       |
      | Handphone         |
      | Aplikasi Whatsapp |
      | Email             |
    Dan output langkah "Laporan" adalah "Laporan hasil penanganan"
    Ketika "Helpdesk Jarkomdat" menyelesaikan langkah "Laporan"
    Maka SOP selesai

