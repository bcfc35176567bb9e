from pipelines.rules import clean_paragraphs


def test_credit_lines_and_captions_with_credits_are_removed(body):
    out = clean_paragraphs(["Foto: Istimewa", body[0], "Petugas membagikan kaporit kepada "
                                                       "warga (foto : Dodi)",
                            *body[1:], "Warga mengantre obat di puskesmas. [Foto: Dinkes Kapuas]"])
    assert out.paragraphs == body
    assert out.removed["caption"] == 3


def test_slash_credit_and_the_caption_under_it(body):
    title = "Wabah Diare Melanda Kapuas"
    out = clean_paragraphs([title, "Penulis: Dodi Saputra | Editor: Maya Lestari", "KALTENG POS/DODI SAPUTRA",
                            "Petugas puskesmas memeriksa anak di Kuala Kapuas, Senin (4/3/2024).",
                            "KAPUAS - " + body[0], *body[1:]], title=title)
    assert out.paragraphs == body
    assert "Petugas puskesmas memeriksa anak di Kuala Kapuas, Senin (4/3/2024)." in out.captions


def test_caption_printed_twice_in_a_row(body):
    cap = "Bupati Kapuas meninjau posko kesehatan di Desa Anjir"
    out = clean_paragraphs([body[0], cap, cap, *body[1:]])
    assert out.paragraphs == body


def test_long_sentence_starting_with_foto_is_kept(assert_kept):
    prose = ("Foto itu kemudian viral di media sosial dan memancing ratusan komentar warga yang meminta "
             "pemerintah segera turun tangan.")
    assert_kept(prose, at=1)


def test_closing_names_at_the_end_are_codes_not_captions(body):
    out = clean_paragraphs([*body[:2], body[2] + " (Dodi Saputra/Maya Lestari)"])
    assert out.byline_codes == ["Dodi Saputra", "Maya Lestari"]
    assert out.removed["caption"] == 0
