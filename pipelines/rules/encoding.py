"""Encoding damage (taxonomy class 23): repaired before any marker pattern runs.

Only damage with one safe reading is repaired: NBSP and zero-width characters, an NBSP that was
decoded as Latin-1/Latin Extended ("Baca juga :Â ", "BitungĀ –"), and "mathematical" bold letters
used as decoration. Everything else (typos, "ini.Semuanya") is the article's own text and stays.
"""

from __future__ import annotations

import re
import unicodedata

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
#: "Â" or "Ā" standing where an NBSP was: before a space, a dash or the end of the line.
_MOJIBAKE_NBSP = re.compile(r"[ÂĀ](?=[\s\u00a0–—-]|$)")
_MATH_ALNUM = re.compile(r"[\U0001D400-\U0001D7FF]+")


def repair(line: str) -> str:
    line = line.translate(_ZERO_WIDTH)
    line = _MOJIBAKE_NBSP.sub(" ", line)
    line = line.replace("\u00a0", " ").replace("\u202f", " ")
    line = _MATH_ALNUM.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)
    return " ".join(line.split())
