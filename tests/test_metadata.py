"""Metadata precedence: JSON-LD, meta, <time>, the visible date line, the URL; never a today bar."""

from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest

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


def test_unbracketed_credit_after_the_caption_goes_to_the_credit():
    assert split_credit("Suasana kegiatan di Sampit, Selasa. FOTO: DOK. MENTAYAPOS") == \
        ("Suasana kegiatan di Sampit, Selasa.", "FOTO: DOK. MENTAYAPOS")
    assert split_credit("Foto: Budi Santoso") == ("", "Foto: Budi Santoso")
    kept = "Warga menunjukkan foto: keluarganya yang hilang di Sampit"  # mid-sentence, not a credit
    assert split_credit(kept) == (kept, None)


PORTAL_HEAD = """<html><body><h1>Jalan Poros Pangkep Rampung September</h1>
<div class="date"><time datetime="2024-07-03T10:00:00+08:00">3 Juli 2024</time></div>
<div class="credit"><div>Penulis: <a href="/penulis/wb">Wahyuni Baso</a> | Editor: Suryadi Halim</div></div>
{figure}
<div id="article-body">{body}</div></body></html>"""
BODY = "".join(f"<p>Perbaikan jalan poros di Pangkep ditargetkan rampung pada bulan September, kata "
               f"kepala dinas pada hari ke-{i}.</p>" for i in range(4))


def test_credit_line_near_the_headline_gives_authors_and_editors():
    md = meta_of(PORTAL_HEAD.format(figure="", body=BODY))
    assert md.authors == ["Wahyuni Baso"] and md.editors == ["Suryadi Halim"]


def test_a_paragraph_starting_with_editor_in_the_body_is_not_the_credit_line():
    quote = ("<p>Editor majalah itu, Suryadi Halim, mengatakan jalan itu penting bagi warga Pangkep dan "
             "Maros yang setiap hari melintas.</p>")
    html = PORTAL_HEAD.replace('<div class="credit">', '<div class="x">').replace("Penulis:", "Kata") \
        .format(figure="", body=quote + BODY)
    md = meta_of(html)
    assert md.editors == [] and md.authors == []


def _record(figure: str) -> dict:
    from pipelines.article import extract_article
    from pipelines.page import Page

    html = PORTAL_HEAD.format(figure=figure, body=BODY)
    return extract_article(Page("https://warta.example/sulsel/read/2024/07/03/1/jalan", html.encode(), {},
                                CRAWL))


def test_lead_image_caption_is_the_figcaption_not_the_credit_line_before_it():
    r = _record('<figure><img src="/f.jpg"><figcaption>Sejumlah pejabat meninjau lokasi di Pangkep. '
                '(WARTACELEBES.COM/Wahyuni Baso)</figcaption></figure>')
    assert r["image"]["caption"] == "Sejumlah pejabat meninjau lokasi di Pangkep."
    assert r["image"]["credit"] == "WARTACELEBES.COM/Wahyuni Baso"
    assert r["editors"] == ["Suryadi Halim"]


def test_a_credit_line_is_never_the_caption_even_without_a_figcaption():
    r = _record('<div class="photo"><img src="/f.jpg"><span class="caption">Warga dan petugas di lokasi, '
                'Kamis. FOTO: DOK. WARTA</span></div>')
    assert (r["image"]["caption"], r["image"]["credit"]) == ("Warga dan petugas di lokasi, Kamis.",
                                                              "FOTO: DOK. WARTA")
    assert _record("")["image"] is None


def test_tags_and_section_come_from_tag_links_and_breadcrumbs_when_no_meta_names_them():
    md = meta_of("""<html><body><div class="breadcrumb"><a href="/">Home</a> » <a href="/sulsel">Sulsel</a>
        » <a href="/sulsel/read/1/jalan">Jalan Rampung</a></div><h1>Jalan Rampung</h1><p>Isi.</p>
        <div class="tag-berita">Tag: <a href="/tag/jalan">jalan</a> <a href="/tag/pangkep">pangkep</a></div>
        <div class="jeg_post_tags"><a href="/?s=x">#banjir</a></div>
        <a href="/cat/daerah" rel="category tag">Daerah</a> <a href="/t/maros" rel="tag">maros</a>
        <aside><a href="/tag/pilkada">pilkada</a></aside>
        <div class="sidebar"><a href="/tag/viral" rel="tag">viral</a></div></body></html>""")
    assert md.tags == ["jalan", "pangkep", "maros", "banjir"]
    assert md.section == "Sulsel"


def test_meta_tags_and_section_win_over_the_visible_ones():
    md = meta_of('<html><head><meta property="article:section" content="Daerah">'
                 '<meta property="article:tag" content="Banjir"></head><body><h1>Judul</h1>'
                 '<div class="breadcrumb"><a href="/nasional">Nasional</a></div>'
                 '<a href="/tag/jalan">jalan</a></body></html>')
    assert (md.section, md.tags) == ("Daerah", ["Banjir"])


def test_section_from_a_linked_label_above_the_headline_not_from_a_plain_kicker():
    linked = meta_of('<html><body><div><h2><a href="/kategori/ragam">Ragam</a></h2><h1>Judul Berita Ini</h1>'
                     '</div></body></html>')
    plain = meta_of('<html><body><div><h2>EKSKLUSIF</h2><h1>Judul Berita Ini</h1></div></body></html>')
    assert (linked.section, plain.section) == ("Ragam", None)


def test_no_tag_links_and_no_crumbs_give_no_tags_and_no_section():
    md = meta_of('<html><body><nav><a href="/tag/x">x</a></nav><h1>Judul</h1><p><a href="/berita/1">Baca'
                 '</a></p><div class="breadcrumb"><a href="/">Beranda</a></div></body></html>')
    assert (md.tags, md.section) == ([], None)


@pytest.mark.parametrize("key", ["demo_kabarteluk", "demo_wartacelebes", "demo_mentayapos"])
def test_demo_pages_give_their_tags_and_section_on_the_generic_path(key):
    from newscrawl.demo import build_sites, truth
    from pipelines.article import extract_article
    from pipelines.page import Page

    site = build_sites({key: "http://127.0.0.1:8801"})[key]
    got, want = [], []
    for t in truth(site)[:8]:
        body = site.get(t["page_urls"][0][len(site.base):]).body
        r = extract_article(Page(t["canonical_url"], body, {}, CRAWL))
        got.append((r["section"], r["tags"]))
        want.append((t["section"], t["tags"]))
    assert got == want
