from pipelines.rules import clean_paragraphs


def test_marker_variants_are_removed_and_titles_kept(body):
    out = clean_paragraphs([body[0], "Baca Juga :  Banjir Rendam Tiga Desa di Kapuas Hilir", body[1],
                            "baca juga: Harga Karet Naik, Petani Barsel Sumringah", body[2],
                            "Baca juga :Â Jembatan Kahayan Ditutup Sementara"])
    assert out.paragraphs == body
    assert out.related == ["Banjir Rendam Tiga Desa di Kapuas Hilir", "Harga Karet Naik, "
                                                                      "Petani Barsel Sumringah",
                           "Jembatan Kahayan Ditutup Sementara"]
    assert out.removed["related_insert"] == 3


def test_marker_line_with_headline_on_the_next_line(body):
    out = clean_paragraphs([body[0], "Baca juga:", "Gubernur Tinjau Posko Banjir di Katingan", *body[1:]])
    assert out.paragraphs == body
    assert out.related == ["Gubernur Tinjau Posko Banjir di Katingan"]


def test_related_block_heading_takes_its_headlines(body):
    out = clean_paragraphs([*body, "Berita Terkait", "Sungai Kahayan Meluap, Warga Mengungsi",
                            "Pasar Murah Digelar Jelang Ramadan"])
    assert out.paragraphs == body
    assert "Pasar Murah Digelar Jelang Ramadan" in out.related


def test_link_cta_and_its_headline(body):
    out = clean_paragraphs([body[0], "Selengkapnya dapat disimak di sini:", "Mengapa Air "
                                                                            "Sungai Berwarna Cokelat?",
                            *body[1:]])
    assert out.paragraphs == body


def test_unmarked_headline_run_between_paragraphs(body):
    out = clean_paragraphs([body[0], "Persib vs Borneo FC, Pelatih Andalkan Lini Tengah Muda",
                            "Harga Emas Antam Hari Ini Turun Rp 5.000 per Gram", *body[1:]])
    assert out.paragraphs == body
    assert out.removed["related_insert"] == 2


def test_flattened_insert_at_paragraph_end():
    para = ("Warga diminta waspada karena debit air terus naik sejak pagi hari di sejumlah titik. "
            "Baca juga: Posko Banjir Didirikan di Tiga Kecamatan")
    out = clean_paragraphs([para])
    assert out.paragraphs == ["Warga diminta waspada karena debit air terus naik sejak pagi "
                              "hari di sejumlah titik."]


def test_quote_and_prose_mentioning_baca_or_simak_are_kept(body):
    quote = "\"Anak-anak harus baca juga buku pelajaran di rumah, bukan hanya bermain gawai,\" kata Rina."
    prose = ("Simak juga curhatan pembaca setia yang hidupnya berubah setelah membaca seri buku perjalanan "
             "itu selama bertahun-tahun.")
    reading = "Bacaan Alquran menggema di masjid itu sepanjang malam ketika warga menunggu air surut."
    out = clean_paragraphs([body[0], quote, prose, reading, *body[1:]])
    assert quote in out.paragraphs and prose in out.paragraphs and reading in out.paragraphs
    assert out.removed["related_insert"] == 0


def test_single_crosshead_and_numbered_items_are_kept(body):
    out = clean_paragraphs([body[0], "Petugas Bergerak Cepat", body[1], "1. Penjelasan Dinas soal wabah",
                            body[2]])
    assert "Petugas Bergerak Cepat" in out.paragraphs
    assert "1. Penjelasan Dinas soal wabah" in out.paragraphs


def test_run_of_lines_using_the_articles_words_is_a_list_not_related_headlines(body):
    lines = ["Puskesmas Kapuas Timur Membagikan Kaporit", "Petugas Dinas Kesehatan Merebus Air Warga"]
    out = clean_paragraphs([body[0], *lines, *body[1:]])
    assert out.paragraphs == [body[0], *lines, *body[1:]]


def test_run_of_items_sharing_one_template_is_kept(body):
    items = ["Jalur A: Desa Anjir, Desa Sei Tatas, Desa Pulau Telo",
             "Jalur B: Desa Mandomai, Desa Sei Pasah, Desa Lupak Dalam",
             "Jalur C: Desa Bataguh, Desa Terusan Raya, Desa Palingkau"]
    out = clean_paragraphs([body[0], *items, *body[1:]])
    assert out.paragraphs == [body[0], *items, *body[1:]]


def test_flattened_insert_mid_paragraph_is_cut_where_the_next_sentence_starts():
    para = ("Tim SAR tiba di lokasi sejak pukul 09.00 WIT. Baca juga: Longsor Tutup Jalan Trans Seram di "
            "Desa Waipia Sekitar pukul 11.30 WIT, petugas berhasil membuka satu lajur jalan untuk kendaraan.")
    out = clean_paragraphs([para])
    assert out.paragraphs == ["Tim SAR tiba di lokasi sejak pukul 09.00 WIT. Sekitar pukul 11.30 WIT, "
                              "petugas berhasil membuka satu lajur jalan untuk kendaraan."]
    assert out.related == ["Longsor Tutup Jalan Trans Seram di Desa Waipia"]


def test_flattened_insert_before_a_quote_is_cut():
    para = ("Stok beras di gudang dinilai cukup. Baca juga: Bulog Maluku Utara Jamin Pasokan Jelang Ramadan "
            "“Kami pastikan tidak ada kelangkaan sampai Lebaran,” ujar kepala gudang di Ternate.")
    out = clean_paragraphs([para])
    assert out.paragraphs == ["Stok beras di gudang dinilai cukup. “Kami pastikan tidak ada kelangkaan "
                              "sampai Lebaran,” ujar kepala gudang di Ternate."]


def test_flattened_insert_without_a_clear_end_is_left_alone():
    para = ("Warga mengeluhkan jalan rusak. Baca juga: Jalan Rusak Dikeluhkan Warga Desa Tumbang Talaken "
            "kata kepala desa yang ditemui wartawan di rumahnya pada malam hari.")
    out = clean_paragraphs([para])
    assert out.paragraphs == [para]
