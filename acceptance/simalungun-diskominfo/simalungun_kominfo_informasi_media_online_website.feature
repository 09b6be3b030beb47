# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 461-471 ("SOP Layanan Informasi Media Online Melalui Website")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 464): Petugas Penerima, Operator Website, Kasi Pusat Informasi Publik, Kabid Aptel.
# Seed tidak menunjukkan keputusan Ya/Tidak.
# Langkah 2 dan 3 bernama sama: dibedakan hanya oleh pelaksana.
Fitur: SOP Layanan Informasi Media Online Melalui Website
  Layanan informasi media online melalui website: press release diterima, diperiksa dan diparaf Kasi dan Kabid,
  dipilah, diinput ke website dan diarsipkan di filling kabinet.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_informasi_media_online_website" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: press release diterima, diparaf Kasi dan Kabid, diinput dan diarsipkan
    Ketika "Petugas Penerima" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 466: menerima berita -> Petugas Penerima.
    Maka tugas berikutnya adalah "Menerima berita beserta bukti otentik..." untuk "Petugas Penerima"
    Ketika "Petugas Penerima" menyelesaikan langkah "Menerima berita beserta bukti otentik..."
    # Sumber: baris 467: kelengkapan "diberi paraf Kasi pada Bagian berita yang disetujui" -> Kasi Pusat Informasi Publik (paraf Kasi = langkahnya sendiri). Uraian sama persis dengan langkah 3; pembeda hanya pelaksana.
    Maka tugas berikutnya adalah "Press Release diperiksa dan dipilah sebagai bahan input data website" untuk "Kasi Pusat Informasi Publik"
    Ketika "Kasi Pusat Informasi Publik" menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    # Sumber: baris 468: kelengkapan "diberi paraf Kabid pada bagian berita yang disetujui" -> Kabid Aptel (paraf Kabid = langkahnya sendiri). Uraian sama persis dengan langkah 2.
    Maka tugas berikutnya adalah "Press Release diperiksa dan dipilah sebagai bahan input data website" untuk "Kabid Aptel"
    Ketika "Kabid Aptel" menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    # Tafsiran: baris 469: pemilahan Press Release yang disetujui untuk diinput -> Operator Website. Tidak pasti: "di beri paraf persetujuan untuk di input" bisa juga paraf Kabid Aptel. Seed tanpa tanda Ya/Tidak: langkah biasa (berita yang tidak disetujui tidak punya alur di seed).
    # Diselaraskan: seed baris 469 tanpa tanda kolom (kedua pelaksana tafsiran); dipertahankan tafsiran model: pemilahan yang disetujui dan paraf persetujuan untuk input sesudah paraf Kabid = Kasi (output "di beri paraf Kabid dan Kasi"); Operator Website baru menginput di baris 470.
    Maka tugas berikutnya adalah "Pemilahan Press Release dikelompokan..." untuk "Kasi Pusat Informasi Publik"
    # Diselaraskan: seed baris 469 tanpa tanda kolom (kedua pelaksana tafsiran); dipertahankan tafsiran model: pemilahan yang disetujui dan paraf persetujuan untuk input sesudah paraf Kabid = Kasi (output "di beri paraf Kabid dan Kasi"); Operator Website baru menginput di baris 470.
    Ketika "Kasi Pusat Informasi Publik" menyelesaikan langkah "Pemilahan Press Release dikelompokan..."
    # Tafsiran: baris 470: input ke website -> Operator Website.
    Maka tugas berikutnya adalah "Press Release yang telah dipilah dan..." untuk "Operator Website"
    Ketika "Operator Website" menyelesaikan langkah "Press Release yang telah dipilah dan..."
    # Tafsiran: baris 471: menyimpan arsip di filling kabinet -> Petugas Penerima.
    Maka tugas berikutnya adalah "Menyimpan arsip Press Realease pada filling kabinet." untuk "Petugas Penerima"
    Ketika "Petugas Penerima" menyelesaikan langkah "Menyimpan arsip Press Realease pada filling kabinet."
    Maka SOP selesai

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Menerima berita beserta bukti otentik..." adalah 5 menit
    Maka kelengkapan langkah "Menerima berita beserta bukti otentik..." adalah:
      | kelengkapan |
      | Press Release diberi disposisi/form berisi kualifikasi nomor urut, tanggal dan jenis berita |
    Maka output langkah "Menerima berita beserta bukti otentik..." adalah "Press Release sesuai dengan tata naskah dinas"
    # Nama langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" dipakai lebih dari satu langkah (beda pelaksana); dibedakan dengan milik "<pelaksana>":
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka batas waktu langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" milik "Kasi Pusat Informasi Publik" adalah 5 menit
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka kelengkapan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" milik "Kasi Pusat Informasi Publik" adalah:
      | kelengkapan |
      | Press Realease diberi paraf Kasi pada Bagian berita yang disetujui |
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka output langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" milik "Kasi Pusat Informasi Publik" adalah "Press Release diberi klasifikasi dan paraf"
    # Nama langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" dipakai lebih dari satu langkah (beda pelaksana); dibedakan dengan milik "<pelaksana>":
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka batas waktu langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" milik "Kabid Aptel" adalah 5 menit
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka kelengkapan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" milik "Kabid Aptel" adalah:
      | kelengkapan |
      | Press Release diberi paraf Kabid pada bagian berita yang disetujui |
    # Diselaraskan: kalimat mutu baku dengan milik "<pelaksana>" kini ada (features/README.md); PERLU KALIMAT penulis dijadikan pemeriksaan.
    Maka output langkah "Press Release diperiksa dan dipilah sebagai bahan input data website" milik "Kabid Aptel" adalah "Press Release diberi klasifikasi dan paraf"
    Maka batas waktu langkah "Pemilahan Press Release dikelompokan..." adalah 5 menit
    Maka kelengkapan langkah "Pemilahan Press Release dikelompokan..." adalah:
      | kelengkapan |
      | Press Release yang disetujui dan telah diberi paraf Kabid selanjutnya di beri paraf persetujuan untuk di input |
    Maka output langkah "Pemilahan Press Release dikelompokan..." adalah "Press Release di beri paraf Kabid dan Kasi"
    Maka batas waktu langkah "Press Release yang telah dipilah dan..." adalah 5 menit
    Maka kelengkapan langkah "Press Release yang telah dipilah dan..." adalah:
      | kelengkapan |
      | Berita yang di input telah diberi paraf persetujuan |
    Maka output langkah "Press Release yang telah dipilah dan..." adalah "Terdata pada website"
    Maka batas waktu langkah "Menyimpan arsip Press Realease pada filling kabinet." adalah 5 menit
    Maka kelengkapan langkah "Menyimpan arsip Press Realease pada filling kabinet." adalah:
      | kelengkapan |
      | Press Realease yang sudah di paraf dan di tandatangani, diberi nomor klasifikasi, nomor arsip |
    Maka output langkah "Menyimpan arsip Press Realease pada filling kabinet." adalah "Press Release yang ada paraf disimpan dan tertata pada filling kabinet"

  Skenario: "Kasi Pusat Informasi Publik" tidak dapat menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    # Paraf langkah 3 milik Kabid Aptel (baris 468).
    Ketika "Petugas Penerima" memulai SOP
    Ketika "Petugas Penerima" menyelesaikan langkah "Menerima berita beserta bukti otentik..."
    Ketika "Kasi Pusat Informasi Publik" menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    Maka tugas berikutnya adalah "Press Release diperiksa dan dipilah sebagai bahan input data website" untuk "Kabid Aptel"
    Maka "Kasi Pusat Informasi Publik" tidak dapat menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"

  Skenario: "Petugas Penerima" tidak dapat menyelesaikan langkah "Press Release yang telah dipilah dan..."
    Ketika "Petugas Penerima" memulai SOP
    Ketika "Petugas Penerima" menyelesaikan langkah "Menerima berita beserta bukti otentik..."
    Ketika "Kasi Pusat Informasi Publik" menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    Ketika "Kabid Aptel" menyelesaikan langkah "Press Release diperiksa dan dipilah sebagai bahan input data website"
    # Diselaraskan: seed baris 469 tanpa tanda kolom (kedua pelaksana tafsiran); dipertahankan tafsiran model: pemilahan yang disetujui dan paraf persetujuan untuk input sesudah paraf Kabid = Kasi (output "di beri paraf Kabid dan Kasi"); Operator Website baru menginput di baris 470.
    Ketika "Kasi Pusat Informasi Publik" menyelesaikan langkah "Pemilahan Press Release dikelompokan..."
    Maka tugas berikutnya adalah "Press Release yang telah dipilah dan..." untuk "Operator Website"
    Maka "Petugas Penerima" tidak dapat menyelesaikan langkah "Press Release yang telah dipilah dan..."
