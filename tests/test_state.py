"""Incremental state: fetch decisions, versions, commit-after-durable, reconciliation after a kill."""

import gzip
import json

from pipelines.output import PartitionWriter, read_records
from pipelines.record import new_record
from pipelines.state import IncrementalState, SQLiteSeenStore, is_newer, reconcile

URL = "https://kalbarnews.example/2024/05/03/banjir-sintang"


def article(body: str = "Sungai Kapuas meluap.\n\nWarga mengungsi.", url: str = URL, **kw):
    return new_record(url, URL, title="Banjir Sintang", body=body,
                      published_at="2024-05-03T08:00:00+07:00", **kw)


def open_state(tmp_path) -> IncrementalState:
    return IncrementalState(SQLiteSeenStore.in_data_dir(tmp_path))


def test_state_database_is_sqlite_in_wal_mode_under_data_state(tmp_path):
    state = open_state(tmp_path)
    assert (tmp_path / "state" / "state.sqlite3").exists()
    assert state.store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    state.close()


def test_new_record_is_version_1_and_pending_until_committed(tmp_path):
    state = open_state(tmp_path)
    rec = article()
    assert state.classify(rec) == ("new", 1)
    assert len(state.store) == 0  # nothing claimed before the line is durable
    state.commit([rec], {"articles/x.jsonl": 10})
    assert len(state.store) == 1
    assert state.store.checkpoints() == {"articles/x.jsonl": 10}
    state.close()
    again = open_state(tmp_path)
    assert again.classify(article()) == ("unchanged", 1)
    again.close()


def test_changed_body_is_next_version(tmp_path):
    state = open_state(tmp_path)
    first = article()
    state.classify(first)
    state.commit([first])
    changed = article("Sungai Kapuas meluap.\n\nWarga mengungsi.\n\nPembaruan: air mulai surut.")
    assert state.classify(changed) == ("updated", 2)
    changed["version"] = 2
    state.commit([changed])
    assert state.store.get(URL).version == 2
    assert state.classify(article(changed["body"])) == ("unchanged", 2)


def test_same_article_twice_in_one_run_is_unchanged_the_second_time(tmp_path):
    state = open_state(tmp_path)
    assert state.classify(article()).status == "new"
    assert state.classify(article(url=URL + "?utm_source=fb")).status == "unchanged"


def test_fetch_skipped_only_when_discovery_lastmod_is_not_newer(tmp_path):
    state = open_state(tmp_path)
    state.note_lastmod(URL, "2024-05-03T09:00:00+07:00")
    rec = article()
    state.classify(rec)
    state.commit([rec])
    assert state.should_fetch(URL, "2024-05-03T02:00:00Z") is False  # same instant, other zone
    assert state.should_fetch(URL, "2024-05-03T09:30:00+07:00") is True
    assert state.should_fetch(URL, None) is True  # no lastmod: fetch, the content hash decides
    assert state.should_fetch("https://kalbarnews.example/lain", "2024-05-03") is True


def test_fetch_decision_follows_the_fetched_url_to_its_canonical(tmp_path):
    state = open_state(tmp_path)
    fetched = URL + "?amp=1"
    state.note_lastmod(fetched, "2024-05-03")
    rec = article(url=fetched)
    state.classify(rec)
    state.commit([rec])
    assert state.should_fetch(fetched, "2024-05-03") is False


def test_newer_lastmod_with_same_body_is_a_new_version(tmp_path):
    state = open_state(tmp_path)
    state.note_lastmod(URL, "2024-05-03")
    rec = article()
    state.classify(rec)
    state.commit([rec])
    state.note_lastmod(URL, "2024-05-04")
    assert state.classify(article()) == ("updated", 2)


def test_unchanged_record_teaches_the_state_its_lastmod(tmp_path):
    state = open_state(tmp_path)
    rec = article()
    state.classify(rec)
    state.commit([rec])  # first sighting without a lastmod (say, an RSS item)
    state.note_lastmod(URL, "2024-05-03T10:00:00+07:00")
    assert state.classify(article()).status == "unchanged"
    assert state.should_fetch(URL, "2024-05-03T10:00:00+07:00") is False


def test_is_newer_compares_instants_and_falls_back_to_text():
    assert is_newer("2024-05-04", "2024-05-03T23:00:00+07:00")
    assert not is_newer("2024-05-03T01:00:00Z", "2024-05-03T08:00:00+07:00")
    assert is_newer("kemarin", "hari ini") and not is_newer("kemarin", "kemarin")


def test_reconcile_adopts_durable_lines_the_state_never_committed(tmp_path):
    """A kill after fsync and before the state commit: the next start adopts the lines, once."""
    state = open_state(tmp_path)
    writer = PartitionWriter(tmp_path, batch_size=1, listener=lambda recs, sizes: state.commit(recs, sizes))
    first = article()
    state.classify(first)
    writer.add(first)
    other = new_record("https://kalbarnews.example/2024/05/03/jalan-rusak", title="Jalan rusak",
                       body="Jalan trans Kalimantan rusak parah.", published_at="2024-05-03T10:00:00+07:00")
    writer.listener = None  # the kill: written and fsync'd, never committed
    state.classify(other)
    path = writer.add(other)
    with open(path, "ab") as fh:
        fh.write(b'{"id": "torn')  # and a torn line from the interrupted next batch
    state.close()

    state = open_state(tmp_path)
    assert state.classify(dict(other)).status == "new"  # before reconciling, the state lags
    state = open_state(tmp_path)
    assert reconcile(tmp_path, state) == 1
    assert state.classify(dict(other)).status == "unchanged"
    assert [r["title"] for r in read_records(path)] == ["Banjir Sintang", "Jalan rusak"]
    assert reconcile(tmp_path, state) == 0  # idempotent: sizes match the checkpoints now


def test_reconcile_never_steps_a_version_back(tmp_path):
    state = open_state(tmp_path)
    v2 = article("Isi yang diperbarui.", version=2)
    v1 = article()
    day_a = tmp_path / "articles" / "a.jsonl"
    day_b = tmp_path / "articles" / "b.jsonl"
    day_a.parent.mkdir(parents=True)
    day_a.write_text(json.dumps(v2) + "\n")  # the newer version sorts first
    day_b.write_text(json.dumps(v1) + "\n")
    assert reconcile(tmp_path, state) == 2
    assert state.store.get(URL).version == 2


def test_reconcile_reads_gzip_output_from_the_checkpoint_member_on(tmp_path):
    state = open_state(tmp_path)
    writer = PartitionWriter(tmp_path, gzip_output=True, batch_size=1,
                             listener=lambda recs, sizes: state.commit(recs, sizes))
    first = article()
    state.classify(first)
    writer.add(first)
    writer.listener = None  # killed before the second record's commit
    second = new_record("https://kalbarnews.example/2024/05/03/jalan-rusak", title="Jalan rusak",
                        body="Jalan trans Kalimantan rusak parah.", published_at="2024-05-03T10:00:00+07:00")
    path = writer.add(second)
    with open(path, "ab") as fh:
        fh.write(gzip.compress(b'{"id": "torn"}\n')[:20])  # and a torn member
    state.close()
    state = open_state(tmp_path)
    assert reconcile(tmp_path, state) == 1
    assert state.classify(dict(second)).status == "unchanged"
    assert [r["title"] for r in read_records(path)] == ["Banjir Sintang", "Jalan rusak"]
