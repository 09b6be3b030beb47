# language: id
# Sumber: 001_bd9c7b89a5d7d3bb.txt, baris 303-311 ("SOP PENERIMAAN DAN PENYIMPANAN BARANG INVENTARIS")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 306, huruf besar seperti seed): PENYEDIA BARANG, TIM PPHP, PEJABAT PEMBUAT (teks: "PPK"), PENGGUNA ANGGARAN, PENYIMPAN BARANG.
# Alur digambar sebagai Mermaid di baris 307.
# Waktu: angka tanpa satuan di tabel sekretariat 001 dibaca menit (seeds/README.md).
Fitur: SOP PENERIMAAN DAN PENYIMPANAN BARANG INVENTARIS
  Penerimaan barang inventaris: barang dari pihak ketiga diperiksa Tim PPHP, diserahkan kepada PPK
  dan pengguna anggaran, lalu disimpan atas surat perintah menyimpan barang.

  Latar Belakang:
    Dengan SOP "simalungun_kominfo_penerimaan_barang_inventaris" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: barang diserahkan, diperiksa, diserahkan berjenjang dan disimpan
    Ketika "PENYEDIA BARANG" memulai SOP
    # Tafsiran: kolom pelaksana kosong di seed (tanda hilang); pelaksana ditafsir dari teks dan urutan kolom.
    # Tafsiran: baris 307: penyerahan barang dari pihak ketiga -> PENYEDIA BARANG.
    Maka tugas berikutnya adalah "Penyerahan barang dari pihak ketiga" untuk "PENYEDIA BARANG"
    Ketika "PENYEDIA BARANG" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    # Tafsiran: baris 308: pemeriksaan barang -> TIM PPHP (output "Berita Acara PPHP").
    # Sumber: baris 307 (Mermaid): "Step1 --> Step2{ }", "Step2 -- Ya --> Step3[]", "Step2 -- tidak --> Start": langkah 2 adalah keputusan; Tidak kembali ke awal, yaitu langkah 1 (penyerahan barang).
    Maka tugas berikutnya adalah "Pemeriksaan barang dan jasa" untuk "TIM PPHP"
    Ketika "TIM PPHP" memutuskan "Ya" pada "Pemeriksaan barang dan jasa"
    # Tafsiran: baris 309: penyerahan barang kepada PPK -> PEJABAT PEMBUAT (penerima; output "Berita Acara PPHP dan PPK"), urutan kolom diagonal.
    Maka tugas berikutnya adalah "Penyerahan barang kepada PPK" untuk "PEJABAT PEMBUAT"
    Ketika "PEJABAT PEMBUAT" menyelesaikan langkah "Penyerahan barang kepada PPK"
    # Tafsiran: baris 310: penyerahan barang kepada pengguna anggaran -> PENGGUNA ANGGARAN (penerima). Mermaid baris 307 memberi label "Ya" pada panah Step4 --> Step5 tanpa simbol keputusan: diabaikan.
    Maka tugas berikutnya adalah "Penyerahan barang kepada pengguna anggaran" untuk "PENGGUNA ANGGARAN"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Penyerahan barang kepada pengguna anggaran"
    # Tafsiran: baris 311: surat perintah menyimpan barang -> PENYIMPAN BARANG (output "Penyimpanan Barang"). Mermaid baris 307 punya satu simpul lagi (Step6) yang tidak ada barisnya di tabel: tidak ditulis.
    Maka tugas berikutnya adalah "Surat perintah menyimpan barang" untuk "PENYIMPAN BARANG"
    Ketika "PENYIMPAN BARANG" menyelesaikan langkah "Surat perintah menyimpan barang"
    Maka SOP selesai

  Skenario: "TIM PPHP" memutuskan "Tidak" pada "Pemeriksaan barang dan jasa"
    Ketika "PENYEDIA BARANG" memulai SOP
    Ketika "PENYEDIA BARANG" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    Maka tugas berikutnya adalah "Pemeriksaan barang dan jasa" untuk "TIM PPHP"
    Ketika "TIM PPHP" memutuskan "Tidak" pada "Pemeriksaan barang dan jasa" dengan alasan "barang tidak sesuai spesifikasi"
    Maka tugas berikutnya adalah "Penyerahan barang dari pihak ketiga" untuk "PENYEDIA BARANG"
    Dan alasan "barang tidak sesuai spesifikasi" terlihat oleh "PENYEDIA BARANG"
    Ketika "PENYEDIA BARANG" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    Maka tugas berikutnya adalah "Pemeriksaan barang dan jasa" untuk "TIM PPHP"
    Ketika "TIM PPHP" memutuskan "Ya" pada "Pemeriksaan barang dan jasa"
    Maka tugas berikutnya adalah "Penyerahan barang kepada PPK" untuk "PEJABAT PEMBUAT"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Penyerahan barang dari pihak ketiga" adalah 60 menit
    Maka kelengkapan langkah "Penyerahan barang dari pihak ketiga" adalah:
      | kelengkapan |
      | SPK |
    Maka output langkah "Penyerahan barang dari pihak ketiga" adalah "Paraf"
    Maka batas waktu langkah "Pemeriksaan barang dan jasa" adalah 30 menit
    # Diselaraskan: sel KELENGKAPAN seed baris 308 ("Jadwal Spesifikasi Barang SPK") adalah daftar tiga dokumen yang pemisah barisnya hilang di teks; tabel memberi satu kotak centang per dokumen.
    Maka kelengkapan langkah "Pemeriksaan barang dan jasa" adalah:
      | kelengkapan |
      | Jadwal |
      | Spesifikasi Barang |
      | SPK |
    Maka output langkah "Pemeriksaan barang dan jasa" adalah "Berita Acara PPHP Paraf"
    Maka batas waktu langkah "Penyerahan barang kepada PPK" adalah 15 menit
    Maka kelengkapan langkah "Penyerahan barang kepada PPK" adalah:
      | kelengkapan |
      | Berita Acara PPHP |
    Maka output langkah "Penyerahan barang kepada PPK" adalah "Berita Acara PPHP dan PPK"
    Maka batas waktu langkah "Penyerahan barang kepada pengguna anggaran" adalah 30 menit
    Maka kelengkapan langkah "Penyerahan barang kepada pengguna anggaran" adalah:
      | kelengkapan |
      | Berita Acara PPHP dan PPK |
    Maka output langkah "Penyerahan barang kepada pengguna anggaran" adalah "Berita Acara hasil penyerahan barang"
    Maka batas waktu langkah "Surat perintah menyimpan barang" adalah 30 menit
    Maka kelengkapan langkah "Surat perintah menyimpan barang" adalah:
      | kelengkapan |
      | Buku Inventaris Barang |
    Maka output langkah "Surat perintah menyimpan barang" adalah "Penyimpanan Barang"

  Skenario: "PENYEDIA BARANG" tidak dapat menyelesaikan langkah "Pemeriksaan barang dan jasa"
    # Pemeriksaan milik TIM PPHP.
    Ketika "PENYEDIA BARANG" memulai SOP
    Ketika "PENYEDIA BARANG" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    Maka tugas berikutnya adalah "Pemeriksaan barang dan jasa" untuk "TIM PPHP"
    Maka "PENYEDIA BARANG" tidak dapat menyelesaikan langkah "Pemeriksaan barang dan jasa"

  Skenario: "PENGGUNA ANGGARAN" tidak dapat menyelesaikan langkah "Surat perintah menyimpan barang"
    Ketika "PENYEDIA BARANG" memulai SOP
    Ketika "PENYEDIA BARANG" menyelesaikan langkah "Penyerahan barang dari pihak ketiga"
    Ketika "TIM PPHP" memutuskan "Ya" pada "Pemeriksaan barang dan jasa"
    Ketika "PEJABAT PEMBUAT" menyelesaikan langkah "Penyerahan barang kepada PPK"
    Ketika "PENGGUNA ANGGARAN" menyelesaikan langkah "Penyerahan barang kepada pengguna anggaran"
    Maka tugas berikutnya adalah "Surat perintah menyimpan barang" untuk "PENYIMPAN BARANG"
    Maka "PENGGUNA ANGGARAN" tidak dapat menyelesaikan langkah "Surat perintah menyimpan barang"
