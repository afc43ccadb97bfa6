"""Nothing a class should read is cut off, at 1024×600 and 1280×800, normal and in presentation mode.

Each case runs ``tests/gui/screen_walk.py`` in its own process on an offscreen
screen of that size (Qt's offscreen platform reads the screen from a JSON
file), so that the window is maximised and presentation mode fills a screen
of the real size, as the team's screenshot tool does under Xvfb.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CASES = {
    # the README's walkthrough: the sample trained, three rates compared, the lesson notes shown
    "1024x600 walkthrough": ((1024, 600), ["--compare", "0.01, 0.001, 0.0001", "--notes"]),
    "1280x800": ((1280, 800), []),
    # ten classes: in presentation mode their tables may scroll, with whole headers
    "1024x600 ten digits": ((1024, 600), ["--sample", "digits"]),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_nothing_named_is_cut_off(tmp_path, case):
    (width, height), options = CASES[case]
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-m", "tests.gui.screen_walk", *options], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    problems = [line[len("PROBLEM: "):] for line in run.stdout.splitlines() if line.startswith("PROBLEM: ")]
    assert problems == [], "\n".join(problems)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
