from pipelines.rules import clean_paragraphs

TITLE = "Wabah Diare Melanda Kapuas"


def test_deck_between_title_and_byline_is_removed(body):
    out = clean_paragraphs([TITLE, "Ratusan warga terserang diare setelah banjir surut di Kapuas",
                            "Penulis: Dodi Saputra | Editor: Maya Lestari", *body], title=TITLE)
    assert out.paragraphs == body
    assert out.removed["deck"] == 1


def test_deck_repeating_a_body_sentence_is_removed(body):
    out = clean_paragraphs([TITLE, body[1], "KAPUAS - " + body[0], *body[1:]], title=TITLE)
    assert out.paragraphs == body


def test_summary_bullets_after_the_byline_are_kept(body):
    lines = [TITLE, "Penulis: Dodi Saputra", "Ringkasan Berita:", "• 120 warga terserang diare",
             "• Obat dibagikan di tiga kecamatan", "KAPUAS - " + body[0], *body[1:]]
    out = clean_paragraphs(lines, title=TITLE)
    assert out.paragraphs[:2] == ["• 120 warga terserang diare", "• Obat dibagikan di tiga kecamatan"]


def test_subheading_above_the_dateline_without_byline_is_kept(body):
    sub = "Puskesmas Kewalahan Menangani Pasien Anak"
    out = clean_paragraphs([TITLE, sub, "KAPUAS - " + body[0], *body[1:]], title=TITLE)
    assert sub in out.paragraphs
