"""Keyboard and screen-reader order for a window: labels name their controls, Tab follows the layouts.

Two rules, applied to a whole window (the main window, a dialog) whenever its
widgets may have changed (a tab shown, Tab pressed):

- **A label names the control after it.** A short plain-text label placed
  directly before a spin box, combo box, line edit, slider or list in the same
  layout ("Points:" then its spin box) becomes that control's buddy, so a
  screen reader says the words the eye reads, in the user's language, and the
  label's mnemonic jumps to it. A control named by hand keeps its name.
- **Tab moves in reading order: the layouts' order.** A vertical box is read
  top to bottom and a horizontal one left to right, each item whole before the
  next (so a column inside a row is read to its end before the next column), a
  grid and a form row by row, a splitter pane by pane, a tab widget's bar and
  then its pages. A table is one stop: Tab leaves it and the arrows move inside.

Widgets that no layout places (rare) keep Qt's creation order after the rest. A walk never makes a lazy
tab's contents (:mod:`lrgui.gui.lazy_tabs`): it takes the widgets that exist, and a tab made later is walked
when it is shown.
"""

from __future__ import annotations

from typing import Iterator

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

#: Controls without words of their own: the label before them gives their name.
UNNAMED_KINDS = (QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider, QAbstractItemView)
#: Controls that are one stop for Tab, whatever their insides (a spin box's line edit, a plot's viewport).
ATOMIC_KINDS = (QAbstractSpinBox, QComboBox, QAbstractItemView, QAbstractScrollArea)


def _children(parent: QWidget, kind: type, direct: bool = False) -> list:
    """Qt's own search of ``parent``'s children: not a lazy tab's override, which would make its contents."""
    options = Qt.FindChildOption.FindDirectChildrenOnly if direct else Qt.FindChildOption.FindChildrenRecursively
    return QObject.findChildren(parent, kind, options=options)


def is_atomic(widget: QWidget) -> bool:
    return isinstance(widget, ATOMIC_KINDS) and not isinstance(widget, QScrollArea)


def takes_tab(widget: QWidget) -> bool:
    """A control Tab may stop at (visible or not): its policy accepts Tab, or a proxy takes focus for it."""
    if isinstance(widget, QScrollBar):
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy() is not None


def layout_entries(layout: QLayout) -> list[tuple[int, QWidget | QLayout]]:
    """(index, widget or layout) of each item of ``layout``, spacers left out, found from the objects' side
    (the widgets and layouts themselves, no ``QLayoutItem`` wrappers)."""
    found = []
    for child in layout.children():
        if isinstance(child, QLayout) and layout.indexOf(child) >= 0:
            found.append((layout.indexOf(child), child))
    parent = layout.parentWidget()
    if parent is not None:
        for widget in _children(parent, QWidget, direct=True):
            if layout.indexOf(widget) >= 0:
                found.append((layout.indexOf(widget), widget))
    return sorted(found, key=lambda entry: entry[0])


def _layout_items(layout: QLayout) -> Iterator[QWidget | QLayout]:
    """The layout's widgets and layouts in reading order: a grid or a form row by row, a box in its order."""
    entries = layout_entries(layout)
    if isinstance(layout, QGridLayout):
        keyed = [(layout.getItemPosition(index)[:2], index, thing) for index, thing in entries]
    elif isinstance(layout, QFormLayout):
        keyed = [((_form_position(layout, thing)), index, thing) for index, thing in entries]
    else:
        keyed = [((index,), index, thing) for index, thing in entries]
    for _, _, thing in sorted(keyed, key=lambda entry: (entry[0], entry[1])):
        yield thing


def _form_position(layout: QFormLayout, thing) -> tuple[int, int]:
    row, role = layout.getWidgetPosition(thing) if isinstance(thing, QWidget) else layout.getLayoutPosition(thing)
    return row, role.value


def _placed(layout: QLayout) -> Iterator[QWidget]:
    for thing in _layout_items(layout):
        if isinstance(thing, QWidget):
            yield thing
        else:
            yield from _placed(thing)


