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
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from pipelines.body import blocks
from pipelines.rules import lexicon
from pipelines.rules.byline import label_line

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
           r"text|body|row|col|nav|new|galeri|gallery|foto|photo|v\d|\d+))*")


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
        r"|jeg_share_button|td-post-sharing|follow-?us|subscribe|newsletter|gnews|google-?news|whatsapp"
        # rating and reaction widgets ("Rating (12 voters)", "Vote Photo", emoji moods): engagement calls
        r"|ratings?|star-?ratings?|rate-?(?:this|it)|votes?|voting|reactions?|reaksi|emoji|emoticons?|polling"),
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


#: A negated token ("no-share", "noshare", "hide-share", "without-ads") says the block *lacks* the
#: widget: a modifier on a content block, never the widget itself.
NEGATED_TOKEN = re.compile(r"(?:no|non|not|hide|hidden|without|disable|disabled)[-_]?(?P<rest>[a-z].*)")

#: All classes in one alternation, so each token costs one regex match.
_ANY_CLASS = re.compile("|".join(f"(?P<{cls}>{p.pattern})" for cls, p in CLASS_TOKENS.items()))


@lru_cache(maxsize=8192)
def classify_attrs(attrs: str) -> str | None:
    """The boilerplate class named by a lower-cased "class id" string (pages repeat them: cached)."""
    for token in _SPLIT.split(attrs.strip()):
        cls = classify_token(token)
        if cls is not None:
            return cls
    return None


@lru_cache(maxsize=16384)
def classify_token(token: str) -> str | None:
    """The boilerplate class one lower-cased class/id token names (outlets share tokens across pages,
    more than whole attribute strings: cached too)."""
    if not token or len(token) > 60 or TAXONOMY_TOKEN.fullmatch(token):
        return None
    negated = NEGATED_TOKEN.fullmatch(token)
    if negated and _ANY_CLASS.fullmatch(negated["rest"]):
        return None
    m = _ANY_CLASS.fullmatch(token)
    return m.lastgroup if m else None


def classify(el: etree._Element) -> str | None:
    """The boilerplate class an element's class/id tokens name, or None."""
    cls, ident = el.get("class"), el.get("id")
    if not cls and not ident:
        return None
    return classify_attrs(f"{cls or ''} {ident or ''}".lower())


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def is_hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN.search(style))


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
    """Remove elements that never carry article text (scripts, forms' controls, media, comments).

    A ``<title>`` inside ``<body>`` (old templates name their widgets with one) is never displayed.
    """
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        drop(el)
    etree.strip_elements(root, *JUNK_TAGS, with_tail=False)
    body = root if root.tag == "body" else root.find("body")
    if body is not None:
        for el in list(body.iter("title")):
            drop(el)


#: Prose mass that makes a block an article whatever its tokens say: this many paragraphs of at least
#: PROSE_MIN_WORDS words each (mostly not link text), PROSE_MIN_TOTAL words in all, and fewer headings
#: than half as many paragraphs (a list of teasers has a heading per excerpt).
PROSE_MIN_PARAGRAPHS = 5
PROSE_MIN_WORDS = 8
PROSE_MIN_TOTAL = 60
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def looks_like_article(el: etree._Element, paragraphs: int = 3, words: int = 25) -> bool:
    """True when ``el`` holds several long paragraphs, or much prose in short ones: a block that must
    not be pruned on a class token alone (``div.entry-content.no-share``, a theme's odd wrapper)."""
    found = prose = prose_words = 0
    for p in el.iter("p"):
        n = len(p.text_content().split())
        if n >= words:
            found += 1
            if found >= paragraphs:
                return True
        if n >= PROSE_MIN_WORDS and 2 * sum(len(a.text_content().split()) for a in p.iter("a")) < n:
            prose += 1
            prose_words += n
    if prose < PROSE_MIN_PARAGRAPHS or prose_words < PROSE_MIN_TOTAL:
        return False
    return 2 * sum(1 for _ in el.iter(*_HEADINGS)) < prose


def related_titles(el: etree._Element) -> list[str]:
    """Link texts of a related-articles block that read like headlines (four words or more)."""
    titles = (" ".join(a.text_content().split()) for a in el.iter("a"))
    return [t for t in titles if len(t.split()) >= 4]


# ---------------------------------------------------------------- shapes: what a block is, by its make-up

