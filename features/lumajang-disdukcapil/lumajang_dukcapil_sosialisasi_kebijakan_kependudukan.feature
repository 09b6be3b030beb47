# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_sosialisasi_kebijakan_kependudukan.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Sosialisasi Kebijakan Kependudukan
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pemanfaatan Data dan Inovasi Pelayanan
  Pelaksana: Kepala Seksi, Kepala Bidang

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_sosialisasi_kebijakan_kependudukan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kepala Seksi" memulai SOP
    Maka tugas berikutnya adalah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" untuk "Kepala Seksi"
    Dan batas waktu langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" adalah 2 hari kerja
    Dan kelengkapan langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" adalah:
      | kelengkapan                |
      | Pengumpulan data prioritas |
    Dan output langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" adalah "Jadual sosialisasi kegiatan"
    Ketika "Kepala Seksi" menyelesaikan langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi"
    Maka tugas berikutnya adalah "Mengumpulkan, mengolah bahan dan menyiapkan materi..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi..." adalah 2 hari kerja
    Dan kelengkapan langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi..." adalah:
      | kelengkapan              |
      | Bahan materi sosialisasi |
    Dan output langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi..." adalah "Penyusunan materi"
    Ketika "Kepala Seksi" menyelesaikan langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi..."
    Maka tugas berikutnya adalah "Membuat surat pemberitahuan pelaksanaan sosialisasi..." untuk "Kepala Seksi"
    Dan batas waktu langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi..." adalah 2 jam
    Dan kelengkapan langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi..." adalah:
      | kelengkapan   |
      | Program kerja |
    Dan output langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi..." adalah "Surat ke Kecamatan"
    Ketika "Kepala Seksi" melampirkan dokumen "Surat ke Kecamatan"
    Dan "Kepala Seksi" menyelesaikan langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi..."
    Maka tugas berikutnya adalah "Pelaksanaan kegiatan sosialisasi" untuk "Kepala Seksi"
    Dan batas waktu langkah "Pelaksanaan kegiatan sosialisasi" adalah 1 hari kerja
    Dan kelengkapan langkah "Pelaksanaan kegiatan sosialisasi" adalah:
      | kelengkapan                        |
      | Surat tugas dan materi sosialisasi |
    Dan output langkah "Pelaksanaan kegiatan sosialisasi" adalah "Notulen hasil sosialisasi"
    Ketika "Kepala Seksi" melampirkan dokumen "Surat tugas dan materi sosialisasi"
    Dan "Kepala Seksi" menyelesaikan langkah "Pelaksanaan kegiatan sosialisasi"
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan..." untuk "Kepala Bidang"
    Dan "Kepala Seksi" tidak dapat menyelesaikan langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan..."
    Dan batas waktu langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan..." adalah 1 jam
    Dan kelengkapan langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan..." adalah:
      | kelengkapan                    |
      | Nota Dinas Laporan Pelaksanaan |
    Dan output langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan..." adalah "Disposisi Kepala Dinas Kependudukan & Pencatatan Sipil"
    Ketika "Kepala Bidang" melampirkan dokumen "Nota Dinas Laporan Pelaksanaan"
    Dan "Kepala Bidang" menyelesaikan langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan..."
    Maka SOP selesai