def reading_order(root: QWidget) -> list[QWidget]:
    """Every widget below ``root`` in reading order (see the module's rules); atomic controls not opened."""
    found: list[QWidget] = []
    seen: set[int] = set()
    # depth first without recursion: no closure holding the widgets in a reference cycle
    pending = list(reversed(_children_in_order(root)))
    while pending:
        widget = pending.pop()
        if id(widget) in seen:
            continue
        seen.add(id(widget))
        found.append(widget)
        if not is_atomic(widget):
            pending.extend(reversed(_children_in_order(widget)))
    return found


def _children_in_order(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, QTabWidget):
        ordered = [widget.tabBar()] + [widget.widget(i) for i in range(widget.count())]
    elif isinstance(widget, QStackedWidget):
        ordered = [widget.widget(i) for i in range(widget.count())]
    elif isinstance(widget, QSplitter):
        ordered = [widget.widget(i) for i in range(widget.count())]
    elif isinstance(widget, QScrollArea):
        ordered = [widget.widget()] if widget.widget() is not None else []
    elif isinstance(widget, QMainWindow):
        ordered = [w for w in (widget.menuWidget(), widget.centralWidget()) if w is not None]
        ordered += [dock for dock in _children(widget, QDockWidget, direct=True)]
    elif widget.layout() is not None:
        ordered = list(_placed(widget.layout()))
    else:
        ordered = []
    ordered = [w for w in ordered if w is not None and w.parentWidget() is not None and not w.isWindow()]
    if isinstance(widget, QScrollArea):
        # its viewport and scroll bars are its own, not controls; and they must not be touched: once Python
        # wrappers of them were made and collected, PySide deleted the area's content with them
        return ordered
    listed = {id(w) for w in ordered}
    # widgets no layout places come after the placed ones, in the order they were made
    ordered += [child for child in _children(widget, QWidget, direct=True)
                if id(child) not in listed and not child.isWindow()]
    return ordered


def name_by_labels(root: QWidget) -> int:
    """Makes each short label directly before an unnamed control in a layout that control's buddy; the count.

    In a box the label is the item before; in a grid, the cell to the left in the same row (a form names
    its fields itself)."""
    named = 0
    for layout in _children(root, QLayout):
        for label, control in _neighbours(layout):
            if (isinstance(label, QLabel) and isinstance(control, UNNAMED_KINDS) and label.buddy() is None
                    and not control.accessibleName() and _plain_short(label.text())):
                label.setBuddy(control)
                named += 1
    return named


def _neighbours(layout: QLayout) -> Iterator[tuple[QWidget | QLayout, QWidget | QLayout]]:
    if isinstance(layout, QFormLayout):
        return
    entries = layout_entries(layout)
    if isinstance(layout, QGridLayout):
        cells = {}
        for index, thing in entries:
            row, column, _, span = layout.getItemPosition(index)
            cells[(row, column)] = (thing, span)
        for (row, column), (thing, span) in cells.items():
            if (row, column + span) in cells:
                yield thing, cells[(row, column + span)][0]
        return
    for (_, before), (_, after) in zip(entries, entries[1:]):
        yield before, after


def _plain_short(text: str) -> bool:
    return bool(text.strip()) and len(text) <= 40 and "<" not in text and "\n" not in text


def order_tabs(root: QWidget) -> None:
    """Chains Tab through ``root``'s controls in reading order; a table is one stop (the arrows move inside)."""
    for view in _children(root, QAbstractItemView):
        view.setTabKeyNavigation(False)
    for area in _children(root, QScrollArea):
        # no stop of its own when it holds controls: Tab reaches them and the area scrolls to each
        inside = area.widget()
        if inside is not None and any(takes_tab(w) for w in _children(inside, QWidget)):
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    controls = [w for w in reading_order(root) if takes_tab(w)]
    for first, second in zip(controls, controls[1:]):
        QWidget.setTabOrder(first, second)


#: A dynamic property marking the widgets already named and ordered.
SETTLED = "lrguiAccessible"


def make_accessible(root: QWidget, force: bool = False) -> bool:
    """Both rules on ``root``, if any widget came since the last time (or ``force``); True if applied.

    Asked at every Tab press, it costs a look at each widget when nothing is new, the two walks otherwise."""
    widgets = _children(root, QWidget)
    if not force and all(widget.property(SETTLED) for widget in widgets):
        return False
    name_by_labels(root)
    order_tabs(root)
    for widget in widgets:
        widget.setProperty(SETTLED, True)
    return True
