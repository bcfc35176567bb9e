"""Every shipped profile loads; a broken profile names its file and key; user folders add and override."""

import re

import pytest

from newscrawl.discovery import COMPONENTS
from newscrawl.sites import DISCOVERY_TYPES, ProfileError, load_file, load_profiles, profile_for_url
from newscrawl.spiders.news import profile_dirs

GOOD = '''name = "Kabar Lokal"
domains = ["kabarlokal.example"]
province = "Kalimantan Tengah"
home = "https://kabarlokal.example/"

[[discovery]]
type = "wp_json"
'''


def test_every_shipped_profile_loads_and_crawlable_ones_name_known_components():
    profiles = load_profiles()
    crawlable = {k: p for k, p in profiles.items() if p.discovery}
    assert len(crawlable) >= 30
    assert len({p.province for p in crawlable.values()}) >= 15
    for key, p in crawlable.items():
        assert p.home and p.home.startswith("https://"), key
        assert all(e["type"] in COMPONENTS for e in p.discovery), key
        assert p.matches(p.home), key


def test_every_discovery_type_a_profile_can_name_has_a_component():
    assert set(DISCOVERY_TYPES) <= set(COMPONENTS)


def test_shipped_networks_are_covered():
    networks = " ".join(p.network or "" for p in load_profiles().values())
    for group in ("Tribun", "ANTARA", "JawaPos", "independent"):
        assert group in networks


def test_regional_subdomain_beats_the_national_profile():
    profiles = load_profiles()
    assert profile_for_url("https://kalteng.tribunnews.com/2024/05/03/x", profiles).key == "tribun_kalteng"
    assert profile_for_url("https://sumut.antaranews.com/berita/1/x", profiles).key == "antara_sumut"


def test_tribun_article_pattern_accepts_articles_and_rejects_tag_pages():
    p = load_profiles()["tribun_kalteng"]
    assert p.article_url.search("https://kalteng.tribunnews.com/2024/05/03/banjir-di-kapuas")
    assert not p.article_url.search("https://kalteng.tribunnews.com/tag/banjir")


@pytest.mark.parametrize(("text", "key"), [
    (GOOD.replace("province =", "provice ="), "provice"),
    (GOOD + '\n[extract]\nbody = ["div.content >> p"]\n', "extract.body"),
    (GOOD + '\n[extract]\nbodyy = ["div.content"]\n', "extract.bodyy"),
    (GOOD.replace('type = "wp_json"', 'type = "wpjson"'), "discovery[0].type"),
    (GOOD.replace('type = "wp_json"', 'type = "listing"\nlinks = "a[href"'), "discovery[0].links"),
    (GOOD.replace('type = "wp_json"', 'type = "rss"\nmax_page = 3'), "discovery[0].max_page"),
    ('article_url = "(unclosed"\n' + GOOD, "article_url"),
    (GOOD + '\n[politeness]\ndownload_delay = "slow"\n', "politeness.download_delay"),
])
def test_broken_profile_names_file_and_key(tmp_path, text, key):
    path = tmp_path / "kabar_lokal.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_file(path)
    assert str(path) in str(err.value) and f"'{key}'" in str(err.value)


