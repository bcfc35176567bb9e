"""Untrusted discovery documents: XML parsed without entities or network, URLs checked before following.

A sitemap or feed is written by whoever runs the outlet (or whoever took it over). It must not make
the crawler expand entities (billion laughs), read local files or the network through an XXE, or
send requests to loopback and private networks (SSRF) or over non-http schemes.
"""

from __future__ import annotations

import gzip
import io
import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

#: Largest decompressed sitemap we read (the sitemap protocol caps files at 50 MB).
MAX_XML_BYTES = 50 * 1024 * 1024
SCHEMES = ("http", "https")
_LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


def xml_parser() -> etree.XMLParser:
    """An lxml parser that expands no entity, fetches nothing and refuses huge trees."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True,
                           load_dtd=False, remove_comments=True, remove_pis=True)


def gunzip(body: bytes, limit: int = MAX_XML_BYTES) -> bytes:
    """The body, decompressed when it is gzip (``.xml.gz`` children are served as raw gzip),
    refusing anything that inflates past ``limit`` (a gzip bomb)."""
    if body[:2] != b"\x1f\x8b":
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise ValueError(f"gzip body inflates past {limit} bytes")
    return data


def parse_xml(body: bytes) -> etree._Element | None:
    """The root element, or ``None`` for an empty or hopeless document."""
    try:
        body = gunzip(body)
    except (OSError, EOFError, ValueError):
        return None
    if not body.strip():
        return None
    try:
        return etree.fromstring(body.strip(), parser=xml_parser())
    except etree.XMLSyntaxError:
        return None


def local_name(el: etree._Element) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _is_private(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in _LOCAL_NAMES or host.endswith(".localhost"):
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False  # a name: resolution happens at fetch time; see resolves_private
    return not addr.is_global


def resolves_private(host: str) -> bool:
    """True when a host name resolves to a non-public address (used by ``probe``, which asks DNS)."""
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    return any(_is_private(str(info[4][0])) for info in infos)


@dataclass(frozen=True)
class UrlPolicy:
    """Which URLs discovery may follow: http(s) only, and no loopback/private hosts unless allowed
    (``NEWSCRAWL_ALLOW_PRIVATE_URLS``) or the host is the outlet's own (a profile served locally)."""

    allow_private: bool = False
    own_hosts: frozenset[str] = frozenset()

    def allows(self, url: str) -> bool:
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
            port = parts.port
        except ValueError:
            return False
        if parts.scheme.lower() not in SCHEMES or not host:
            return False
        if self.allow_private or not _is_private(host):
            return True
        return host in self.own_hosts or f"{host}:{port}" in self.own_hosts
