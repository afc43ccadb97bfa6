"""The awkward-files corpus and the lifecycle cases, through the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget, QMessageBox

from tests.corpus import make_corpus
from tests.gui.test_main_window import find, load_folders


def test_the_corpus_loads_with_every_bad_file_listed(qtbot, window, tmp_path):
    corpus = make_corpus(tmp_path / "corpus", huge_photo=False)
    load_folders(qtbot, window, [corpus.root])
    skipped = find(window, QListWidget, "skippedList")
    texts = [skipped.item(i).text() for i in range(skipped.count())]
    for case in corpus.of("skipped"):
        assert any(str(case.path) in text for text in texts), f"{case.name} is not listed as skipped"
    for case in corpus.of("ignored"):
        assert not any(str(case.path) in text for text in texts), f"{case.name} should be ignored silently"
    loaded = set(window.data_tab.data.train.paths) | set(window.data_tab.data.test.paths or [])
    for case in corpus.of("loaded"):
        assert str(case.path) in loaded, f"{case.name} was not loaded"
    assert window.data_tab.skipped_box.isVisibleTo(window)


def test_an_empty_class_folder_is_a_clear_message_not_a_crash(qtbot, window, tmp_path, image_folders):
    empty = tmp_path / "empty"
    empty.mkdir()
    window.data_tab.add_folders([image_folders / "red", empty])
    qtbot.waitUntil(lambda: not window.data_tab.is_loading and "no images" in window.data_tab.summary.text(),
                    timeout=20000)
    assert "'empty'" in window.data_tab.summary.text()
    assert not window.train_tab.train_button.isEnabled()


@pytest.mark.parametrize("answer, closes, saved", [
    (QMessageBox.StandardButton.Discard, True, False),
    (QMessageBox.StandardButton.Cancel, False, False),
    (QMessageBox.StandardButton.Save, True, True),
])
def test_quitting_with_an_unsaved_model_asks_when_launched(qtbot, monkeypatch, image_folders, tmp_path,
                                                           answer, closes, saved):
    from lrgui.gui import MainWindow

    win = MainWindow(confirm_quit=True)
    qtbot.addWidget(win)
    win.show()
    load_folders(qtbot, win, [image_folders])
    win.train_tab.epochs_spin.setValue(100)
    win.train_tab.start_training()
    qtbot.waitUntil(lambda: win.model is not None and not win.train_tab.is_training, timeout=20000)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append(args) or answer)
    target = tmp_path / "kept.lrgui.safetensors"
    monkeypatch.setattr("lrgui.gui.main_window.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    assert win.close() is closes
    assert len(asked) == 1
    assert target.exists() is saved
    if not closes:
        win.confirm_quit = False
        win.close()


def test_a_saved_model_quits_without_asking(qtbot, monkeypatch, image_folders, tmp_path):
    from lrgui.gui import MainWindow

    win = MainWindow(confirm_quit=True)
    qtbot.addWidget(win)
    load_folders(qtbot, win, [image_folders])
    win.train_tab.epochs_spin.setValue(100)
    win.train_tab.start_training()
    qtbot.waitUntil(lambda: win.model is not None and not win.train_tab.is_training, timeout=20000)
    assert win.save_model(tmp_path / "m.lrgui.h5")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked although saved"))
    assert win.close()
