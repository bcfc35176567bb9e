from pipelines.rules import clean_paragraphs


def test_temperature_and_city_above_the_title_are_removed(body):
    out = clean_paragraphs(["28.4 C", "Sampit", "Wabah Diare Melanda Kapuas", *body],
                           title="Wabah Diare Melanda Kapuas")
    assert out.removed["weather_header"] == 2
    assert out.paragraphs == body


def test_temperature_with_degree_sign_is_removed(body):
    out = clean_paragraphs(["31°C", "Banjarmasin", *body])
    assert out.removed["weather_header"] == 2
    assert "31°C" not in out.paragraphs


def test_weather_sentence_in_the_body_is_kept(body):
    prose = ("Suhu di Palangka Raya mencapai 35 derajat celsius pada siang hari menurut BMKG "
             "setempat, lebih panas.")
    out = clean_paragraphs([*body, prose])
    assert prose in out.paragraphs
    assert out.removed["weather_header"] == 0


def test_temperature_line_mid_body_is_kept(body):
    out = clean_paragraphs([body[0], "25 C", "Palangkaraya", body[1], body[2]])
    assert out.removed["weather_header"] == 0