#: Headline furniture: a label printed just above the headline ("FotoBisnis", "EKSKLUSIF", "Politik").
KICKER_MAX_WORDS = 3
KICKER_MAX_CHARS = 30
#: A caption box: an image-only element beside one short text element, no paragraph in the wrapper.
CAPTION_MIN_WORDS = 3
CAPTION_MAX_WORDS = 45
#: Tags that are never a caption's own element (article prose, headings, lists, tables, links).
NOT_CAPTION_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 ul ol li dl table blockquote pre a form".split())
#: Wrappers whose image + text children are content (list items with an icon, table cells).
NOT_CAPTION_WRAPPERS = frozenset("li td th tr dd dt body html".split())
#: A strip of thumbnails ("More Photos", "Foto Lainnya"): this many image links and a label at most.
STRIP_MIN_IMAGE_LINKS = 3
STRIP_MAX_WORDS = 4
#: Credit boxes ("Penulis : X / Editor : Y" tables, lists, divs) are at most this long.
CREDIT_BOX_MAX_WORDS = 40
CREDIT_BOX_LEVELS = 4
_SENTENCE_END = re.compile(r"[.!?]$")
#: A caption describes: it has a sentence end somewhere. A title-cased line without one ("Spiced Honey
#: Pear Jam", a video's title, "Honda NC750X £5,349.00") is a heading or a teaser, not a caption.
_HAS_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_DATE_LIKE = re.compile(r"\d")


@dataclass
class Pruned:
    """What ``prune`` removed: counts per class, related titles, caption texts and credited people."""

    removed: Counter = field(default_factory=Counter)
    related: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)


def _has_text(el: etree._Element) -> bool:
    return any(t.strip() for t in el.itertext())


def _is_label(el: etree._Element) -> bool:
    text = " ".join("".join(el.itertext()).split())
    return (len(text.split()) <= KICKER_MAX_WORDS and len(text) <= KICKER_MAX_CHARS
            and not _DATE_LIKE.search(text) and not _SENTENCE_END.search(text))


def kicker(title_el: etree._Element | None) -> etree._Element | None:
    """The label printed right above the headline (its previous sibling, or its wrapper's), if any.

    Only a short label counts: at most three words, no digits (a date line), no sentence end.
    """
    node = title_el
    for _ in range(2):
        parent = node.getparent() if node is not None else None
        if parent is None:
            return None
        prev = node.getprevious()
        while prev is not None:
            if not isinstance(prev.tag, str) or (prev.tail or "").strip():
                return None  # loose text between the label and the headline
            if _has_text(prev):
                return prev if _is_label(prev) else None
            prev = prev.getprevious()
        if (parent.text or "").strip():
            return None
        node = parent
    return None


def _lines(el: etree._Element) -> list[str]:
    """An element's text lines: table rows joined cell by cell, otherwise block by block."""
    rows = list(el.iter("tr"))
    if rows:
        return [t for t in (" ".join(" ".join(r.itertext()).split()) for r in rows) if t]
    return [b.text for b in blocks(el)]


def credit_pairs(el: etree._Element) -> list[tuple[str, str]] | None:
    """The (label, name) pairs of a credit box ("Penulis : X", "Editor : Y"), or None if any line is not one.

    A label on its own line (``<dt>Editor</dt><dd>Y</dd>``) takes the next line as its value.
    """
    lines = _lines(el)
    pairs: list[tuple[str, str]] = []
    i = 0
    while i < len(lines):
        found = label_line(lines[i])
        if found is None:
            m = lexicon.BYLINE_LABEL.match(lines[i])
            if not m or m["value"].strip(" :") or i + 1 >= len(lines) or label_line(lines[i + 1]):
                return None
            value = lines[i + 1].strip(" :")
            if not value or len(value.split()) > 6 or _SENTENCE_END.search(value):
                return None
            found = [(m["label"].casefold(), value)]
            i += 1
        pairs += found
        i += 1
    return pairs if any(v for _, v in pairs) else None


def _credit_boxes(root: etree._Element, keep: set[etree._Element]) -> list[tuple[etree._Element, list]]:
    """Credit boxes: the largest element around a credit label whose every line is a credit line."""
    boxes: list[tuple[etree._Element, list]] = []
    for el in root.iter(etree.Element):
        if not el.text or el.text.isspace() or not lexicon.BYLINE_LABEL.match(el.text):
            continue  # (most texts are indentation: skipping them spares the label regex)
        best = None
        node = el
        for _ in range(CREDIT_BOX_LEVELS):
            if node is None or node is root or node in keep or text_len(node) > CREDIT_BOX_MAX_WORDS:
                break
            pairs = credit_pairs(node)
            if pairs:
                best = (node, pairs)
            node = node.getparent()
        if best and not any(b is best[0] or b in best[0].iterancestors() for b, _ in boxes):
            boxes.append(best)
    return boxes


