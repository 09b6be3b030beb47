# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_distribusi_blangko_ktp_el.bpmn (sop features draft); sunting seperlunya.
Fitur: Pendistribusian Blangko KTP Elektronik, Ribbon Printer, Film Printer dan Cleaning Kit
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Bidang Pelayanan Pendaftaran Penduduk
  Pelaksana: Kecamatan, Dinas

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_distribusi_blangko_ktp_el" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Kecamatan" memulai SOP
    Maka tugas berikutnya adalah "Membuat Laporan Stok Opname Blangko KTP El, Ribbon..." untuk "Kecamatan"
    Dan kelengkapan langkah "Membuat Laporan Stok Opname Blangko KTP El, Ribbon..." adalah:
      | kelengkapan                                      |
      | Laporan Pencetakan KTP El dari Operator pencetak |
      | Laporan Stok Opname                              |
      | Laporan Pengajuan KTP El belum tercetak          |
    Dan output langkah "Membuat Laporan Stok Opname Blangko KTP El, Ribbon..." adalah "Surat Pengajuan"
    Ketika "Kecamatan" melampirkan dokumen "Surat Pengajuan"
    Dan "Kecamatan" menyelesaikan langkah "Membuat Laporan Stok Opname Blangko KTP El, Ribbon..."
    Maka tugas berikutnya adalah "Menerima Surat Pengajuan Permintaan dari kecamatan..." untuk "Dinas"
    Dan "Kecamatan" tidak dapat menyelesaikan langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..."
    Dan batas waktu langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..." adalah 10 menit
    Dan kelengkapan langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..." adalah:
      | kelengkapan            |
      | Surat Pengajuan        |
      | Stok Blangko Dinas     |
      | Disposisi Kepala Dinas |
    Dan output langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..." adalah "Jumlah Blangko yang diberikan ke kecamatan; Jumlah ribbon, film dan cleaning kit"
    Ketika "Dinas" menyelesaikan langkah "Menerima Surat Pengajuan Permintaan dari kecamatan..."
    Maka tugas berikutnya adalah "Penandatanganan Berita Acara Serah Terima Barang" untuk "Kecamatan"
    Dan batas waktu langkah "Penandatanganan Berita Acara Serah Terima Barang" adalah 38 menit
    Dan kelengkapan langkah "Penandatanganan Berita Acara Serah Terima Barang" adalah:
      | kelengkapan                      |
      | Berita Acara Serah Terima Barang |
    Dan output langkah "Penandatanganan Berita Acara Serah Terima Barang" adalah "Blangko KTP El; Ribbon, Film dan cleaning kit; BAST"
    Ketika "Kecamatan" melampirkan dokumen "Berita Acara Serah Terima Barang"
    Dan "Kecamatan" menyelesaikan langkah "Penandatanganan Berita Acara Serah Terima Barang"
    Maka SOP selesai

