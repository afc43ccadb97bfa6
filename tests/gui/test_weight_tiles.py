"""The weight pictures a class can read at 1024×600: 160 px a side for a few classes, 48 px for 50 hidden units.

Measured in a process of its own on an offscreen 1024×600 screen (as ``test_nothing_cut.py`` does), by
``tests/gui/weight_tiles.py``. With the notes open or in presentation mode the room is smaller; the pictures
still take a readable size there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_weight_pictures_are_readable_at_1024x600(tmp_path):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": 1024, "height": 600,
                                                "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-m", "tests.gui.weight_tiles"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    tiles = {case: float(size) for _, case, size in (line.split() for line in run.stdout.splitlines()
                                                      if line.startswith("TILE "))}
    assert tiles["classes"] >= 160 and tiles["units"] >= 48, tiles
    # presentation and the notes leave less room: still far larger than the 80 and 14 px these once were
    assert tiles["classes-presentation"] >= 100 and tiles["classes-notes"] >= 100, tiles
    assert tiles["units-presentation"] >= 32 and tiles["units-notes"] >= 32, tiles
