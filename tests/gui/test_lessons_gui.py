"""Lessons in the window: saved from the app, reopened with the same settings, exclusions, model and notes."""

from __future__ import annotations

import shutil

import pytest

from lrgui.gui.lesson_actions import LessonActions
from tests.gui.test_main_window import load_folders


def actions_of(window, locate=None) -> LessonActions:
    existing = getattr(window, "lessons", None)
    if existing is not None and locate is None:
        return existing
    return LessonActions(window, locate=locate)


def trained(qtbot, window, timeout=30000):
    qtbot.waitUntil(lambda: window.model is not None and not window.train_tab.is_training, timeout=timeout)


def test_a_lesson_saved_from_the_app_reopens_with_its_settings_exclusions_model_and_notes(
        qtbot, window, image_folders, tmp_path):
    from lrgui.gui import MainWindow

    data = tmp_path / "data"
    shutil.copytree(image_folders, data)
    load_folders(qtbot, window, [data])
    excluded = str(sorted((data / "red").iterdir())[0])
    window.state.exclude([excluded])
    qtbot.waitUntil(lambda: window.data_tab.data is not None and excluded not in (window.data_tab.data.train.paths or []),
                    timeout=20000)
    window.train_tab.epochs_spin.setValue(300)
    window.train_tab.lr_spin.setValue(0.02)
    window.train_tab.start_training()
    trained(qtbot, window)
    lessons = actions_of(window)
    lessons.notes.title_edit.setText("Red or blue")
    lessons.notes.notes_edit.setPlainText("Ask: which colour does the model look at?")
    path = tmp_path / "class" / "red-or-blue.lrlesson"
    path.parent.mkdir()
    assert lessons.save_lesson(path)
    costs = list(window.model.estimator.costs_)

    other = MainWindow()
    qtbot.addWidget(other)
    reopened = actions_of(other)
    assert reopened.open_lesson(path)
    qtbot.waitUntil(lambda: other.model is not None and other.data_tab.data is not None, timeout=20000)
    assert other.train_tab.epochs_spin.value() == 300
    assert other.train_tab.lr_spin.value() == pytest.approx(0.02)
    assert other.state.exclusions == (excluded,)
    assert excluded not in other.data_tab.data.train.paths
    assert reopened.notes.notes_edit.toPlainText() == "Ask: which colour does the model look at?"
    assert reopened.notes.title_edit.text() == "Red or blue"
    assert [i for i, _ in other.model.estimator.costs_] == [i for i, _ in costs]
    # training the reopened lesson again gives the same curve: same data, same split, same settings
    other.train_tab.start_training()
    qtbot.waitUntil(lambda: other.model is not None and not other.train_tab.is_training
                    and other.state.unsaved, timeout=30000)
    assert [c for _, c in other.model.estimator.costs_] == pytest.approx([c for _, c in costs], rel=1e-9)
    other.close()


def test_missing_data_is_located_not_a_traceback(qtbot, window, image_folders, tmp_path):
    from lrgui.gui import MainWindow

    data = tmp_path / "data"
    shutil.copytree(image_folders, data)
    load_folders(qtbot, window, [data])
    path = tmp_path / "lesson.lrlesson"
    assert actions_of(window).save_lesson(path)
    moved = tmp_path / "elsewhere" / "photos"
    moved.parent.mkdir()
    shutil.move(str(data), str(moved))

    asked = []
    other = MainWindow()
    qtbot.addWidget(other)
    lessons = actions_of(other, locate=lambda problem: asked.append(str(problem)) or str(moved / "blue"))
    assert lessons.open_lesson(path)
    assert asked and "was not found" in asked[0]
    qtbot.waitUntil(lambda: other.data_tab.data is not None, timeout=20000)
    assert sorted(other.data_tab.data.train.classes) == ["blue", "red"]

    gave_up = MainWindow()
    qtbot.addWidget(gave_up)
    shutil.rmtree(moved.parent)
    assert not actions_of(gave_up, locate=lambda problem: None).open_lesson(path)
    assert gave_up.data_tab.data is None


