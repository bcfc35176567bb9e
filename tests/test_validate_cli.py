"""``newscrawl validate``: names file, line and field; exit 1 on any invalid record."""

import gzip
import json

from newscrawl.cli import main
from pipelines.record import dumps, new_record


def _good(n: int) -> str:
    return dumps(new_record(f"https://x.example/{n}", title=f"Judul {n}", body="Isi berita."))


def test_valid_file_exits_zero(tmp_path, capsys):
    f = tmp_path / "ok.jsonl"
    f.write_text(_good(1) + _good(2), encoding="utf-8")
    assert main(["validate", str(f)]) == 0
    assert "2 records checked, 0 invalid" in capsys.readouterr().err


def test_broken_line_and_missing_title_are_both_named(tmp_path, capsys):
    missing_title = json.loads(_good(3))
    del missing_title["title"]
    f = tmp_path / "bad.jsonl"
    f.write_text(_good(1) + '{"id": "broken\n' + json.dumps(missing_title) + "\n", encoding="utf-8")
    assert main(["validate", str(f)]) == 1
    out = capsys.readouterr().out
    assert f"{f}:2: invalid JSON" in out
    assert f"{f}:3: title: missing" in out


def test_reads_gzipped_jsonl(tmp_path):
    f = tmp_path / "ok.jsonl.gz"
    f.write_bytes(gzip.compress((_good(1) + _good(2)).encode()))
    assert main(["validate", str(f)]) == 0


def test_truncated_gzip_is_reported_not_a_traceback(tmp_path, capsys):
    f = tmp_path / "cut.jsonl.gz"
    f.write_bytes(gzip.compress((_good(1) * 50).encode())[:-30])
    assert main(["validate", str(f)]) == 1
    assert "truncated or corrupt gzip" in capsys.readouterr().err


def test_missing_file_and_directory_and_empty_file(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")
    assert main(["validate", str(tmp_path / "nope.jsonl")]) == 1
    assert main(["validate", str(tmp_path)]) == 1
    assert main(["validate", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and "is a directory" in err and "empty file" in err
