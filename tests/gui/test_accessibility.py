"""Accessibility of the window, tab by tab, and of the dialogs the README's walkthrough reaches.

What a screen reader and a keyboard get:

- **Names.** Every interactive control a person can reach (buttons, check boxes, spin boxes, combo boxes,
  line edits, sliders, tables and lists, tab bars, the drawing canvas and every plot) has an accessible name,
  read the way a screen reader reads it: ``QAccessible``'s Name, which is the control's own words (a
  button's text), its buddy label's ("Points:" before its spin box) or the name set on it.
- **Reading order.** Tab visits the current tab's controls in reading order. The rule: the layouts' order,
  measured on the screen. Each control has a path from the tab's page down its containers; at each level the
  key is where its branch sits: in a horizontal box how far right, in a vertical box how far down, in a grid
  or form its (row, column), in a splitter, stack or tab widget its index. Tab must visit the controls
  sorted by path: a row left to right, rows top to bottom, a column (a group of controls stacked in one item
  of a row) read whole before the next column.
- **Keyboard.** Every visible control takes Tab or has a shortcut; every menu opens with Alt and a letter;
  every action outside the menus has a shortcut; Tab leaves every control it enters (no trap: the drawing
  canvas, the plots, the tables).
- **Text alternatives.** The plots' accessible descriptions say what they show, and follow the state: the
  cost plot the iteration and the training and test cost, the weight pictures the classes and the colours'
  meaning, the boundary maps the data set and the boundary's accuracy, the landscape its parameters, the
  current point and the cost there, the step slice its sentence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QWidget,
)
from PySide6.QtTest import QTest

from lrgui.gui import MainWindow
from lrgui.gui.train_plots import format_cost
from lrgui.session.state import RunStatus

#: What a person operates: each needs a name.
CONTROL_KINDS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider, QAbstractItemView,
                 QTabBar, QAbstractScrollArea)
#: Controls whose insides (an editor, a viewport, headers, scroll bars) are parts of them, not controls.
WHOLE_KINDS = (QAbstractSpinBox, QComboBox, QAbstractScrollArea)


def accessible(widget: QWidget, text=QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(text) if interface is not None else ""


def owner(widget: QWidget, top: QWidget) -> QWidget:
    """The control ``widget`` is part of (a spin box for its line edit, a plot for its viewport), or itself."""
    found, parent = widget, widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, WHOLE_KINDS) and not isinstance(parent, QScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found


def takes_tab(widget: QWidget) -> bool:
    """Qt's own test for a Tab stop: Tab focus, visible, enabled, and no proxy taking focus in its stead."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
            and widget.focusProxy() is None)


def controls(top: QWidget) -> list[QWidget]:
    """The visible interactive controls below ``top`` (each once, parts folded into their control)."""
    found: dict[int, QWidget] = {}
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or isinstance(widget, (QHeaderView, QScrollBar)):
            continue
        if owner(widget, top) is not widget:
            continue
        interactive = isinstance(widget, CONTROL_KINDS) and not isinstance(widget, QScrollArea)
        if interactive or (takes_tab(widget) and not isinstance(widget, QScrollArea)):
            found[id(widget)] = widget
    return list(found.values())


def describe(widget: QWidget) -> str:
    words = getattr(widget, "text", lambda: "")() if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__} {widget.objectName() or repr(words[:30])}"


def unnamed(top: QWidget) -> list[str]:
    return [describe(w) for w in controls(top) if not accessible(w).strip()]


# ------------------------------------------------------------------ reading order
def _item_key(layout, index: int):
    item = layout.itemAt(index)
    if isinstance(layout, QGridLayout):
        row, column, _, _ = layout.getItemPosition(index)
        return (row, column)
    if isinstance(layout, QFormLayout):
        row, role = layout.getItemPosition(index)
        return (row, role.value)
    geometry = item.geometry()
    horizontal = isinstance(layout, QBoxLayout) and layout.direction() in (
        QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft)
    return (geometry.x(),) if horizontal else (geometry.y(),)


