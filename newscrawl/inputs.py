"""Reading the user's input files: plain or gzipped JSONL and text, with errors that name them.

Every reader raises :class:`InputError` with the file (and line) and the reason, never a
traceback, so every entry point reports bad input the same way.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class InputError(Exception):
    """Fatal bad input: the message names the input and the reason."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def check_file(path: str | Path) -> Path:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a file")
    return p


def read_text(path: str | Path) -> str:
    """A whole text file (plain or .gz) as UTF-8."""
    p = check_file(path)
    try:
        data = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"{p}: truncated or corrupt gzip: {exc}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 (byte {exc.start}: {exc.reason})") from None


def iter_lines(path: str | Path) -> Iterator[tuple[int, str]]:
    """(line number, line) of a plain or gzipped text file, streaming."""
    p = check_file(path)
    opener = gzip.open if p.suffix == ".gz" else open
    lineno = 0
    try:
        with opener(p, "rb") as fh:
            for lineno, raw in enumerate(fh, 1):
                try:
                    yield lineno, raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError(f"{p}:{lineno}: not UTF-8 ({exc.reason})") from None
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        raise InputError(f"{p}:{lineno + 1}: truncated or corrupt gzip: {exc}") from None


def iter_jsonl(path: str | Path, strict: bool = True) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for each non-blank line.

    With ``strict`` a line that is not JSON is fatal; otherwise it is yielded as an
    :class:`InputError` value so the caller can count it and go on.
    """
    for lineno, line in iter_lines(path):
        if not line.strip():
            continue
        try:
            yield lineno, json.loads(line)
        except json.JSONDecodeError as exc:
            err = InputError(f"{path}:{lineno}: invalid JSON: {exc.msg} (column {exc.colno})")
            if strict:
                raise err from None
            yield lineno, err
