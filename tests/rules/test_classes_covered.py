"""Every removal class in the record contract has its own rule test module."""

from pathlib import Path

from pipelines.record import REMOVAL_CLASSES


def test_every_removal_class_has_a_test_module():
    here = Path(__file__).parent
    missing = [name for name in REMOVAL_CLASSES if not (here / f"test_{name}.py").exists()]
    assert missing == []
