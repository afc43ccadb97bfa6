"""The built wheel: it carries resources/ inside the package, and lrgui runs from it alone."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if done.returncode != 0 and "No module named" in done.stderr and "hatchling" in done.stderr:
        pytest.skip("hatchling is not installed (pip install '.[test]')")
    assert done.returncode == 0, done.stderr
    (path,) = out.glob("lrgui-*.whl")
    return path


def test_the_wheel_holds_the_resources_inside_the_package(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in [
        "lrgui/resources/icons/lrgui.svg",
        "lrgui/resources/icons/hicolor/256x256/apps/lrgui.png",
        "lrgui/resources/lrgui.desktop",
        "lrgui/resources/lrgui.metainfo.xml",
        "lrgui/resources/lrgui-mime.xml",
        "lrgui/resources/samples/digits/README.md",
        "lrgui/resources/export/predict.py",
        "lrgui/resources/export/README.md",
        *(f"lrgui/resources/lessons/{name}.lrlesson"
          for name in ("gates", "shapes", "airplanes-vs-motorbikes", "bird-or-not", "fashion-hidden-layer")),
        *(f"lrgui/resources/translations/lrgui_{part}_{code}.qm" for part in ("gui", "core") for code in ("de", "fr", "es")),
        "lrgui/gui/main_window.py",
        "lrgui/core/logistic.py",
    ]:
        assert needed in names, f"{needed} is missing from {wheel.name}"
    assert any(n.startswith("lrgui/resources/samples/digits/train/7/") for n in names)
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "lrgui = lrgui.entry:main" in text and "lrgui-gui = lrgui.gui.launcher:main" in text


def test_lrgui_runs_from_the_unpacked_wheel_alone(wheel, tmp_path):
    """Installed, not from the source tree: resources and the digits sample come from the wheel."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "QT_QPA_PLATFORM": "offscreen"}
    script = (
        "import lrgui, lrgui.assets, lrgui.data.samples as s;"
        "from lrgui.session.lesson import BUILTIN_LESSONS, builtin_lessons;"
        "assert len(builtin_lessons()) == len(BUILTIN_LESSONS) == 6;"
        "print(lrgui.__file__); print(lrgui.assets.resources_dir()); print(s.sample_folder('digits'))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=tmp_path,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    module, resources, digits = done.stdout.split()
    for path in (module, resources, digits):
        assert Path(path).is_relative_to(site), f"{path} does not come from the wheel"
    done = subprocess.run([sys.executable, "-m", "lrgui", "train", "--sample", "digits", "--epochs", "50", "--json",
                           "--out", ""], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert '"classes"' in done.stdout
