"""DOM-level boilerplate removal: named tables of tags and class/id tokens, and the functions that read them.

Markup often says what a block is (``div.baca-juga``, ``table.linksisip``, ``div.jeg_top_weather``,
``figcaption``): removing it here is exact, where the text-level rules (``pipelines.rules``) have
to guess from wording. Each removal is counted under its class in ``REMOVAL_CLASSES``.

Tokens are matched against whole class/id tokens (``fullmatch``), never substrings, so that a
WordPress article carrying ``tag-politik`` or ``category-related-news`` is not taken for a tag
block or a related-posts widget.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from lxml import etree

#: Elements that never hold article text.
JUNK_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
             "button", "input", "select", "textarea", "option", "link", "meta", "map", "audio", "video",
             "source", "picture", "dialog")

#: Structural elements that frame the article rather than make it.
FRAME_TAGS: dict[str, str] = {"nav": "navigation", "aside": "sidebar", "footer": "sidebar",
                              "figcaption": "caption"}

_PARTS = r"(?:[a-z0-9]+[-_])*"
_SUFFIX = (r"(?:[-_](?:list|box|wrap|wrapper|container|area|block|links?|section|items?|inner|content|"
           r"module|widget|holder|bar|title|header|heading|label|top|bottom|detail|article|post|news|"
           r"text|body|row|col|nav|new|v\d|\d+))*")


def _tokens(words: str) -> re.Pattern[str]:
    return re.compile(_PARTS + "(?:" + words + ")" + _SUFFIX)


#: Class/id tokens naming a boilerplate block, per removal class (order: first match wins).
CLASS_TOKENS: dict[str, re.Pattern[str]] = {
    "weather_header": _tokens(r"weather|cuaca|td-weather-top-widget|jeg_top_weather"),
    "date_bar": _tokens(r"top_?date|td_data_time|date_?bar|today|current-?date|tanggal-?hari-?ini"),
    "related_insert": _tokens(
        r"linksisip|lihatjg|baca-?juga|bacajuga|read-?also|also-?read|readmore-?inline|kcm-read-terkait"
        r"|inline_related_post|inline-related|related|related_?posts?|relatedposts?|terkait|beritaterkait"
        r"|rekomendasi|recommend(?:ation|ed)?s?|yarpp|crp_related|jp-relatedposts|more-?stories|artikelbox"
        r"|lainnya|berita-?lain|read-?more|popin|taboola|outbrain|mgid"),
    "ad_marker": _tokens(
        r"ads?|adv|advert|adverts|advertis(?:e)?ment|iklan|adsbygoogle|ad-?slot|ad-?unit|ad-?container|dfp|gpt"
        r"|td-a-rec|jeg_ad|sponsor(?:ed)?|banner|parallax(?:indetail)?|billboard|skyscraper|leaderboard"
        r"|mgbox|scroll-?to-?continue|staticdetail_ads|detail_ads"),
    "share_cta": _tokens(
        r"share|sharing|shares|sharer|social|socials|sosmed|socmed|addthis|sharethis|share-?buttons?"
        r"|jeg_share_button|td-post-sharing|follow-?us|subscribe|newsletter|gnews|google-?news|whatsapp"),
    "tags_block": _tokens(r"tags?|tagging|tag-?list|post-?tags|td-tags|jeg_post_tags|topik|topics?|keywords?"
                          r"|hashtags?"),
    "comments": _tokens(r"comments?|komentar|disqus|fb-comments|respond|discussion"),
    "pagination": _tokens(r"pagination|pagelinks?|jeg_pagelinks|page-?numbers|paging|pager|nav-?links"),
    "navigation": _tokens(r"breadcrumbs?|navbar|navigation|menu|main-?menu|topbar|top-?bar|jeg_topbar"
                          r"|skip-?link"),
    "sidebar": _tokens(
        r"sidebar|side-?bar|widget_jnews_popular|popular|terpopuler|most-?popular|trending|terkini|latest"
        r"|widget-?area|indeks|index-?berita|footer|site-?footer"),
    "caption": _tokens(r"caption|wp-caption-text|figcaption|photo-?caption|keterangan|credit|image-?credit"
                       r"|foto-?caption|pic_?caption"),
    "byline": _tokens(r"author-?box|about-?author|author-?bio|byline-?box|jeg_meta_container|td-post-author"),
    "copyright": _tokens(r"copyright|copy-?right|td-sub-footer-copy"),
}

_SPLIT = re.compile(r"\s+")
#: WordPress prints a post's taxonomy as classes on the article itself ("tag-banjir", "category-populer"):
#: they name what the article is about, never a boilerplate block.
TAXONOMY_TOKEN = re.compile(r"(?:category|tag|kategori|topik)-[\w-]+")


#: All classes in one alternation, so each token costs one regex match.
_ANY_CLASS = re.compile("|".join(f"(?P<{cls}>{p.pattern})" for cls, p in CLASS_TOKENS.items()))


@lru_cache(maxsize=8192)
def classify_attrs(attrs: str) -> str | None:
    """The boilerplate class named by a lower-cased "class id" string (pages repeat them: cached)."""
    for token in _SPLIT.split(attrs.strip()):
        if not token or len(token) > 60 or TAXONOMY_TOKEN.fullmatch(token):
            continue
        m = _ANY_CLASS.fullmatch(token)
        if m:
            return m.lastgroup
    return None


def classify(el: etree._Element) -> str | None:
    """The boilerplate class an element's class/id tokens name, or None."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return None
    return classify_attrs(f"{cls or ''} {ident or ''}".lower())


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_hidden(el: etree._Element) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN.search(el.get("style") or ""))


