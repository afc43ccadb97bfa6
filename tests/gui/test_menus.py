"""The window's menus: exports, lessons, keyboard shortcuts listed in Help."""

from __future__ import annotations

import h5py
from PySide6.QtGui import QAction

from tests.gui.test_main_window import load_folders


def trained(qtbot, window):
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=30000)


def test_exports_from_the_menu(qtbot, window, image_folders, tmp_path):
    assert not window.export_script_action.isEnabled() and not window.export_dataset_action.isEnabled()
    load_folders(qtbot, window, [image_folders])
    assert window.export_dataset_action.isEnabled()
    assert window.export_dataset(tmp_path / "data.h5")
    with h5py.File(tmp_path / "data.h5", "r") as f:
        assert f["train_x"].shape[1:] == (64, 64, 3) and "test_x" in f
    window.train_tab.epochs_spin.setValue(100)
    window.train_tab.start_training()
    trained(qtbot, window)
    assert window.export_script_action.isEnabled()
    assert window.export_script(tmp_path / "script")
    assert {p.name for p in (tmp_path / "script").iterdir()} == {"predict.py", "weights.npz", "README.md"}
    # a refusal is a message box, and the app goes on
    (tmp_path / "a file").write_text("x")
    from PySide6.QtWidgets import QApplication

    window.export_script(tmp_path / "a file")
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
    QApplication.activeModalWidget().close()


def test_every_action_has_a_key_and_help_lists_them(qtbot, window):
    rows = dict((text, keys) for keys, text in window.shortcut_rows())
    for text in ("Train", "Stop", "Continue", "Presentation", "Keyboard shortcuts", "Open lesson", "Save lesson"):
        assert text in rows, text
    assert rows["Presentation"] == "F11"
    names = {a.objectName() for a in window.findChildren(QAction)}
    assert {"presentationAction", "shortcutsAction", "exportScriptAction", "exportDatasetAction",
            "openLessonAction", "saveLessonAction", "lesson_shapes"} <= names
    assert window.presentation_action.isCheckable()
    window.show_shortcuts()
    from PySide6.QtWidgets import QMessageBox

    box = window.findChild(QMessageBox, "shortcutsDialog")
    assert box is not None and "F11" in box.text() and "Space" in box.text()
    box.close()
