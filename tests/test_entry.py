"""The ``lrgui`` command's entry point: app, command line, self-test."""

from __future__ import annotations

import os
import subprocess
import sys

import lrgui.entry


def test_no_arguments_open_the_app(monkeypatch):
    import lrgui.gui.launcher

    calls = []
    monkeypatch.setattr(lrgui.gui.launcher, "main", lambda argv: calls.append(argv) or 0)
    assert lrgui.entry.main([]) == 0
    assert calls == [[]]


def test_arguments_go_to_the_command_line(capsys):
    try:
        lrgui.entry.main(["--version"])
    except SystemExit as exit:
        assert exit.code == 0
    assert capsys.readouterr().out.startswith("lrgui ")


def test_self_test_runs_the_whole_path_offscreen(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "lrgui", "--self-test"], capture_output=True, text=True,
                          timeout=300, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "self-test: OK" in done.stdout
    assert "predicted" in done.stdout