def text_len(el: etree._Element) -> int:
    return len(" ".join(el.itertext()).split())


def drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def strip_junk(root: etree._Element) -> None:
    """Remove elements that never carry article text (scripts, forms' controls, media, comments)."""
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        drop(el)
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)


def looks_like_article(el: etree._Element, paragraphs: int = 3, words: int = 25) -> bool:
    """True when ``el`` holds several long paragraphs: a block that must not be pruned on a token."""
    found = 0
    for p in el.iter("p"):
        if len(p.text_content().split()) >= words:
            found += 1
            if found >= paragraphs:
                return True
    return False


def related_titles(el: etree._Element) -> list[str]:
    """Link texts of a related-articles block that read like headlines (four words or more)."""
    titles = (" ".join(a.text_content().split()) for a in el.iter("a"))
    return [t for t in titles if len(t.split()) >= 4]


def prune(root: etree._Element, protect: Iterable[etree._Element] = (), *,
          guard: bool = True) -> tuple[Counter, list[str]]:
    """Remove boilerplate blocks below ``root``; return counts per removal class and related titles.

    ``protect`` elements (the headline, the chosen article container) and their ancestors are never
    removed. With ``guard``, neither is any block that looks like an article (several long
    paragraphs), which stops a stray token on an article wrapper from deleting the article.
    """
    keep: set[etree._Element] = set()
    for el in protect:
        if el is not None:
            keep.update(el.iterancestors())
            keep.add(el)
    doomed: list[tuple[etree._Element, str]] = []
    for el in root.iter(etree.Element):
        if el in keep or el is root:
            continue
        cls = FRAME_TAGS.get(el.tag) if isinstance(el.tag, str) else None
        if cls is None:
            cls = classify(el)
        if cls is None and is_hidden(el):
            cls = "navigation"
        if cls is not None:
            doomed.append((el, cls))
    removed: Counter = Counter()
    related: list[str] = []
    gone: set[etree._Element] = set()
    for el, cls in doomed:
        if any(a in gone for a in el.iterancestors()):
            continue
        if guard and cls not in ("caption", "comments") and looks_like_article(el):
            continue
        gone.add(el)
        removed[cls] += 1
        if cls == "related_insert":
            related += related_titles(el)
        drop(el)
    return removed, related
