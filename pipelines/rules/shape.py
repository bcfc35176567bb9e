"""What a line looks like: the shape tests every rule shares (prose, headline, key for comparing).

Rules anchor on these instead of on words: a related headline is short and has no final full
stop, an article sentence is long and ends like a sentence. Keeping the tests in one place keeps
the rules consistent with each other.
"""

from __future__ import annotations

import re
import unicodedata

from pipelines.rules import lexicon

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…:;]['\"”’)\]]*\s*$|[\"”’]\s*$")
_QUOTES = "\"“”'‘’«»"


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def word_count(text: str) -> int:
    return len(text.split())


def content_words(text: str, min_len: int = 4) -> set[str]:
    """Distinct case-folded words long enough to carry meaning (skips most function words)."""
    return {w for w in key(text).split() if len(w) >= min_len}


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def key(text: str) -> str:
    """Comparison key: case-folded word tokens, so punctuation, dashes and spacing never matter."""
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).casefold()))


def is_quoted(text: str) -> bool:
    s = text.strip()
    return bool(s) and s[0] in _QUOTES


def is_prose(text: str) -> bool:
    """An article paragraph: long, or a full sentence of reasonable length."""
    n = word_count(text)
    return n >= 30 or (n >= 20 and ends_sentence(text))


def is_sentence(text: str, min_words: int = 8) -> bool:
    return word_count(text) >= min_words and ends_sentence(text)


def is_headline_like(text: str, max_words: int = 25) -> bool:
    """A title of another article: short, no final full stop (a final ? or ! is allowed)."""
    s = text.strip().rstrip("…").strip()
    n = word_count(s)
    if not 2 <= n <= max_words or is_quoted(s):
        return False
    return not re.search(r"[.;:,]['\"”’)]*$", s)


def is_title_case_heavy(text: str, share: float = 0.6) -> bool:
    toks = [w for w in text.split() if w[:1].isalpha()]
    if not toks:
        return False
    return sum(w[0].isupper() for w in toks) / len(toks) >= share


_LIST_START = re.compile(r"^\s*(?:\d|[-•*·▪]\s|\(?[a-zA-Z0-9]\)\s)")
_SEPARATORS = re.compile(r"[^\w\s,.'’\"“”]")
#: Share of lines that must follow one template for the lines to be list items.
LIST_SHARE = 0.6


def _list_start(text: str) -> bool:
    return bool(_LIST_START.match(text) or lexicon.LIST_DATE_START.match(text))


def is_list_run(lines: list[str]) -> bool:
    """Lines that follow one template - items of a list, table or schedule written by the author.

    Unrelated headlines (a related block, a sidebar) vary in shape; list items share their first
    word ("Path A: ...", "Path B: ..."), their separators ("June 9 -- X, Y", "June 10 -- Z, W") or
    start with a number, bullet or date.
    """
    n = len(lines)
    if n < 2:
        return False
    need = max(2 if n == 2 else 3, LIST_SHARE * n)
    firsts = [t[0].casefold() for t in (line.split() for line in lines) if t]
    if firsts and max(firsts.count(f) for f in set(firsts)) >= need:
        return True
    if sum(_list_start(line) for line in lines) >= need:
        return True
    marks = [frozenset(_SEPARATORS.findall(line)) for line in lines]
    return any(m and marks.count(m) >= need for m in set(marks))
