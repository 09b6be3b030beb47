# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 3132-3174 ("SOP ENTRI DAN CETAK KARTU KELUARGA")
# Ditulis dari teks sumber saja (G2); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris judul tabel): PETUGAS LOKET KK | PETUGAS OPERATOR KK | PETUGAS REKAP.
# Langkah 3 (baris 3159-3166) "mempersiapkan hasil cetak untuk proses paraf ke kasi dan kabid,
# mempersiapkan hasil cetak untuk proses tanda tangan ke kepala dinas"; outputnya "KK telah di paraf
# dan telah ditandatangani" (baris 3159, 3174). Kasi, Kabid dan Kepala Dinas TIDAK punya kolom di SOP ini;
# paraf dan tanda tangan itu ada di SOP PENERBITAN KK (baris 3114-3116). Tidak ditambah langkah di sini.
# PERLU KALIMAT: tautan ke SOP PENERBITAN KK untuk proses paraf/tanda tangan (keterkaitan tidak tertulis di seed).
Fitur: SOP ENTRI DAN CETAK KARTU KELUARGA
  Entri dan cetak KK dari berkas yang telah diverifikasi: layak entri dicetak, tidak layak masuk proses
  batal dengan alasan; hasil cetak dan berkas batal direkapitulasi.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_entri_cetak_kk" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: berkas layak entri, KK dicetak dan direkapitulasi
    # Waktu langkah 1 tidak ada di seed. Tidak ada tanda Ya/Tidak di langkah ini.
    Ketika "PETUGAS LOKET KK" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "PETUGAS LOKET KK"
    Ketika "PETUGAS LOKET KK" menyelesaikan langkah "Cek kelengkapan berkas"
    # Sumber: baris 3148-3158: "apabila layak entri maka diteruskan pada proses entri, apabila tidak layak entri
    # maka dimasukkan ke proses batal dengan menuliskan alasan pembatalan"
    # Ditulis sebagai keputusan operator (Ya = layak entri). Issue 12 butir 3 menyebut langkah ini cabang
    # bersyarat; di sini kedua jawaban menuju rekap. Output seed: KK, Register, Berkas Batal.
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "PETUGAS OPERATOR KK"
    Ketika "PETUGAS OPERATOR KK" memutuskan "Ya" pada "Menerima berkas permohonan yang telah diverifikasi..."
    # Diselaraskan: baris 3148-3158 memuat pekerjaan operator sesudah keputusan ("diteruskan pada proses entri ... mencetak KK, mencatat pencetakan dan pemakaian blangko, mengumpulkan hasil cetak KK dan berkas batal"); model memecahnya dengan kata seed: entri/cetak hanya bila layak, lalu mengumpulkan, lalu rekap
    Maka tugas berikutnya adalah "Meneruskan pada proses entri, mencetak KK, mencatat pencetakan dan pemakaian blangko" untuk "PETUGAS OPERATOR KK"
    Ketika "PETUGAS OPERATOR KK" menyelesaikan langkah "Meneruskan pada proses entri, mencetak KK, mencatat pencetakan dan pemakaian blangko"
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KK dan berkas batal" untuk "PETUGAS OPERATOR KK"
    Ketika "PETUGAS OPERATOR KK" menyelesaikan langkah "Mengumpulkan hasil cetak KK dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KK dan berkas batal..." untuk "PETUGAS REKAP"
    Ketika "PETUGAS REKAP" menyelesaikan langkah "Merekapitulasi pencetakan KK dan berkas batal..."
    Maka SOP selesai

  Skenario: "PETUGAS OPERATOR KK" memutuskan "Tidak" pada "Menerima berkas permohonan yang telah...": lanjut ke "Merekapitulasi pencetakan KK dan berk..."
    Ketika "PETUGAS LOKET KK" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "PETUGAS LOKET KK"
    Ketika "PETUGAS LOKET KK" menyelesaikan langkah "Cek kelengkapan berkas"
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "PETUGAS OPERATOR KK"
    # Tafsiran: "tidak layak entri" tidak kembali ke langkah sebelumnya: berkas masuk proses batal
    # dengan alasan pembatalan dan tetap dikumpulkan untuk rekapitulasi ("mengumpulkan hasil cetak ...
    # dan berkas batal"); jadi Tidak juga menuju langkah rekap, dengan alasan terlihat oleh petugas rekap.
    Ketika "PETUGAS OPERATOR KK" memutuskan "Tidak" pada "Menerima berkas permohonan yang telah diverifikasi..." dengan alasan "tidak layak entri"
    # Diselaraskan: tidak layak entri melewati entri/cetak tetapi berkas batal tetap dikumpulkan operator (baris 3153-3158, "mengumpulkan hasil cetak KK dan berkas batal") sebelum rekap
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KK dan berkas batal" untuk "PETUGAS OPERATOR KK"
    Ketika "PETUGAS OPERATOR KK" menyelesaikan langkah "Mengumpulkan hasil cetak KK dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KK dan berkas batal..." untuk "PETUGAS REKAP"
    Maka alasan "tidak layak entri" terlihat oleh "PETUGAS REKAP"
    Ketika "PETUGAS REKAP" menyelesaikan langkah "Merekapitulasi pencetakan KK dan berkas batal..."
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah 1 menit
    Maka batas waktu langkah "Merekapitulasi pencetakan KK dan berkas batal..." adalah 20 menit
    Maka kelengkapan langkah "Cek kelengkapan berkas" adalah:
      | kelengkapan |
      | Berkas Pengajuan |
    Maka kelengkapan langkah "Menerima berkas permohonan yang telah diverifikasi..." adalah:
      | kelengkapan |
      | Berkas pengajuan |
      | Aplikasi SIAK |
      | Aplikasi Konsolidasi |
      | Aplikasi Duplicate NIK |
    # Diselaraskan: "Register" dan "ATK" (baris 3152-3153) dipakai untuk mencatat pencetakan; model menaruhnya di langkah entri/cetak yang dipecah dari baris 3148-3158
    Maka kelengkapan langkah "Meneruskan pada proses entri, mencetak KK, mencatat pencetakan dan pemakaian blangko" adalah:
      | kelengkapan |
      | Register |
      | ATK |
    Maka kelengkapan langkah "Merekapitulasi pencetakan KK dan berkas batal..." adalah:
      | kelengkapan |
      | KK |
      | Berkas Batal |
      | ATK |
    Maka output langkah "Cek kelengkapan berkas" adalah "Berkas pengajuan telah diverifikasi"
    Maka output langkah "Merekapitulasi pencetakan KK dan berkas batal..." adalah "KK telah di paraf dan telah ditandatangani"

  Skenario: Hanya operator KK yang mengentri dan mencetak
    Ketika "PETUGAS LOKET KK" memulai SOP
    Maka tugas berikutnya adalah "Cek kelengkapan berkas" untuk "PETUGAS LOKET KK"
    Ketika "PETUGAS LOKET KK" menyelesaikan langkah "Cek kelengkapan berkas"
    Maka tugas berikutnya adalah "Menerima berkas permohonan yang telah diverifikasi..." untuk "PETUGAS OPERATOR KK"
    Maka "PETUGAS LOKET KK" tidak dapat menyelesaikan langkah "Menerima berkas permohonan yang telah diverifikasi..."
    Maka "PETUGAS REKAP" tidak dapat menyelesaikan langkah "Menerima berkas permohonan yang telah diverifikasi..."
    Ketika "PETUGAS OPERATOR KK" memutuskan "Ya" pada "Menerima berkas permohonan yang telah diverifikasi..."
    # Diselaraskan: baris 3148-3158 memuat pekerjaan operator sesudah keputusan ("diteruskan pada proses entri ... mencetak KK, mencatat pencetakan dan pemakaian blangko, mengumpulkan hasil cetak KK dan berkas batal"); model memecahnya dengan kata seed: entri/cetak hanya bila layak, lalu mengumpulkan, lalu rekap
    Maka tugas berikutnya adalah "Meneruskan pada proses entri, mencetak KK, mencatat pencetakan dan pemakaian blangko" untuk "PETUGAS OPERATOR KK"
    Ketika "PETUGAS OPERATOR KK" menyelesaikan langkah "Meneruskan pada proses entri, mencetak KK, mencatat pencetakan dan pemakaian blangko"
    Maka tugas berikutnya adalah "Mengumpulkan hasil cetak KK dan berkas batal" untuk "PETUGAS OPERATOR KK"
    Ketika "PETUGAS OPERATOR KK" menyelesaikan langkah "Mengumpulkan hasil cetak KK dan berkas batal"
    Maka tugas berikutnya adalah "Merekapitulasi pencetakan KK dan berkas batal..." untuk "PETUGAS REKAP"
