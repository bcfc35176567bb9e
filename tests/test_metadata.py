"""Metadata precedence: JSON-LD, meta, <time>, the visible date line, the URL; never a today bar."""

from datetime import UTC, datetime
from pathlib import Path

import lxml.html

from pipelines.metadata import extract_metadata, split_credit, strip_site_suffix

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CRAWL = datetime(2024, 11, 29, 3, 0, tzinfo=UTC)


def meta_of(html: str, url: str = "https://outlet.example/berita/slug", offset: str = "+07:00"):
    return extract_metadata(lxml.html.document_fromstring(html), url, offset=offset, now=CRAWL)


def test_jsonld_news_article_inside_graph_gives_date_author_section_image():
    md = meta_of((FIXTURES / "portal_article.html").read_text("utf-8"),
                 "https://kabar.example/daerah/2024/11/25/warga-sampit-gotong-royong")
    assert md.title == "Warga Sampit Gotong Royong Bersihkan Sungai Mentaya"
    assert md.published_source == "jsonld"
    assert md.published.isoformat() == "2024-11-25T14:30:00+07:00"
    assert md.modified.isoformat() == "2024-11-25T16:00:00+07:00"
    assert md.authors == ["Rini Astuti"]
    assert md.section == "Daerah"
    assert md.tags == ["Sampit", "Lingkungan"]
    assert md.image["url"] == "https://cdn.kabar.example/2024/11/sungai.jpg"
    assert md.canonical_url == "https://kabar.example/daerah/2024/11/25/warga-sampit-gotong-royong"
    assert md.site_name == "Kabar Kalteng"


def test_section_bar_h1_loses_to_the_headline_h2_and_the_today_bar_is_not_the_date():
    md = meta_of((FIXTURES / "old_portal_br.html").read_text("latin-1"))
    assert md.title == "Polisi Amankan Dua Pelaku Curanmor di Banjarmasin"
    assert md.published_source == "text"
    assert md.published.isoformat() == "2015-11-04T21:04:00+07:00"  # not the bar's 28 November 2024


def test_article_meta_wins_over_a_wrong_itemprop_and_malformed_offset_is_read():
    html = """<html><head><title>Judul Berita :: Okezone</title>
    <meta itemprop="datePublished" content="2014-07-13T20:07:27.8200000">
    <meta property="article:published_time" content="2015-06-19T03:40:00+07:00Z"></head>
    <body><h1>Okezone News</h1><h1>Judul Berita</h1></body></html>"""
    md = meta_of(html)
    assert md.published_source == "meta"
    assert md.published.isoformat() == "2015-06-19T03:40:00+07:00"
    assert md.title == "Judul Berita"  # the logo h1 repeats the <title> with the site name


def test_time_element_in_a_sidebar_is_ignored_for_the_one_in_the_article():
    html = """<html><body><aside class="sidebar"><time datetime="2024-11-28T10:00:00+07:00">x</time></aside>
    <article><h1>Judul</h1><time datetime="2024-11-20T09:00:00+08:00">20 Nov</time></article></body></html>"""
    md = meta_of(html, offset="+08:00")
    assert md.published_source == "time"
    assert md.published.isoformat() == "2024-11-20T09:00:00+08:00"


def test_today_bar_above_the_headline_never_counts_and_the_url_is_the_fallback():
    html = """<html><body><div class="top-date">Senin, 25 November 2024</div>
    <h1>Harga Cabai Turun di Pasar Besar</h1><p>Harga cabai rawit turun sejak pekan lalu di pasar itu.</p>
    </body></html>"""
    md = meta_of(html, "https://outlet.example/2024/11/20/harga-cabai")
    assert md.published_source == "url"
    assert md.published.date().isoformat() == "2024-11-20"


def test_no_date_anywhere_gives_none():
    md = meta_of("<html><body><h1>Judul</h1><p>Tanpa tanggal sama sekali di halaman ini.</p></body></html>")
    assert md.published is None and md.published_source == "none"


def test_broken_jsonld_is_skipped_not_fatal():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "A",,}
    </script><script type="application/ld+json">{not json at all</script>
    <meta property="og:title" content="Judul Dari OG"></head><body><p>x</p></body></html>"""
    md = meta_of(html)
    assert md.title == "Judul Dari OG"


def test_site_suffix_is_stripped_from_the_document_title():
    assert strip_site_suffix("Supaya Timnya Mengalah, Eks Pelatih Ditawari Rp 200 Juta - Kompas.com") == \
        "Supaya Timnya Mengalah, Eks Pelatih Ditawari Rp 200 Juta"
    assert strip_site_suffix("Ahok Dukung Jokowi :: Okezone News") == "Ahok Dukung Jokowi"


def test_caption_credit_is_split_off():
    assert split_credit("Warga membersihkan sungai. (Foto: Rini Astuti)") == \
        ("Warga membersihkan sungai.", "Foto: Rini Astuti")
    assert split_credit("Staf memeriksa sampel. (REUTERS/Chaiwat)")[1] == "REUTERS/Chaiwat"
    kept = "Gubernur Kalteng (kanan) meninjau lokasi"
    assert split_credit(kept) == (kept, None)
