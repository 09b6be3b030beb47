# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 342-370 ("Prosedur Pembayaran Pajak")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 345-346): Bendahara Pengeluaran | Penelitian | Proses; langkah BPKAD ditulis sebagai "BPKAD".
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Tabel ini tidak punya kolom kelengkapan/output; hanya waktu yang diuji. Tidak ada tanda Ya/Tidak.
Fitur: Prosedur Pembayaran Pajak
  Pembayaran pajak atas SPP LS: pengajuan SPP ke BPKAD, verifikasi, SP2D, pencairan di Bank Jatim,
  pembayaran pajak dan pelaporan ke KPP Pratama.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pembayaran_pajak" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari pengajuan SPP sampai pelaporan pajak
    # Sumber: baris 347-349: "Bendahara Pengeluaran Mengajukan SPP LS pihak ke tiga atau Honor PPK/PPTK ke BPKAD"
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Bendahara Pengeluaran Mengajukan SPP LS..." untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara Pengeluaran Mengajukan SPP LS..."
    # Sumber: baris 352-356: kegiatan "Verifikasi BPKAD": "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan SPP
    # Verifikasi dan validasi berkas pengajuan SPP".
    # Tafsiran: kolom pelaksana kedua/ketiga berjudul "Penelitian" dan "Proses" (baris 345); langkah 2-3 dikerjakan
    # BPKAD (teks langkah), jadi peran ditulis "BPKAD". Seed tidak menunjukkan Ya/Tidak: bukan keputusan.
    Maka tugas berikutnya adalah "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan SPP..." untuk "BPKAD"
    # Diselaraskan: langkah verifikasi (baris 352-356 "Verifikasi BPKAD": pemeriksaan kelengkapan dan keabsahan) adalah keputusan menurut seeds/README.md "Reading the tables"; Ya melanjutkan.
    Ketika "BPKAD" memutuskan "Ya" pada "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan SPP..."
    # Keterangan baris 358: "Menerima SP2D".
    Maka tugas berikutnya adalah "Pemrosesan SP2D oleh BPKAD" untuk "BPKAD"
    Ketika "BPKAD" menyelesaikan langkah "Pemrosesan SP2D oleh BPKAD"
    Maka tugas berikutnya adalah "Mengambil SP2D di BPKAD" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mengambil SP2D di BPKAD"
    # Tafsiran: kegiatan "Bank Jatim" (baris 360) dilakukan Bendahara Pengeluaran; keterangan "Menerima bukti pembayaran".
    Maka tugas berikutnya adalah "Mencairkan SP2D di Bank Jatim" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Mencairkan SP2D di Bank Jatim"
    Maka tugas berikutnya adalah "Membayar Pajak di Bank Jatim" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Membayar Pajak di Bank Jatim"
    # Sumber: baris 365-368: "Melaporkan Pajak yang sudah dibayar ke Kantor Pelayanan Pajak (KPP) Pratama Kepanjen";
    # keterangan "Menerima bukti laporan pajak".
    Maka tugas berikutnya adalah "Melaporkan Pajak yang sudah dibayar ke Kantor Pelayanan Pajak..." untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Melaporkan Pajak yang sudah dibayar ke Kantor Pelayanan Pajak..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Sumber: baris 354: "Verifikasi BPKAD 1 hari". Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan SPP..." adalah 1 hari
    # Sumber: baris 363: "1 hari Membayar Pakal di Bank Jatim" (OCR: Pajak). Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Membayar Pajak di Bank Jatim" adalah 1 hari

  Skenario: Hanya BPKAD yang memverifikasi berkas pengajuan SPP
    Ketika "Bendahara Pengeluaran" memulai SOP
    Maka tugas berikutnya adalah "Bendahara Pengeluaran Mengajukan SPP LS..." untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Bendahara Pengeluaran Mengajukan SPP LS..."
    Maka tugas berikutnya adalah "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan SPP..." untuk "BPKAD"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan SPP..."
    # Diselaraskan: langkah verifikasi (baris 352-356 "Verifikasi BPKAD": pemeriksaan kelengkapan dan keabsahan) adalah keputusan menurut seeds/README.md "Reading the tables"; Ya melanjutkan.
    Ketika "BPKAD" memutuskan "Ya" pada "Pemeriksaan Kelengkapan dan Keabsahan berkas pengajuan SPP..."
    Maka tugas berikutnya adalah "Pemrosesan SP2D oleh BPKAD" untuk "BPKAD"
