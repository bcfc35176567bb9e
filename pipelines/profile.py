"""What extraction may know about an outlet: selectors and its time zone.

Outlet knowledge lives only here (filled from the TOML profiles in ``newscrawl/sites``), never
in the rules: the generic path runs with ``ExtractionProfile()`` and must work on any outlet.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Indonesian time zones by abbreviation.
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}


@dataclass(frozen=True)
class ExtractionProfile:
    """Optional CSS selectors (tried in order) and the outlet's default UTC offset."""

    name: str | None = None
    timezone: str = "+07:00"
    title: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()
    #: Theme-level profiles: CSS selectors whose presence identifies the theme in a page.
    detect: tuple[str, ...] = ()

    @property
    def is_generic(self) -> bool:
        return not (self.title or self.body or self.date or self.author or self.remove)


GENERIC = ExtractionProfile()
