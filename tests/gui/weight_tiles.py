"""Measures the weight pictures' size on the Train tab, and what presentation gives the notes, the curve and the
Playground's maps, on the screen Qt was given: one line per measure.

Run in its own process on an offscreen screen of the size to check (``tests/gui/test_weight_tiles.py`` does):

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.gui.weight_tiles

It trains the built-in shapes sample (3 classes), then a network with 50 hidden
units for two epochs, and prints ``TILE <case> <pixels>`` for each: normal,
in presentation mode, in presentation with the lesson notes open, and with the
notes open; ``SIZE <what> <width> <height>`` for the notes and the cost plot in
presentation with the notes, and for the Playground's maps and cost plots in
presentation (``-notes``: with the notes open too), and for the notes beside the Results tab in presentation
(``CUT results-presentation-notes <what>`` for each of its table rows or headers cut), and for the step slice's
plot in presentation; ``RESTORED <tab> <1|0> <what differs>`` for each tab, after
presentation on and off in the maximised window with the notes open: its geometry and state, the notes' width,
every divider shown and the Train tab's settings column as they were.
"""

from __future__ import annotations

import os
import sys
import tempfile

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QSplitter

from tests.gui.screen_walk import cut_tables, wait, wait_until


def main() -> int:
    scratch = tempfile.mkdtemp(prefix="lrgui-tiles-")
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ.setdefault(name, os.path.join(scratch, name.lower()))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from lrgui.gui import MainWindow

    window = MainWindow()
    window.showMaximized()
    wait(500)
    train = window.findChild(QAbstractButton, "trainButton")
    window.findChild(QAbstractButton, "sampleButton").click()
    if not wait_until(train.isEnabled, 120):
        print("PROBLEM: the sample did not load")
        return 1
    presentation = window.findChild(QAction, "presentationAction")
    notes = window.findChild(QAction, "lessonNotesAction")
    view = window.train_tab.plots.weights_view

    def size(what: str, widget) -> None:
        print(f"SIZE {kind_shown[0]}-{what} {widget.width()} {widget.height()}")

    kind_shown = ["classes"]

    def trained(kind: str) -> None:
        kind_shown[0] = kind
        train.click()
        wait(300)
        wait_until(lambda: train.isEnabled() and window.state.model is not None, 300)
        window.tabs.setCurrentWidget(window.train_tab)
        wait(400)
        print(f"TILE {kind} {view.tile_pixels():.1f}")
        presentation.trigger()
        wait(700)
        print(f"TILE {kind}-presentation {view.tile_pixels():.1f}")
        print(f"SHOWN learning-rate-presentation-{kind} {int(window.train_tab.lr_spin.isVisible())}")
        notes.trigger()
        wait(700)
        print(f"TILE {kind}-presentation-notes {view.tile_pixels():.1f}")
        size("notes-presentation", window.lessons.notes)
        size("cost-presentation-notes", window.train_tab.plot)
        notes.trigger()
        presentation.trigger()
        wait(300)
        notes.trigger()
        wait(500)
        print(f"TILE {kind}-notes {view.tile_pixels():.1f}")
        notes.trigger()
        wait(300)

    trained("classes")
    results_beside_the_notes(window, presentation, notes)
    step_slice_presented(window, presentation)
    form = window.train_tab.form
    form.model_combo.setCurrentIndex(form.model_combo.findData("mlp"))
    form.hidden_spin.setValue(50)
    form.epochs_spin.setValue(2)
    wait(200)
    trained("units")
    window.tabs.setCurrentWidget(window.playground_tab)
    playground = window.playground_tab
    kind_shown[0] = "playground"
    for case in ("-presentation", "-presentation-notes"):
        presentation.trigger()
        if case.endswith("notes"):
            notes.trigger()
        wait(800)
        for what, widget in (("left-map", playground.left.view), ("landscape", playground.left.landscape),
                             ("right-map", playground.right.view), ("left-cost", playground.left.plot),
                             ("right-cost", playground.right.plot)):
            size(what + case, widget)
        if case.endswith("notes"):
            notes.trigger()
        presentation.trigger()
        wait(300)
    restored_on_every_tab(window, presentation, notes)
    window.close()
    app.processEvents()
    return 0


def results_beside_the_notes(window, presentation, notes) -> None:
    """The Results tab presented beside the notes: the notes' width, and every table row or header cut."""
    window.tabs.setCurrentWidget(window.results_tab)
    wait_until(lambda: window.results_tab.evaluation is not None, 60)
    presentation.trigger()
    notes.trigger()
    wait(900)
    print(f"SIZE results-notes-presentation {window.lessons.notes.width()} {window.lessons.notes.height()}")
    for problem in cut_tables(window):
        print(f"CUT results-presentation-notes {problem}")
    notes.trigger()
    presentation.trigger()
    wait(300)


def step_slice_presented(window, presentation) -> None:
    """The step slice's plot presented on the Train tab: ``SIZE classes-step-slice-presentation``."""
    window.tabs.setCurrentWidget(window.train_tab)
    check = window.findChild(QCheckBox, "stepSliceCheck")
    check.setChecked(True)
    wait(300)
    presentation.trigger()
    wait(900)
    plot = window.train_tab.plots.step_slice_view.plot
    print(f"SIZE classes-step-slice-presentation {plot.width()} {plot.height()}")
    presentation.trigger()
    wait(300)
    check.setChecked(False)
    wait(200)


def restored_on_every_tab(window, presentation, notes) -> None:
    tab, dock = window.train_tab, window.lessons.notes
    notes.trigger()
    wait(400)

    def state() -> dict:
        return {"geometry": window.geometry().getRect(), "state": int(window.windowState().value),
                "notes": dock.width(), "dividers": [(s.objectName(), s.orientation().value, s.sizes())
                                                    for s in window.findChildren(QSplitter) if s.isVisible()],
                "column": (tab.side_widget.geometry().getRect(), tab.form.isVisible(), tab.model_combo.isVisible())}

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        wait(300)
        before = state()
        presentation.trigger()
        wait(700)
        presentation.trigger()
        wait(700)
        after = state()
        differs = [f"{key}:{before[key]}->{after[key]}" for key in before if before[key] != after[key]]
        screen = window.screen().availableGeometry()
        if before["geometry"][2] > screen.width():  # every tab beside the notes fits the screen's width
            differs.append(f"wider-than-screen:{before['geometry'][2]}")
        print(f"RESTORED {index} {int(not differs)} {' '.join(differs) or '-'}".replace("\n", " "))
    notes.trigger()


if __name__ == "__main__":
    sys.exit(main())