def test_user_folder_adds_and_overrides_profiles(tmp_path):
    (tmp_path / "kabar_lokal.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "jubi.toml").write_text(GOOD.replace("Kabar Lokal", "Jubi (mine)"), encoding="utf-8")
    profiles = load_profiles(profile_dirs(f" {tmp_path} ,"))
    assert profiles["kabar_lokal"].name == "Kabar Lokal" and profiles["jubi"].name == "Jubi (mine)"
    assert profile_dirs([str(tmp_path)]) == [str(tmp_path)] and profile_dirs("") == []


def test_tribun_profiles_prefer_the_news_sitemap_then_the_daily_index():
    kinds = [e["type"] for e in load_profiles()["pos_kupang"].discovery]
    assert kinds[:2] == ["news_sitemap", "archive"]
    assert re.search(r"\{date\}", load_profiles()["pos_kupang"].discovery[1]["url"])


THEMED = '''name = "Kabar Teluk"
domains = ["kabarteluk.example"]
province = "Papua"
theme = "jnews"
'''

JNEWS_PAGE = """<html><body><div class="jeg_viewport"><h1 class="jeg_post_title">Jalan Rusak di Keerom</h1>
<div class="jeg_meta_date">Senin, 6 Mei 2024 10:15</div>
<div class="entry-content no-share"><div class="content-inner">
<p>Warga Kampung Yoka mengeluhkan jalan rusak yang belum juga diperbaiki.</p>
<p>Dinas PUPR berjanji segera menangani kerusakan tersebut bulan ini.</p>
</div><div class="jeg_post_tags"><a href="/tag/jalan/" rel="tag">jalan</a></div></div></div></body></html>"""


def test_a_profile_naming_a_theme_tries_its_own_selectors_first_then_the_themes(tmp_path):
    own = THEMED + '\n[extract]\nbody = ["div.isi"]\nremove = ["div.jeg_ad", "div.iklan"]\n'
    (tmp_path / "kabar_teluk.toml").write_text(own, encoding="utf-8")
    ex = load_profiles([tmp_path])["kabar_teluk"].extraction
    assert ex.body == ("div.isi", "div.entry-content div.content-inner", "div.entry-content")
    assert ex.title == ("h1.jeg_post_title",) and ex.timezone == "+09:00" and ex.name == "Kabar Teluk"
    assert ex.remove[:2] == ("div.jeg_ad", "div.iklan") and ex.remove.count("div.jeg_ad") == 1


def test_a_profile_naming_an_unknown_theme_names_its_file_and_key(tmp_path):
    (tmp_path / "kabar_teluk.toml").write_text(THEMED.replace("jnews", "jnewz"), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"kabar_teluk\.toml: key 'theme': unknown theme 'jnewz'"):
        load_profiles([tmp_path])


def test_a_themed_profile_extracts_a_theme_page_in_the_outlets_zone(tmp_path):
    from pipelines.page import FetchedPage
    from pipelines.scrapy.extract import extract_page

    (tmp_path / "kabar_teluk.toml").write_text(THEMED, encoding="utf-8")
    fetched = FetchedPage("https://kabarteluk.example/2024/05/06/jalan/", JNEWS_PAGE.encode(),
                          {"content-type": "text/html; charset=utf-8"}, site="kabar_teluk")
    r = extract_page(fetched, load_profiles([tmp_path]))
    assert r["body"].startswith("Warga Kampung Yoka") and r["published_at"] == "2024-05-06T10:15:00+09:00"


@pytest.mark.parametrize(("profile", "zone"), [
    ('name = "Kabar Teluk"\ndomains = ["kabarteluk.example"]\nprovince = "Papua"\n', "+09:00"),
    (None, "+07:00"),
])
def test_without_selectors_or_theme_the_markup_picks_the_theme(tmp_path, profile, zone):
    """An outlet profile without selectors (or no profile at all) still gets theme detection."""
    from newscrawl.sites import load_themes
    from pipelines.page import FetchedPage
    from pipelines.scrapy.extract import extract_page

    if profile:
        (tmp_path / "kabar_teluk.toml").write_text(profile, encoding="utf-8")
    themes = [t.extraction for t in load_themes().values()]
    fetched = FetchedPage("https://kabarteluk.example/2024/05/06/jalan/", JNEWS_PAGE.encode(),
                          {"content-type": "text/html; charset=utf-8"})
    r = extract_page(fetched, load_profiles([tmp_path]), themes)
    assert r["title"] == "Jalan Rusak di Keerom" and r["published_at"] == f"2024-05-06T10:15:00{zone}"
    assert r["body"].endswith("bulan ini.")
