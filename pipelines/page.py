"""A fetched page, decoded and parsed once: the object every extraction stage reads.

Decoding order: BOM, then the HTTP ``Content-Type`` charset, then ``<meta charset>``; when the
declared charset fails to decode the bytes (a page labelled iso-8859-1 whose bytes are UTF-8,
or windows-1252 labelled UTF-8), bs4's ``UnicodeDammit`` sniffs instead.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import Any

import lxml.html
from lxml import etree

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w:.-]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels that in practice mean "whatever the bytes are": browsers treat latin-1 as windows-1252,
# and a page labelled latin-1 that decodes as UTF-8 is UTF-8 (kapanlagi and many WordPress sites).
_LATIN = {"iso-8859-1", "latin-1", "latin1", "iso8859-1", "windows-1252", "cp1252", "us-ascii", "ascii"}
#: The same labels as Python codec names (looked up once: a codec lookup costs tens of microseconds).
_LATIN_CODECS = frozenset(codecs.lookup(name).name for name in _LATIN)


@dataclass
class FetchedPage:
    """What the fetcher hands to the pipelines: a Scrapy item and a plain value alike.

    ``extra_pages`` holds the bodies of further pages of a multi-page article, in order.
    """

    url: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200
    crawled_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    site: str | None = None
    extra_pages: list[tuple[str, bytes]] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def _norm_charset(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charsets(body: bytes, headers: dict[str, str]) -> list[str]:
    """Charsets the page claims, most authoritative first (BOM, header, meta)."""
    found = []
    for bom, name in _BOMS:
        if body.startswith(bom):
            found.append(name)
    m = _HEADER_CHARSET.search(headers.get("content-type", ""))
    if m:
        found.append(m.group(1))
    m = _META_CHARSET.search(body[:4096])
    if m:
        found.append(m.group(1).decode("ascii", "ignore"))
    return [c for c in (_norm_charset(n) for n in found) if c]


def decode_html(body: bytes, headers: dict[str, str] | None = None) -> tuple[str, str]:
    """Return (text, encoding). Never raises: undecodable bytes become U+FFFD."""
    declared = declared_charsets(body, {k.lower(): v for k, v in (headers or {}).items()})
    for enc in declared:
        if enc in _LATIN or _norm_charset(enc) in _LATIN_CODECS:
            try:  # a latin label on UTF-8 bytes: the bytes win
                return body.decode("utf-8").lstrip("\ufeff"), "utf-8"
            except UnicodeDecodeError:
                return body.decode("cp1252", errors="replace"), "cp1252"
        try:
            return body.decode(enc).lstrip("\ufeff"), enc
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("utf-8").lstrip("\ufeff"), "utf-8"
    except UnicodeDecodeError:
        pass
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(body, ["utf-8", "cp1252"], is_html=True)
    if dammit.unicode_markup is not None:
        return dammit.unicode_markup, dammit.original_encoding or "unknown"
    return body.decode("utf-8", errors="replace"), "utf-8"


def parse_html(text: str) -> etree._Element:
    """One lenient lxml parse; bs4 is the fallback where lxml gives up on the markup."""
    text = _XML_DECL.sub("", text, count=1)
    try:
        # huge_tree: without it libxml2 silently drops everything nested deeper than 255 elements
        # (unclosed <div>s of a broken template), which would lose the whole article body.
        root = lxml.html.document_fromstring(text or "<html></html>", parser=_parser())
        if root is not None and len(root):
            return root
    except (etree.ParserError, ValueError):
        pass
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    return lxml.html.document_fromstring(str(soup) or "<html></html>", parser=_parser())


def _parser() -> lxml.html.HTMLParser:
    parser = lxml.html.HTMLParser(huge_tree=True)
    parser.set_element_class_lookup(_HTML_CLASSES)
    return parser


#: Every node gets lxml.html's plain class, chosen in C: lxml.html's own lookup runs a Python method per
#: element proxy to give form controls their own classes, which extraction never uses (a fifth of the
#: cost of walking a page once).
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity)


_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


class Page:
    """A decoded, parsed page. Construct once per fetched document; stages share ``tree``."""

    def __init__(self, url: str, body: bytes | str, headers: dict[str, str] | None = None,
                 crawled_at: datetime | None = None) -> None:
        self.url = url
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.crawled_at = crawled_at or datetime.now(UTC)
        if isinstance(body, str):
            self.html, self.encoding = body, "unicode"
        else:
            self.html, self.encoding = decode_html(body, self.headers)

    @classmethod
    def from_fetched(cls, fetched: FetchedPage) -> Page:
        return cls(fetched.url, fetched.body, fetched.headers, fetched.crawled_at)

    @cached_property
    def tree(self) -> etree._Element:
        root = parse_html(self.html)
        # lxml makes a new Python proxy for an element whenever one is touched while none is alive (for
        # lxml.html also looking up its class each time); every stage walks the tree again, so one proxy
        # per element is held for the page's life and all walks reuse them.
        self._elements = list(root.iter())
        return root
