from pipelines.rules import clean_paragraphs


def test_pagination_lines_are_removed(body):
    out = clean_paragraphs([*body, "Halaman : 1 2 3 Selanjutnya", "Halaman 1/4", "Page: 1 2", "Selanjutnya"])
    assert out.paragraphs == body
    assert out.removed["pagination"] == 4


def test_halaman_meaning_courtyard_is_kept(assert_kept):
    prose = ("Ratusan warga berkumpul di halaman Mapolres Kapuas untuk menerima bantuan air "
             "bersih dan obat-obatan.")
    assert_kept(prose)