def reading_paths(page: QWidget) -> dict[int, tuple]:
    """Each widget below ``page`` (by id) with its path of keys (see the module's rule)."""
    paths: dict[int, tuple] = {}

    def place(widget: QWidget, path: tuple) -> None:
        if id(widget) in paths:
            return
        paths[id(widget)] = path
        if isinstance(widget, QTabWidget):
            place(widget.tabBar(), path + ((0,),))
            for i in range(widget.count()):
                place(widget.widget(i), path + ((1, i),))
        elif isinstance(widget, (QStackedWidget, QSplitter)):
            for i in range(widget.count()):
                place(widget.widget(i), path + ((i,),))
        elif isinstance(widget, QScrollArea):
            if widget.widget() is not None:
                place(widget.widget(), path + ((0,),))
        elif widget.layout() is not None:
            lay_out(widget.layout(), path)

    def lay_out(layout, path: tuple) -> None:
        for index in range(layout.count()):
            item, key = layout.itemAt(index), _item_key(layout, index)
            if item.widget() is not None:
                place(item.widget(), path + (key,))
            elif item.layout() is not None:
                lay_out(item.layout(), path + (key,))

    place(page, ())
    return paths


def focus_chain(window: QWidget, page: QWidget) -> list[QWidget]:
    """The Tab stops of ``page`` as QWidget.nextInFocusChain visits them from the window, folded to controls."""
    chain: list[QWidget] = []
    widget = window
    for _ in range(5000):
        widget = widget.nextInFocusChain()
        if widget is window:
            break
        if page.isAncestorOf(widget) and takes_tab(widget):
            control = owner(widget, page)
            if not chain or chain[-1] is not control:
                chain.append(control)
    return chain


