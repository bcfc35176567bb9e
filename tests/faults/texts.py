"""Article texts of the fictional fault outlet "Kabar Fiktif": each one distinct, so no dedup rule
can fold two of them together and hide a lost article."""

from __future__ import annotations

#: slug → (title, paragraphs). Places and people are invented.
ARTICLES: dict[str, tuple[str, list[str]]] = {
    "jembatan-sungai-kahayan": (
        "Perbaikan Jembatan Sungai Kahayan Ditargetkan Rampung Akhir Bulan",
        [
            "Dinas Pekerjaan Umum Kabupaten Sukamaju menargetkan perbaikan jembatan di atas Sungai Kahayan "
            "selesai pada akhir bulan ini, setelah pelat lantai jembatan retak akibat banjir pekan lalu.",
            "Kepala bidang bina marga, Rudi Hartono, mengatakan pekerja menambah satu regu malam agar "
            "pengecoran tidak terhenti ketika hujan turun pada sore hari.",
            "Selama perbaikan, kendaraan roda empat dialihkan melalui jalan desa di sisi timur yang "
            "menambah waktu tempuh sekitar dua puluh menit menuju pasar kecamatan.",
            "Warga berharap jembatan itu juga diberi lampu penerangan karena ruas tersebut gelap dan "
            "rawan kecelakaan pada malam hari, terutama bagi pengendara sepeda motor.",
        ],
    ),
    "harga-cabai-melonjak": (
        "Harga Cabai Rawit di Pasar Kahuripan Melonjak Jelang Musim Hujan",
        [
            "Harga cabai rawit di Pasar Kahuripan naik hampir dua kali lipat dalam sepekan terakhir, dari "
            "empat puluh ribu menjadi tujuh puluh lima ribu rupiah per kilogram.",
            "Pedagang menyebut pasokan dari sentra kebun di dataran tinggi berkurang karena banyak tanaman "
            "busuk setelah diguyur hujan deras beberapa hari berturut-turut.",
            "Dinas Perdagangan setempat berencana menggelar operasi pasar murah di tiga kelurahan untuk "
            "menahan kenaikan harga sampai panen berikutnya tiba.",
            "Sejumlah ibu rumah tangga mengaku mengurangi pembelian dan beralih ke cabai kering yang "
            "harganya relatif stabil di kios-kios bahan pokok.",
        ],
    ),
    "festival-perahu-naga": (
        "Festival Perahu Naga Kembali Digelar Setelah Tiga Tahun Vakum",
        [
            "Festival perahu naga tahunan kembali meramaikan tepian danau Telaga Biru setelah tiga tahun "
            "tidak diselenggarakan karena keterbatasan anggaran daerah.",
            "Panitia mencatat dua puluh dua tim mendayung dari berbagai kecamatan, termasuk tim perempuan "
            "pertama yang berasal dari desa nelayan di pesisir utara.",
            "Bupati Sukamaju membuka lomba dengan memukul gong dan berjanji menjadikan festival ini "
            "agenda wisata tetap yang dipromosikan ke luar provinsi.",
            "Pedagang makanan di sekitar danau mengaku omzet mereka naik tajam selama dua hari "
            "penyelenggaraan karena ribuan penonton memadati lokasi.",
        ],
    ),
    "sekolah-terendam-banjir": (
        "Tiga Sekolah Dasar Terendam Banjir, Siswa Belajar di Balai Desa",
        [
            "Tiga sekolah dasar di Kecamatan Muara Hilir terendam banjir setinggi lutut orang dewasa "
            "sehingga kegiatan belajar dipindahkan ke balai desa terdekat.",
            "Kepala sekolah Siti Aminah mengatakan buku pelajaran dan arsip rapor sempat diselamatkan ke "
            "lantai dua sebelum air masuk ke ruang kelas pada dini hari.",
            "Badan Penanggulangan Bencana Daerah mengirim perahu karet untuk menjemput guru dan murid "
            "yang rumahnya berada di dataran rendah dekat tepi sungai.",
            "Pemerintah kecamatan meminta orang tua tetap memantau anak-anak agar tidak bermain di genangan "
            "air yang berarus deras di sekitar saluran irigasi.",
        ],
    ),
    "petani-kopi-organik": (
        "Petani Kopi di Lereng Gunung Raya Beralih ke Pupuk Organik",
        [
            "Kelompok tani kopi di lereng Gunung Raya mulai meninggalkan pupuk kimia dan beralih ke kompos "
            "buatan sendiri dari kulit buah kopi dan kotoran ternak.",
            "Ketua kelompok, Yohanes Tari, menyebut biaya produksi turun hampir sepertiga sementara harga "
            "jual biji kopi organik lebih tinggi di kedai-kedai kota.",
            "Penyuluh pertanian mendampingi para petani mengurus sertifikat agar hasil panen bisa dijual "
            "ke pembeli dari luar negeri yang mensyaratkan label organik.",
            "Tahun depan kelompok itu berencana membangun rumah pengering bersama supaya kualitas biji "
            "tidak turun ketika musim hujan datang lebih awal.",
        ],
    ),
    "vaksinasi-ternak": (
        "Dinas Peternakan Gelar Vaksinasi Massal untuk Cegah Penyakit Mulut dan Kuku",
        [
            "Dinas Peternakan menggelar vaksinasi massal terhadap sapi dan kambing di lima desa yang "
            "berbatasan dengan kabupaten tetangga tempat wabah ditemukan.",
            "Dokter hewan Agus Salim menjelaskan petugas menargetkan dua ribu ekor ternak divaksin dalam "
            "dua pekan dengan mendatangi kandang warga satu per satu.",
            "Peternak diminta tidak membeli hewan dari luar daerah tanpa surat keterangan kesehatan "
            "sampai status kewaspadaan dicabut oleh pemerintah provinsi.",
            "Pasar hewan mingguan untuk sementara ditutup dan transaksi jual beli dialihkan ke titik "
            "pemeriksaan yang dijaga petugas kesehatan hewan.",
        ],
    ),
    "listrik-desa-terpencil": (
        "Dua Desa Terpencil Akhirnya Menikmati Listrik Dua Puluh Empat Jam",
        [
            "Warga Desa Tanjung Batu dan Desa Sungai Pinang kini menikmati aliran listrik sepanjang hari "
            "setelah jaringan baru dari gardu induk kecamatan tersambung.",
            "Sebelumnya kedua desa hanya mendapat listrik dari genset komunal yang menyala enam jam setiap "
            "malam dengan iuran solar yang memberatkan warga.",
            "Seorang penjahit, Marlina, mengatakan kini ia bisa menerima pesanan lebih banyak karena mesin "
            "jahit listrik dapat dipakai sejak pagi hingga sore.",
            "Perusahaan listrik negara berjanji memasang jaringan serupa untuk empat desa lain di hulu "
            "sungai paling lambat pertengahan tahun depan.",
        ],
    ),
    "pasar-malam-ramadan": (
        "Pedagang Kaki Lima Ditata Ulang di Kawasan Alun-Alun Kota",
        [
            "Pemerintah kota menata ulang ratusan pedagang kaki lima di kawasan alun-alun agar trotoar "
            "kembali bisa dilalui pejalan kaki dan penyandang disabilitas.",
            "Para pedagang dipindahkan ke deretan tenda seragam di sisi selatan yang dilengkapi tempat "
            "sampah terpilah dan sambungan listrik resmi.",
            "Ketua paguyuban pedagang menerima penataan itu asalkan tidak ada pungutan tambahan di luar "
            "retribusi harian yang sudah disepakati bersama.",
            "Satpol PP akan berjaga selama sebulan pertama untuk memastikan tidak ada lapak baru yang "
            "kembali berdiri di badan jalan sekitar masjid raya.",
        ],
    ),
    "perpustakaan-keliling": (
        "Perpustakaan Keliling Sambangi Kampung Nelayan Setiap Sabtu",
        [
            "Mobil perpustakaan keliling milik dinas arsip kini rutin menyambangi kampung nelayan di "
            "pesisir setiap Sabtu pagi dengan membawa ratusan judul buku.",
            "Anak-anak yang biasanya membantu orang tua menjemur ikan berkumpul di bawah pohon ketapang "
            "untuk membaca dongeng dan buku pengetahuan bergambar.",
            "Pustakawan Dewi Lestari mengatakan buku tentang laut dan perahu paling cepat habis dipinjam "
            "sehingga koleksi tema itu akan ditambah bulan depan.",
            "Program ini dibiayai dana desa dan sumbangan buku dari komunitas literasi kota yang juga "
            "mengirim relawan untuk mendongeng secara bergiliran.",
        ],
    ),
    "bandara-perintis": (
        "Landasan Bandara Perintis Diperpanjang agar Pesawat Lebih Besar Bisa Mendarat",
        [
            "Kementerian Perhubungan memperpanjang landasan bandara perintis di Kabupaten Hulu Jaya dari "
            "seribu dua ratus menjadi seribu enam ratus meter.",
            "Dengan landasan baru, pesawat berpenumpang tujuh puluh orang dapat mendarat sehingga harga "
            "tiket ke ibu kota provinsi diharapkan turun.",
            "Kepala bandara menyebut pengerjaan dilakukan bertahap pada malam hari supaya penerbangan "
            "perintis yang membawa bahan pokok tidak terganggu.",
            "Pelaku usaha rotan setempat berharap ongkos kirim barang ke luar daerah menjadi lebih murah "
            "ketika jadwal penerbangan bertambah.",
        ],
    ),
    "turnamen-sepak-bola-desa": (
        "Turnamen Sepak Bola Antardesa Diikuti Tiga Puluh Dua Kesebelasan",
        [
            "Turnamen sepak bola antardesa memperebutkan piala camat resmi bergulir di lapangan kecamatan "
            "dengan peserta tiga puluh dua kesebelasan.",
            "Panitia menerapkan batas usia pemain di bawah dua puluh tiga tahun agar turnamen menjadi "
            "ajang pencarian bakat muda bagi klub daerah.",
            "Pertandingan pembuka antara Desa Sumber Rejo dan Desa Karang Anyar berakhir imbang dua gol "
            "dan ditonton ratusan warga yang memadati pinggir lapangan.",
            "Pemenang turnamen akan mewakili kecamatan dalam kejuaraan tingkat kabupaten yang digelar "
            "menjelang peringatan hari jadi daerah.",
        ],
    ),
    "air-bersih-kemarau": (
        "Krisis Air Bersih, Warga Antre Jeriken di Depan Kantor Kelurahan",
        [
            "Puluhan warga Kelurahan Bukit Indah mengantre dengan jeriken di depan kantor kelurahan "
            "untuk mendapatkan air bersih dari truk tangki milik pemerintah.",
            "Sumur-sumur warga mengering sejak sebulan terakhir karena kemarau panjang, sementara pipa "
            "perusahaan air minum daerah belum menjangkau permukiman itu.",
            "Lurah Bambang Sutejo mengatakan distribusi air dilakukan dua kali sepekan dan setiap kepala "
            "keluarga mendapat jatah enam jeriken.",
            "Warga meminta pemerintah membangun sumur bor dalam agar mereka tidak lagi bergantung pada "
            "kiriman truk tangki setiap musim kemarau tiba.",
        ],
    ),
}

#: An English story on the Indonesian outlet (a syndicated wire piece).
ENGLISH = (
    "Provincial Government Opens New Ferry Route to Outer Islands",
    [
        "The provincial government has opened a new ferry route linking the port city with three outer "
        "islands, cutting the journey for residents from two days to about nine hours.",
        "Officials said the ferry will sail twice a week and carry both passengers and goods, including "
        "rice, fuel and building materials that are often scarce on the islands.",
        "Fishermen on the islands welcomed the service, saying it would let them sell fresh catch in the "
        "city market before it spoils, instead of salting it for weeks.",
        "The transport agency plans to review demand after six months and may add a third weekly trip if "
        "passenger numbers keep rising during the holiday season.",
    ],
)
