# language: id
# Draf awal dari bpmn/lumajang-disdukcapil/lumajang_dukcapil_pembayaran_pajak.bpmn (sop features draft); sunting seperlunya.
Fitur: Prosedur Pembayaran Pajak
  Dinas Kependudukan dan Pencatatan Sipil, Pemerintah Kabupaten Lumajang
  Unit: Sekretariat
  Pelaksana: Bendahara Pengeluaran, BPKAD

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pembayaran_pajak" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama sampai selesai
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Bendahara Pengeluaran Mengajukan SPP LS pihak ke tiga..." untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara Pengeluaran Mengajukan SPP LS pihak ke tiga..."
    Maka tugas berikutnya adalah "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan..." untuk "BPKAD"
    Dan "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan..."
    Dan batas waktu langkah "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan..." adalah 1 hari kerja
    Ketika "BPKAD" memutuskan "Ya" pada "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan..."
    Maka tugas berikutnya adalah "Pemrosesan SP2D oleh BPKAD" untuk "BPKAD"
    Ketika "BPKAD" menyelesaikan langkah "Pemrosesan SP2D oleh BPKAD"
    Maka tugas berikutnya adalah "Mengambil SP2D di BPKAD" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mengambil SP2D di BPKAD"
    Maka tugas berikutnya adalah "Mencairkan SP2D di Bank Jatim" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mencairkan SP2D di Bank Jatim"
    Maka tugas berikutnya adalah "Membayar Pajak di Bank Jatim" untuk "Bendahara Pengeluaran"
    Dan batas waktu langkah "Membayar Pajak di Bank Jatim" adalah 1 hari kerja
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membayar Pajak di Bank Jatim"
    Maka tugas berikutnya adalah "Melaporkan Pajak yang sudah dibayar ke Kantor Pelayanan..." untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Melaporkan Pajak yang sudah dibayar ke Kantor Pelayanan..."
    Maka SOP selesai

  Skenario: Langkah 2 "Berkas pengajuan SPP lengkap dan sah?" dijawab "Tidak", kembali ke langkah 1
    Ketika "Bendahara Pengeluaran" memulai SOP
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara Pengeluaran Mengajukan SPP LS pihak ke tiga..."
    Dan "BPKAD" memutuskan "Tidak" pada "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan..." dengan alasan "belum sesuai, mohon diperbaiki"
    Maka tugas berikutnya adalah "Bendahara Pengeluaran Mengajukan SPP LS pihak ke tiga..." untuk "Bendahara Pengeluaran"
    Dan alasan "belum sesuai, mohon diperbaiki" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara Pengeluaran Mengajukan SPP LS pihak ke tiga..."
    Dan "BPKAD" memutuskan "Ya" pada "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan..."
    Dan "BPKAD" menyelesaikan langkah "Pemrosesan SP2D oleh BPKAD"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Mengambil SP2D di BPKAD"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Mencairkan SP2D di Bank Jatim"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Membayar Pajak di Bank Jatim"
    Dan "Bendahara Pengeluaran" menyelesaikan langkah "Melaporkan Pajak yang sudah dibayar ke Kantor Pelayanan..."
    Maka SOP selesai

