from pipelines.rules import clean_paragraphs


def test_date_line_under_the_title_is_taken_as_the_article_date(body):
    out = clean_paragraphs(["Wabah Diare Melanda Kapuas", "Senin, 4 Maret 2024 - 14:20 WIB", *body],
                           title="Wabah Diare Melanda Kapuas")
    assert out.removed["article_date"] == 1
    assert out.date_lines == ["Senin, 4 Maret 2024 - 14:20 WIB"]
    assert out.paragraphs == body


def test_outlet_numeric_date_line(body):
    out = clean_paragraphs(["Wabah Diare Melanda Kapuas", "Kaltengpos.com - 04/03/2024, 14:20 WIB", *body],
                           title="Wabah Diare Melanda Kapuas")
    assert out.date_lines == ["Kaltengpos.com - 04/03/2024, 14:20 WIB"]


def test_region_and_date_line(body):
    out = clean_paragraphs(["Wabah Diare Melanda Kapuas", "Kalimantan Tengah | Senin, 4 Maret 2024", *body],
                           title="Wabah Diare Melanda Kapuas")
    assert out.removed["article_date"] == 1


def test_event_date_in_the_body_is_not_an_article_date(body):
    out = clean_paragraphs([*body, "Senin, 4 Maret 2024"])
    assert out.date_lines == []
