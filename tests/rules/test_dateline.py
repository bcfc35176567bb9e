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


def test_dateline_split_over_two_lines(body):
    first = ("– Satreskrim Polres Lampung Timur menangkap dua pria yang diduga mencuri sapi milik warga "
             "di Kecamatan Sekampung.")
    out = clean_paragraphs(["Way Jepara", first, *body])
    assert out.paragraphs[0] == first[2:]
    assert out.dateline == "Way Jepara"
    assert out.removed["dateline"] == 1


def test_dash_paragraph_after_a_crosshead_inside_the_body_is_kept(body):
    dash = "– Harga cabai di pasar tradisional naik dua kali lipat dalam sepekan terakhir menurut pedagang."
    out = clean_paragraphs([body[0], "Harga Naik", dash, *body[1:]])
    assert "Harga Naik" in out.paragraphs and out.dateline is None
