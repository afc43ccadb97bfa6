"""The ``lrgui`` command's entry point: app, command line, self-test."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import lrgui.entry


def test_no_arguments_open_the_app(monkeypatch):
    import lrgui.gui.launcher

    calls = []
    monkeypatch.setattr(lrgui.gui.launcher, "main", lambda argv: calls.append(argv) or 0)
    assert lrgui.entry.main([]) == 0
    assert calls == [[]]


def test_the_gui_flag_opens_the_app_with_whatever_follows(monkeypatch, tmp_path):
    """``lrgui --gui FOLDER`` (the bundle's lrgui-gui launcher): the app adds the folder, no command line."""
    import lrgui.gui.launcher

    calls = []
    monkeypatch.setattr(lrgui.gui.launcher, "main", lambda argv: calls.append(argv) or 0)
    assert lrgui.entry.main(["--gui", str(tmp_path)]) == 0
    assert lrgui.entry.main(["--gui"]) == 0
    assert calls == [[str(tmp_path)], []]


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


def test_the_entry_knows_the_model_extensions_and_the_reader_flag():
    from lrgui.data import LEGACY_MODEL_EXTENSION, MODEL_EXTENSION
    from lrgui.data.legacy_model import READER_FLAG

    assert lrgui.entry.MODEL_EXTENSION == MODEL_EXTENSION == ".lrgui.safetensors"
    assert lrgui.entry.LEGACY_MODEL_EXTENSION == LEGACY_MODEL_EXTENSION == ".lrgui.h5"
    assert lrgui.entry.LEGACY_READER_FLAG == READER_FLAG


@pytest.mark.parametrize("name", ["m.lrgui.safetensors", "old.lrgui.h5"])
def test_model_files_given_to_the_command_open_the_app(monkeypatch, tmp_path, name):
    """Double-clicked models open the app; an old one so that the app can say how to convert it."""
    import lrgui.gui.launcher

    model = tmp_path / name
    model.write_bytes(b"")
    calls = []
    monkeypatch.setattr(lrgui.gui.launcher, "main", lambda argv: calls.append(argv) or 0)
    assert lrgui.entry.main([str(model)]) == 0
    assert calls == [[str(model)]]


def test_a_fifo_named_like_a_model_does_not_open_the_app(monkeypatch, tmp_path):
    import lrgui.cli
    import lrgui.gui.launcher

    fifo = tmp_path / "m.lrgui.safetensors"
    os.mkfifo(fifo)
    monkeypatch.setattr(lrgui.gui.launcher, "main", lambda argv: pytest.fail("the app was started"))
    monkeypatch.setattr(lrgui.cli, "main", lambda argv: 2)
    assert lrgui.entry.main([str(fifo)]) == 2


def test_the_entry_runs_the_legacy_reader(tmp_path):
    """The frozen app has no Python to run the reader script with: its executable takes the flag."""
    from tests.test_legacy_model import write_old_model
    from tests.test_model_file import make_model

    source = write_old_model(make_model(), tmp_path / "old.lrgui.h5")
    output = tmp_path / "out.safetensors"
    done = subprocess.run([sys.executable, "-m", "lrgui", lrgui.entry.LEGACY_READER_FLAG, str(source), str(output)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    from lrgui.data import load_model

    assert load_model(output).classes == ["blue", "red"]


def test_the_launcher_opens_files_it_is_given(monkeypatch, qapp, tmp_path, isolated_user_dirs):
    """``lrgui-gui MODEL FOLDER`` (a file manager's "Open with") opens the model and adds the folder."""
    import lrgui.gui.launcher
    from lrgui.gui.main_window import MainWindow
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    opened, added, windows = [], [], []
    monkeypatch.setattr(MainWindow, "open_model", lambda self, path: opened.append(path) or True)
    from PySide6.QtCore import QCoreApplication

    # the files are opened once the event loop runs: one turn of it stands for app.exec()
    monkeypatch.setattr(type(qapp), "exec", lambda self: QCoreApplication.processEvents() or 0)
    original_init = MainWindow.__init__

    def remember(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        windows.append(self)
        monkeypatch.setattr(self.data_tab, "add_folders", lambda paths: added.extend(paths))

    monkeypatch.setattr(MainWindow, "__init__", remember)
    model = tmp_path / "m.lrgui.safetensors"
    model.write_bytes(b"")
    assert lrgui.gui.launcher.main([str(model), str(tmp_path)]) == 0
    assert opened == [model] and added == [tmp_path]
    for window in windows:
        window.confirm_quit = False
        window.close()
