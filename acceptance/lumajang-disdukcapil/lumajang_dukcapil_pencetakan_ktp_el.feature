# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3521-3576 ("SOP PENCETAKAN KTP ELEKTRONIK")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PETUGAS LOKET KTP | PETUGAS OPERATOR KTP | PETUGAS REKAP.
# Baris 3551-3555: kelengkapan "- Aplikasi ... Bcard Management" dibaca "Aplikasi Bcard Management".
Fitur: SOP PENCETAKAN KTP ELEKTRONIK
  Entri dan cetak KTP dari berkas yang telah diverifikasi: layak entri dicetak, tidak layak masuk proses
  batal dengan alasan; hasil cetak dan berkas batal direkapitulasi.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_pencetakan_ktp_el" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: berkas layak entri, KTP dicetak dan direkapitulasi
    # Waktu langkah 1 tidak ada di seed. Tidak ada tanda Ya/Tidak di langkah ini.
    Ketika "PETUGAS LOKET KTP" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "PETUGAS LOKET KTP"
    Ketika "PETUGAS LOKET KTP" menyelesaikan langkah "Cek kelengkapan berkas"
    # Sumber: baris 3537-3561: "apabila layak entri maka diteruskan pada proses entri, apabila tidak layak entri
    # maka dimasukkan ke proses batal dengan menuliskan alasan pembatalan"
    # Ditulis sebagai keputusan operator (Ya = layak entri). Issue 12 butir 3 menyebut langkah ini cabang
    # bersyarat; di sini kedua jawaban menuju rekap. Output seed: KTP, Register, Berkas Batal.
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "PETUGAS OPERATOR KTP"
    Ketika "PETUGAS OPERATOR KTP" memutuskan "Ya" pada "Menerima berkas permohonan yang telah diverifikasi..."
    # Diselaraskan: baris 3537-3547 mencetak KTP hanya "apabila layak entri"; tabel memecah langkah 2 seed di syarat itu (cabang maju): Ya -> entri dan cetak -> mengumpulkan hasil cetak dan berkas batal -> rekap. Langkah dan kata seed sama.
    Maka tugas berikutnya adalah "Meneruskan pada proses entri, mencetak KTP..." untuk "PETUGAS OPERATOR KTP"
    Ketika "PETUGAS OPERATOR KTP" menyelesaikan langkah "Meneruskan pada proses entri, mencetak KTP..."
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KTP dan berkas batal" untuk "PETUGAS OPERATOR KTP"
    Ketika "PETUGAS OPERATOR KTP" menyelesaikan langkah "Mengumpulkan hasil cetak KTP dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KTP dan berkas batal" untuk "PETUGAS REKAP"
    Ketika "PETUGAS REKAP" menyelesaikan langkah "Merekapitulasi pencetakan KTP dan berkas batal"
    Maka SOP selesai

  Skenario: "PETUGAS OPERATOR KTP" memutuskan "Tidak" pada "Menerima berkas permohonan yang telah...": lanjut ke "Merekapitulasi pencetakan KTP dan ber..."
    Ketika "PETUGAS LOKET KTP" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "PETUGAS LOKET KTP"
    Ketika "PETUGAS LOKET KTP" menyelesaikan langkah "Cek kelengkapan berkas"
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "PETUGAS OPERATOR KTP"
    # Tafsiran: "tidak layak entri" tidak kembali ke langkah sebelumnya: berkas masuk proses batal
    # dengan alasan pembatalan dan tetap dikumpulkan untuk rekapitulasi ("mengumpulkan hasil cetak ...
    # dan berkas batal"); jadi Tidak juga menuju langkah rekap, dengan alasan terlihat oleh petugas rekap.
    Ketika "PETUGAS OPERATOR KTP" memutuskan "Tidak" pada "Menerima berkas permohonan yang telah diverifikasi..." dengan alasan "tidak layak entri"
    # Diselaraskan: baris 3537-3547: berkas tidak layak masuk proses batal tanpa dicetak; tabel: Tidak -> mengumpulkan hasil cetak KTP dan berkas batal -> rekap (cabang maju melewati entri dan cetak).
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KTP dan berkas batal" untuk "PETUGAS OPERATOR KTP"
    Ketika "PETUGAS OPERATOR KTP" menyelesaikan langkah "Mengumpulkan hasil cetak KTP dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KTP dan berkas batal" untuk "PETUGAS REKAP"
    Maka alasan "tidak layak entri" terlihat oleh "PETUGAS REKAP"
    Ketika "PETUGAS REKAP" menyelesaikan langkah "Merekapitulasi pencetakan KTP dan berkas batal"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah 1 menit
    Maka batas waktu langkah "Merekapitulasi pencetakan KTP dan berkas batal" adalah 20 menit
    Maka kelengkapan langkah "Cek kelengkapan berkas" adalah:
      | kelengkapan |
      | Berkas Pengajuan |
    Maka kelengkapan langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah:
      | kelengkapan |
      | Berkas pengajuan |
      | Aplikasi Bcard Management |
    # Diselaraskan: kelengkapan "Register" dan "ATK" (baris 3550-3553) milik bagian entri dan cetak, yang di tabel menjadi langkah sendiri (baris 3537-3547 dipecah di syarat layak entri).
    Maka kelengkapan langkah "Meneruskan pada proses entri, mencetak KTP..." adalah:
      | kelengkapan |
      | Register |
      | ATK |
    Maka kelengkapan langkah "Merekapitulasi pencetakan KTP dan berkas batal" adalah:
      | kelengkapan |
      | KTP |
      | Berkas Batal |
      | ATK |
    Maka output langkah "Cek kelengkapan berkas" adalah "Berkas pengajuan telah diverifikasi"
    Maka output langkah "Merekapitulasi pencetakan KTP dan berkas batal" adalah "KTP"

  Skenario: Hanya operator KTP yang mengentri dan mencetak
    Ketika "PETUGAS LOKET KTP" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "PETUGAS LOKET KTP"
    Ketika "PETUGAS LOKET KTP" menyelesaikan langkah "Cek kelengkapan berkas"
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "PETUGAS OPERATOR KTP"
    Maka "PETUGAS LOKET KTP" tidak dapat menyelesaikan langkah "Menerima berkas permohonan yang telah diverifikasi..."
    Maka "PETUGAS REKAP" tidak dapat menyelesaikan langkah "Menerima berkas permohonan yang telah diverifikasi..."
    Ketika "PETUGAS OPERATOR KTP" memutuskan "Ya" pada "Menerima berkas permohonan yang telah diverifikasi..."
    # Diselaraskan: baris 3537-3547 mencetak KTP hanya "apabila layak entri"; tabel memecah langkah 2 seed di syarat itu (cabang maju): Ya -> entri dan cetak -> mengumpulkan hasil cetak dan berkas batal -> rekap. Langkah dan kata seed sama.
    Maka tugas berikutnya adalah "Meneruskan pada proses entri, mencetak KTP..." untuk "PETUGAS OPERATOR KTP"
    Ketika "PETUGAS OPERATOR KTP" menyelesaikan langkah "Meneruskan pada proses entri, mencetak KTP..."
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KTP dan berkas batal" untuk "PETUGAS OPERATOR KTP"
    Ketika "PETUGAS OPERATOR KTP" menyelesaikan langkah "Mengumpulkan hasil cetak KTP dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KTP dan berkas batal" untuk "PETUGAS REKAP"
