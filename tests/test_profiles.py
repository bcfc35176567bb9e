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
