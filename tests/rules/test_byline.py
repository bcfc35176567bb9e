from pipelines.rules import clean_paragraphs


def test_label_lines_move_names_to_metadata(body):
    out = clean_paragraphs(["Wabah Diare Melanda Kapuas", "Penulis: Dodi Saputra | Editor: "
                                                          "Maya Lestari", *body,
                            "Pewarta : Andi Wijaya"], title="Wabah Diare Melanda Kapuas")
    assert out.paragraphs == body
    assert out.authors == ["Dodi Saputra", "Andi Wijaya"]
    assert out.editors == ["Maya Lestari"]


def test_report_line_and_editor_line_are_removed(body):
    out = clean_paragraphs(["Laporan Wartawan Kalteng Pos, Dodi Saputra", *body, "Editor: Maya Lestari"])
    assert out.paragraphs == body
    assert out.removed["byline"] == 2


def test_closing_initials_go_to_byline_codes(body):
    out = clean_paragraphs([*body[:2], body[2] + " (dod/mya)"])
    assert out.paragraphs == body
    assert out.byline_codes == ["dod", "mya"]


def test_glued_star_code_and_code_on_its_own_line(body):
    out = clean_paragraphs([*body[:2], body[2] + "(*)"])
    assert out.byline_codes == ["*"]
    out = clean_paragraphs([*body, "(mea/rul)"])
    assert out.paragraphs == body and out.byline_codes == ["mea", "rul"]


def test_parentheses_that_are_content_are_kept(body):
    ages = "Korban, Rudi (35) dan anaknya (8), dirawat di RSUD setelah pedagang kaki lima (PKL) melapor."
    acronym = "Pemerintah meminta para pedagang kaki lima menertibkan lapak mereka di pasar (PKL)"
    out = clean_paragraphs([*body, ages, acronym])
    assert out.paragraphs[-2:] == [ages, acronym]
    assert out.byline_codes == []


def test_paragraph_starting_with_editor_or_penulis_is_kept(body):
    editor = ("Editor senior majalah itu mengatakan bahwa peliputan wabah di daerah terpencil membutuhkan "
              "biaya besar dan keberanian wartawan muda.")
    writer = ("Penulis buku itu, yang lahir di Kuala Kapuas, hadir dalam peluncuran di "
              "perpustakaan daerah kemarin.")
    out = clean_paragraphs([body[0], editor, writer, *body[1:]])
    assert editor in out.paragraphs and writer in out.paragraphs
    assert out.removed["byline"] == 0


def test_data_source_under_a_table_is_kept_unless_switched_off(body):
    table = ["Tabel produksi karet 2023", "Kapuas 1.250 ton", "Pulang Pisau 980 ton", "Katingan 640 ton"]
    paragraphs = [body[0], *table, "Sumber: BPS Kalteng", *body[1:], "Sumber: Antara"]
    kept = clean_paragraphs(paragraphs)
    assert "Sumber: BPS Kalteng" in kept.paragraphs and "Sumber: Antara" not in kept.paragraphs
    dropped = clean_paragraphs(paragraphs, keep_data_sources=False)
    assert "Sumber: BPS Kalteng" not in dropped.paragraphs
