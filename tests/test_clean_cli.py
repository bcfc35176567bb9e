"""newscrawl clean: inputs, order, atomic output, bad-input messages."""

from __future__ import annotations

import gzip
import json

import pytest

from newscrawl.cli import main

ARTICLE = ("Wabah Diare Melanda Kapuas\n\nKAPUAS - Dinas Kesehatan Kabupaten Kapuas mencatat sedikitnya 120 "
           "warga di tiga kecamatan terserang diare sejak awal pekan, sebagian besar anak-anak.\n\n"
           "Baca juga: Banjir Rendam Tiga Desa di Kapuas Hilir\n\nPetugas puskesmas sudah "
           "membagikan obat dan "
           "kaporit kepada warga di desa-desa yang paling terdampak banjir tahun ini. (dod/mya)")


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_txt_and_jsonl_inputs_give_one_record_each_in_order(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text(ARTICLE, encoding="utf-8")
    jobs = tmp_path / "jobs.jsonl.gz"
    lines = [{"url": "https://kaltengnews.example/2024/03/04/wabah-diare", "text": ARTICLE},
             {"url": "https://kaltengnews.example/tag/kapuas", "text": ARTICLE},
             {"text": ARTICLE, "title": "Judul Dari Pengguna"}]
    jobs.write_bytes(gzip.compress("\n".join(json.dumps(x) for x in lines).encode()))
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(txt), str(jobs), "-o", str(out)]) == 0
    records = read(out)
    assert len(records) == 4
    assert records[0]["related"] == ["Banjir Rendam Tiga Desa di Kapuas Hilir"]
    assert records[0]["byline_codes"] == ["dod", "mya"] and records[0]["dateline"] == "KAPUAS"
    assert records[1]["url"] == lines[0]["url"] and records[1]["body"]
    assert records[2]["body"] == "" and records[2]["error"].startswith("not_article")
    assert records[3]["title"] == "Judul Dari Pengguna"
    assert not list(tmp_path.glob("*.part"))


def test_workers_keep_the_input_order(tmp_path):
    jobs = tmp_path / "jobs.jsonl"
    texts = [ARTICLE.replace("120", str(n)) for n in range(6)]
    jobs.write_text("\n".join(json.dumps({"text": t}) for t in texts), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(jobs), "-o", str(out), "--workers", "2"]) == 0
    assert [str(n) in r["body"] for n, r in enumerate(read(out))] == [True] * 6


@pytest.mark.parametrize(("content", "message"), [
    ('{"url": "x"}\n', "'text' is missing"),
    ("not json\n", "invalid JSON"),
    ('["a list"]\n', "expected a JSON object"),
    ("", "empty file"),
])
def test_bad_jsonl_is_one_line_message_and_no_output(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert message in err and str(bad) in err and len(err.splitlines()) == 1
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_missing_input_file(tmp_path, capsys):
    assert main(["clean", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_failed_run_keeps_the_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    txt = tmp_path / "a.txt"
    txt.write_text(ARTICLE, encoding="utf-8")

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("newscrawl.commands.clean.dumps", boom)
    with pytest.raises(RuntimeError):
        main(["clean", str(txt), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert not list(tmp_path.glob("*.part"))
