# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2300-2326 ("Prosedur Sosialisasi Kebijakan Kependudukan")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2303-2305): KEPALA SEKSI | KEPALA BIDANG | KEPALA DINAS.
# Tidak ada tanda Ya/Tidak. Angka di dalam baris (mis. "1 Agenda kerja") dibaca sebagai nomor simbol bagan.
Fitur: Prosedur Sosialisasi Kebijakan Kependudukan
  Sosialisasi kebijakan kependudukan: jadual dan rencana, materi, surat pemberitahuan ke kecamatan, pelaksanaan
  sosialisasi dan laporan hasil kegiatan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_sosialisasi_kebijakan_kependudukan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari jadual sampai laporan sosialisasi
    # Tafsiran (pola SOP bidang pemanfaatan data seed ini, tanpa tanda kolom): pekerjaan seksi (program kerja, koordinasi antar seksi, bahan, telaah, pelaksanaan) oleh KEPALA SEKSI (bahan oleh STAF bila ada kolom STAF); koordinasi antar bidang, evaluasi pelaksanaan tugas seksi dan laporan kepada Kepala Dinas (Nota Dinas, output "Disposisi Kepala Dinas") oleh KEPALA BIDANG; rapat "dipimpin Kepala Dinas" oleh KEPALA DINAS.
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi"
    # Keterangan: "koordinasi dengan bidang terkait".
    Maka tugas berikutnya adalah "Mengumpulkan, mengolah bahan dan menyiapkan materi serta kelengkapan kegiatan sosialisasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi serta kelengkapan kegiatan sosialisasi"
    # Keterangan: "koordinasi dengan kecamatan/desa sasaran kegiatan". Tafsiran: surat dibuat seksi; penandatanganan
    # surat tidak ada di seed, jadi tidak ada langkah Kepala Dinas.
    # Diselaraskan: baris 2313-2315: sisa baris "Kecamatan sasaran kegiatan" dapat milik uraian atau keterangan ("koordinasi dengan kecamatan/desa ..."); seed ambigu, model (uraian "... ke Kecamatan sasaran kegiatan") dipertahankan; nama ditulis sebagai awalan.
    Maka tugas berikutnya adalah "Membuat surat pemberitahuan pelaksanaan sosialisasi ke Kecamatan..." untuk "KEPALA SEKSI"
    # Diselaraskan: baris 2313-2315: sisa baris "Kecamatan sasaran kegiatan" dapat milik uraian atau keterangan ("koordinasi dengan kecamatan/desa ..."); seed ambigu, model (uraian "... ke Kecamatan sasaran kegiatan") dipertahankan; nama ditulis sebagai awalan.
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi ke Kecamatan..."
    Maka tugas berikutnya adalah "Pelaksanaan kegiatan sosialisasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Pelaksanaan kegiatan sosialisasi"
    # OCR: nomor langkah "S" (baris 2317) = 5; output "Disposisi Kepala" + "Dinas" (baris 2324).
    # Tafsiran: laporan KEPALA BIDANG kepada Kepala Dinas; KEPALA DINAS tidak mempunyai langkah sendiri di seed.
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan" untuk "KEPALA BIDANG"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" adalah 2 hari
    Maka batas waktu langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi serta kelengkapan kegiatan sosialisasi" adalah 2 hari
    # Diselaraskan: baris 2313-2315: sisa baris "Kecamatan sasaran kegiatan" dapat milik uraian atau keterangan ("koordinasi dengan kecamatan/desa ..."); seed ambigu, model (uraian "... ke Kecamatan sasaran kegiatan") dipertahankan; nama ditulis sebagai awalan.
    Maka batas waktu langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi ke Kecamatan..." adalah 2 jam
    Maka batas waktu langkah "Pelaksanaan kegiatan sosialisasi" adalah 1 hari
    Maka batas waktu langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan" adalah 1 jam
    Maka kelengkapan langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" adalah:
      | kelengkapan |
      # Diselaraskan: baris 2310-2311 "Pengumpulan data" / "prioritas kegiatan": kata "kegiatan" dapat milik kelengkapan atau output ("Jadual sosialisasi kegiatan"); seed ambigu, model dipertahankan.
      | Pengumpulan data prioritas |
    Maka kelengkapan langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi serta kelengkapan kegiatan sosialisasi" adalah:
      | kelengkapan |
      | Bahan materi sosialisasi |
    # Diselaraskan: baris 2313-2315: sisa baris "Kecamatan sasaran kegiatan" dapat milik uraian atau keterangan ("koordinasi dengan kecamatan/desa ..."); seed ambigu, model (uraian "... ke Kecamatan sasaran kegiatan") dipertahankan; nama ditulis sebagai awalan.
    Maka kelengkapan langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi ke Kecamatan..." adalah:
      | kelengkapan |
      | Program kerja |
    Maka kelengkapan langkah "Pelaksanaan kegiatan sosialisasi" adalah:
      | kelengkapan |
      | Surat tugas dan materi sosialisasi |
    Maka kelengkapan langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan" adalah:
      | kelengkapan |
      # Diselaraskan: sel kelengkapan langkah 5 berlanjut di baris 2322 ("Pelaksanaan"): "Nota Dinas Laporan Pelaksanaan", seperti model.
      | Nota Dinas Laporan Pelaksanaan |
    # Diselaraskan: baris 2310-2311: kata "kegiatan" sesudah "prioritas" dibaca model sebagai akhir output; seed ambigu, model dipertahankan.
    Maka output langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" adalah "Jadual sosialisasi kegiatan"
    Maka output langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi serta kelengkapan kegiatan sosialisasi" adalah "Penyusunan materi"
    # Diselaraskan: baris 2313-2315: sisa baris "Kecamatan sasaran kegiatan" dapat milik uraian atau keterangan ("koordinasi dengan kecamatan/desa ..."); seed ambigu, model (uraian "... ke Kecamatan sasaran kegiatan") dipertahankan; nama ditulis sebagai awalan.
    Maka output langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi ke Kecamatan..." adalah "Surat ke Kecamatan"
    Maka output langkah "Pelaksanaan kegiatan sosialisasi" adalah "Notulen hasil sosialisasi"
    # Diselaraskan: output langkah 5 berlanjut di baris 2324-2326 ("Dinas / Kependudukan & / Pencatatan Sipil"), seperti model.
    Maka output langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan" adalah "Disposisi Kepala Dinas Kependudukan & Pencatatan Sipil"

  Skenario: Laporan kepada Kepala Dinas oleh Kepala Bidang
    Ketika "KEPALA SEKSI" memulai SOP
    Maka tugas berikutnya adalah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Pembuatan jadual dan penyiapan rencana kegiatan sosialisasi"
    Maka tugas berikutnya adalah "Mengumpulkan, mengolah bahan dan menyiapkan materi serta kelengkapan kegiatan sosialisasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Mengumpulkan, mengolah bahan dan menyiapkan materi serta kelengkapan kegiatan sosialisasi"
    # Diselaraskan: baris 2313-2315: sisa baris "Kecamatan sasaran kegiatan" dapat milik uraian atau keterangan ("koordinasi dengan kecamatan/desa ..."); seed ambigu, model (uraian "... ke Kecamatan sasaran kegiatan") dipertahankan; nama ditulis sebagai awalan.
    Maka tugas berikutnya adalah "Membuat surat pemberitahuan pelaksanaan sosialisasi ke Kecamatan..." untuk "KEPALA SEKSI"
    # Diselaraskan: baris 2313-2315: sisa baris "Kecamatan sasaran kegiatan" dapat milik uraian atau keterangan ("koordinasi dengan kecamatan/desa ..."); seed ambigu, model (uraian "... ke Kecamatan sasaran kegiatan") dipertahankan; nama ditulis sebagai awalan.
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Membuat surat pemberitahuan pelaksanaan sosialisasi ke Kecamatan..."
    Maka tugas berikutnya adalah "Pelaksanaan kegiatan sosialisasi" untuk "KEPALA SEKSI"
    Ketika "KEPALA SEKSI" menyelesaikan langkah "Pelaksanaan kegiatan sosialisasi"
    Maka tugas berikutnya adalah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan" untuk "KEPALA BIDANG"
    Maka "KEPALA SEKSI" tidak dapat menyelesaikan langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan"
    Ketika "KEPALA BIDANG" menyelesaikan langkah "Melaporkan hasil kegiatan pelaksanaan sosialisasi kebijakan kependudukan"
    Maka SOP selesai
