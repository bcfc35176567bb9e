"""Cleaning text that was already scraped badly: page text in, one article record out.

The input is what a careless scraper stored: lines (hard-wrapped or one paragraph each), menus,
widgets, inserts, maybe the body twice. ``clean_text`` rebuilds paragraphs, decides whether the
page is an article at all (tag and listing pages concatenate teasers: they get an empty body and
an ``error``), finds the headline, runs the text-level rules (``pipelines.rules``) and takes the
publish date from a visible article date line - never from the page's "today" bar.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

from pipelines.record import new_record
from pipelines.rules import clean_paragraphs, lexicon, shape
from pipelines.rules import dateline as dateline_rule
from pipelines.rules.ads import is_ad_marker
from pipelines.rules.article_date import is_date_line
from pipelines.rules.byline import is_byline
from pipelines.rules.caption import ends_with_credit, is_credit_line
from pipelines.rules.cta import is_follow_cta, is_share_ui, is_video_cta
from pipelines.rules.navigation import is_label_line, is_menu_line
from pipelines.rules.related import marker_headline
from pipelines.rules.sidebar import is_heading, is_teaser
from pipelines.rules.weather import is_temperature

#: Hard-wrapped text: lines this long or longer were broken by the wrap width, not by the author.
WRAP_MAX = 110
WRAP_MIN_LINES = 3
#: Where the headline is searched: the lines before the first article paragraph.
TITLE_SEARCH_LINES = 15
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
SLUG_MIN_TOKENS = 3
SLUG_MIN_OVERLAP = 0.5
LISTING_MIN_DATELINES = 3
LISTING_MIN_TEASERS = 3
_BULLET = re.compile(r"^\s*(?:[-•*·]\s|\d+[.)]\s)")
_SLUG_TOKEN = re.compile(r"[a-z0-9]+")
_VIEWS = re.compile(r"\|?\s*[\d.,]+\s*(?:views?|kali dibaca|dilihat)\s*$", re.I)


def clean_text(text: str, *, url: str | None = None, title: str | None = None,
               crawled_at: datetime | str | None = None, default_offset: str = "+07:00",
               keep_data_sources: bool = True) -> dict[str, Any]:
    """One record for one scraped page text (see the module docstring).

    ``keep_data_sources`` keeps "Sumber: ..." credits under tables and charts (see ``clean_paragraphs``).
    """
    url = url or "about:blank"
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines, leaked_date = _strip_meta_leak(lines)
    paragraphs = join_wrapped(lines)
    fields: dict[str, Any] = {"crawled_at": _crawl_stamp(crawled_at)}
    reason = listing_reason(url, paragraphs)
    if reason:
        return new_record(url, error=f"not_article: {reason}", **fields)
    if not any(p.strip() for p in paragraphs):
        return new_record(url, error="no_body: the text is empty", **fields)
    title = title or find_title(paragraphs, url)
    cleaned = clean_paragraphs(paragraphs, title=title, keep_data_sources=keep_data_sources)
    published, source = _published(leaked_date, cleaned.date_lines, default_offset)
    record = new_record(
        url, title=title or "", body="\n\n".join(cleaned.paragraphs), authors=cleaned.authors,
        editors=cleaned.editors, byline_codes=cleaned.byline_codes, dateline=cleaned.dateline,
        related=cleaned.related, removed=dict(cleaned.removed), published_at=published,
        published_at_source=source, **fields)
    if not record["body"]:
        record["error"] = "no_body: nothing left after removing boilerplate"
    return record


# --- paragraphs -------------------------------------------------------------------------------

def join_wrapped(lines: list[str]) -> list[str]:
    """Paragraphs from lines: blank lines separate; hard-wrapped lines of one paragraph are joined.

    A text is hard-wrapped when no line is longer than ``WRAP_MAX`` (bullets aside) and several
    lines come close to the longest; then a line near the wrap width continues on the next line.
    In any text, a line that ends mid-sentence continues on a next line starting in lower case.
    """
    stripped = [" ".join(line.split()) for line in lines]
    width = _wrap_width(stripped)
    paragraphs: list[str] = []
    current = last = ""
    for line in stripped:
        if not line:
            if current:
                paragraphs.append(current)
            current = last = ""
            continue
        if current and _continues(last, line, width):
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
        last = line
    if current:
        paragraphs.append(current)
    return paragraphs


def _wrap_width(lines: list[str]) -> int | None:
    body = [len(line) for line in lines if line and not _BULLET.match(line)]
    if not body or max(body) > WRAP_MAX:
        return None
    width = max(body)
    near = [n for n in body if n >= 0.75 * width]
    return width if len(near) >= WRAP_MIN_LINES and width >= 50 else None


def _continues(previous: str, line: str, width: int | None) -> bool:
    """Whether physical ``line`` continues the paragraph whose last physical line is ``previous``."""
    if _BULLET.match(line) or _BULLET.match(previous):
        return False
    if line[0].islower() and not shape.ends_sentence(previous) and len(previous) >= 40:
        return True
    if width is None or previous.isupper() or dateline_rule.parse(line):
        return False
    return len(previous) >= 0.6 * width


# --- page type --------------------------------------------------------------------------------

def listing_reason(url: str, paragraphs: list[str]) -> str | None:
    """Why the page is a tag/category/archive/home listing rather than one article, or None."""
    parts = urlsplit(url)
    path = unquote(parts.path or "")
    where = path + ("?" + parts.query if parts.query else "")
    if parts.scheme in ("http", "https"):
        if lexicon.LISTING_URL.search(where):
            return f"listing page (URL {where})"
        if path in ("", "/") and not lexicon.ARTICLE_ID_QUERY.search("?" + parts.query):
            return "listing page (home page URL)"
        if _article_like_url(path, parts.query):
            return None
    top = paragraphs[:6]
    if any(is_label_line(p) and not lexicon.NAVIGATION_LINE.match(p).group().lower().startswith(
            ("select", "back", "connect", "hot", "skip", "toggle", "ringkasan", "home")) for p in top) \
            or any(lexicon.TAGS_HEADING.match(p) for p in top):
        return "listing page (archive label)"
    datelines = {shape.key(p[found.end:])[:60] for p in paragraphs
                 if (found := dateline_rule.parse(p)) and found.strong}
    if len(datelines) >= LISTING_MIN_DATELINES:
        return f"listing page ({len(datelines)} datelines)"
    teasers = sum(1 for p in paragraphs if is_teaser(p) or p.lower().startswith("read more"))
    if teasers >= LISTING_MIN_TEASERS:
        return f"listing page ({teasers} teasers)"
    return None


def _article_like_url(path: str, query: str) -> bool:
    segments = [s for s in path.split("/") if s]
    return bool(lexicon.ARTICLE_ID_QUERY.search("?" + query)) or any(s.count("-") >= 2 for s in segments)


# --- headline ---------------------------------------------------------------------------------

def find_title(paragraphs: list[str], url: str | None = None) -> str | None:
    """The headline among the lines above the first article paragraph.

    The URL slug decides when it names the article; otherwise a line printed twice, otherwise the
    longest headline-like line.
    """
    candidates = []
    for p in paragraphs[:TITLE_SEARCH_LINES]:
        if shape.is_prose(p) or dateline_rule.parse(p):
            break
        if _title_like(p):
            candidates.append(p)
    if not candidates:
        return None
    slug = _slug_tokens(url)
    if len(slug) >= SLUG_MIN_TOKENS:
        scored = [(len(slug & set(_SLUG_TOKEN.findall(c.lower()))) / len(slug), -n, c)
                  for n, c in enumerate(candidates)]
        best = max(scored)
        if best[0] >= SLUG_MIN_OVERLAP:
            return best[2]
    keys = [shape.key(c) for c in candidates]
    for c, k in zip(candidates, keys, strict=True):
        if keys.count(k) > 1:
            return c
    return max(candidates, key=lambda c: (shape.word_count(c), -candidates.index(c)))


def _title_like(line: str) -> bool:
    n = shape.word_count(line)
    if not TITLE_MIN_WORDS <= n <= TITLE_MAX_WORDS or _BULLET.match(line):
        return False
    text = re.sub(r"\.{3,}$", "", line.strip())
    if re.search(r"[.;:,]['\"”’)]*$", text) or shape.is_quoted(text):
        return False
    boilerplate = (is_temperature, is_date_line, is_byline, is_credit_line, ends_with_credit, is_ad_marker,
                   lexicon.MARKDOWN_IMAGE_LINE.match, is_share_ui,
                   is_follow_cta, is_video_cta, is_label_line, is_menu_line, is_heading)
    if any(rule(line) for rule in boilerplate) or marker_headline(line) is not None:
        return False
    return not (lexicon.TEMPLATE_LINE.match(line) or lexicon.COMMENT_LINE.match(line)
                or lexicon.EMPTY_META_LINE.match(line) or lexicon.TAGS_LINE.match(line))


def _slug_tokens(url: str | None) -> set[str]:
    if not url:
        return set()
    segments = [unquote(s) for s in urlsplit(url).path.split("/") if s]
    if not segments:
        return set()
    slug = max(segments, key=lambda s: s.count("-"))
    slug = re.sub(r"\.(?:html?|php|aspx?)$", "", slug.lower())
    return set(_SLUG_TOKEN.findall(slug)) if slug.count("-") >= 2 else set()


# --- dates ------------------------------------------------------------------------------------

def _strip_meta_leak(lines: list[str]) -> tuple[list[str], str | None]:
    """" date 2023-08-15 Advertisement" at the top: a leaked meta tag; its date is the publish date."""
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        m = lexicon.META_DATE_LEAK.match(line)
        if not m:
            return lines, None
        rest = line[m.end():]
        full = m["date"] if len(m["date"]) == 10 else None
        return lines[:n] + ([rest] if rest.strip() else []) + lines[n + 1:], full
    return lines, None


def _published(leaked: str | None, date_lines: list[str], offset: str) -> tuple[str | None, str]:
    from pipelines.dates import local_iso, parse_text_date

    if leaked:
        dt = parse_text_date(leaked, offset)
        if dt:
            return local_iso(dt, offset), "meta"
    for line in date_lines:
        dt = parse_text_date(_VIEWS.sub("", line), offset)
        if dt:
            return local_iso(dt, offset), "text"
    return None, "none"


def _crawl_stamp(crawled_at: datetime | str | None) -> str:
    if isinstance(crawled_at, str) and crawled_at:
        return crawled_at
    moment = crawled_at if isinstance(crawled_at, datetime) else datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
