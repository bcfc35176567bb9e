"""Shared fixture text for the rule tests: invented article paragraphs in the style of regional news."""

from __future__ import annotations

import pytest

#: Three article paragraphs long enough to count as prose (none is copied from ../shared).
BODY = [
    "Dinas Kesehatan Kabupaten Kapuas mencatat sedikitnya 120 warga di tiga kecamatan terserang diare "
    "sejak awal pekan, sebagian besar anak-anak yang tinggal di bantaran sungai.",
    "Kepala Dinas Kesehatan Kapuas, Rina Susanti, mengatakan petugas puskesmas sudah membagikan obat "
    "dan kaporit kepada warga di desa-desa yang paling terdampak banjir tahun ini.",
    "\"Kami minta warga merebus air sebelum diminum dan segera datang ke puskesmas bila ada gejala,\" "
    "ujar Rina kepada wartawan di Kuala Kapuas, Senin (4/3/2024).",
]


@pytest.fixture
def body() -> list[str]:
    return list(BODY)


@pytest.fixture
def assert_kept(body):
    """Check a near-miss: ``line`` placed among article paragraphs comes out untouched."""
    from pipelines.rules import clean_paragraphs

    def check(line: str, at: int | None = None):
        paragraphs = [*body, line] if at is None else [*body[:at], line, *body[at:]]
        out = clean_paragraphs(paragraphs)
        assert line in out.paragraphs
        return out

    return check
