# language: id
# Sumber: 004_ba47c62d495aa3d2.txt, baris 894-915 ("Prosedur Penerimaan Telepon")
# Ditulis dari teks sumber saja (G4); tabel, BPMN dan fitur hasil draf tidak dibaca.
# Kolom pelaksana (baris 898-899): Publik | Staf | Kasubag/Kasubid/Sekretaris/Kabid (satu kolom, ejaan seed).
# Keputusan: pengalihan sambungan bila pertanyaan di luar pengetahuan petugas (baris 906-910).
Fitur: Prosedur Penerimaan Telepon
  Penerimaan telepon: pertanyaan publik diterima petugas; yang di luar pengetahuan petugas dialihkan ke pejabat.

  Latar Belakang:
    Dengan SOP "lumajang_dukcapil_penerimaan_telepon" diterapkan
    Dan pengguna untuk setiap pelaksana SOP

  Skenario: Alur utama: pertanyaan dialihkan dan dijawab pejabat
    # "Balitbang" seperti seed (salinan dari SOP instansi lain).
    Ketika "Publik" memulai SOP
    Maka tugas berikutnya adalah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" untuk "Publik"
    Ketika "Publik" menyelesaikan langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon"
    Maka tugas berikutnya adalah "Petugas/pelaksana menerima pertanyaan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Petugas/pelaksana menerima pertanyaan"
    # Sumber: baris 906-910: "Apabila pertanyaan diluar pengetahuan petugas, maka sambungan akan dialihkan ke
    # Kasubag/Kasubid/Sekretaris /Kabid"; tanda "N" di baris 906: keputusan petugas (Ya = di luar pengetahuan).
    Maka tugas berikutnya adalah "Apabila pertanyaan diluar pengetahuan petugas..." untuk "Staf"
    Ketika "Staf" memutuskan "Ya" pada "Apabila pertanyaan diluar pengetahuan petugas..."
    Maka tugas berikutnya adalah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik" untuk "Kasubag/Kasubid/Sekretaris/Kabid"
    Ketika "Kasubag/Kasubid/Sekretaris/Kabid" menyelesaikan langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik"
    Maka tugas berikutnya adalah "Publik menerima jawaban" untuk "Publik"
    Ketika "Publik" menyelesaikan langkah "Publik menerima jawaban"
    Maka SOP selesai

  Skenario: "Staf" memutuskan "Tidak" pada "Apabila pertanyaan diluar pengetahuan...": lanjut ke "Publik menerima jawaban"
    Ketika "Publik" memulai SOP
    Maka tugas berikutnya adalah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" untuk "Publik"
    Ketika "Publik" menyelesaikan langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon"
    Maka tugas berikutnya adalah "Petugas/pelaksana menerima pertanyaan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Petugas/pelaksana menerima pertanyaan"
    Maka tugas berikutnya adalah "Apabila pertanyaan diluar pengetahuan petugas..." untuk "Staf"
    # Tafsiran: seed tidak menulis tujuan Tidak; bila pertanyaan dapat dijawab petugas, sambungan tidak dialihkan
    # dan publik langsung menerima jawaban (langkah 5).
    Ketika "Staf" memutuskan "Tidak" pada "Apabila pertanyaan diluar pengetahuan petugas..." dengan alasan "petugas dapat menjawab sendiri"
    Maka tugas berikutnya adalah "Publik menerima jawaban" untuk "Publik"
    Maka alasan "petugas dapat menjawab sendiri" terlihat oleh "Publik"
    Ketika "Publik" menyelesaikan langkah "Publik menerima jawaban"
    Maka SOP selesai

  Skenario: Mutu baku: batas waktu, kelengkapan dan output menurut seed
    Maka batas waktu langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" adalah 5 menit
    Maka batas waktu langkah "Petugas/pelaksana menerima pertanyaan" adalah 5 menit
    Maka batas waktu langkah "Apabila pertanyaan diluar pengetahuan petugas..." adalah 5 menit
    Maka batas waktu langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik" adalah 10 menit
    Maka batas waktu langkah "Publik menerima jawaban" adalah 10 menit
    Maka kelengkapan langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" adalah:
      | kelengkapan |
      | Pertanyaan |
      | permohonan klarifikasi |
      | permintaan penjelasan |
      | telepon |
    Maka kelengkapan langkah "Petugas/pelaksana menerima pertanyaan" adalah:
      | kelengkapan |
      | Pertanyaan |
      | permohonan klarifikasi |
      | permintaan penjelasan |
      | telepon |
    Maka kelengkapan langkah "Apabila pertanyaan diluar pengetahuan petugas..." adalah:
      | kelengkapan |
      | Pertanyaan |
      | permohonan klarifikasi |
      | permintaan penjelasan |
      | telepon |
    Maka kelengkapan langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik" adalah:
      | kelengkapan |
      | Pertanyaan |
      | permohonan klarifikasi |
      | permintaan penjelasan |
      | telepon |
    Maka kelengkapan langkah "Publik menerima jawaban" adalah:
      | kelengkapan |
      | Telepon |
    Maka output langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" adalah "Informasi"
    Maka output langkah "Petugas/pelaksana menerima pertanyaan" adalah "Informasi"
    Maka output langkah "Apabila pertanyaan diluar pengetahuan petugas..." adalah "Informasi"
    Maka output langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik" adalah "Informasi"
    Maka output langkah "Publik menerima jawaban" adalah "Informasi"

  Skenario: Hanya pejabat yang menjawab pertanyaan yang dialihkan
    Ketika "Publik" memulai SOP
    Maka tugas berikutnya adalah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon" untuk "Publik"
    Ketika "Publik" menyelesaikan langkah "Publik mengirimkan pertanyaan kepada Balitbang melalui telepon"
    Maka tugas berikutnya adalah "Petugas/pelaksana menerima pertanyaan" untuk "Staf"
    Ketika "Staf" menyelesaikan langkah "Petugas/pelaksana menerima pertanyaan"
    Maka tugas berikutnya adalah "Apabila pertanyaan diluar pengetahuan petugas..." untuk "Staf"
    Ketika "Staf" memutuskan "Ya" pada "Apabila pertanyaan diluar pengetahuan petugas..."
    Maka tugas berikutnya adalah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik" untuk "Kasubag/Kasubid/Sekretaris/Kabid"
    Maka "Staf" tidak dapat menyelesaikan langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik"
    Maka "Publik" tidak dapat menyelesaikan langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik"
    Ketika "Kasubag/Kasubid/Sekretaris/Kabid" menyelesaikan langkah "Kasubag/Kasubid/Sekretaris/Kabid memberikan jawaban atas pertanyaan publik"
    Maka tugas berikutnya adalah "Publik menerima jawaban" untuk "Publik"
