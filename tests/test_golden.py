"""The seed briefing matches the checked-in golden files.

After an intended change: ``.venv/bin/python tests/regenerate_golden.py``."""

import pytest
from regenerate_golden import FORMATS, GOLDEN

from briefing.render import render


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden(seed_briefing, fmt):
    expected = (GOLDEN / f"briefing.{fmt}").read_bytes()
    assert render(seed_briefing, fmt) == expected, "run tests/regenerate_golden.py if this change is intended"
