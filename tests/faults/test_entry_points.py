"""Every entry point under bad input: one line naming the input (and the line), a non-zero exit, no
traceback, and no output file (or temporary file) left behind as if the run had completed.

Commands × bad inputs: a missing file, a directory instead of a file (for ``report``, a file
instead of its data directory), an empty file, invalid JSON on line 3, bytes that are not UTF-8 on
line 2, and a truncated ``.gz``. Run in-process through ``newscrawl.cli.main``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from newscrawl.cli import main
from pipelines.record import dumps, new_record
from pipelines.warc import WarcArchive

BAD_INPUTS = ("missing", "directory", "empty", "invalid_json", "not_utf8", "truncated_gz")
#: Where each bad input puts its fault: (line number or None).
BAD_LINE = {"invalid_json": 3, "not_utf8": 2}

_HTML = ("<html><body><article><h1>Judul Berita</h1>"
         + "<p>Kalimat berita yang cukup panjang untuk diuji oleh perintah ini.</p>" * 8
         + "</article></body></html>")


def _records(n: int) -> list[str]:
    return [dumps(new_record(f"https://kabar.example/berita/2024/11/0{i}/a", title=f"Judul {i}",
                             body="Isi berita yang cukup panjang.", published_at="2024-11-01T09:00:00+07:00"))
            for i in range(1, n + 1)]


def _jobs(n: int) -> list[str]:
    return [json.dumps({"url": f"https://kabar.example/berita/2024/11/0{i}/a", "html": _HTML}) + "\n"
            for i in range(1, n + 1)]


def _texts(n: int) -> list[str]:
    return [json.dumps({"url": f"https://kabar.example/{i}", "text": "Isi berita yang sudah dikikis. " * 10})
            + "\n" for i in range(1, n + 1)]


def _jsonl(lines: Callable[[int], list[str]], bad: str, path: Path) -> Path:
    """A JSONL input with the fault ``bad`` (the good lines come from ``lines``)."""
    good = lines(4)
    if bad == "empty":
        path.write_bytes(b"")
    elif bad == "invalid_json":
        path.write_text(good[0] + good[1] + '{"url": "https://kabar.example/x", broken\n' + good[2], "utf-8")
    elif bad == "not_utf8":
        path.write_bytes(good[0].encode() + good[1].encode().replace(b"Judul", b"Jud\xe9l")
                         .replace(b"Isi", b"\xe9si") + good[2].encode())
    elif bad == "truncated_gz":
        path = path.with_name(path.name + ".gz")
        path.write_bytes(gzip.compress("".join(good * 40).encode())[:-40])
    return path


def _warc(bad: str, path: Path) -> Path:
    if bad == "empty":
        path.write_bytes(b"")
    elif bad == "invalid_json":  # the WARC analogue: a file that is not an archive at all
        path.write_bytes(b'{"this": "is JSON, not a WARC"}\n' * 3)
    elif bad == "truncated_gz":
        archive = WarcArchive(path)
        for i in range(30):
            archive.write_page(f"https://kabar.example/berita/2024/11/01/a{i}", _HTML.encode(),
                               headers={"Content-Type": "text/html; charset=utf-8"})
        archive.close()
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    return path


def _data_dir(bad: str, path: Path) -> Path:
    articles = path / "articles" / "kabar.example" / "2024" / "11"
    articles.mkdir(parents=True)
    if bad in ("invalid_json", "not_utf8", "truncated_gz"):
        _jsonl(_records, bad, articles / "2024-11-01.jsonl")
    # "empty": a data directory with an empty articles/ tree
    return path


@dataclass(frozen=True)
class Command:
    name: str
    make: Callable[[str, Path], Path]
    argv: Callable[[Path, Path], list[str]]
    #: The input kinds that make no sense for the command.
    skip: tuple[str, ...] = ()
    writes_output: bool = True
    #: Damage after which the command keeps what is readable (nothing lost; for ``report``, the page of
    #: an empty data directory is whole): the output may exist, but the exit code must say so.
    keeps_readable: tuple[str, ...] = ()
    #: Whether the input is line-based (a bad line is named by number).
    lines: bool = True


COMMANDS = (
    Command("validate", lambda bad, p: _jsonl(_records, bad, p / "in.jsonl"),
            lambda i, o: ["validate", str(i)], writes_output=False),
    Command("extract", lambda bad, p: _jsonl(_jobs, bad, p / "jobs.jsonl"),
            lambda i, o: ["extract", "--from-jsonl", str(i)], writes_output=False),
    Command("clean", lambda bad, p: _jsonl(_texts, bad, p / "in.jsonl"),
            lambda i, o: ["clean", str(i), "-o", str(o)]),
    Command("reextract", lambda bad, p: _warc(bad, p / "crawl.warc.gz"),
            lambda i, o: ["reextract", str(i), "-o", str(o)], skip=("not_utf8",),
            keeps_readable=("truncated_gz",), lines=False),
    Command("report", lambda bad, p: _data_dir(bad, p / "data"),
            lambda i, o: ["report", str(i), "-o", str(o)],
            keeps_readable=("empty", "invalid_json", "not_utf8", "truncated_gz")),
)

#: Known failures, each with the reason: the owner's fix flips it to XPASS, which fails (strict).
KNOWN: dict[tuple[str, str], str] = {}


def _cases():
    for cmd in COMMANDS:
        for bad in BAD_INPUTS:
            if bad in cmd.skip:
                continue
            marks = [pytest.mark.xfail(strict=True, reason=KNOWN[(cmd.name, bad)])] \
                if (cmd.name, bad) in KNOWN else []
            yield pytest.param(cmd, bad, id=f"{cmd.name}-{bad}", marks=marks)


def _input(cmd: Command, bad: str, tmp_path: Path) -> Path:
    if bad == "missing":
        return tmp_path / ("no-such-dir" if cmd.name == "report" else "no-such-file.jsonl")
    if bad == "directory":
        if cmd.name == "report":  # its input is a directory: give it a file instead
            f = tmp_path / "articles.jsonl"
            f.write_text("".join(_records(2)), "utf-8")
            return f
        (tmp_path / "a-directory").mkdir()
        return tmp_path / "a-directory"
    return cmd.make(bad, tmp_path)


@pytest.mark.parametrize(("cmd", "bad"), list(_cases()))
def test_bad_input_is_named_in_one_line_with_a_nonzero_exit_and_no_output(
        cmd: Command, bad: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = _input(cmd, bad, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / ("report.html" if cmd.name == "report" else "out.jsonl")
    code = main(cmd.argv(target, out))
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert code != 0
    assert "Traceback" not in captured.err
    culprit = target
    if cmd.name == "report" and bad in BAD_LINE | {"truncated_gz": 0}:
        culprit = next(p for p in target.rglob("*") if p.is_file())
    named = [ln for ln in lines if ln.startswith(f"newscrawl {cmd.name}") and str(culprit) in ln]
    if cmd.name == "validate":  # validate lists per-line problems on stdout
        named += [ln for ln in captured.out.splitlines() if str(culprit) in ln]
    assert named, captured.err
    if bad in BAD_LINE and cmd.lines:
        assert any(f"{culprit}:{BAD_LINE[bad]}" in ln for ln in named), named
    if cmd.writes_output and bad not in cmd.keeps_readable:
        assert not out.exists()
    if cmd.writes_output:
        assert [p for p in out_dir.iterdir() if p != out] == []  # no temporary file left


# --- crawl arguments and profiles: stopped before any fetch, with what is wrong ----------------------

_PROFILE = 'name = "Kabar Uji"\nhome = "http://127.0.0.1:9/"\ndomains = ["127.0.0.1:9"]\n' \
           'discovery = [{ type = "rss" }]\n'


@pytest.mark.parametrize(("argv", "message"), [
    (["run", "no_such_outlet"], "unknown outlet 'no_such_outlet'"),
    (["run", "--since", "2024-13-01"], "--since '2024-13-01': not a date"),
    (["run", "--until", "kemarin"], "--until 'kemarin': not a date"),
    (["run", "--max-articles", "0"], "--max-articles 0"),
], ids=["unknown-outlet", "bad-since", "bad-until", "zero-max-articles"])
def test_bad_run_arguments_stop_before_the_crawl(argv, message, tmp_path, capsys):
    assert main([*argv, "--data", str(tmp_path / "data")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0], err
    assert not (tmp_path / "data" / "runs").exists()


@pytest.mark.parametrize(("text", "key"), [
    (_PROFILE.replace("domains", "domainz"), "'domainz': unknown key"),
    (_PROFILE + '[extract]\nbody = "div..isi"\n', "'extract.body': bad CSS selector"),
    (_PROFILE.replace('"rss"', '"rss", max_pages = "ten"'), "'discovery[0].max_pages': expected int"),
    (_PROFILE + 'article_url = "(unclosed"\n', "'article_url': bad regular expression"),
    (_PROFILE + "name = 'twice'\n", "not valid TOML"),
], ids=["typo-key", "bad-selector", "wrong-type", "bad-regex", "bad-toml"])
def test_broken_user_profile_names_file_and_key_in_every_entry_point(text, key, tmp_path, capsys):
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    path = profiles / "kabar_uji.toml"
    path.write_text(text, encoding="utf-8")
    for argv in (["sites", "--profiles", str(profiles)],
                 ["run", "kabar_uji", "--profiles", str(profiles), "--data", str(tmp_path / "data")]):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and str(path) in err[0] and key in err[0], err


def test_since_after_until_is_refused_with_both_dates(tmp_path):
    """Needs its own process: a crawl that starts (even to fail) runs a reactor, once per process."""
    import subprocess
    import sys

    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "kabar_uji.toml").write_text(_PROFILE, encoding="utf-8")
    argv = ["run", "kabar_uji", "--profiles", str(profiles), "--data", str(tmp_path / "data"),
            "--since", "2024-11-30", "--until", "2024-11-01"]
    proc = subprocess.run([sys.executable, "-m", "newscrawl.cli", *argv], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode != 0
    assert "since=2024-11-30 is after" in proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
