"""The working state of one cleaning run: the paragraphs, what each rule took out, and the zones.

A :class:`Doc` is created per call and thrown away afterwards (no module-level state). Rules mark
paragraphs as removed with their class name instead of deleting them, so that later rules still
see positions ("the line after a photo credit") and ``removed`` counts come out per class.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipelines.rules import shape

#: A dateline opens a paragraph of text, not a date line ("Kompas.com - 23/06/2021, 05:30 WIB").
MIN_WORDS_AFTER_DATELINE = 6
MIN_PARAGRAPH_WORDS_AT_END = 30


@dataclass
class Cleaned:
    """Paragraphs left after the rules, with what they took out and the metadata they found."""

    paragraphs: list[str]
    removed: Counter = field(default_factory=Counter)
    related: list[str] = field(default_factory=list)
    byline_codes: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    dateline: str | None = None
    captions: list[str] = field(default_factory=list)
    #: Visible date lines found in the header zone, as printed, in order (``published`` candidates).
    date_lines: list[str] = field(default_factory=list)
    #: Date-only lines above the title: the page's "today" bar, never the publish date.
    today_bars: list[str] = field(default_factory=list)
    #: Lines removed, with their class, in document order (for review and debugging).
    trace: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Doc:
    lines: list[str]
    out: Cleaned
    kind: list[str | None] = field(default_factory=list)
    #: Index of the title line when the title was found among the paragraphs (dirty-text path).
    title_index: int | None = None
    #: Keep "Sumber: BPS Kalteng" under a table or chart (a data credit, not the article's source).
    keep_data_sources: bool = True
    #: ``dateline.parse`` answers by line text, for this run only: ``body_start`` is asked for by most
    #: rules and would otherwise parse the same top lines a dozen times.
    datelines: dict[str, Any] = field(default_factory=dict, repr=False)
    #: The last ``body_start``/``body_end`` answers, each with the state (lines and claims) it was for.
    zones: dict[str, tuple[tuple, int]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.kind = [None] * len(self.lines)

    def dateline(self, line: str) -> Any:
        """``dateline.parse(line)`` (a ``Dateline`` or None), parsed once per distinct line."""
        if line not in self.datelines:
            from pipelines.rules import dateline  # the dateline rule owns what a dateline looks like

            self.datelines[line] = dateline.parse(line)
        return self.datelines[line]

    # --- marking ------------------------------------------------------------------------------

    def remove(self, i: int, cls: str) -> None:
        if self.kind[i] is None:
            self.kind[i] = cls
            self.out.removed[cls] += 1
            self.out.trace.append((cls, self.lines[i]))

    def remove_where(self, predicate: Callable[[str], bool], cls: str) -> None:
        """The whole-line rule: remove every remaining line that ``predicate`` accepts."""
        for i in self.alive():
            if predicate(self.lines[i]):
                self.remove(i, cls)

    def walk(self) -> Iterator[tuple[int, int | None]]:
        """(line, next remaining line) for every line still unclaimed when the walk reaches it."""
        alive = self.alive()
        for pos, i in enumerate(alive):
            if self.kind[i] is None:
                yield i, next((j for j in alive[pos + 1:] if self.kind[j] is None), None)

    def alive(self, start: int = 0, stop: int | None = None) -> list[int]:
        stop = len(self.lines) if stop is None else stop
        return [i for i in range(start, stop) if self.kind[i] is None]

    def next_alive(self, i: int) -> int | None:
        for j in range(i + 1, len(self.lines)):
            if self.kind[j] is None:
                return j
        return None

    def prev_alive(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if self.kind[j] is None:
                return j
        return None

    @property
    def header_mode(self) -> bool:
        """True when the paragraphs include the page header (title, byline, caption lines)."""
        return self.title_index is not None

    # --- zones --------------------------------------------------------------------------------

    def body_start(self) -> int:
        """First article paragraph: a dateline paragraph near the top, else the first prose one.

        Most rules ask for it; the answer is kept until a line is claimed or rewritten."""
        state = (self.title_index, tuple(self.kind), tuple(self.lines))
        if self.zones.get("start", (None,))[0] != state:
            self.zones["start"] = (state, self._body_start())
        return self.zones["start"][1]

    def _body_start(self) -> int:
        alive = self.alive()
        if self.title_index is not None:
            alive = [i for i in alive if i > self.title_index]
        best, best_strength = None, -1
        for i in alive[:15]:
            found = self.dateline(self.lines[i])
            if found and found.strength > best_strength and \
                    len(self.lines[i][found.end:].split()) >= MIN_WORDS_AFTER_DATELINE:
                best, best_strength = i, found.strength
        if best is not None:
            return best
        for i in alive:
            if shape.is_prose(self.lines[i]):
                return i
        for i in alive:
            if shape.is_sentence(self.lines[i]):
                return i
        return alive[0] if alive else len(self.lines)

    def body_end(self) -> int:
        """Last article paragraph: the last prose one (footer-class lines come after it); kept as
        ``body_start`` is."""
        state = (tuple(self.kind), tuple(self.lines))
        if self.zones.get("end", (None,))[0] != state:
            self.zones["end"] = (state, self._body_end())
        return self.zones["end"][1]

    def _body_end(self) -> int:
        alive = self.alive()
        for i in reversed(alive):
            line = self.lines[i]
            if line.rstrip().endswith(("…", "...")) and shape.word_count(line) < MIN_PARAGRAPH_WORDS_AT_END:
                continue  # a teaser cut short with an ellipsis: sidebar, not article
            if shape.is_prose(line) or shape.is_sentence(line, 12):
                return i
        return alive[-1] if alive else -1
