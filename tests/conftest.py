"""Test configuration shared by every test.

Qt runs offscreen (set before anything imports Qt), settings and caches go to
a temporary home so no test touches the user's real files, and the
``image_folders`` fixture draws small, linearly separable image datasets.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.imagegen import make_class_folders  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Every test gets its own empty home, config and cache folders."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache"), ("XDG_DATA_HOME", ".local/share")):
        path = home / sub if sub else home
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    yield home


@pytest.fixture
def image_folders(tmp_path) -> Path:
    """A parent folder with two class subfolders ('red', 'blue') of 24 small JPEG and PNG images each."""
    return make_class_folders(tmp_path / "shapes", classes=("red", "blue"), per_class=24)
