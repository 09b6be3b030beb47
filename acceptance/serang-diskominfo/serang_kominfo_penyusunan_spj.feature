# language: id
# Sumber: 000_c3a27c79e5242198.txt, baris 200-378 ("Mekanisme Penyusunan SPJ")
# Ditulis dari teks sumber saja.
# Pelaksana (kolom seed, baris 271-273): PPTK, Bendahara Pengeluaran, Kasubag Keuangan (ejaan "Kasubag" di SOP ini, "Kasubbag" di SOP SPP/SPM).
Fitur: Mekanisme Penyusunan SPJ
  Sub Bagian Keuangan, Diskominfo Kota Serang: SPJ diserahkan, diterima, diverifikasi,
  diinput, digandakan dan diarsipkan (harus sesuai DPA dan SSH).

  Latar Belakang:
    Dengan SOP "serang_kominfo_penyusunan_spj" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: SPJ diserahkan, diverifikasi, diinput dan diarsipkan
    Ketika "PPTK" memulai SOP
    # Tafsiran: tanda kolom pelaksana hilang di teks (README seed); pelaksana ditafsir dari teks langkah dan urutan kolom.
    # Tafsiran: baris 280: penyerahan SPJ oleh pelaksana kegiatan -> "PPTK" (kolom pertama).
    Maka tugas berikutnya adalah "Penyerahan SPJ" untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    # Tafsiran: baris 294: penerimaan SPJ -> "Bendahara Pengeluaran". Tanda "T" baris 300 (baris langkah 2, kolom ketiga) = panah Tidak kembali ke langkah ini.
    Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    # Tafsiran: baris 307: "Verifikasi" = keputusan; "T" baris 300 dan "Y" baris 326 di kolom ketiga "Kasubag Keuangan" -> Kasubag Keuangan memutuskan; Ya ke langkah 4, Tidak ke langkah 2.
    Maka tugas berikutnya adalah "Verifikasi SPJ" untuk "Kasubag Keuangan"
    Ketika "Kasubag Keuangan" memutuskan "Ya" pada "Verifikasi SPJ"
    # Tafsiran: baris 320: input SPJ ke aplikasi keuangan -> "Bendahara Pengeluaran". Kolom tidak pasti (Y di baris langkah ini hanya label panah).
    Maka tugas berikutnya adalah "Input SPJ" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Input SPJ"
    # Tafsiran: baris 335: penggandaan dan pengarsipan -> "Bendahara Pengeluaran". Kolom tidak pasti.
    Maka tugas berikutnya adalah "Penggandaan dan Pengarsipan" untuk "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penggandaan dan Pengarsipan"
    Maka SOP selesai

  Skenario: "Kasubag Keuangan" memutuskan "Tidak" pada "Verifikasi SPJ"
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Maka tugas berikutnya adalah "Verifikasi SPJ" untuk "Kasubag Keuangan"
    Ketika "Kasubag Keuangan" memutuskan "Tidak" pada "Verifikasi SPJ" dengan alasan "nota kurang"
    Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"
    Dan alasan "nota kurang" terlihat oleh "Bendahara Pengeluaran"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Maka tugas berikutnya adalah "Verifikasi SPJ" untuk "Kasubag Keuangan"
    Ketika "Kasubag Keuangan" memutuskan "Ya" pada "Verifikasi SPJ"
    Maka tugas berikutnya adalah "Input SPJ" untuk "Bendahara Pengeluaran"

  Skenario: Mutu baku setiap langkah: kelengkapan, waktu dan output
    Maka batas waktu langkah "Penyerahan SPJ" adalah 1 jam
    Maka kelengkapan langkah "Penyerahan SPJ" adalah:
      | kelengkapan |
      | SPJ |
    Maka output langkah "Penyerahan SPJ" adalah "SPJ dikirim"
    Maka batas waktu langkah "Penerimaan SPJ" adalah 1 jam
    Maka kelengkapan langkah "Penerimaan SPJ" adalah:
      | kelengkapan |
      | SPJ dikirim |
    Maka output langkah "Penerimaan SPJ" adalah "SPJ diterima"
    Maka batas waktu langkah "Verifikasi SPJ" adalah 1 jam
    Maka kelengkapan langkah "Verifikasi SPJ" adalah:
      | kelengkapan |
      | SPJ diterima |
    Maka output langkah "Verifikasi SPJ" adalah "SPJ diverifikasi"
    Maka batas waktu langkah "Input SPJ" adalah 1 jam
    Maka kelengkapan langkah "Input SPJ" adalah:
      | kelengkapan |
      | SPJ diverifikasi |
    Maka output langkah "Input SPJ" adalah "SPJ diinput"
    Maka batas waktu langkah "Penggandaan dan Pengarsipan" adalah 1 jam
    Maka kelengkapan langkah "Penggandaan dan Pengarsipan" adalah:
      | kelengkapan |
      | SPJ yang telah diinput |
    Maka output langkah "Penggandaan dan Pengarsipan" adalah "SPJ telah digandakan dan diarsipkan"

  Skenario: "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Verifikasi SPJ"
    # Penerima SPJ tidak memverifikasinya sendiri.
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Ketika "Bendahara Pengeluaran" menyelesaikan langkah "Penerimaan SPJ"
    Maka tugas berikutnya adalah "Verifikasi SPJ" untuk "Kasubag Keuangan"
    Maka "Bendahara Pengeluaran" tidak dapat menyelesaikan langkah "Verifikasi SPJ"

  Skenario: "PPTK" tidak dapat menyelesaikan langkah "Penerimaan SPJ"
    Ketika "PPTK" memulai SOP
    Ketika "PPTK" menyelesaikan langkah "Penyerahan SPJ"
    Maka tugas berikutnya adalah "Penerimaan SPJ" untuk "Bendahara Pengeluaran"
    Maka "PPTK" tidak dapat menyelesaikan langkah "Penerimaan SPJ"
