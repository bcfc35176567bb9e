from pipelines.rules import clean_paragraphs


def test_today_bar_above_the_title_is_removed_and_never_a_publish_date(body):
    out = clean_paragraphs(["Rabu, Maret 6, 2024", "Wabah Diare Melanda Kapuas", *body],
                           title="Wabah Diare Melanda Kapuas")
    assert out.removed["date_bar"] == 1
    assert out.today_bars == ["Rabu, Maret 6, 2024"]
    assert out.date_lines == []


def test_english_today_bar_without_title_in_first_lines(body):
    out = clean_paragraphs(["Wednesday, March 6, 2024", *body])
    assert out.removed["date_bar"] == 1
    assert out.paragraphs == body


def test_date_inside_a_sentence_is_kept(body):
    prose = ("Rapat berikutnya dijadwalkan pada Rabu, 6 Maret 2024 di aula kantor bupati "
             "bersama seluruh camat.")
    out = clean_paragraphs([*body, prose])
    assert prose in out.paragraphs
    assert out.removed["date_bar"] == 0
