from pipelines.rules import clean_paragraphs


def test_ad_marker_lines_are_removed(body):
    out = clean_paragraphs([body[0], "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", body[1],
                            "- Advertisement -spot_img", "~ Advertisements ~", body[2], "Iklan"])
    assert out.paragraphs == body
    assert out.removed["ad_marker"] == 5


def test_kompas_plus_promo_is_removed(body):
    out = clean_paragraphs(["Baca berita tanpa iklan. Gabung Kompas.com+", *body])
    assert out.paragraphs == body


def test_the_word_iklan_in_prose_is_kept(assert_kept):
    prose = ("Pemerintah daerah melarang iklan rokok dipasang di sekitar sekolah dan fasilitas "
             "kesehatan mulai tahun ini.")
    assert_kept(prose)