def _shape_stats(root: etree._Element) -> dict[etree._Element, tuple[int, int, int, int]]:
    """Per element, in one pass: (words, images, image links, paragraphs) below it."""
    stats: dict[etree._Element, tuple[int, int, int, int]] = {}
    empty = (0, 0, 0, 0)
    for _, el in etree.iterwalk(root, events=("end",)):
        tag = el.tag  # (read once: lxml builds a new string on every access)
        if not isinstance(tag, str):
            continue
        text = el.text
        words = len(text.split()) if text else 0
        images = 1 if tag == "img" else 0
        paragraphs = 1 if tag == "p" else 0
        image_links = 0
        for child in el:
            tail = child.tail
            if tail:
                words += len(tail.split())
            cw, ci, cl, cp = stats.get(child, empty)
            words += cw
            images += ci
            image_links += cl
            paragraphs += cp
        if tag == "a" and images:
            image_links += 1
        stats[el] = (words, images, image_links, paragraphs)
    return stats


def _caption_child(wrapper: etree._Element, stats: dict) -> etree._Element | None:
    """The caption of a figure-like wrapper: image-only children and exactly one short text child."""
    if wrapper.tag in NOT_CAPTION_WRAPPERS or (wrapper.text or "").strip():
        return None
    text_child = None
    has_image = False
    for child in wrapper:
        if not isinstance(child.tag, str) or (child.tail or "").strip():
            return None
        words, images, _, paragraphs = stats.get(child, (0, 0, 0, 0))
        if words == 0:
            has_image = has_image or images > 0
            continue
        if text_child is not None or images or paragraphs or child.tag in NOT_CAPTION_TAGS:
            return None
        text_child = child
    if not has_image or text_child is None:
        return None
    if not CAPTION_MIN_WORDS <= stats[text_child][0] <= CAPTION_MAX_WORDS:
        return None
    return text_child if _HAS_SENTENCE_END.search(text_child.text_content()) else None


#: Teaser cards (a topic or tag page): a headline link of this many words that is the whole text of
#: its element, in a block of at most CARD_MAX_WORDS with at most CARD_LEAD_WORDS before the headline
#: (a kicker, a date) and at most one excerpt paragraph.
HEADLINE_MIN_WORDS = 4
CARD_MAX_WORDS = 80
CARD_LEAD_WORDS = 6
CARD_LEVELS = 3
#: A page with teaser cards and less running text of its own than this is a list, not an article.
OWN_TEXT_MIN_WORDS = 40
#: Elements a headline link may fill whole (it is then the teaser's headline, not a link in prose).
_HEADLINE_WRAPPERS = frozenset("b strong span em i font h1 h2 h3 h4 h5 h6 p li".split())
#: Text under these is never the page's own running text.
_NOT_OWN_TEXT = frozenset("a h1 h2 h3 h4 h5 h6 nav aside footer header head script style noscript "
                          "template title button select option figcaption".split())


class _Texts:
    """``text_content()`` and its word count per element, for one unchanged tree: the cards of a page
    share ancestors, which would otherwise be read again for every link below them."""

    def __init__(self) -> None:
        self.texts: dict[etree._Element, str] = {}
        self.counts: dict[etree._Element, int] = {}

    def text(self, el: etree._Element) -> str:
        text = self.texts.get(el)
        if text is None:  # a leaf (most links) is its own text: no XPath call needed
            text = self.texts[el] = el.text_content() if len(el) else el.text or ""
        return text

    def words(self, el: etree._Element) -> int:
        n = self.counts.get(el)
        if n is None:
            n = self.counts[el] = len(self.text(el).split())
        return n


def _card(link: etree._Element, link_words: dict[etree._Element, int], texts: _Texts
          ) -> etree._Element | None:
    """The teaser card a headline link heads, or None (a link inside prose, in a menu, a lone link).

    ``link_words``: the word count of every link on the page (each counted once)."""
    words = link_words[link]
    if words < HEADLINE_MIN_WORDS:
        return None
    head = link
    parent = head.getparent()
    while parent is not None and parent.tag in _HEADLINE_WRAPPERS and texts.words(parent) == words:
        head, parent = parent, parent.getparent()
    node = head
    for _ in range(CARD_LEVELS):
        node = node.getparent()
        if node is None:
            return None
        total = texts.words(node)
        if total == words:
            continue
        if total > CARD_MAX_WORDS:  # the cheapest test first: most links sit in long text
            return None
        headlines = sum(1 for a in node.iter("a") if link_words.get(a, 0) >= HEADLINE_MIN_WORDS)
        prose = sum(1 for p in node.iter("p") if texts.words(p) >= PROSE_MIN_WORDS)
        text = texts.text(node)
        before = text.find(texts.text(head))
        if headlines != 1 or prose > 1 or len(text[:before].split()) > CARD_LEAD_WORDS:
            return None
        return node
    return None


