"""Declarative outlet profiles: one TOML file per outlet, one per WordPress news theme.

Profiles are data, parsed with ``tomllib`` (no code execution) and validated at load time:
an unknown key, a wrong type or a CSS selector that does not compile raises
:class:`ProfileError` naming the file and the key. See ``newscrawl/sites/README.md``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pipelines.profile import ZONES, ExtractionProfile

HERE = Path(__file__).resolve().parent
THEMES_DIR = HERE / "themes"

#: Province → default zone (Indonesia's three zones).
PROVINCE_ZONE: dict[str, str] = {
    **dict.fromkeys([
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu",
        "Sumatera Selatan", "Kepulauan Bangka Belitung", "Lampung", "Banten", "DKI Jakarta",
        "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Kalimantan Barat",
        "Kalimantan Tengah", "Nasional",
    ], "WIB"),
    **dict.fromkeys([
        "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Selatan", "Kalimantan Timur",
        "Kalimantan Utara", "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat",
        "Sulawesi Selatan", "Sulawesi Tenggara",
    ], "WITA"),
    **dict.fromkeys([
        "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Tengah",
        "Papua Pegunungan", "Papua Selatan",
    ], "WIT"),
}

DISCOVERY_TYPES = ("robots", "sitemap", "news_sitemap", "rss", "wp_json", "listing", "archive")

_TOP_KEYS: dict[str, type | tuple[type, ...]] = {
    "name": str, "domains": list, "province": str, "timezone": str, "network": str, "theme": str,
    "home": str, "article_url": str, "not_article_url": str, "discovery": list, "extract": dict,
    "politeness": dict, "detect": list, "notes": str, "language": str,
}
_EXTRACT_KEYS = ("title", "body", "date", "author", "remove")
_DISCOVERY_KEYS: dict[str, type | tuple[type, ...]] = {
    "type": str, "url": str, "max_pages": int, "param": str, "next": str, "links": str,
}
_POLITENESS_KEYS: dict[str, type | tuple[type, ...]] = {
    "download_delay": (int, float), "concurrency": int, "obey_robots": bool,
}


class ProfileError(ValueError):
    """A profile file that does not load; the message names the file and the key."""


@dataclass(frozen=True)
class SiteProfile:
    """An outlet (or a theme) as the crawler and the extractor see it."""

    key: str
    name: str
    path: Path
    domains: tuple[str, ...] = ()
    province: str | None = None
    timezone: str = "WIB"
    network: str | None = None
    theme: str | None = None
    home: str | None = None
    article_url: re.Pattern[str] | None = None
    not_article_url: re.Pattern[str] | None = None
    discovery: tuple[dict[str, Any], ...] = ()
    politeness: dict[str, Any] = field(default_factory=dict)
    extraction: ExtractionProfile = ExtractionProfile()
    language: str = "id"

    @property
    def offset(self) -> str:
        return ZONES[self.timezone]

    def matches(self, url: str) -> bool:
        """True when the URL's host is one of ``domains`` or below one; an entry with a port
        (``127.0.0.1:8801``, as local and demo outlets use) must match host and port."""
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        netloc = f"{host}:{parts.port}" if parts.port else host
        return any(netloc == d or host == d or host.endswith("." + d) for d in self.domains)


def _fail(path: Path, key: str, why: str) -> ProfileError:
    return ProfileError(f"{path}: key '{key}': {why}")


def _check_type(path: Path, key: str, value: Any, expected: type | tuple[type, ...]) -> None:
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        names = expected.__name__ if isinstance(expected, type) else "/".join(t.__name__ for t in expected)
        raise _fail(path, key, f"expected {names}, got {type(value).__name__}")


def _selectors(path: Path, key: str, value: Any) -> tuple[str, ...]:
    from cssselect import GenericTranslator, SelectorError

    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(s, str) and s.strip() for s in items):
        raise _fail(path, key, "expected a CSS selector or a list of them")
    for sel in items:
        try:
            GenericTranslator().css_to_xpath(sel)
        except SelectorError as exc:
            raise _fail(path, key, f"bad CSS selector {sel!r}: {exc}") from None
    return tuple(items)


def _regex(path: Path, key: str, value: str | None) -> re.Pattern[str] | None:
    if value is None:
        return None
    try:
        return re.compile(value)
    except re.error as exc:
        raise _fail(path, key, f"bad regular expression: {exc}") from None


def _discovery(path: Path, entries: list[Any]) -> tuple[dict[str, Any], ...]:
    out = []
    for i, entry in enumerate(entries):
        where = f"discovery[{i}]"
        _check_type(path, where, entry, dict)
        for k, v in entry.items():
            if k not in _DISCOVERY_KEYS:
                raise _fail(path, f"{where}.{k}", f"unknown key (known: {', '.join(_DISCOVERY_KEYS)})")
            _check_type(path, f"{where}.{k}", v, _DISCOVERY_KEYS[k])
        if entry.get("type") not in DISCOVERY_TYPES:
            raise _fail(path, f"{where}.type", f"must be one of {', '.join(DISCOVERY_TYPES)}")
        if "links" in entry:
            _selectors(path, f"{where}.links", entry["links"])
        out.append(dict(entry))
    return tuple(out)


def parse_profile(path: Path, data: dict[str, Any]) -> SiteProfile:
    """Validate one parsed TOML document and build its profile."""
    for k, v in data.items():
        if k not in _TOP_KEYS:
            raise _fail(path, k, f"unknown key (known: {', '.join(_TOP_KEYS)})")
        _check_type(path, k, v, _TOP_KEYS[k])
    if "name" not in data:
        raise _fail(path, "name", "missing")
    extract = data.get("extract", {})
    for k in extract:
        if k not in _EXTRACT_KEYS:
            raise _fail(path, f"extract.{k}", f"unknown key (known: {', '.join(_EXTRACT_KEYS)})")
    selectors = {k: _selectors(path, f"extract.{k}", v) for k, v in extract.items()}
    for k, v in data.get("politeness", {}).items():
        if k not in _POLITENESS_KEYS:
            raise _fail(path, f"politeness.{k}", f"unknown key (known: {', '.join(_POLITENESS_KEYS)})")
        _check_type(path, f"politeness.{k}", v, _POLITENESS_KEYS[k])
    province = data.get("province")
    zone = data.get("timezone") or PROVINCE_ZONE.get(province or "", "WIB")
    if zone not in ZONES:
        raise _fail(path, "timezone", f"must be one of {', '.join(ZONES)}")
    if province is not None and province not in PROVINCE_ZONE:
        raise _fail(path, "province", f"unknown province {province!r}")
    domains = data.get("domains", [])
    if not all(isinstance(d, str) and d for d in domains):
        raise _fail(path, "domains", "expected a list of host names")
    detect = _selectors(path, "detect", data["detect"]) if "detect" in data else ()
    return SiteProfile(
        key=path.stem,
        name=data["name"],
        path=path,
        domains=tuple(d.lower() for d in domains),
        province=province,
        timezone=zone,
        network=data.get("network"),
        theme=data.get("theme"),
        home=data.get("home"),
        article_url=_regex(path, "article_url", data.get("article_url")),
        not_article_url=_regex(path, "not_article_url", data.get("not_article_url")),
        discovery=_discovery(path, data.get("discovery", [])),
        politeness=dict(data.get("politeness", {})),
        extraction=ExtractionProfile(name=data["name"], timezone=ZONES[zone], detect=detect, **selectors),
        language=data.get("language", "id"),
    )


def load_file(path: Path) -> SiteProfile:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read: {exc}") from None
    return parse_profile(path, data)


def _load_dir(directory: Path) -> dict[str, SiteProfile]:
    if not directory.is_dir():
        raise ProfileError(f"{directory}: not a directory of profiles")
    return {p.stem: load_file(p) for p in sorted(directory.glob("*.toml"))}


def with_theme(site: SiteProfile, theme: SiteProfile) -> SiteProfile:
    """The outlet's profile with its theme's selectors behind its own (tried first), in one place.

    The outlet keeps its name, time zone and ``detect``; ``remove`` takes both lists.
    """
    own, base = site.extraction, theme.extraction
    merged = {k: getattr(own, k) + tuple(s for s in getattr(base, k) if s not in getattr(own, k))
              for k in _EXTRACT_KEYS}
    return replace(site, extraction=replace(own, **merged))


def load_profiles(extra_dirs: Iterable[str | Path] = ()) -> dict[str, SiteProfile]:
    """The shipped outlet profiles, then the user's (which add to or override them by file name).

    A profile naming a ``theme`` inherits that theme's selectors (see :func:`with_theme`); a theme
    that does not exist is a :class:`ProfileError` naming the file.
    """
    extra_dirs = list(extra_dirs)
    profiles = _load_dir(HERE)
    for d in extra_dirs:
        profiles.update(_load_dir(Path(d)))
    themed = {k: p for k, p in profiles.items() if p.theme}
    if themed:
        themes = load_themes(extra_dirs)
        for key, site in themed.items():
            if site.theme not in themes:
                raise _fail(site.path, "theme", f"unknown theme {site.theme!r} (known: {', '.join(themes)})")
            profiles[key] = with_theme(site, themes[site.theme])
    return profiles


def load_themes(extra_dirs: Iterable[str | Path] = ()) -> dict[str, SiteProfile]:
    themes = _load_dir(THEMES_DIR)
    for d in extra_dirs:
        themes_dir = Path(d) / "themes"
        if themes_dir.is_dir():
            themes.update(_load_dir(themes_dir))
    return themes


def profile_for_url(url: str, profiles: dict[str, SiteProfile]) -> SiteProfile | None:
    """The profile whose domain is the longest match for the URL's host."""
    best = None
    for p in profiles.values():
        if p.matches(url) and (best is None or max(map(len, p.domains)) > max(map(len, best.domains))):
            best = p
    return best
