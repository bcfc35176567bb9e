"""Compose the demo's true articles from the sentence bank, deterministically.

The composer decides everything that is true about an article (title, paragraphs, publish
time, people, pages, which other stories it links to); the markup families only print it.
Randomness comes from ``random.Random`` seeded with the outlet key and the article number,
so the same call always yields the same articles, on every machine.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from newscrawl.demo import bank
from pipelines.profile import ZONES

#: The "today" every outlet's date bar shows: after every publish date, so a date taken
#: from the date bar is always wrong.
TODAY = date(2024, 11, 25)
#: Publish dates fall in this window (inclusive).
FIRST_DAY = date(2024, 5, 6)
LAST_DAY = date(2024, 10, 31)
#: Articles per outlet (three outlets: 66 in all).
ARTICLES_PER_OUTLET = 22
#: Article numbers (per outlet) that are split over pages, and into how many.
MULTI_PAGE = {4: 2, 13: 3}


@dataclass(frozen=True)
class Outlet:
    """A fictional outlet: who it is and where (``bank.OUTLETS`` entry, typed)."""

    key: str
    name: str
    brand: str
    family: str
    province: str
    timezone: str
    weather_city: str
    weather_temp: str
    sections: dict[str, str]
    places: list[str]
    villages: list[str]
    officials: list[str]
    residents: list[str]
    authors: list[str]
    editors: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def tz(self) -> timezone:
        hours = int(ZONES[self.timezone][1:3])
        return timezone(timedelta(hours=hours))


@dataclass
class Article:
    """One true article: what the crawler must recover, plus what the markup needs to print it."""

    outlet: Outlet
    number: int  # 0-based, oldest first
    uid: int  # a numeric id the URL scheme may use
    slug: str
    section: str
    title: str
    paragraphs: list[str]
    published: datetime  # aware, in the outlet's zone
    authors: list[str]
    editors: list[str]
    byline_codes: list[str]
    dateline: str
    tags: list[str]
    caption: str
    pages: int = 1
    related: list[Article] = field(default_factory=list)  # other stories linked from inside the body
    jsonld: bool = False

    def page_paragraphs(self) -> list[list[str]]:
        """The paragraphs split over ``pages`` pages, in order, none empty."""
        n = len(self.paragraphs)
        cuts = [round(i * n / self.pages) for i in range(self.pages + 1)]
        return [self.paragraphs[cuts[i]:cuts[i + 1]] for i in range(self.pages)]


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def outlet(key: str) -> Outlet:
    data = dict(bank.OUTLETS[key])
    data["codes"] = [tuple(c) for c in data.get("codes", [])]
    return Outlet(key=key, **data)


def _publish_times(rng: random.Random, tz: timezone, count: int) -> list[datetime]:
    span = (LAST_DAY - FIRST_DAY).days
    days = sorted(rng.sample(range(span + 1), count))
    return [
        datetime.combine(FIRST_DAY + timedelta(days=d), datetime.min.time(), tz).replace(
            hour=rng.randint(6, 21), minute=rng.randint(0, 59))
        for d in days
    ]


def _compose(o: Outlet, number: int, when: datetime, rng: random.Random, used_titles: set[str]) -> Article:
    topic = bank.TOPICS[(number * 5 + len(o.key)) % len(bank.TOPICS)]
    for _ in range(50):
        slots = {
            "place": rng.choice(o.places),
            "village": rng.choice(o.villages),
            "official": rng.choice(o.officials),
            "resident": rng.choice(o.residents),
            "n": rng.randint(12, 480),
            "m": rng.randint(2, 60),
            "day": bank.DAYS_ID[(when - timedelta(days=rng.randint(0, 1))).weekday()],
            "month": bank.MONTHS_ID[min(11, when.month + rng.randint(0, 1))],
            "agency": topic["agency"],
        }
        title = rng.choice(topic["titles"]).format(**slots)
        if title not in used_titles:
            break
    used_titles.add(title)
    pages = MULTI_PAGE.get(number, 1)
    n_facts = len(topic["facts"]) if pages > 1 else rng.randint(3, 5)
    facts = rng.sample(topic["facts"], n_facts)
    quotes = rng.sample(topic["quotes"], 3 if pages > 1 else 2)
    role = rng.choice(bank.ROLES).format(**slots)
    intro = f"{role}, {slots['official']}, membenarkan hal tersebut saat dikonfirmasi wartawan."
    body = [rng.choice(topic["lead"]), facts[0], intro, quotes[0], *facts[1:3], quotes[1], *facts[3:]]
    body += quotes[2:]
    body.append(rng.choice(bank.CLOSINGS))
    paragraphs = [p.format(**slots) for p in body]
    author = o.authors[number % len(o.authors)]
    codes = list(o.codes[number % len(o.codes)]) if o.codes else []
    return Article(
        outlet=o,
        number=number,
        uid=100000 + 7 * number + len(o.key) * 1000,
        slug=slugify(title),
        section=list(o.sections)[number % len(o.sections)],
        title=title,
        paragraphs=paragraphs,
        published=when,
        authors=[author],
        editors=[o.editors[number % len(o.editors)]] if o.editors else [],
        byline_codes=codes,
        dateline=slots["place"].upper(),
        tags=[topic["key"], slugify(slots["place"])],
        caption=rng.choice(bank.CAPTIONS).format(**slots),
        pages=pages,
        jsonld=number % 3 == 0,
    )


def articles_for(key: str) -> list[Article]:
    """The outlet's true articles, oldest first; the same list on every call."""
    o = outlet(key)
    rng = random.Random(f"newscrawl-demo:{key}")
    times = _publish_times(rng, o.tz, ARTICLES_PER_OUTLET)
    used: set[str] = set()
    articles = [_compose(o, i, t, random.Random(f"{key}:{i}"), used) for i, t in enumerate(times)]
    for a in articles:  # link two other stories of the same outlet from inside the body
        a.related = [articles[(a.number + 5) % len(articles)], articles[(a.number + 11) % len(articles)]]
    return articles


def all_articles() -> dict[str, list[Article]]:
    return {key: articles_for(key) for key in bank.OUTLETS}
