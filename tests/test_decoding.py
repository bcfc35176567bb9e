"""Decoding: the bytes win over a wrong label; one parse per page."""

import codecs

from pipelines.page import Page, decode_html

TEXT = ("<html><head>{meta}</head><body><p>Pemkot Palangka Raya menggelar “Festival Isen Mulang” – café</p>"
        "</body></html>")


def test_latin1_label_on_utf8_bytes_decodes_as_utf8():
    body = TEXT.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    text, enc = decode_html(body.encode("utf-8"))
    assert enc == "utf-8"
    assert "“Festival Isen Mulang” – café" in text


def test_real_cp1252_bytes_with_a_latin1_label_stay_cp1252():
    body = TEXT.format(meta='<meta charset="iso-8859-1">')
    text, enc = decode_html(body.encode("cp1252"))
    assert enc == "cp1252"
    assert "“Festival Isen Mulang” – café" in text


def test_http_header_charset_is_used_before_sniffing():
    body = TEXT.format(meta="").encode("utf-16-le")
    text, enc = decode_html(codecs.BOM_UTF16_LE + body, {"Content-Type": "text/html; charset=utf-16-le"})
    assert "café" in text and enc.startswith("utf-16")


def test_utf8_bom_is_dropped():
    text, _ = decode_html(codecs.BOM_UTF8 + TEXT.format(meta="").encode("utf-8"))
    assert text.startswith("<html>")


def test_undeclared_windows_1252_is_sniffed_not_garbled():
    text, _ = decode_html(TEXT.format(meta="").encode("cp1252"))
    assert "café" in text


def test_page_tree_is_parsed_once_and_an_xml_declaration_is_tolerated():
    page = Page("https://x.example/a", '<?xml version="1.0"?><html><body><p>x</p></body></html>')
    assert page.tree is page.tree
    assert page.tree.findtext(".//p") == "x"
