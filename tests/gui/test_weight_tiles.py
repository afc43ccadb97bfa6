"""The weight pictures a class can read at 1024×600: 160 px a side for a few classes, 48 px for 50 hidden units,
in normal mode and in presentation mode, with the lesson notes open too; and what presentation gives the notes,
the cost curve and the Playground's maps there.

Measured in a process of its own on an offscreen 1024×600 screen (as ``test_nothing_cut.py`` does), by
``tests/gui/weight_tiles.py``. Beside the notes in normal mode the pictures take what the settings column leaves
(a readable size, not the full one); presentation's stage gives them the full one.
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
    lines = [line.split() for line in run.stdout.splitlines()]
    tiles = {case: float(size) for kind, case, size in (line for line in lines if line[0] == "TILE")}
    sizes = {what: (int(width), int(height)) for kind, what, width, height in (line for line in lines
                                                                               if line[0] == "SIZE")}
    shown = {what: value == "1" for kind, what, value in (line for line in lines if line[0] == "SHOWN")}
    for case in ("", "-presentation", "-presentation-notes"):
        assert tiles["classes" + case] >= 160 and tiles["units" + case] >= 48, tiles
    # beside the notes in normal mode: still far larger than the 80 and 14 px these once were
    assert tiles["classes-notes"] >= 100 and tiles["units-notes"] >= 32, tiles
    for kind in ("classes", "units"):
        # presenting with the notes: notes a room reads (not a 75-px column), a curve that stays a curve
        assert sizes[f"{kind}-notes-presentation"][0] >= 256, sizes
        width, height = sizes[f"{kind}-cost-presentation-notes"]
        assert width >= 160 and height >= 250, sizes
        # presenting on a 1024-pixel screen, the learning rate and iterations stay on the stage
        assert shown[f"learning-rate-presentation-{kind}"], shown
    for case in ("-presentation", "-presentation-notes"):
        for what in ("left-map", "right-map", "landscape"):  # each map at least 40 % of the window's height
            assert sizes[f"playground-{what}{case}"][1] >= 240, sizes
        for what in ("left-cost", "right-cost"):
            assert sizes[f"playground-{what}{case}"][1] >= 90, sizes
        assert sizes[f"playground-landscape{case}"][0] >= 190, sizes  # not the 120 px it once was
    assert sizes["playground-landscape-presentation"][0] >= 250, sizes
    # the Results tab beside the notes in presentation: notes a room reads, every row and header whole (the rates
    # may scroll sideways)
    assert sizes["results-notes-presentation"][0] >= 256, sizes
    assert not [line for line in lines if line[0] == "CUT"], run.stdout
    # the step slice presented: a plot a room reads (it was 130 px under the curve), beside the curve
    width, height = sizes["classes-step-slice-presentation"]
    assert height >= 200 and width >= 300, sizes
    # leaving presentation gives every tab back exactly, maximised with the notes open
    restored = [line for line in lines if line[0] == "RESTORED"]
    assert len(restored) == 6 and all(line[2] == "1" for line in restored), run.stdout
