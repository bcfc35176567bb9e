import pytest

from pipelines.rules import clean_paragraphs
from pipelines.rules.dateline import parse

REST = "Sebanyak 120 warga terserang diare sejak awal pekan di tiga kecamatan yang terendam banjir."


@pytest.mark.parametrize(("prefix", "place"), [
    ("PALANGKA RAYA – ", "PALANGKA RAYA"),
    ("JAKARTA, KOMPAS.com - ", "JAKARTA"),
    ("TRIBUNKALTENG.COM, PALANGKA RAYA - ", "PALANGKA RAYA"),
    ("Kaltengpos.com, Kuala Kapuas – ", "Kuala Kapuas"),
    ("Sampit (ANTARA) - ", "Sampit"),
    ("KAPUAS-", "KAPUAS"),
    ("BORNEONEWS.CO.ID, PANGKALAN BUN-", "PANGKALAN BUN"),
    ("Muara Teweh (Kalteng Today) — ", "Muara Teweh"),
    ("KOMPAS.com - ", None),
])
def test_dateline_is_cut_and_its_place_kept(prefix, place):
    out = clean_paragraphs([prefix + REST])
    assert out.paragraphs == [REST]
    assert out.dateline == place
    assert out.removed["dateline"] == 1


def test_doubled_dateline_is_cut_once():
    out = clean_paragraphs(["KALTENGNEWS.COM (Kapuas) – KALTENGNEWS.COM (Kapuas) – " + REST])
    assert out.paragraphs == [REST]
    assert out.dateline == "Kapuas"


def test_dateline_on_a_line_of_its_own():
    out = clean_paragraphs(["Jakarta -", REST])
    assert out.paragraphs == [REST] and out.dateline == "Jakarta"


@pytest.mark.parametrize("text", [
    "Jakarta-Bandung ditempuh lima jam karena jalan tol macet sejak pagi hari hingga sore.",
    "Baru-baru ini warga Kapuas mengeluhkan air bersih yang keruh selama musim hujan.",
    "Wali Kota Palangka Raya, Fairid Naparin, mengatakan pihaknya menyiapkan posko banjir.",
])
def test_sentence_openings_that_look_like_datelines_are_kept(text):
    assert parse(text) is None
    assert clean_paragraphs([text]).paragraphs == [text]
