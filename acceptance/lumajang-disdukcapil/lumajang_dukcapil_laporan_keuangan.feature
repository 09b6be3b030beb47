# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 553-622 ("SOP Laporan Keuangan")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 556): Kaubbag (OCR; dibaca Kasubbag) | PPTK | Bendahara | Sekretaris | Kadin.
# Tanda kolom (simbol bagan) hilang di OCR; pelaksana dibaca dari teks langkah, urutan kolom dan pola SOP sejenis.
# Keputusan: tanda Y/X di langkah verifikasi (baris 583-588).
Fitur: SOP Laporan Keuangan
  Penyusunan laporan realisasi fisik dan keuangan SKPD dari laporan masing-masing PPTK, diverifikasi,
  ditandatangani Kadin, dikirim dan diarsipkan.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_laporan_keuangan" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: laporan valid, ditandatangani dan dikirim
    # Keterangan baris 558-560: "SOP alur surat masuk dan keluar".
    Ketika "Kasubbag" memulai SOP
    Maka tugas berikutnya adalah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan"
    # Tafsiran: langkah 2 dan 3 mempunyai uraian yang sama (baris 562-565 dan 569-572); nama langkah diberi
    # kelengkapannya dalam kurung agar berbeda. Langkah 2 (DPA, registrasi SPP/SPM/SP2D) dibaca kolom PPTK,
    # langkah 3 (SIMDA Keuangan, print out) kolom Bendahara, karena langkah 4 PPTK "Menerima hasil print out".
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "Bendahara"
    Ketika "Bendahara" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..." untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..."
    Maka tugas berikutnya adalah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..."
    # Sumber: baris 584-586: tanda "Y", "Av" dan "X" di baris verifikasi: belah ketupat keputusan.
    # Tafsiran: verifikasi oleh Sekretaris (kolom keempat); nama langkah seperti OCR ("Ferivikasi").
    Maka tugas berikutnya adalah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD"
    # Keterangan baris 589-591: "SOP alur surat masuk dan keluar".
    Maka tugas berikutnya adalah "Pembuatan surat pengantar pengiriman dan penomoran surat." untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Pembuatan surat pengantar pengiriman dan penomoran surat."
    # Tafsiran: output "Persetujuan ... untuk ditandatangani" (baris 600-606): Sekretaris menyetujui dan mengajukan
    # ke Kadin.
    Maka tugas berikutnya adalah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani"
    Maka tugas berikutnya adalah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" untuk "Kadin"
    Ketika "Kadin" menyelesaikan langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan"
    # Keterangan baris 613-614: "SOP Pengaesipan" (pengarsipan).
    Maka tugas berikutnya adalah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan"
    Maka SOP selesai

  Skenario: "Sekretaris" memutuskan "Tidak" pada "Melakukan Ferivikasi terhadap hasil R...": kembali ke "Menerima laporan realisasi fisik, dan..."
    Ketika "Kasubbag" memulai SOP
    Maka tugas berikutnya adalah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan"
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "Bendahara"
    Ketika "Bendahara" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..." untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..."
    Maka tugas berikutnya adalah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..."
    Maka tugas berikutnya adalah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" untuk "Sekretaris"
    # Tafsiran: seed tidak menulis tujuan Tidak; rekapitulasi yang belum valid kembali ke Kasubbag yang
    # merekapitulasi (langkah 5).
    Ketika "Sekretaris" memutuskan "Tidak" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" dengan alasan "rekapitulasi belum valid"
    Maka tugas berikutnya adalah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." untuk "Kasubbag"
    Maka alasan "rekapitulasi belum valid" terlihat oleh "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..."
    Maka tugas berikutnya adalah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD"
    Maka tugas berikutnya adalah "Pembuatan surat pengantar pengiriman dan penomoran surat." untuk "Kasubbag"

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" adalah 5 menit
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka batas waktu langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" milik "PPTK" adalah 30 menit
    Maka batas waktu langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" milik "Bendahara" adalah 30 menit
    Maka batas waktu langkah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..." adalah 15 menit
    Maka batas waktu langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." adalah 30 menit
    Maka batas waktu langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" adalah 30 menit
    Maka batas waktu langkah "Pembuatan surat pengantar pengiriman dan penomoran surat." adalah 10 menit
    Maka batas waktu langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani" adalah 10 menit
    Maka batas waktu langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" adalah 10 menit
    Maka batas waktu langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" adalah 15 menit
    Maka kelengkapan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" adalah:
      | kelengkapan |
      | Surat masuk, perihal permintaan Laporan Realisasi Fisik dan Keuangan |
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka kelengkapan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" milik "PPTK" adalah:
      | kelengkapan |
      | DPA dan Registrasi SPP/SPM dan SP2D |
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka kelengkapan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" milik "Bendahara" adalah:
      | kelengkapan |
      | SIMDA Keuangan |
    Maka kelengkapan langkah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..." adalah:
      | kelengkapan |
      | Print Out Realisasi anggaran perkegiatan |
    Maka kelengkapan langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." adalah:
      | kelengkapan |
      | Laporan Realisasi Keuangan masing-masing PPTK |
    Maka kelengkapan langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" adalah:
      | kelengkapan |
      | Laporan Realisasi Fisik dan Keuangan SKPD |
    Maka kelengkapan langkah "Pembuatan surat pengantar pengiriman dan penomoran surat." adalah:
      | kelengkapan |
      | Laporan Realisasi Fisik dan Keuangan SKPD yang Valid |
    Maka kelengkapan langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani" adalah:
      | kelengkapan |
      | Surat pengantar dan Laporan Realisasi Fisik dan Keuangan SKPD |
    Maka kelengkapan langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" adalah:
      | kelengkapan |
      | Persetujuan laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani |
    Maka kelengkapan langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" adalah:
      | kelengkapan |
      | Laporan Realisasi Fisik dan Keuangan SKPD yang telah ditandatangani |
    # Diselaraskan: "dan" di baris 559 ("Surat masuk dan") dapat milik kolom keterangan ("SOP alur surat / masuk dan / keluar", sama seperti baris 590); seed ambigu, output model dipertahankan
    Maka output langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" adalah "Disposisi Surat masuk Permintaan"
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka output langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" milik "PPTK" adalah "Data Jumlah Realisasi Anggaran Perkegiatan"
    Maka output langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" milik "Bendahara" adalah "Print Out Realisasi Anggaran Perkegiatan"
    Maka output langkah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..." adalah "Laporan Realisasi Fisik dan Keuangan masing-masing PPTK"
    Maka output langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." adalah "Laporan Realisasi Fisik dan Keuangan SKPD"
    Maka output langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" adalah "Laporan Realisasi Fisik dan Keuangan SKPD yang Valid"
    Maka output langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani" adalah "Persetujuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani"
    Maka output langkah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" adalah "Laporan Realisasi Fisik dan Keuangan SKPD"

  Skenario: Hanya Sekretaris yang memverifikasi rekapitulasi laporan
    Ketika "Kasubbag" memulai SOP
    Maka tugas berikutnya adalah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan"
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "Bendahara"
    Ketika "Bendahara" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..." untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..."
    Maka tugas berikutnya adalah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..."
    Maka tugas berikutnya adalah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" untuk "Sekretaris"
    Maka "Kasubbag" tidak dapat menyelesaikan langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD"
    Maka "PPTK" tidak dapat menyelesaikan langkah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD"
    Ketika "Sekretaris" memutuskan "Ya" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD"
    Maka tugas berikutnya adalah "Pembuatan surat pengantar pengiriman dan penomoran surat." untuk "Kasubbag"

  Skenario: Setiap pelaksana bertindak sendiri: paraf dan tanda tangan hanya oleh pejabatnya
    Ketika "Kasubbag" memulai SOP
    Maka tugas berikutnya adalah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan" untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Berkoordinasi dengan PPTK selaku penanggungjawab kegiatan"
    # Diselaraskan: seed memberi langkah 2 dan 3 uraian yang sama (baris 562-565, 569-572); nama langkah ditulis seperti seed tanpa tambahan dalam kurung, langkah dibedakan oleh pelaksananya (untuk mutu baku: milik "<pelaksana>")
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan" untuk "Bendahara"
    Ketika "Bendahara" menyelesaikan langkah "Menyiapkan data-data yang berhubungan dengan capaian realisasi fisik dan keuangan dari masing-masing kegiatan"
    Maka tugas berikutnya adalah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..." untuk "PPTK"
    Ketika "PPTK" menyelesaikan langkah "Menerima hasil print out tentang capaian realisasi fisik dan keuangan..."
    Maka tugas berikutnya adalah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..." untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Menerima laporan realisasi fisik, dan keuangan dari masing-masing PPTK..."
    Maka tugas berikutnya adalah "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD" untuk "Sekretaris"
    Ketika "Sekretaris" memutuskan "Ya" pada "Melakukan Ferivikasi terhadap hasil Rekapitulasi Laporan Realisasi Fisik dan Keuangan SKPD"
    Maka tugas berikutnya adalah "Pembuatan surat pengantar pengiriman dan penomoran surat." untuk "Kasubbag"
    Ketika "Kasubbag" menyelesaikan langkah "Pembuatan surat pengantar pengiriman dan penomoran surat."
    Maka tugas berikutnya adalah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani" untuk "Sekretaris"
    Ketika "Sekretaris" menyelesaikan langkah "Pengajuan Laporan Realisasi Fisik dan Keuangan SKPD untuk ditandatangani"
    Maka tugas berikutnya adalah "Penandatanganan Laporan Realisasi Fisik dan Keuangan" untuk "Kadin"
    Maka "Kasubbag" tidak dapat menyelesaikan langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan"
    Ketika "Kadin" menyelesaikan langkah "Penandatanganan Laporan Realisasi Fisik dan Keuangan"
    Maka tugas berikutnya adalah "Pengiriman Laporan Realisasi Fisik dan Keuangan Serta Pengarsipan" untuk "Kasubbag"