def tab_walk(start: QWidget, page: QWidget, limit: int = 200) -> list[QWidget]:
    """The controls of ``page`` that pressing Tab visits, from ``start`` (focused first) until focus leaves
    the page or comes back round: what a keyboard user meets, folded to controls."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget() or start, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None or not page.isAncestorOf(now):
            if visited:
                break
            continue
        control = owner(now, page)
        if visited and control is visited[0]:
            break
        if not visited or visited[-1] is not control:
            visited.append(control)
    return visited


def out_of_order(chain: list[QWidget], page: QWidget) -> list[str]:
    """Each step of ``chain`` that goes back in reading order (see the module's rule)."""
    paths = reading_paths(page)
    problems = [f"{describe(w)} is placed by no layout" for w in chain if id(w) not in paths]
    keyed = [w for w in chain if id(w) in paths]
    for before, after in zip(keyed, keyed[1:]):
        if paths[id(after)] < paths[id(before)]:
            problems.append(f"Tab goes from {describe(before)} back to {describe(after)}")
    return problems


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


# ------------------------------------------------------------------ a trained window
def trained_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    window.open_sample("shapes")
    tab = window.train_tab
    qtbot.waitUntil(lambda: window.state.data is not None and tab.train_button.isEnabled(), timeout=60000)
    tab.train_button.click()
    qtbot.waitUntil(lambda: window.state.status is RunStatus.IDLE and window.state.model is not None
                    and tab.train_button.isEnabled(), timeout=60000)
    return window


def test_every_control_on_every_tab_has_a_name_and_tab_follows_reading_order(qtbot):
    window = trained_window(qtbot)
    activate(qtbot, window)
    missing, disorder, counted = {}, {}, 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(100)
        page, title = window.tabs.widget(index), window.tabs.tabText(index).replace("&", "").strip()
        found = controls(page)
        counted += len(found)
        missing[title] = unnamed(page)
        walked = tab_walk(window.tabs.tabBar(), page)
        disorder[title] = out_of_order(walked, page)
        # Tab and the chain Qt keeps agree, and Tab reaches every stop the tab has
        assert walked == focus_chain(window, page), title
        assert len(walked) >= 3, f"the {title} tab has almost nothing Tab reaches"
    missing["window"] = [describe(w) for w in controls(window) if not accessible(w).strip()
                         and not any(window.tabs.widget(i).isAncestorOf(w) for i in range(window.tabs.count()))]
    # presentation mode moves the panels between layouts: Tab follows them there and back
    for on in (True, False):
        window.presentation_action.setChecked(on)
        qtbot.wait(200)
        for page in (window.train_tab, window.playground_tab):
            window.tabs.setCurrentWidget(page)
            qtbot.wait(100)
            disorder[f"{page.objectName()}, presentation {on}"] = out_of_order(
                tab_walk(window.tabs.tabBar(), page), page)
    assert counted > 60
    assert not any(missing.values()), f"controls without an accessible name: {missing}"
    assert not any(disorder.values()), f"Tab out of reading order: {disorder}"
    window.close()


def test_a_buddy_label_names_its_control_in_the_words_shown(qtbot):
    from lrgui.gui.accessibility import make_accessible
    from lrgui.gui.playground_tab import PlaygroundTab
    from lrgui.gui.workers import WorkerPool
    from lrgui.session.state import AppState

    pool = WorkerPool()
    tab = PlaygroundTab(AppState(), pool)
    qtbot.addWidget(tab)
    assert accessible(tab.points_spin) == ""
    make_accessible(tab)
    assert accessible(tab.points_spin) == "Points:"  # the label before it, as the eye reads it
    assert accessible(tab.left.fields["learning_rate"]) == "Learning rate:"  # in a grid: the cell to its left
    assert tab.points_spin.accessibleName() == ""  # no second copy of the words to translate
    pool.shutdown(5000)


def test_the_keyboard_reaches_everything_and_is_never_trapped(qtbot):
    window = trained_window(qtbot)
    # the menus open with Alt and a letter; each action in them is reached with the arrows
    for action in window.menuBar().actions():
        assert "&" in action.text(), f"menu {action.text()!r} has no Alt letter"
        for item in action.menu().actions():
            assert item.isSeparator() or item.text().replace("&", "").strip(), "a menu item without words"
    # an action outside the menus is reached by its shortcut only
    in_menus = {id(a) for m in window.menuBar().actions() for a in _all_actions(m.menu())}
    for action in window.actions():
        if id(action) not in in_menus:
            assert not action.shortcut().isEmpty(), f"{action.text()!r} has neither a menu nor a shortcut"
    activate(qtbot, window)
    unreachable, traps = [], []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(100)
        page = window.tabs.widget(index)
        stops = focus_chain(window, page)
        for control in controls(page):
            has_key = isinstance(control, QAbstractButton) and not control.shortcut().isEmpty()
            if control.isEnabled() and control not in stops and not has_key:
                unreachable.append(describe(control))
        for control in stops:  # the canvas, the plots, the tables: Tab leaves each
            target = control.focusProxy() or control
            target.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=1000)
            inside = QApplication.focusWidget()
            QTest.keyClick(inside, Qt.Key.Key_Tab)
            now = QApplication.focusWidget()
            if now is None or now is control or control.isAncestorOf(now):
                traps.append(describe(control))
    assert not unreachable, f"controls neither Tab nor a shortcut reaches: {unreachable}"
    assert not traps, f"Tab does not leave: {traps}"
    window.close()


def _all_actions(menu):
    for action in menu.actions():
        yield action
        if action.menu() is not None:
            yield from _all_actions(action.menu())