def test_the_built_in_lessons_open(qtbot, window):
    lessons = actions_of(window, locate=lambda problem: None)  # no downloaded data here: they say so and stop
    names = [a.objectName() for a in lessons.builtin_actions]
    assert names == ["lesson_gates", "lesson_shapes", "lesson_draw-a-shape", "lesson_airplanes-vs-motorbikes",
                     "lesson_bird-or-not", "lesson_fashion-hidden-layer"]
    from lrgui.session.lesson import builtin_lessons

    paths = {name: path for name, _, path in builtin_lessons()}
    assert lessons.open_lesson(paths["gates"])
    assert window.tabs.currentWidget() is window.playground_tab
    assert window.playground_tab.toy_name == "xor" and "XOR" in lessons.notes.notes_edit.toPlainText()
    assert lessons.open_lesson(paths["shapes"])
    qtbot.waitUntil(lambda: window.data_tab.data is not None, timeout=30000)
    assert sorted(window.data_tab.data.train.classes) == ["circle", "square", "triangle"]
    qtbot.waitUntil(lambda: window.train_tab.epochs_spin.value() == 2000, timeout=5000)
    for name in ("airplanes-vs-motorbikes", "bird-or-not", "fashion-hidden-layer"):
        lessons.open_lesson(paths[name])  # the data are not on this machine: asked for, then given up
        assert lessons.notes.notes_edit.toPlainText()


@pytest.mark.parametrize("playground", [
    {"points": 1e300}, {"seed": 10**30}, {"panes": [1]}, {"panes": {"mlp": {"hidden": "4"}}},
    {"x": [[1, "2"]], "labels": [0]}, {"x": [[1, 2]], "labels": [[0]]}, {"set": {"xor": 1}},
], ids=["points-1e300", "seed-10**30", "panes-list", "hidden-text", "point-text", "nested-label", "set-object"])
def test_a_hostile_lesson_or_model_is_a_message_box_and_the_app_keeps_its_state(qtbot, window, tmp_path, monkeypatch,
                                                                                 playground):
    """Issue #22, failure 11: no traceback, no half-applied lesson; one message box, the previous state kept."""
    from lrgui.data import model_file
    from tests import hostile
    from tests.test_model_file import make_model

    shown = []
    monkeypatch.setattr("lrgui.gui.lesson_actions.show_error", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr("lrgui.gui.main_window.show_error", lambda parent, title, text, *a: shown.append(text))
    before = (window.playground_tab.points_spin.value(), window.playground_tab.seed_spin.value(),
              window.playground_tab.toy_name)
    path = hostile.write_lesson(tmp_path / "p.lrlesson", hostile.lesson_document(title="T", playground=playground))
    assert not actions_of(window).open_lesson(path)
    assert len(shown) == 1 and "its playground is refused" in shown[0] and "\n" not in shown[0]
    assert (window.playground_tab.points_spin.value(), window.playground_tab.seed_spin.value(),
            window.playground_tab.toy_name) == before
    assert actions_of(window).notes.title_edit.text() != "T"

    model = make_model()
    model.info = {"train_accuracy": "0.9", "settings": "fast"}
    bad = tmp_path / "m.lrgui.safetensors"
    bad.write_bytes(model_file.safetensors.numpy.save(*reversed(model_file._serialize(model))))
    previous = window.model
    assert not window.open_model(bad)
    assert len(shown) == 2 and "'info' metadata is refused" in shown[1] and window.model is previous


def test_the_save_dialogs_own_confirmation_counts_as_asking(qtbot, window, tmp_path):
    from tests.test_model_file import make_model

    window.state.set_model(make_model(), path=None, unsaved=True)
    target = tmp_path / "kept.lrgui.safetensors"
    target.write_bytes(b"old")
    assert window.save_model(target)  # the dialog asked "Replace?" before returning this name
    assert target.read_bytes() != b"old"
    lesson = tmp_path / "l.lrlesson"
    lesson.write_bytes(b"old")
    assert actions_of(window).save_lesson(lesson)
    assert lesson.read_bytes() != b"old"
