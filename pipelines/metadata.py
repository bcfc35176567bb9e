"""Article metadata from structured data first, visible markup second.

Publish-date precedence (first that parses wins; ``published_at_source`` records which):

1. ``jsonld``: ``datePublished`` of a JSON-LD ``NewsArticle``/``Article``/... (also inside ``@graph``);
2. ``meta``: ``article:published_time`` and its relatives (OpenGraph, Dublin Core, ``itemprop``);
3. ``time``: a ``<time datetime>`` (or an ``itemprop=datePublished`` element) outside date bars,
   sidebars and navigation;
4. ``text``: a date line just after the headline (it must give a time of day or be a short
   date-only line); the "today" bar above the headline and dates in sidebars never count;
5. ``url``: a ``/YYYY/MM/DD/`` path.

The headline is the ``<h1>`` (or, when the page's ``<h1>`` is a logo or section bar, the ``<h2>``)
that best matches the page's declared title (JSON-LD ``headline``, ``og:title``, ``<title>``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from pipelines import dom
from pipelines.body import fold
from pipelines.dates import has_time, offset_tz, parse_date, parse_text_date, url_date_parts
from pipelines.rules import lexicon

ARTICLE_TYPES = frozenset({
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report",
    "scholarlyarticle", "techarticle", "socialmediaposting"})
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "profilepage"})

#: Meta names/properties holding the publish date, most specific first.
PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time",
                  "datepublished", "published_time", "article:published", "pubdate", "publishdate",
                  "publish-date", "publish_date", "dc.date.issued", "dcterms.issued", "dc.date",
                  "dcterms.date",
                  "dcterms.created", "sailthru.date", "parsely-pub-date", "content_publishdate",
                  "originalpublicationdate", "date", "article_date_original", "dtm_date")
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                 "dcterms.modified", "last-modified")
TITLE_META = ("og:title", "twitter:title", "dc.title", "headline")
AUTHOR_META = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
SECTION_META = ("article:section", "og:article:section", "section", "parsely-section", "category")
TAG_META = ("article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags")

#: Links to a tag page ("/tag/banjir", "/topik/pilkada/"): the article's tags when no meta names them.
TAG_HREF = re.compile(r"/(?:tag|tags|topik|topic|topics|label|hashtag)/[^/?#]+/?(?:[?#]|$)", re.I)
#: Tag links and breadcrumbs inside these blocks belong to other pages (tag clouds, menus, teasers).
_OTHER_PLACES = frozenset({"sidebar", "navigation", "related_insert", "comments"})
#: A tag or a crumb is a short label.
LABEL_MAX_WORDS = 6
_TAG_BLOCKS = "//*[contains(@class, 'tag') or contains(@id, 'tag')]"

_TITLE_SEP = re.compile(r"\s+(?:[|–—•·»:/]|::|-{1,2})\s+")
_WORD = re.compile(r"\w+")
_CREDIT = re.compile(
    r"\s*[(\[]\s*((?:foto|photo|sumber|source|dok|ist)\b[^)\]]*|[^()]{2,60}/[^()]{2,60})[)\]]\s*$", re.I)
#: An unbracketed credit closing a caption after its last sentence, or making a whole line:
#: "... Selasa. FOTO: DOK. MENTAYAPOS", "Foto: Ist". Never "warga di foto: kantor" mid-sentence.
_TRAILING_CREDIT = re.compile(
    r"(?:^|(?<=[.!?])\s+)((?:foto|photo|dok|sumber foto)\.?\s*[:：]\s*\S.{0,60})$", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
#: Ancestors whose dates are never the article's (the "today" bar, sidebars, menus).
_NOT_ARTICLE_DATE = frozenset({"date_bar", "weather_header", "sidebar", "navigation", "related_insert",
                               "comments"})
_VISIBLE_DATE_CHUNKS = 40


@dataclass
class Metadata:
    """What the page says about the article, before the body is read."""

    title: str = ""
    title_el: etree._Element | None = None
    published: datetime | None = None
    published_source: str = "none"
    modified: datetime | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    image: dict[str, Any] | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    page_types: set[str] = field(default_factory=set)


# ---------------------------------------------------------------- structured data


def _loads_lenient(text: str) -> Any:
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    if text.endswith(";"):
        text = text[:-1]
    try:
        return json.loads(text)
    except ValueError:
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text)), strict=False)
    except ValueError:
        return None


def _flatten(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, list):
        for item in obj:
            yield from _flatten(item)
    elif isinstance(obj, dict):
        yield obj
        if "@graph" in obj:
            yield from _flatten(obj["@graph"])
        main = obj.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _flatten(main)


def jsonld_objects(root: etree._Element) -> list[dict[str, Any]]:
    out = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        out.extend(_flatten(_loads_lenient(script.text)))
    return out


def types_of(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type") or ()
    return {str(x).lower() for x in ([t] if isinstance(t, str) else t if isinstance(t, list) else ())}


def meta_map(root: etree._Element) -> dict[str, list[str]]:
    """Every ``<meta>`` content by lower-cased name, property or itemprop, in page order."""
    metas: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        content = el.get("content")
        if content is None or not content.strip():
            continue
        for key in (el.get("property"), el.get("name"), el.get("itemprop"), el.get("http-equiv")):
            if key:
                metas.setdefault(key.strip().lower(), []).append(content.strip())
    return metas


def _first(metas: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        if metas.get(k):
            return metas[k][0]
    return None


def _names(value: Any) -> list[str]:
    """Author names out of JSON-LD's many shapes (string, Person, list of either)."""
    if isinstance(value, str):
        return [v.strip() for v in re.split(r"\s*(?:,|\band\b|\bdan\b|&)\s*", value) if v.strip()]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def _image_url(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return _image_url(value[0])
    return None


# ---------------------------------------------------------------- title


def _tokens(text: str) -> set[str]:
    return {t.casefold() for t in _WORD.findall(text)}


def strip_site_suffix(title: str) -> str:
    """The longest part of a ``<title>`` split on separators: drops " - Kompas.com" and " :: Okezone"."""
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    return max(parts, key=len).strip() if parts else title.strip()


def _similarity(candidate: str, references: list[str]) -> float:
    cand = _tokens(candidate)
    if not cand:
        return 0.0
    best = 0.0
    for ref in references:
        r = _tokens(ref)
        if r:
            best = max(best, len(cand & r) / len(cand | r))
    return best


def _best_heading(elements: Iterable[etree._Element], refs: list[str], floor: float = 0.6
                  ) -> tuple[str, etree._Element] | None:
    best, best_sim = None, 0.0
    for el in elements:
        text = fold(el.text_content())
        if not text or len(text) > 300:
            continue
        sim = _similarity(text, refs) if refs else (1.0 if el.tag == "h1" else 0.0)
        if sim > best_sim:
            best, best_sim = (text, el), sim
    return best if best and best_sim >= floor else None


def find_title(root: etree._Element, references: list[str]) -> tuple[str, etree._Element | None]:
    """The on-page headline: the best-matching h1, else h2/h3, else the cleanest declared title."""
    refs = [r for r in references if r]
    for tags in (("h1",), ("h2", "h3")):
        best = _best_heading(root.iter(*tags), refs)
        if best:
            return best
    if refs:
        return refs[0], None
    return "", None


# ---------------------------------------------------------------- dates


def _boilerplate_ancestor(el: etree._Element) -> bool:
    for a in el.iterancestors():
        if a.tag in ("nav", "aside", "footer") or dom.classify(a) in _NOT_ARTICLE_DATE:
            return True
    return False


def _time_elements(root: etree._Element, offset: str) -> datetime | None:
    preferred = root.xpath('//*[@itemprop="datePublished"]')
    times = list(root.iter("time"))
    for el in preferred + times:
        if _boilerplate_ancestor(el):
            continue
        value = el.get("datetime") or el.get("content") or fold(el.text_content())
        dt = parse_date(value, offset, slow=False)
        if dt:
            return dt
    return None


def _text_after(title_el: etree._Element) -> Iterator[str]:
    """Text chunks following the headline in document order."""
    started = False
    count = 0
    for event, el in etree.iterwalk(title_el.getroottree().getroot(), events=("start", "end")):
        if el is title_el and event == "end":
            started = True
            if el.tail and el.tail.strip():
                yield el.tail
            continue
        if not started or not isinstance(el.tag, str):
            continue
        if event == "start" and el.tag not in ("script", "style") and el.text and el.text.strip():
            count += 1
            yield el.text
        elif event == "end" and el.tail and el.tail.strip():
            count += 1
            yield el.tail
        if count > _VISIBLE_DATE_CHUNKS:
            return


def _visible_date(title_el: etree._Element | None, offset: str, now: datetime | None) -> datetime | None:
    if title_el is None:
        return None
    for chunk in _text_after(title_el):
        text = fold(chunk)
        if len(text) > 160:
            continue
        dt = parse_text_date(text, offset, now)
        if dt and (has_time(text) or len(text) <= 40):
            return dt
    return None


def _following(el: etree._Element) -> Iterator[etree._Element]:
    """The nodes after ``el`` (not inside it) in document order, read lazily from ``el`` onwards."""
    node: etree._Element | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()


def _visible_credits(title_el: etree._Element | None) -> list[tuple[str, str]]:
    """The (label, name) pairs of the credit line near the headline ("Penulis: X | Editor: Y").

    Portals print it between the headline and the body, outside the body container, where the text
    rules never see it; the line is read with the byline rule's own parser (``dom.credit_pairs``).
    """
    if title_el is None:
        return []
    seen = 0
    for el in _following(title_el):
        if not isinstance(el.tag, str) or not (el.text or "").strip():
            continue
        seen += 1
        if seen > _VISIBLE_DATE_CHUNKS:
            break
        if lexicon.BYLINE_LABEL.match(el.text) and dom.text_len(el) <= dom.CREDIT_BOX_MAX_WORDS:
            pairs = dom.credit_pairs(el)
            if pairs:
                return pairs
    return []


def _label(el: etree._Element) -> str | None:
    text = fold(el.text_content()).lstrip("#").strip()
    return text if text and len(text.split()) <= LABEL_MAX_WORDS else None


def _elsewhere(el: etree._Element) -> bool:
    return any(a.tag in ("nav", "aside", "footer") or dom.classify(a) in _OTHER_PLACES
               for a in el.iterancestors())


def _rel_tag(a: etree._Element) -> bool:
    rel = (a.get("rel") or "").lower().split()
    return "tag" in rel and "category" not in rel


def visible_tags(root: etree._Element) -> list[str]:
    """Tags printed as links: ``a[rel~=tag]`` (not WordPress's ``rel="category tag"``), links to tag
    pages, and the links of a tag block (``div.jeg_post_tags``, ``ul.td-tags``), outside sidebars."""
    links = [a for a in root.iter("a") if a.get("href") and (TAG_HREF.search(a.get("href")) or _rel_tag(a))]
    links += [a for block in root.xpath(_TAG_BLOCKS) if dom.classify(block) == "tags_block"
              for a in block.iter("a")]
    return list(dict.fromkeys(t for a in links if not _elsewhere(a) and (t := _label(a))))


def _is_crumb_trail(el: etree._Element) -> bool:
    """A breadcrumb trail's element: "breadcrumb" in its class or id, or a schema.org BreadcrumbList
    (substrings, case as written; a Python test per element is twice as fast as an XPath contains())."""
    return ("breadcrumb" in (el.get("class") or "") or "breadcrumb" in (el.get("id") or "")
            or "BreadcrumbList" in (el.get("itemtype") or ""))


def breadcrumb_section(root: etree._Element, title: str) -> str | None:
    """The last crumb before the headline: the first breadcrumb trail's last link that is neither the
    home page nor the article itself."""
    trails = (el for el in root.iter(etree.Element) if _is_crumb_trail(el))
    for trail in trails:
        crumbs = [a for a in trail.iter("a") if urlsplit(urljoin("http://x/", a.get("href") or "")).path
                  not in ("", "/")]
        labels = [t for a in crumbs if (t := _label(a)) and t != title]
        if labels:
            return labels[-1]
    return None


def kicker_section(title_el: etree._Element | None) -> str | None:
    """The label above the headline when it links to a listing ("Pemerintahan" -> /kategori/...)."""
    label = dom.kicker(title_el)
    if label is None or label.tag in ("nav", "aside", "footer") or dom.classify(label) in _OTHER_PLACES:
        return None
    link = next(label.iter("a"), None)
    return _label(link) if link is not None and link.get("href") else None


def url_date(url: str, offset: str) -> datetime | None:
    parts = url_date_parts(url)
    return datetime(*parts, tzinfo=offset_tz(offset)) if parts else None


# ---------------------------------------------------------------- everything


def extract_metadata(root: etree._Element, url: str, *, offset: str = "+07:00",
                     now: datetime | None = None, title_els: Sequence[etree._Element] = ()) -> Metadata:
    """Read the page's metadata; ``title_els`` are the profile's headline candidates when it has them."""
    md = Metadata()
    metas = meta_map(root)
    objects = jsonld_objects(root)
    for obj in objects:
        md.page_types |= types_of(obj)
    articles = [o for o in objects if types_of(o) & ARTICLE_TYPES]
    art = articles[0] if articles else {}
    og_type = _first(metas, ("og:type",))
    if og_type:
        md.page_types.add("og:" + og_type.lower())

    # title
    doc_title = fold(root.findtext(".//title") or "")
    headline = art.get("headline") if isinstance(art.get("headline"), str) else None
    refs = [fold(x) for x in (headline, _first(metas, TITLE_META)) if x]
    if doc_title:
        refs.append(strip_site_suffix(doc_title))
    if title_els:
        first = (fold(title_els[0].text_content()), title_els[0])
        md.title, md.title_el = _best_heading(title_els, refs) or first
    else:
        md.title, md.title_el = find_title(root, refs)

    # dates
    for o in articles:
        dt = parse_date(str(o.get("datePublished") or ""), offset, now)
        if dt:
            md.published, md.published_source = dt, "jsonld"
            break
    if md.published is None:
        for key in PUBLISHED_META:
            for value in metas.get(key, ()):
                dt = parse_date(value, offset, now)
                if dt:
                    md.published, md.published_source = dt, "meta"
                    break
            if md.published:
                break
    if md.published is None:
        dt = _time_elements(root, offset)
        if dt:
            md.published, md.published_source = dt, "time"
    if md.published is None:
        dt = _visible_date(md.title_el, offset, now)
        if dt:
            md.published, md.published_source = dt, "text"
    if md.published is None:
        dt = url_date(url, offset)
        if dt:
            md.published, md.published_source = dt, "url"
    modified = str(art.get("dateModified") or "") or _first(metas, MODIFIED_META) or ""
    md.modified = parse_date(modified, offset, now, slow=False) if modified else None

    # people, section, tags
    authors = _names(art.get("author")) or [
        a for key in AUTHOR_META for a in metas.get(key, ()) if not a.startswith("http")][:3]
    credits = _visible_credits(md.title_el)
    if not authors:
        authors = [v for label, v in credits if label in lexicon.AUTHOR_LABELS]
    md.authors = list(dict.fromkeys(a for a in authors if 1 < len(a) <= 80))
    md.editors = list(dict.fromkeys(v for label, v in credits if label in lexicon.EDITOR_LABELS and v))
    section = art.get("articleSection") or _first(metas, SECTION_META)
    if isinstance(section, list):
        section = section[0] if section else None
    md.section = fold(str(section)) if section else (
        breadcrumb_section(root, md.title) or kicker_section(md.title_el))
    tags: list[str] = []
    for key in TAG_META:
        for value in metas.get(key, ()):
            tags.extend(t.strip() for t in value.split(","))
    keywords = art.get("keywords")
    if isinstance(keywords, str):
        tags.extend(t.strip() for t in keywords.split(","))
    elif isinstance(keywords, list):
        tags.extend(str(t).strip() for t in keywords)
    md.tags = list(dict.fromkeys(t for t in tags if t))[:50] or visible_tags(root)[:50]

    # image, canonical, site, language
    image = _image_url(art.get("image")) or _first(metas, ("og:image", "twitter:image", "image"))
    if image:
        md.image = {"url": urljoin(url, image), "caption": None, "credit": None}
    canonical = None
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            canonical = urljoin(url, link.get("href").strip())
            break
    md.canonical_url = canonical or _first(metas, ("og:url",))
    publisher = art.get("publisher")
    md.site_name = _first(metas, ("og:site_name", "application-name")) or (
        publisher.get("name") if isinstance(publisher, dict) else None)
    md.description = _first(metas, ("og:description", "description", "twitter:description"))
    html_lang = root.get("lang") or _first(metas, ("og:locale", "content-language", "language"))
    md.language = html_lang.split("-")[0].split("_")[0].lower() if html_lang else None
    return md


def split_credit(caption: str) -> tuple[str, str | None]:
    """'Caption text. (Foto: X)' -> ('Caption text.', 'Foto: X'); also 'Text. FOTO: DOK. X'."""
    m = _CREDIT.search(caption) or _TRAILING_CREDIT.search(caption)
    if not m:
        return caption, None
    return caption[: m.start()].strip(), m.group(1).strip()
