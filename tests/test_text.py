"""clean_text on dirty page text: paragraphs, page type, headline, publish date."""

from __future__ import annotations

from pipelines.text import clean_text, find_title, join_wrapped, listing_reason

PARA = ("Dinas Kesehatan Kabupaten Kapuas mencatat sedikitnya 120 warga di tiga kecamatan terserang diare "
        "sejak awal pekan, sebagian besar anak-anak yang tinggal di bantaran sungai.")


def test_hard_wrapped_lines_are_joined_and_blank_lines_separate():
    text = ("28.4 C\nSampit\n\nKAPUAS – Dinas Kesehatan Kabupaten Kapuas mencatat sedikitnya 120\n"
            "warga di tiga kecamatan terserang diare sejak awal pekan, sebagian besar\n"
            "anak-anak yang tinggal di bantaran sungai. Petugas puskesmas sudah turun\n"
            "ke desa-desa untuk membagikan obat.\n\nParagraf kedua dimulai di sini dan berakhir di sini.")
    paras = join_wrapped(text.split("\n"))
    assert paras[:2] == ["28.4 C", "Sampit"]
    assert paras[2].startswith("KAPUAS – Dinas") and paras[2].endswith("membagikan obat.")
    assert paras[3] == "Paragraf kedua dimulai di sini dan berakhir di sini."


def test_one_line_paragraphs_are_not_joined():
    lines = [PARA, "Baca juga: Banjir Rendam Tiga Desa di Kapuas Hilir", "Subjudul Tanpa Titik", PARA]
    assert join_wrapped(lines) == lines


def test_listing_urls_and_teaser_pages_are_not_articles():
    assert listing_reason("https://kaltengnews.example/tag/kapuas", [PARA])
    assert listing_reason("https://kaltengnews.example/", [PARA])
    assert listing_reason("https://kaltengnews.example/category/daerah/page/3", [PARA])
    teasers = [f"Judul berita nomor {n} tentang banjir yang melanda Kapuas…" for n in range(4)]
    assert listing_reason("about:blank", teasers)
    assert listing_reason("https://kaltengnews.example/2024/03/04/wabah-diare-melanda-kapuas", [PARA]) is None
    assert listing_reason("https://kaltengnews.example/?p=1234", [PARA]) is None


def test_listing_page_gets_an_error_and_an_empty_body():
    record = clean_text(PARA, url="https://kaltengnews.example/tag/kapuas")
    assert record["body"] == "" and record["error"].startswith("not_article:")


def test_title_from_url_slug_beats_banner_lines():
    lines = ["Kalteng Berkah", "Bersama Membangun Bumi Tambun Bungai", "Wabah Diare Melanda Kapuas", PARA]
    url = "https://kaltengnews.example/2024/03/04/wabah-diare-melanda-kapuas"
    assert find_title(lines, url) == "Wabah Diare Melanda Kapuas"


def test_visible_date_under_title_is_published_but_today_bar_is_not():
    text = ("Rabu, Maret 6, 2024\n\nWabah Diare Melanda Kapuas\n\nSenin, 4 Maret 2024 - 14:20 WIB\n\n"
            f"KAPUAS - {PARA}\n\n{PARA.replace('120', '130')}")
    record = clean_text(text)
    assert record["title"] == "Wabah Diare Melanda Kapuas"
    assert record["published_at"].startswith("2024-03-04")
    assert record["published_at_source"] == "text"
    assert record["dateline"] == "KAPUAS"


def test_only_a_today_bar_gives_no_publish_date():
    record = clean_text(f"Rabu, Maret 6, 2024\n\nWabah Diare Melanda Kapuas\n\n{PARA}")
    assert record["published_at"] is None


def test_empty_text_gives_an_error_record():
    record = clean_text("  \n\n ")
    assert record["error"].startswith("no_body")


# --- outlets and wording not in the evaluation texts (generalisation fixtures) ------------------

FIXTURES = __import__("pathlib").Path(__file__).parent / "fixtures" / "text"


def _fixture(name: str, url: str | None = None) -> dict:
    return clean_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"), url=url)


def test_tagdiv_page_of_an_unseen_outlet_comes_out_clean():
    rec = _fixture("ternate-banjir", "https://maluttoday.id/2025/03/12/banjir-rob-rendam-puluhan-rumah/")
    assert rec["title"] == "Banjir Rob Rendam Puluhan Rumah di Kelurahan Kayu Merah"
    paras = rec["body"].split("\n\n")
    assert len(paras) == 4
    assert paras[0].startswith("Puluhan rumah warga di Kelurahan Kayu Merah")
    assert paras[-1].endswith("ke lokasi terdampak sejak pagi hari.")
    assert rec["dateline"] == "TERNATE" and rec["byline_codes"] == ["fu", "rh"]
    assert rec["related"] == ["Gelombang Tinggi, Kapal Rute Ternate-Sofifi Dibatasi"]
    assert rec["authors"] == ["Fadli Umasangadji"] and rec["editors"] == ["Rusdi Hamid"]
    assert rec["published_at"] == "2025-03-12T09:15:00+09:00"  # WIT, not the "Maret 12" today bar
    for leak in ("28.4 C", "Maret 12, 2025", "spot_img", "Google News", "Tags", "Terpopuler", "Cengkih",
                 "All Rights Reserved", "HOME DAERAH"):
        assert leak not in rec["body"]


def test_split_dateline_flattened_insert_and_data_credit_on_an_unseen_outlet():
    rec = _fixture("mataram-sekolah",
                   "https://www.suaralombok.example/pendidikan/sekolah-rusak-akibat-gempa-belum-diperbaiki")
    paras = rec["body"].split("\n\n")
    assert paras[0].startswith("Ratusan siswa SD Negeri 12 Ampenan") and rec["dateline"] == "Mataram"
    assert paras[1].endswith("kapan pekerjaan dimulai. Menurut Baiq, siswa kelas rendah paling terganggu "
                             "karena tenda terasa panas sejak pukul sepuluh pagi.")
    assert "Gempa Magnitudo 5,1 Guncang Lombok Utara, Warga Berhamburan Keluar Rumah" in rec["related"]
    assert "Ampenan 14 ruang" in paras and "Sumber: Dinas Pendidikan Kota Mataram" in paras
    assert paras[-1].endswith("sekolah lain yang terdampak.") and rec["byline_codes"] == ["ndi"]
    for leak in ("Suara Lombok", "Simak video", "Berita Terkait", "Sembalun", "menit baca", "Bagikan",
                 "RIZKY PRATAMA"):
        assert leak not in rec["body"]


def test_repeated_tagline_and_trailing_headlines_of_an_unseen_outlet():
    rec = _fixture("kendari-jalan")
    paras = rec["body"].split("\n\n")
    assert rec["title"] == "Jalan Poros Kendari-Kolaka Amblas, Arus Kendaraan Dialihkan"
    assert len(paras) == 4 and paras[0].startswith("Jalan poros yang menghubungkan Kendari dan Kolaka")
    assert rec["dateline"] == "KENDARI"
    assert paras[-1].endswith("licin pada malam hari.")
    assert "Kendari Pos Online" not in rec["body"] and "Nikel" not in rec["body"]
