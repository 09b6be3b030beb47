# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 2755-2797 ("SOP PENGELOLAAN DAN PEMELIHARAAN PUSAT DATA")
# Ditulis dari teks sumber saja (G5); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 2759): KASI | KABID | KADIN | PETUGAS.
# Langkah bernomor 1-4.
# Tidak ada jalur Ya/Tidak di seed.
# KADIN tidak mempunyai langkah sendiri dalam bacaan ini.
Fitur: SOP PENGELOLAAN DAN PEMELIHARAAN PUSAT DATA
  Pengelolaan dan pemeliharaan pusat data: daftar perangkat, aturan akses dan jadwal, persetujuan, pelaksanaan
  pemeliharaan dan pemeriksaan hasilnya.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pemeliharaan_pusat_data" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: dari daftar perangkat sampai pemeriksaan hasil
    # Output seed: daftar perangkat, peraturan pengaksesan, jadwal pemeriksaan dan pemeliharaan (tidak diuji).
    # Tafsiran (pola SOP PIAK seed ini, tanpa nomor langkah dan tanda kolom): KASI menyiapkan, mencatat dan menyimpan; "Memeriksa dan meneliti/menandatangani laporan" oleh KABID (atasan langsung; bisa juga KADIN); pihak luar (pengguna, petugas, helpdesk, ADB) melakukan langkah yang menyebut perannya.
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..."
    # Tanda "Y" (baris 2769) dibaca sebagai ujung panah; output "Persetujuan ..." tanpa jalur jika tidak setuju: langkah biasa.
    # Kelengkapan seed (baris 2768-2771) terpotong ("Peraturan pengaksesan"); tidak diuji.
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..." untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..."
    # Uraian: "... perbaikan atau penggantian perangkat, apabila diperlukan harus menghubungi tim perbaikan dari adminduk,
    # membuat laporan pengelolaan dan pemeriksaan pusat data". Output beberapa butir (tidak diuji).
    Maka tugas berikutnya adalah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." untuk "PETUGAS"
    Ketika "PETUGAS" menyelesaikan langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..."
    # Uraian: "... mengatur proses penggantian peralatan rusak, membuat laporan berkala" (SELESAI). Tafsiran: KASI.
    # Kelengkapan/output tercampur di OCR (baris 2780-2797); tidak diuji.
    Maka tugas berikutnya adalah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    # Waktu "hari" ditulis seperti seed (tanpa "kerja"); perlu kalimat kebijakan hari (issue 12 butir 5).
    Maka batas waktu langkah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..." adalah 1 hari
    Maka batas waktu langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..." adalah 1 jam
    Maka batas waktu langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." adalah 3 jam
    Maka batas waktu langkah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..." adalah 1 jam
    Maka kelengkapan langkah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..." adalah:
      | kelengkapan |
      | Perangkat dan pengakses pusat data |
      | Komputer |
      | Printer |
    # Diselaraskan: "- Buku tamu" (baris 2765) berdiri sendiri di bawah "- Printer" (kelengkapan) dan "perangkat" (akhir output); uraian "membuat buku tamu" menjadikannya hasil. Seed ambigu: tabel menaruhnya di output, model dipertahankan.
    Maka output langkah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..." adalah "Daftar perangkat, Peraturan pengaksesan pusat data, Jadwal pemeriksaan dan pemeliharaan perangkat, Buku tamu"
    Maka kelengkapan langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." adalah:
      | kelengkapan |
      | Daftar perangkat |
      # Diselaraskan: baris 2774 "- Peraturan pengaksesan pusat data": "pusat data" bisa lanjutan output "Laporan Pengelolaan dan pemeriksaan" (baris 2773) di sebelah kanannya; tabel membaca kelengkapan "Peraturan pengaksesan" seperti langkah 2 (baris 2769). Seed ambigu, model dipertahankan.
      | Peraturan pengaksesan |
      | Jadwal pemeriksaan dan pemeliharaan perangkat |
    Maka output langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..." adalah "Persetujuan jadwal pemeriksaan dan pemeliharaan perangkat"

  Skenario: Pemeliharaan dilaksanakan oleh petugas
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..." untuk "KABID"
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..."
    Maka tugas berikutnya adalah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." untuk "PETUGAS"
    Maka "KASI" tidak dapat menyelesaikan langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..."
    Ketika "PETUGAS" menyelesaikan langkah "Melaksanakan pengelolaan dan pemeliharaan pusat data..."
    Maka tugas berikutnya adalah "Memeriksa hasil pengelolaan dan pemeriksaan pusat data..." untuk "KASI"

  Skenario: Setiap pelaksana bertindak sendiri: persetujuan jadwal hanya oleh Kabid
    Ketika "KASI" memulai SOP
    Maka tugas berikutnya adalah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..." untuk "KASI"
    Ketika "KASI" menyelesaikan langkah "Membuat daftar dan menandai semua perangkat keras dan lunak dalam pusat data..."
    Maka tugas berikutnya adalah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..." untuk "KABID"
    Maka "KASI" tidak dapat menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..."
    Ketika "KABID" menyelesaikan langkah "Memeriksa dan meneliti Laporan daftar orang yang diberi akses ke pusat data..."
    Maka tugas berikutnya adalah "Melaksanakan pengelolaan dan pemeliharaan pusat data..." untuk "PETUGAS"
