"""Distributed mode without a server: the switch, secrets kept out of logs, rolling back in-doubt lines."""

from __future__ import annotations

import json

import pytest
from scrapy.settings import Settings

from newscrawl import settings as project_settings
from newscrawl.distributed import RedisAddon, lsh_storage_config, mask_url, url_problem


def _project() -> Settings:
    s = Settings()
    s.setmodule(project_settings, priority="project")
    return s


@pytest.mark.parametrize(("url", "shown"), [
    ("redis://:s3cret@db.example:6379/0", "redis://:***@db.example:6379/0"),
    ("redis://crawler:s3cret@db.example/2", "redis://crawler:***@db.example/2"),
    ("rediss://user:p%40ss@10.0.0.5:6380/0", "rediss://user:***@10.0.0.5:6380/0"),
    ("redis://db.example:6379/0", "redis://db.example:6379/0"),
])
def test_redis_password_is_masked(url, shown):
    assert mask_url(url) == shown
    assert "s3cret" not in mask_url(url)


def test_without_a_redis_url_nothing_changes(monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_REDIS_URL", raising=False)
    settings = _project()
    before = {k: settings[k] for k in ("SCHEDULER", "DUPEFILTER_CLASS", "NEWSCRAWL_OUTPUT_BATCH",
                                       "NEWSCRAWL_SEEN_STORE")}
    pipelines = dict(settings.getdict("ITEM_PIPELINES"))
    RedisAddon().update_settings(settings)
    assert {k: settings[k] for k in before} == before
    assert dict(settings.getdict("ITEM_PIPELINES")) == pipelines
    assert lsh_storage_config(settings, "x") is None


def test_a_redis_url_switches_queue_dupefilter_state_and_claims(monkeypatch):
    monkeypatch.delenv("NEWSCRAWL_REDIS_URL", raising=False)
    settings = _project()
    settings.set("NEWSCRAWL_REDIS_URL", "redis://:pw@127.0.0.1:6399/3", priority="cmdline")
    RedisAddon().update_settings(settings)
    assert settings["SCHEDULER"] == "newscrawl.distributed.frontier.RedisScheduler"
    assert settings["DUPEFILTER_CLASS"] == "scrapy_redis.dupefilter.RFPDupeFilter"
    assert settings.getbool("SCHEDULER_PERSIST")
    assert settings["NEWSCRAWL_SEEN_STORE"].endswith("RedisSeenStore")
    assert settings.getint("NEWSCRAWL_OUTPUT_BATCH") == 1
    pipes = settings.getdict("ITEM_PIPELINES")
    claim, output = "newscrawl.distributed.claims.EmitClaimPipeline", "pipelines.scrapy.output.OutputPipeline"
    assert pipes[claim] < pipes[output]
    config = lsh_storage_config(settings, "t")
    assert config["type"] == "redis" and config["redis"]["port"] == 6399 and config["redis"]["db"] == 3


def test_the_environment_variable_switches_too(monkeypatch):
    monkeypatch.setenv("NEWSCRAWL_REDIS_URL", "redis://127.0.0.1:6399/0")
    settings = _project()
    RedisAddon().update_settings(settings)
    assert settings["SCHEDULER"].endswith("RedisScheduler")


def test_a_bad_url_is_refused_with_the_password_masked():
    assert url_problem("http://:pw@host/") == "not a redis://, rediss:// or unix:// URL"
    settings = _project()
    settings.set("NEWSCRAWL_REDIS_URL", "http://:topsecret@host/", priority="cmdline")
    with pytest.raises(ValueError, match="not a redis") as err:
        RedisAddon().update_settings(settings)
    assert "topsecret" not in str(err.value)


def test_an_unreachable_server_is_named_without_its_password():
    problem = url_problem("redis://:topsecret@127.0.0.1:1/0", ping=True)
    assert problem.startswith("cannot reach Redis") and "topsecret" not in problem


def _line(url: str, version: int = 1) -> str:
    return json.dumps({"url": url, "canonical_url": url, "version": version}) + "\n"


def test_in_doubt_lines_another_worker_emitted_are_rolled_back(tmp_path):
    from newscrawl.distributed.claims import roll_back_in_doubt
    from pipelines.output import read_records

    path = tmp_path / "articles" / "site" / "2025" / "01" / "2025-01-01.jsonl"
    path.parent.mkdir(parents=True)
    committed = _line("http://s/1") + _line("http://s/2")
    path.write_text(committed + _line("http://s/3") + _line("http://s/4") + '{"url": "http://s/5", "canonic')
    checkpoints = {"articles/site/2025/01/2025-01-01.jsonl": len(committed.encode())}
    removed = roll_back_in_doubt(tmp_path, checkpoints, lambda r: r["url"] == "http://s/3")
    assert removed == 1
    assert [r["url"] for r in read_records(path)] == ["http://s/1", "http://s/2", "http://s/4"]
    assert roll_back_in_doubt(tmp_path, checkpoints, lambda r: False) == 0  # idempotent


def test_committed_lines_are_never_rolled_back(tmp_path):
    from newscrawl.distributed.claims import roll_back_in_doubt

    path = tmp_path / "articles" / "site" / "undated.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text(_line("http://s/1") + _line("http://s/2"))
    checkpoints = {"articles/site/undated.jsonl": path.stat().st_size}
    assert roll_back_in_doubt(tmp_path, checkpoints, lambda r: True) == 0
    assert path.read_text().count("\n") == 2


def test_run_refuses_an_unreachable_redis_before_crawling_without_showing_the_password(capsys, tmp_path):
    from newscrawl.cli import main

    code = main(["run", "--redis", "redis://:topsecret@127.0.0.1:1/0", "--data", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and "cannot reach Redis" in err and "topsecret" not in err
    assert not (tmp_path / "runs").exists()  # nothing started