def _own_words(el: etree._Element, skip: set[etree._Element], need: int) -> int:
    """Words of running text under ``el`` (counting stops at ``need``): not in links, headings, cards
    or blocks named boilerplate (unless such a block holds an article, as a page-wide ``div.ad_body``
    wrapper may)."""
    if el in skip or el.tag in _NOT_OWN_TEXT or not isinstance(el.tag, str) \
            or classify(el) and not looks_like_article(el):
        return 0
    n = len((el.text or "").split())
    for child in el:
        if n >= need:
            break
        n += _own_words(child, skip, need - n) + len((child.tail or "").split())
    return n


#: Cards under these are other pages' teasers (a sidebar, a menu, a related block), not the page's.
_OTHER_TEASERS = frozenset({"sidebar", "navigation", "related_insert", "comments"})


def _elsewhere(el: etree._Element, seen: dict[etree._Element, bool]) -> bool:
    """Whether ``el`` sits in a sidebar, menu, related block or comments (answers cached per page)."""
    path = []
    node: etree._Element | None = el
    found = False
    while node is not None:
        if node in seen:
            found = seen[node]
            break
        path.append(node)
        if node.tag in ("nav", "aside", "footer") or classify(node) in _OTHER_TEASERS:
            found = True
            break
        node = node.getparent()
    for n in path:
        seen[n] = found
    return found


def teaser_list(root: etree._Element) -> int:
    """How many teaser cards make up a page that has no running text of its own (0 for an article).

    A topic page with one to five cards is not an article either, however few cards it holds; a short
    article with a related list below keeps its own paragraphs and stays one.
    """
    body = root.find("body") if root.tag != "body" else root
    if body is None:
        return 0
    cards: list[etree._Element] = []
    elsewhere: dict[etree._Element, bool] = {}
    links = [a for a in body.iter("a") if a.get("href")]
    texts = _Texts()
    link_words = {a: texts.words(a) for a in links}
    for link in links:
        card = _card(link, link_words, texts)
        if card is not None and card not in cards and not _elsewhere(card, elsewhere):
            cards.append(card)
    if not cards or _own_words(body, set(cards), OWN_TEXT_MIN_WORDS) >= OWN_TEXT_MIN_WORDS:
        return 0
    return len(cards)


def shape_removals(root: etree._Element, keep: set[etree._Element]) -> list[tuple[etree._Element, str]]:
    """Blocks whose make-up, not their markup names, says what they are.

    - ``caption``: a figure-like wrapper (no paragraph in it) holding images and one short text;
    - ``related_insert``: a strip of three or more image links with at most a short label;
    - ``byline``: a credit box (every line "Penulis : X", "Editor : Y", "Sumber : Z").
    """
    stats = _shape_stats(root)
    found: list[tuple[etree._Element, str]] = []
    for el in root.iter(etree.Element):  # document order: an outer strip goes before the list inside it
        if el is root or el in keep or el not in stats:
            continue
        words, images, image_links, paragraphs = stats[el]
        if image_links >= STRIP_MIN_IMAGE_LINKS and words <= STRIP_MAX_WORDS:
            found.append((el, "related_insert"))
        elif paragraphs == 0 and images and CAPTION_MIN_WORDS <= words <= CAPTION_MAX_WORDS:
            # (a caption wrapper holds an image and the caption's words: without them, no need to look)
            caption = _caption_child(el, stats)
            if caption is not None and caption not in keep:
                found.append((caption, "caption"))
    found += [(box, "byline") for box, _ in _credit_boxes(root, keep)]
    return found


def prune(root: etree._Element, protect: Iterable[etree._Element] = (), *, guard: bool = True) -> Pruned:
    """Remove boilerplate blocks below ``root``: first those their class/id tokens name, then by shape.

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
            if not el.attrib:
                continue  # no class, id or style: nothing names or hides it (most elements)
            cls = classify(el)
        if cls is None and is_hidden(el):
            cls = "navigation"
        elif cls == "caption" and credit_pairs(el):  # div.credit holding "Penulis: X | Editor: Y"
            cls = "byline"
        if cls is not None:
            doomed.append((el, cls))
    out = Pruned()
    _remove(doomed, out, guard)
    _remove(shape_removals(root, keep), out, guard)
    return out


def _remove(doomed: list[tuple[etree._Element, str]], out: Pruned, guard: bool) -> None:
    gone: set[etree._Element] = set()
    for el, cls in doomed:
        if any(a in gone for a in el.iterancestors()) or el.getparent() is None:
            continue
        if guard and cls not in ("caption", "comments") and looks_like_article(el):
            continue
        gone.add(el)
        out.removed[cls] += 1
        if cls == "related_insert":
            out.related += related_titles(el)
        elif cls == "caption":
            out.captions.append(" ".join(el.text_content().split()))
        elif cls == "byline":
            for label, value in credit_pairs(el) or ():
                if label in lexicon.AUTHOR_LABELS:
                    out.authors.append(value)
                elif label in lexicon.EDITOR_LABELS:
                    out.editors.append(value)
        drop(el)
