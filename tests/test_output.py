"""Durable output: partition layout, path sanitising, torn-tail repair, gzip members, rejects."""

import gzip
import json
from pathlib import Path

import pytest

from pipelines.output import (
    PartitionWriter,
    RejectWriter,
    article_files,
    partition_path,
    read_records,
    repair,
    safe_component,
)
from pipelines.record import error_record, new_record, record_errors

BODY = "Banjir merendam ratusan rumah di Palangka Raya.\n\nWarga mengungsi ke masjid."


def rec(n: int, published: str | None = "2024-05-03T08:15:00+07:00", site_url: str = "https://kaltengpos.example"):
    return new_record(f"{site_url}/berita/{n}", title=f"Berita {n}", body=f"{BODY} {n}",
                      published_at=published)


def test_records_partition_by_site_and_local_publish_day():
    assert partition_path(rec(1)) == Path("kaltengpos.example/2024/05/2024-05-03.jsonl")
    # 23:30 WITA on 31 Dec is still 31 Dec for the outlet, whatever UTC says
    late = rec(2, "2023-12-31T23:30:00+08:00")
    assert partition_path(late, gzip_output=True) == Path("kaltengpos.example/2023/12/2023-12-31.jsonl.gz")
    assert partition_path(rec(3, None)) == Path("kaltengpos.example/undated.jsonl")
    assert partition_path(rec(4, "2024-02-30T10:00:00+07:00")) == Path("kaltengpos.example/undated.jsonl")


def test_local_outlet_port_becomes_a_safe_directory_name():
    assert partition_path(rec(1, site_url="http://127.0.0.1:8801")).parts[0] == "127.0.0.1_8801"


HOSTILE = ["../../etc", "..", "/etc/passwd", "a/../../b", "~root", "", None, "\x00..\\x"]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_site_values_cannot_escape_the_articles_dir(tmp_path, hostile):
    name = safe_component(hostile)
    assert name and "/" not in name and "\\" not in name and name not in (".", "..")
    record = rec(1)
    record["site"] = hostile
    record["outlet"] = hostile
    writer = PartitionWriter(tmp_path)
    path = writer.add(record)
    writer.close()
    assert path.is_relative_to((tmp_path / "articles").resolve())
    assert path.exists()


def test_flush_writes_whole_lines_and_reports_durable_sizes(tmp_path):
    seen = []
    writer = PartitionWriter(tmp_path, batch_size=3, listener=lambda recs, sizes: seen.append((recs, sizes)))
    for n in range(4):
        writer.add(rec(n, "2024-05-03T08:00:00+07:00" if n % 2 else "2024-05-04T08:00:00+07:00"))
    assert len(seen) == 1 and len(seen[0][0]) == 3  # the batch of three made durable
    writer.close()
    assert [len(r) for r, _ in seen] == [3, 1]
    files = list(article_files(tmp_path))
    assert [f.name for f in files] == ["2024-05-03.jsonl", "2024-05-04.jsonl"]
    for f in files:
        data = f.read_bytes()
        assert data.endswith(b"\n")
        for line in data.splitlines():
            assert record_errors(json.loads(line)) == []
    last_sizes = {**seen[0][1], **seen[1][1]}
    assert last_sizes == {f.relative_to(tmp_path).as_posix(): f.stat().st_size for f in files}


def test_torn_last_line_is_cut_before_appending(tmp_path):
    writer = PartitionWriter(tmp_path)
    path = writer.add(rec(1))
    writer.close()
    whole = path.read_bytes()
    torn = json.dumps(rec(2))[:57].encode()
    path.write_bytes(whole + torn)  # what a kill during write() leaves
    writer = PartitionWriter(tmp_path)
    writer.add(rec(3))
    writer.close()
    lines = path.read_bytes().splitlines()
    assert [json.loads(x)["title"] for x in lines] == ["Berita 1", "Berita 3"]


def test_repair_of_a_file_holding_only_a_torn_line_empties_it(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_bytes(b'{"id": "ab')
    assert repair(path) == 10
    assert path.read_bytes() == b""


def test_gzip_output_appends_members_and_a_torn_member_is_cut(tmp_path):
    writer = PartitionWriter(tmp_path, gzip_output=True, batch_size=1)
    path = writer.add(rec(1))
    writer.add(rec(2))
    writer.close()
    assert path.suffix == ".gz"
    good = path.read_bytes()
    assert [json.loads(x)["title"] for x in gzip.decompress(good).splitlines()] == ["Berita 1", "Berita 2"]
    member = gzip.compress(b'{"title": "Berita 3"}\n')
    path.write_bytes(good + member[: len(member) // 2])
    assert repair(path) == len(member) // 2
    assert path.read_bytes() == good
    assert [r["title"] for r in read_records(path)] == ["Berita 1", "Berita 2"]


def test_read_records_from_an_offset_reads_only_later_lines(tmp_path):
    writer = PartitionWriter(tmp_path, batch_size=1)
    path = writer.add(rec(1))
    offset = path.stat().st_size
    writer.add(rec(2))
    writer.close()
    assert [r["title"] for r in read_records(path, offset)] == ["Berita 2"]


def test_rejects_keep_the_reason_in_one_file_per_run(tmp_path):
    writer = RejectWriter(tmp_path, "20240503-010203-77")
    writer.add(error_record("https://kaltengpos.example/tag/banjir", "not_article: tag page"))
    with pytest.raises(ValueError):
        writer.add(rec(1))
    writer.close()
    lines = (tmp_path / "rejects" / "20240503-010203-77.jsonl").read_text().splitlines()
    assert [json.loads(x)["error"] for x in lines] == ["not_article: tag page"]
