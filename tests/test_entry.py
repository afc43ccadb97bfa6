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


def test_the_entry_knows_the_model_extension():
    from lrgui.data import MODEL_EXTENSION

    assert lrgui.entry.MODEL_EXTENSION == MODEL_EXTENSION


def test_model_files_given_to_the_command_open_the_app(monkeypatch, tmp_path):
    import lrgui.gui.launcher

    model = tmp_path / "m.lrgui.h5"
    model.write_bytes(b"")
    calls = []
    monkeypatch.setattr(lrgui.gui.launcher, "main", lambda argv: calls.append(argv) or 0)
    assert lrgui.entry.main([str(model)]) == 0
    assert calls == [[str(model)]]


def test_the_launcher_opens_files_it_is_given(monkeypatch, qapp, tmp_path, isolated_user_dirs):
    """``lrgui-gui MODEL FOLDER`` (a file manager's "Open with") opens the model and adds the folder."""
    import lrgui.gui.launcher
    from lrgui.gui.main_window import MainWindow
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    opened, added, windows = [], [], []
    monkeypatch.setattr(MainWindow, "open_model", lambda self, path: opened.append(path) or True)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    original_init = MainWindow.__init__

    def remember(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        windows.append(self)
        monkeypatch.setattr(self.data_tab, "add_folders", lambda paths: added.extend(paths))

    monkeypatch.setattr(MainWindow, "__init__", remember)
    model = tmp_path / "m.lrgui.h5"
    model.write_bytes(b"")
    assert lrgui.gui.launcher.main([str(model), str(tmp_path)]) == 0
    assert opened == [model] and added == [tmp_path]
    for window in windows:
        window.confirm_quit = False
        window.close()