def test_the_plots_say_in_words_what_they_show(qtbot):
    window = trained_window(qtbot)
    state, tab = window.state, window.train_tab
    history = state.model.history
    iteration = f"{int(history.iterations[-1]):,}"
    plot = accessible(tab.plot, QAccessible.Text.Description)
    assert iteration in plot and format_cost(float(history.train_cost[-1])) in plot
    assert "test cost" in plot and format_cost(float(history.test_cost[-1])) in plot
    weights = accessible(tab.weights_view.graphics, QAccessible.Text.Description)
    for name in state.model.classes:
        assert name in weights
    assert "Orange" in weights
    # replaying an earlier point: the plot names it
    tab.history_slider.setValue(1)
    qtbot.wait(50)
    assert "Shown:" in accessible(tab.plot, QAccessible.Text.Description)
    tab.history_slider.setValue(tab.history_slider.maximum())
    # the step slice's sentence
    tab.plots.step_slice_check.setChecked(True)
    view = tab.plots.step_slice_view
    qtbot.waitUntil(lambda: "Cost along the gradient" in accessible(view.plot, QAccessible.Text.Description),
                    timeout=20000)

    playground = window.playground_tab
    window.tabs.setCurrentWidget(playground)
    before = accessible(playground.left.view, QAccessible.Text.Description)
    assert "XOR" in before and "No model yet" in before
    playground.train_button.click()
    qtbot.waitUntil(lambda: not playground.is_training, timeout=60000)
    right = accessible(playground.right.view, QAccessible.Text.Description)
    assert "100.0 %" in right and "XOR" in right
    landscape = playground.left.landscape
    words = accessible(landscape.plot, QAccessible.Text.Description)
    assert "Current point" in words and f"{landscape.point_cost():.4g}" in words
    for name in landscape.parameters():
        assert {"w1": "w₁", "w2": "w₂", "b": "b"}[name] in words
    cost = accessible(playground.right.plot, QAccessible.Text.Description)
    assert "training cost" in cost
    window.close()


def test_the_dialogs_name_their_controls(qtbot):
    window = trained_window(qtbot)
    problems = {}
    # the lesson notes
    window.lessons.notes_action.trigger()
    qtbot.wait(50)
    problems["notes"] = unnamed(window.lessons.notes)
    # the explain window, from the Results tab
    results = window.results_tab
    window.tabs.setCurrentWidget(results)
    qtbot.waitUntil(lambda: results.evaluation is not None and not results.is_evaluating, timeout=30000)
    results.mistakes_button.click()
    results.matrix.cellClicked.emit(0, 0)
    qtbot.waitUntil(lambda: len(results.gallery.rows()) > 0, timeout=5000)
    explain = results.explain_row(results.gallery.rows()[0])  # deletes itself on close
    qtbot.waitExposed(explain)
    problems["explain"] = unnamed(explain)
    activate(qtbot, explain)
    problems["explain order"] = out_of_order(tab_walk(explain, explain), explain)
    explain.close()
    # the learning-rate race, from the Playground
    race = window.playground_tab.race()
    qtbot.addWidget(race)
    qtbot.waitExposed(race)
    problems["race"] = unnamed(race)
    activate(qtbot, race)
    problems["race order"] = out_of_order(tab_walk(race, race), race)
    race.close()
    # the keyboard shortcuts and About
    window.show_shortcuts()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "shortcutsDialog") is not None, timeout=3000)
    box = window.findChild(QMessageBox, "shortcutsDialog")
    qtbot.waitExposed(box)
    problems["shortcuts"] = unnamed(box)
    box.close()
    about_problems = []

    def inspect_about():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            about_problems.extend(unnamed(box))
            box.close()

    QTimer.singleShot(200, inspect_about)
    window.show_about()
    problems["about"] = about_problems
    assert not any(problems.values()), f"dialog controls without a name or out of order: {problems}"
    window.close()


def test_the_user_guide_lists_every_shortcut(qtbot):
    """docs/user-guide.md's Accessibility section is the keyboard map: every key the window answers."""
    from pathlib import Path

    guide = (Path(__file__).resolve().parents[2] / "docs" / "user-guide.md").read_text(encoding="utf-8")
    assert "## Accessibility" in guide
    section = guide.split("## Accessibility", 1)[1].split("\n## ", 1)[0]
    window = MainWindow()
    qtbot.addWidget(window)
    missing = [f"{keys} ({text})" for keys, text in window.shortcut_rows() if f"`{keys}`" not in section]
    assert not missing, f"shortcuts the user guide's keyboard map does not list: {missing}"
    window.close()
