"""URL canonicalisation: one spelling per article, nothing dropped that names another document."""

import pytest

from pipelines.urls import canonicalize, same_site


@pytest.mark.parametrize(("url", "expected"), [
    ("https://kalteng.tribunnews.com/2024/05/03/banjir?utm_source=fb&utm_medium=social",
     "https://kalteng.tribunnews.com/2024/05/03/banjir"),
    ("https://fajar.co.id/2024/05/03/banjir/?fbclid=IwAR0x&gclid=abc", "https://fajar.co.id/2024/05/03/banjir"),
    ("https://m.liputan6.com/news/read/123/banjir", "https://liputan6.com/news/read/123/banjir"),
    ("https://amp.kompas.com/regional/read/2024/05/03/1/banjir", "https://kompas.com/regional/read/2024/05/03/1/banjir"),
    ("https://www.balipost.com/news/2024/05/03/1/banjir/amp/", "https://balipost.com/news/2024/05/03/1/banjir"),
    ("https://tomei.id/2024/05/03/banjir/?amp=1", "https://tomei.id/2024/05/03/banjir"),
    ("https://palangka-news.co.id/banjir.amp", "https://palangka-news.co.id/banjir"),
    ("HTTPS://Jubi.ID:443/banjir#komentar", "https://jubi.id/banjir"),
    ("http://127.0.0.1:80/a/", "http://127.0.0.1/a"),
    ("http://127.0.0.1:8801/a/", "http://127.0.0.1:8801/a"),
    ("https://kupang.tribunnews.com/2024/05/03/banjir?page=all", "https://kupang.tribunnews.com/2024/05/03/banjir"),
    ("https://x.id/read?single=1&id=5", "https://x.id/read?id=5"),
    ("https://x.id/", "https://x.id/"),
])
def test_canonicalize_drops_tracking_amp_mirrors_and_noise(url, expected):
    assert canonicalize(url) == expected


def test_canonicalize_keeps_and_sorts_parameters_that_name_a_document():
    assert canonicalize("https://x.id/read.php?id=7&cat=2") == "https://x.id/read.php?cat=2&id=7"
    # page 2 of an article or listing is another document; "all" is the same article
    assert canonicalize("https://x.id/a?page=2") == "https://x.id/a?page=2"
    assert canonicalize("https://x.id/a?page=all") == "https://x.id/a"


def test_canonicalize_keeps_amp_inside_a_word_and_non_http_urls():
    assert canonicalize("https://x.id/campur-ampas/") == "https://x.id/campur-ampas"
    assert canonicalize("https://x.id/amplop") == "https://x.id/amplop"
    assert canonicalize(" mailto:redaksi@x.id ") == "mailto:redaksi@x.id"


def test_canonicalize_is_idempotent():
    for url in ("https://m.x.id/a/b/?utm_x=1&z=2&a=1#f", "http://www.y.co.id:8080//a//b/"):
        once = canonicalize(url)
        assert canonicalize(once) == once


def test_same_site_ignores_mirror_prefixes_but_not_other_subdomains():
    assert same_site("https://m.jubi.id/a", "https://jubi.id/")
    assert not same_site("https://kalteng.tribunnews.com/a", "https://makassar.tribunnews.com/")
